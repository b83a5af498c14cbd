import { anonymize } from '@incontro/anonymize'
import { builtinTaxonomy, createAnnotator } from '@incontro/taxonomy'
import { parseCv } from '@incontro/parse'
const taxonomy = builtinTaxonomy(); const annotator = createAnnotator(taxonomy)
const text = process.argv[2] === 'b' ? 'Mario Rossi nata a Milano il 3 marzo 1985, tel 333 1234567 espertoMagazziniere '.repeat(13000) : 'Nome Cognome Anna Rossi sono laureata e motivata. '.repeat(20_000)
const parsed = parseCv(text, { sourceId: 'x' })
const s = performance.now()
anonymize(parsed, { key: 'k', taxonomy, annotator })
console.log(text.length, Math.round(performance.now() - s), 'ms')
