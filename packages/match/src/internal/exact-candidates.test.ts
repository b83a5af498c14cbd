import { keyedHash, type MatchResult, type NeutralProfile } from '@incontro/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createConceptSpace } from '../create-concept-space.js'
import { createExactIndex } from '../create-exact-index.js'
import { createMatcher } from '../create-matcher.js'
import { scoreMatch } from '../score-match.js'
import type { VectorIndex } from '../vector-index.js'
import { testProfile, testTaxonomy, testVacancy } from './test-fixtures.js'

const taxonomy = testTaxonomy()
const dimensions = createConceptSpace(taxonomy).dimensions
const skills = ['skill.cooking', 'skill.pastry', 'skill.grilling', 'skill.food-safety', 'skill.haccp', 'skill.customer-service', 'skill.communication', 'skill.tig-welding', 'skill.welding', 'skill.excel', 'skill.office']
const occupations = ['occ.cook', 'occ.cook-assistant', 'occ.pastry-cook', 'occ.welder']
const words = ['forno', 'impasti', 'cassa', 'clienti', 'saldatura', 'turni', 'magazzino', 'fogli', 'calcolo', 'pulizia']

/** A vector index that counts its queries (and answers exactly), to tell which path a query took. */
function countingIndex(): VectorIndex & { queries: number } {
  const inner = createExactIndex({ dimensions })
  const counting = Object.assign(Object.create(inner) as VectorIndex, { queries: 0 })
  counting.query = (vector, options) => {
    counting.queries++
    return inner.query(vector, options)
  }
  return counting as VectorIndex & { queries: number }
}

const profileArbitrary = fc.record({
  skills: fc.subarray(skills, { maxLength: 5 }),
  hobby: fc.option(fc.constantFrom(...skills), { nil: undefined }),
  occupation: fc.option(fc.record({ occupation: fc.constantFrom(...occupations), months: fc.integer({ min: 0, max: 60 }) }), { nil: undefined }),
  target: fc.option(fc.constantFrom(...occupations), { nil: undefined }),
  level: fc.option(fc.constantFrom('A2', 'B1', 'B2', 'C1'), { nil: undefined }),
  eqf: fc.option(fc.integer({ min: 2, max: 7 }), { nil: undefined }),
  months: fc.integer({ min: 0, max: 80 }),
  text: fc.subarray(words, { maxLength: 6 }),
  licence: fc.boolean(),
})

type ProfileDraft = typeof profileArbitrary extends fc.Arbitrary<infer T> ? T : never

function profileOf(name: string, p: ProfileDraft): NeutralProfile {
  return testProfile({
    name,
    skills: [...p.skills, ...(p.hobby === undefined || p.skills.includes(p.hobby) ? [] : [{ concept: p.hobby, section: 'interests' }])],
    ...(p.occupation === undefined ? {} : { occupations: [p.occupation] }),
    ...(p.target === undefined ? {} : { targets: [p.target] }),
    ...(p.level === undefined ? {} : { languages: [{ code: 'en', level: p.level as 'A2' }] }),
    ...(p.eqf === undefined ? {} : { eqfLevel: p.eqf }),
    ...(p.licence ? { licences: ['B'] } : {}),
    experienceMonths: p.months,
    text: `${p.text.join(' ')} ${' '.repeat(1500)}`,
  })
}

const vacancyArbitrary = fc.record({
  essential: fc.subarray(skills, { minLength: 1, maxLength: 4 }),
  preferred: fc.subarray(skills, { maxLength: 2 }),
  occupation: fc.option(fc.constantFrom(...occupations), { nil: undefined }),
  language: fc.boolean(),
  months: fc.option(fc.integer({ min: 6, max: 48 }), { nil: undefined }),
  licence: fc.boolean(),
})

