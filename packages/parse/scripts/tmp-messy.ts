import { parseCv } from '../src/parse-cv.js'
import { buildFixtures, cvFacts } from './build-fixtures.js'
const fixtures = (await buildFixtures()).filter((f) => f.variant === 'messy')
let tp = 0, predicted = 0, expected = 0
const missedBy = new Map<string, number>(), extraBy = new Map<string, number>()
const verbose = process.argv.includes('-v')
for (const f of fixtures) {
  const p = parseCv(new TextDecoder().decode(f.bytes), { sourceId: f.id, today: '2025-06' })
  const facts = cvFacts(f, p)
  const pool = [...f.expected]
  const extra: string[] = []
  for (const fact of facts) { const at = pool.indexOf(fact); if (at >= 0) { tp++; pool.splice(at, 1) } else extra.push(fact) }
  predicted += facts.length; expected += f.expected.length
  for (const m of pool) missedBy.set(m.split(':')[0]!, (missedBy.get(m.split(':')[0]!) ?? 0) + 1)
  for (const m of extra) extraBy.set(m.split(':')[0]!, (extraBy.get(m.split(':')[0]!) ?? 0) + 1)
  if (verbose && (pool.length || extra.length)) console.log(f.id, 'MISSED', pool.join(' | '), '\n      EXTRA', extra.join(' | '))
}
console.log(`messy: precision ${(tp / predicted * 100).toFixed(1)}% recall ${(tp / expected * 100).toFixed(1)}% (${tp}/${predicted}/${expected})`)
console.log('missed', Object.fromEntries(missedBy), 'extra', Object.fromEntries(extraBy))
