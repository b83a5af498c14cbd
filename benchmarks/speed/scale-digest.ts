// Digest of matcher results and stored records at a given size, to prove a build-path change leaves
// results byte-identical: top-10 of N vacancies with and without a place filter, population statistics
// and the record store's snapshot, each hashed (SHA-256).
import { createHash } from 'node:crypto'
import { parseArgs } from 'node:util'
import { NeutralProfileSchema, type NeutralProfile } from '@incontro/core'
import { createConceptSpace, createHnswIndex, createMatcher, type RecordFilter } from '@incontro/match'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { syntheticProfiles, syntheticVacancies } from '../internal/population.js'
import { benchmarkArgs } from '../internal/stats.js'

const { values } = parseArgs({ args: benchmarkArgs(), options: { size: { type: 'string', default: '10000' }, queries: { type: 'string', default: '100' }, batch: { type: 'string', default: '10000' }, 'ef-construction': { type: 'string' } } })
const size = Number(values.size)
const batch = Number(values.batch)
const taxonomy = builtinTaxonomy()
const space = createConceptSpace(taxonomy)
const profiles: NeutralProfile[] = []
for (let c = 0; c * 10_000 < size; c++) {
  for (const [i, p] of syntheticProfiles(taxonomy, Math.min(10_000, size - c * 10_000), 1000 + c).entries()) {
    const n = (c * 10_000 + i) * 7919 % 100
    profiles.push(NeutralProfileSchema.parse({ ...p, workPreferences: { places: [{ comune: `C${n}`, lat: 38 + (n % 10) * 0.6, lon: 8 + Math.floor(n / 10) * 0.8, radiusKm: 10 }] } }))
  }
}
const byId = new Map(profiles.map((p) => [p.id, p]))
const matcher = createMatcher({ taxonomy, space, profileIndex: createHnswIndex({ dimensions: space.dimensions, ...(values['ef-construction'] === undefined ? {} : { efConstruction: Number(values['ef-construction']) }) }), tieKey: 'digest', loadProfiles: async (ids) => ids.map((id) => byId.get(id)) })
for (let i = 0; i < profiles.length; i += batch) await matcher.upsertProfiles(profiles.slice(i, i + batch))
// Updates and removals go through the same path.
await matcher.upsertProfiles(profiles.slice(0, 50).map((p) => ({ ...p, licences: ['C'] })))
await matcher.removeProfiles(profiles.slice(50, 80).map((p) => p.id))
const filter: RecordFilter = { place: { comuni: ['C1', 'C2', 'C3', 'C4', 'C5'] } }
const hash = (value: unknown): string => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v))).digest('hex').slice(0, 16)
const vacancies = syntheticVacancies(taxonomy, Number(values.queries), 11)
const top: unknown[] = []
const filtered: unknown[] = []
for (const v of vacancies) {
  top.push(await matcher.candidatesFor(v, { k: 10 }))
  filtered.push(await matcher.candidatesFor(v, { k: 10, where: filter }))
}
const { store, population } = matcher.records()
console.log(`size ${size} batch ${batch}: top ${hash(top)} filtered ${hash(filtered)} population ${hash(population.snapshot())} store ${hash(store.snapshot())}`)