describe('exact retrieval over concept postings', () => {
  it('returns exactly the page that scoring every stored profile gives, through upserts, replacements and removals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(profileArbitrary, { minLength: 1, maxLength: 40 }),
        fc.array(profileArbitrary, { maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        vacancyArbitrary,
        fc.constantFrom('report', 'filter'),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 5 }),
        async (initial, replacements, removals, v, hardConstraints, k, offset) => {
          const matcher = createMatcher({ taxonomy, tieKey: 'postings' })
          const stored = new Map<string, NeutralProfile>()
          const first = initial.map((p, i) => profileOf(`p${i}`, p))
          await matcher.upsertProfiles(first)
          for (const profile of first) stored.set(profile.id, profile)
          // Replace some profiles (same id, new content), then remove some.
          const replaced = replacements.map((p, i) => profileOf(`p${i % initial.length}`, p))
          await matcher.upsertProfiles(replaced)
          for (const profile of replaced) stored.set(profile.id, profile)
          const gone = removals.map((n) => first[n % first.length]?.id as string)
          await matcher.removeProfiles(gone)
          for (const id of gone) stored.delete(id)
          const vacancy = testVacancy({
            name: 'postings vacancy',
            essential: v.essential,
            preferred: v.preferred.filter((s) => !v.essential.includes(s)),
            ...(v.occupation === undefined ? {} : { occupation: v.occupation }),
            ...(v.language ? { languages: [{ code: 'en', level: 'B1', importance: 'essential' as const }] } : {}),
            ...(v.months === undefined ? {} : { experienceMonths: v.months }),
            ...(v.licence ? { licences: [{ code: 'B', importance: 'preferred' as const }] } : {}),
          })
          const tie = (id: string) => keyedHash('postings', id)
          const expected: MatchResult[] = [...stored.values()]
            .map((profile) => scoreMatch(vacancy, profile, { taxonomy, population: matcher.population() }))
            .filter((result) => hardConstraints === 'report' || result.unmet.length === 0)
            .sort((a, b) => b.score - a.score || (tie(a.profileId) < tie(b.profileId) ? -1 : 1))
          const results = await matcher.candidatesFor(vacancy, { k, offset, hardConstraints })
          expect(JSON.stringify(results)).toBe(JSON.stringify(expected.slice(offset, offset + k)))
        },
      ),
      { numRuns: 150, seed: 20261207 },
    )
  })

  it('answers without the vector index when the ad’s concepts rule out every other profile, and falls back to it when they cannot', async () => {
    const profileIndex = countingIndex()
    const matcher = createMatcher({ taxonomy, profileIndex, tieKey: 'postings' })
    const cooks = Array.from({ length: 30 }, (_, i) => testProfile({ name: `cook ${i}`, skills: ['skill.pastry', 'skill.haccp', 'skill.cooking'], occupations: [{ occupation: 'occ.cook', months: 12 + i }] }))
    const others = Array.from({ length: 30 }, (_, i) => testProfile({ name: `clerk ${i}`, skills: ['skill.excel'], experienceMonths: i }))
    await matcher.upsertProfiles([...cooks, ...others])
    const cookAd = testVacancy({ name: 'cook ad', essential: ['skill.pastry', 'skill.haccp'], occupation: 'occ.cook' })
    const top = await matcher.candidatesFor(cookAd, { k: 5 })
    expect(profileIndex.queries).toBe(0)
    expect(top.map((r) => r.profileId).every((id) => cooks.some((c) => c.id === id))).toBe(true)
    // Only one clerk-like concept that nobody holds: no profile can be certified above the floor.
    const rareAd = testVacancy({ name: 'rare ad', essential: ['skill.tig-welding'], experienceMonths: 12 })
    const rare = await matcher.candidatesFor(rareAd, { k: 3 })
    expect(profileIndex.queries).toBe(1)
    expect(rare).toHaveLength(3)
  })

  it('keeps the index path for filtered queries and when asked for it', async () => {
    const ad = testVacancy({ name: 'ad', essential: ['skill.pastry'] })
    const one = testProfile({ name: 'one', skills: ['skill.pastry'], licences: ['B'] })
    const profileIndex = countingIndex()
    const matcher = createMatcher({ taxonomy, profileIndex, retrieval: 'index' })
    await matcher.upsertProfiles([one])
    await matcher.candidatesFor(ad, { k: 1 })
    expect(profileIndex.queries).toBe(1)
    const filteredIndex = countingIndex()
    const postings = createMatcher({ taxonomy, profileIndex: filteredIndex })
    await postings.upsertProfiles([one])
    const found = await postings.candidatesFor(ad, { k: 1, where: { licences: ['B'] } })
    expect(filteredIndex.queries).toBe(1)
    expect(found.map((r) => r.profileId)).toEqual([one.id])
    expect(() => createMatcher({ taxonomy, retrieval: 'nearest' as 'index' })).toThrow(/retrieval/)
  })
})
