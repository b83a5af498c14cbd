import { anonymize } from '@incontro/anonymize'
import { ParsedProfileSchema } from '@incontro/core'
import { builtinTaxonomy, createAnnotator } from '@incontro/taxonomy'
const taxonomy = builtinTaxonomy(); const annotator = createAnnotator(taxonomy)
const text = 'Nome Cognome Anna Rossi sono laureata e motivata. '.repeat(40_000)
const p = ParsedProfileSchema.parse({ sourceId: 'big', language: 'it', document: { text, blocks: [], format: 'text', language: 'it' }, identity: { sourceId: 'big', givenNames: [], surnames: [], items: [], photo: false }, sections: [], experiences: [], education: [], languages: [], licences: [], diagnostics: [] })
anonymize({ ...p, document: { ...p.document, text: 'Anna Rossi nata' } }, { key: 'k', taxonomy, annotator })
for (let r = 0; r < 2; r++) { const s = performance.now(); anonymize(p, { key: 'k', taxonomy, annotator }); console.log(Math.round(performance.now() - s), 'ms') }
