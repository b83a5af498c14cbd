// Where the build time goes: CPU time per step of upsertProfiles, measured separately.
import { parseArgs } from 'node:util'
import { createConceptSpace, createHnswIndex, embedProfile, profileAttributes } from '@incontro/match'
import { createScoreInputs } from '../../packages/match/src/internal/score-plan.js'
import { createProfileStore } from '../../packages/match/src/internal/profile-store.js'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { syntheticProfiles } from '../internal/population.js'
import { benchmarkArgs } from '../internal/stats.js'

const { values } = parseArgs({ args: benchmarkArgs(), options: { size: { type: 'string', default: '10000' }, ef: { type: 'string', default: '200' }, m: { type: 'string', default: '16' } } })
const size = Number(values.size)
const taxonomy = builtinTaxonomy()
const space = createConceptSpace(taxonomy)
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const times: Record<string, number> = {}
const timed = <T>(name: string, f: () => T): T => { const s = cpu(); const r = f(); times[name] = (times[name] ?? 0) + cpu() - s; return r }
const index = createHnswIndex({ dimensions: space.dimensions, capacity: 1 << 16, efConstruction: Number(values.ef), m: Number(values.m) })
const inputs = createScoreInputs()
const store = createProfileStore()
for (let c = 0; c * 10000 < size; c++) {
  const chunk = timed('generate', () => syntheticProfiles(taxonomy, Math.min(10000, size - c * 10000), 1000 + c))
  const vectors = timed('embedProfile', () => chunk.map((p) => embedProfile(p, space)))
  const attrs = timed('profileAttributes', () => chunk.map((p) => profileAttributes(p, taxonomy)))
  const records = chunk.map((p, i) => ({ id: p.id, vector: vectors[i]!, attributes: attrs[i]! }))
  const s = cpu()
  await index.upsert(records)
  times.hnswUpsert = (times.hnswUpsert ?? 0) + cpu() - s
  for (const p of chunk) {
    const input = timed('inputOf', () => inputs.inputOf(p))
    timed('inputs.add', () => inputs.add(input))
    timed('store.put', () => store.put(p.id, input))
  }
}
const total = Object.entries(times).reduce((a, [k, v]) => (k === 'generate' ? a : a + v), 0)
console.log(`size ${size} load ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`)
for (const [k, v] of Object.entries(times)) console.log(`${k.padEnd(20)} ${(v / 1000).toFixed(2)} s CPU  ${((v * 1000) / size).toFixed(1)} µs/profile`)
console.log(`build total (excl. generate) ${(total / 1000).toFixed(2)} s CPU`)
