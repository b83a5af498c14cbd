import fc from 'fast-check'
import { cvPairArbitrary } from '@incontro/fairness/testing'
import { createEngine } from '../src/create-engine.js'

const lang = (process.argv[2] ?? 'it') as 'it' | 'en'
const runs = Number(process.argv[3] ?? 500)
const seed = Number(process.argv[4] ?? 1)
const show = Number(process.argv[5] ?? 3)
const engine = createEngine({ key: 'k', today: '2026-11', index: 'exact' })
const pairs = fc.sample(cvPairArbitrary({ language: lang }), { seed, numRuns: runs })
let bad = 0
for (const pair of pairs) {
  const a = engine.neutralizeCv(pair.female, { sourceId: pair.sourceId }).profile
  const b = engine.neutralizeCv(pair.male, { sourceId: pair.sourceId }).profile
  const ja = JSON.stringify(a), jb = JSON.stringify(b)
  if (ja === jb) continue
  bad++
  if (bad > show) continue
  console.log('=== cues', pair.cues.join(','), 'lang', a.language, b.language)
  const la = a.text.split('\n'), lb = b.text.split('\n')
  for (let i = 0; i < Math.max(la.length, lb.length); i++) if (la[i] !== lb[i]) console.log(' F:', JSON.stringify(la[i]), '\n M:', JSON.stringify(lb[i]))
  if (a.text === b.text) {
    for (const k of Object.keys(a)) if (JSON.stringify((a as any)[k]) !== JSON.stringify((b as any)[k])) console.log(' field', k)
  }
}
console.log(`${lang}: ${bad}/${runs} differ`)
