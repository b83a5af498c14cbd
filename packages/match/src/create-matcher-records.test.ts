import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isIncontroError, keyedHash, NeutralProfileSchema, type MatchResult, type NeutralProfile } from '@incontro/core'
import { afterAll, describe, expect, it } from 'vitest'
import { createExactIndex } from './create-exact-index.js'
import { createHnswIndex } from './create-hnsw-index.js'
import { loadExactIndex } from './load-exact-index.js'
import { createMatcher, type Matcher } from './create-matcher.js'
import { loadHnswIndex } from './load-hnsw-index.js'
import { loadMatcherRecords } from './load-matcher-records.js'
import { attributesPass, compileFilter, profileAttributes, type RecordFilter } from './record-filter.js'
import { saveIndex } from './save-index.js'
import { saveMatcherRecords } from './save-matcher-records.js'
import { scoreMatch } from './score-match.js'
import { testProfile, testTaxonomy, testVacancy } from './internal/test-fixtures.js'

const taxonomy = testTaxonomy()
const folder = mkdtempSync(join(tmpdir(), 'incontro-records-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const skills = ['skill.pastry', 'skill.haccp', 'skill.cooking', 'skill.grilling', 'skill.food-safety', 'skill.excel', 'skill.communication']
const words = 'pasticceria forno dolci torte cucina ristorante turni haccp magazzino clienti cassa excel vendita pane lievito'.split(' ')
const levels = ['A2', 'B1', 'B2', 'C1'] as const
const comuni = ['Milano', 'Torino', 'Roma', 'Napoli', 'Bari']

/** A crowd with words, hobbies, several experiences, licences and declared work places. */
function crowd(count: number, variant = 0): NeutralProfile[] {
  return Array.from({ length: count }, (_, i) => {
    const profile = testProfile({
      name: `records ${i}`,
      skills: skills.filter((_, s) => (i * 7 + s * 3 + variant) % 5 < 2 + (i % 3)).map((concept, s) => (s === 0 && i % 6 === 0 ? { concept, section: 'interests' } : concept)),
      occupations: i % 3 === 0 ? ['occ.cook', { occupation: 'occ.welder', months: (i * 5) % 40 }] : i % 3 === 1 ? ['occ.cook'] : [],
      languages: [{ code: 'en', level: levels[i % 4] as (typeof levels)[number] }],
      ...(i % 4 === 0 ? {} : { eqfLevel: 2 + (i % 5) }),
      licences: i % 2 === 0 ? ['B'] : [],
      experienceMonths: (i * 13) % 50,
      text: Array.from({ length: 20 + (i % 30) }, (_, w) => words[(i * 3 + w * (1 + (i % 4)) + variant) % words.length]).join(' '),
    })
    return NeutralProfileSchema.parse({
      ...profile,
      ...(i % 9 === 8 ? {} : { workPreferences: { places: [{ comune: comuni[i % 5] as string, lat: 41 + (i % 5), lon: 9 + (i % 5), radiusKm: 10 }], ...(i % 7 === 0 ? { remote: true } : {}), ...(i % 2 === 0 ? { contracts: ['permanent'] } : {}) } }),
    })
  })
}

const vacancy = testVacancy({
  name: 'records cook',
  essential: ['skill.pastry', 'skill.haccp'],
  preferred: ['skill.communication'],
  occupation: 'occ.cook',
  languages: [{ code: 'en', level: 'B1', importance: 'essential' }],
  eqfLevel: { level: 4, importance: 'preferred' },
  experienceMonths: 24,
  text: 'pasticceria dolci torte forno haccp cucina turni',
  language: 'it',
})

function expected(matcher: Matcher, profiles: readonly NeutralProfile[], where?: RecordFilter): MatchResult[] {
  const compiled = where === undefined ? undefined : compileFilter(where)
  const tie = (id: string) => keyedHash('records', id)
  return profiles
    .filter((profile) => compiled === undefined || attributesPass(profileAttributes(profile, taxonomy), compiled))
    .map((profile) => scoreMatch(vacancy, profile, { taxonomy, population: matcher.population() }))
    .sort((a, b) => b.score - a.score || (tie(a.profileId) < tie(b.profileId) ? -1 : 1))
}

describe('matcher on compact records', () => {
  it('keeps only compact records with loadProfiles and gives exactly the scores of scoreMatch, after updates and removals', async () => {
    let profiles = crowd(200)
    const byId = () => new Map(profiles.map((p) => [p.id, p]))
    let lookup = byId()
    const loads: number[] = []
    const matcher = createMatcher({
      taxonomy,
      tieKey: 'records',
      loadProfiles: async (ids) => {
        loads.push(ids.length)
        return ids.map((id) => lookup.get(id))
      },
    })
    await matcher.upsertProfiles(profiles)
    // Update half of them (other skills and words: other record lengths), remove some, add them back.
    const changed = crowd(200, 2).filter((_, i) => i % 2 === 0)
    await matcher.upsertProfiles(changed)
    const removed = profiles.filter((_, i) => i % 10 === 5).map((p) => p.id)
    await matcher.removeProfiles(removed)
    const changedIds = new Map(changed.map((p) => [p.id, p]))
    profiles = profiles.map((p) => changedIds.get(p.id) ?? p).filter((p) => !removed.includes(p.id))
    lookup = byId()
    const reference = createMatcher({ taxonomy, tieKey: 'records' })
    await reference.upsertProfiles(profiles)
    // The population after updates equals one built from scratch.
    expect(matcher.population().profiles).toBe(reference.population().profiles)
    expect(matcher.population().totalLength).toBe(reference.population().totalLength)
    for (const k of [1, 10, 500]) {
      const results = await matcher.candidatesFor(vacancy, { k, candidatesFactor: 1000 })
      expect(JSON.stringify(results)).toBe(JSON.stringify(expected(matcher, profiles).slice(0, k)))
    }
    // Only the returned page is loaded.
    expect(Math.max(...loads)).toBeLessThanOrEqual(profiles.length)
    expect(loads[0]).toBe(1)
  })

  it('pages follow each other without overlap or gap', async () => {
    const profiles = crowd(120)
    const matcher = createMatcher({ taxonomy, tieKey: 'records' })
    await matcher.upsertProfiles(profiles)
    const all = await matcher.candidatesFor(vacancy, { k: 30, candidatesFactor: 100 })
    const pages: MatchResult[] = []
    for (let offset = 0; offset < 30; offset += 7) pages.push(...(await matcher.candidatesFor(vacancy, { k: Math.min(7, 30 - offset), offset, candidatesFactor: 100 })))
    expect(pages.map((r) => r.profileId)).toEqual(all.map((r) => r.profileId))
    expect(await matcher.candidatesFor(vacancy, { k: 5, offset: 1000 })).toEqual([])
    const caught = await matcher.candidatesFor(vacancy, { k: 5, offset: -1 }).then(() => undefined, (error: unknown) => error)
    expect(isIncontroError(caught, 'CORE_INVALID_INPUT')).toBe(true)
  })

  it('hard filters give the best k among the profiles that pass, on the exact and the HNSW index', async () => {
    const profiles = crowd(300)
    const filters: RecordFilter[] = [
      { licences: ['B'] },
      { languages: [{ code: 'en', level: 'B2' }], minEqf: 4 },
      { place: { comuni: ['Torino', 'Bari'] } },
      { place: { near: { lat: 43, lon: 11, km: 20 }, remote: true } },
      { place: { comuni: ['Roma'] }, contracts: ['permanent'], licences: ['B'] },
    ]
    for (const profileIndex of [undefined, createHnswIndex({ dimensions: 128, capacity: 16 })]) {
      const matcher = createMatcher({ taxonomy, tieKey: 'records', ...(profileIndex === undefined ? {} : { profileIndex }) })
      await matcher.upsertProfiles(profiles)
      for (const where of filters) {
        const truth = expected(matcher, profiles, where)
        const results = await matcher.candidatesFor(vacancy, { k: 10, where, candidatesFactor: 1000 })
        expect(results.map((r) => r.profileId)).toEqual(truth.slice(0, 10).map((r) => r.profileId))
      }
    }
  })

  it('filters vacancies for a profile by their place and contract', async () => {
    const matcher = createMatcher({ taxonomy })
    const base = testVacancy({ name: 'v', essential: ['skill.pastry'] })
    const vacancies = comuni.map((comune, i) => ({ ...base, id: keyedHash('v', comune, 32), place: comune, contract: i % 2 === 0 ? ['permanent' as const] : ['fixed-term' as const] }))
    await matcher.upsertVacancies(vacancies)
    const profile = crowd(1)[0] as NeutralProfile
    const found = await matcher.vacanciesFor(profile, { k: 10, where: { place: { comuni: ['Milano', 'Torino', 'Roma'] }, contracts: ['permanent'] } })
    expect(found.map((r) => r.vacancyId).sort()).toEqual([keyedHash('v', 'Milano', 32), keyedHash('v', 'Roma', 32)].sort())
  })

  it.each(['hnsw', 'exact'] as const)('saves and loads records with the %s index to identical results (top-k, scores, explanations), and refuses a damaged file', async (kind) => {
    const profiles = crowd(150)
    const lookup = new Map(profiles.map((p) => [p.id, p]))
    const loadProfiles = async (ids: readonly string[]) => ids.map((id) => lookup.get(id))
    const profileIndex = kind === 'hnsw' ? createHnswIndex({ dimensions: 128 }) : createExactIndex({ dimensions: 128 })
    const matcher = createMatcher({ taxonomy, tieKey: 'records', profileIndex, loadProfiles })
    await matcher.upsertProfiles(profiles)
    await matcher.removeProfiles([profiles[3]?.id as string])
    // A replaced record and a reused slot are part of what is saved.
    const replacement = crowd(5, 2)[1] as NeutralProfile
    expect(lookup.has(replacement.id)).toBe(true)
    lookup.set(replacement.id, replacement)
    await matcher.upsertProfiles([replacement])
    await saveIndex(profileIndex, join(folder, 'p.index'))
    await saveMatcherRecords(matcher, join(folder, 'p.records'))
    const restored = createMatcher({
      taxonomy,
      tieKey: 'records',
      profileIndex: kind === 'hnsw' ? await loadHnswIndex(join(folder, 'p.index')) : await loadExactIndex(join(folder, 'p.index')),
      restored: await loadMatcherRecords(join(folder, 'p.records')),
      loadProfiles,
    })
    expect(restored.population().profiles).toBe(matcher.population().profiles)
    expect(restored.population().totalLength).toBe(matcher.population().totalLength)
    for (const where of [undefined, { licences: ['B'] }]) {
      const query = { k: 10, ...(where === undefined ? {} : { where }) }
      expect(JSON.stringify(await restored.candidatesFor(vacancy, query))).toBe(JSON.stringify(await matcher.candidatesFor(vacancy, query)))
    }
    // Still writable: an upsert after the load counts into the restored population.
    await restored.upsertProfiles([profiles[3] as NeutralProfile])
    expect(restored.population().profiles).toBe(150)
    expect(restored.records().store.size).toBe(150)
    const bytes = readFileSync(join(folder, 'p.records'))
    const damaged = Buffer.from(bytes)
    damaged[bytes.length - 5] = (damaged[bytes.length - 5] as number) ^ 0xff
    writeFileSync(join(folder, 'bad.records'), damaged)
    const caught = await loadMatcherRecords(join(folder, 'bad.records')).then(() => undefined, (error: unknown) => error)
    expect(isIncontroError(caught, 'MATCH_INDEX_CORRUPT')).toBe(true)
  })
})
