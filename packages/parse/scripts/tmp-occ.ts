import { builtinTaxonomy, createAnnotator } from '@incontro/taxonomy'
const t = builtinTaxonomy()
const a = createAnnotator(t)
for (const s of process.argv.slice(2)) {
  const m = a.annotate(s, { kinds: ['occupation', 'skill', 'knowledge'] })
  console.log(s, '=>', JSON.stringify(m.map((x) => [x.kind, x.concept, s.slice(x.start, x.end)])))
}
