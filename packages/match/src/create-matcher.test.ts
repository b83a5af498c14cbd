import { MatchResultSchema, keyedHash } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { createConceptSpace } from './create-concept-space.js'
import { createExactIndex } from './create-exact-index.js'
import { createHnswIndex } from './create-hnsw-index.js'
import { createMatcher } from './create-matcher.js'
import { scoreMatch } from './score-match.js'
import { testProfile, testTaxonomy, testVacancy } from './internal/test-fixtures.js'

const taxonomy = testTaxonomy()

const pastryCook = testVacancy({
  name: 'pastry cook',
  essential: ['skill.pastry', 'skill.haccp'],
  occupation: 'occ.cook',
  languages: [{ code: 'en', level: 'B1' }],
})
const welder = testVacancy({ name: 'welder', essential: ['skill.tig-welding'], occupation: 'occ.welder' })

const full = testProfile({ name: 'full', skills: ['skill.pastry', 'skill.haccp'], languages: [{ code: 'en', level: 'B2' }] })
const related = testProfile({ name: 'related', skills: ['skill.grilling', 'skill.food-safety'], languages: [{ code: 'en', level: 'B1' }] })
const none = testProfile({ name: 'none', skills: ['skill.excel'], languages: [{ code: 'en', level: 'C1' }] })
const welderProfile = testProfile({ name: 'welder', skills: ['skill.tig-welding'], occupations: ['occ.welder'] })
const noEnglish = testProfile({ name: 'no english', skills: ['skill.pastry', 'skill.haccp'] })

/** Profiles equal in everything but their id, so only the tie-break orders them. */
const twins = Array.from({ length: 6 }, (_, i) => testProfile({ name: `twin ${i}`, skills: ['skill.pastry', 'skill.haccp'], languages: [{ code: 'en', level: 'B1' }] }))

describe('createMatcher', () => {
  it('returns exactly the best k of scoring every candidate with scoreMatch, in both hard-constraint modes and for small and large k', async () => {
    const skills = ['skill.pastry', 'skill.haccp', 'skill.cooking', 'skill.grilling', 'skill.food-safety', 'skill.excel', 'skill.communication']
    const levels = ['A2', 'B1', 'B2'] as const
    const crowd = Array.from({ length: 150 }, (_, i) =>
      testProfile({
        name: `crowd ${i}`,
        skills: skills.filter((_, s) => (i * 7 + s * 3) % 5 < 2 + (i % 3)),
        languages: [{ code: 'en', level: levels[i % 3] as (typeof levels)[number] }],
        ...(i % 4 === 0 ? {} : { eqfLevel: 2 + (i % 5) }),
        experienceMonths: (i * 13) % 50,
      }),
    )
    const vacancy = testVacancy({
      name: 'cook with english',
      essential: ['skill.pastry', 'skill.haccp'],
      preferred: ['skill.communication'],
      languages: [{ code: 'en', level: 'B1', importance: 'essential' }],
      eqfLevel: { level: 4, importance: 'preferred' },
      experienceMonths: 24,
    })
    const matcher = createMatcher({ taxonomy, tieKey: 'crowd' })
    await matcher.upsertProfiles(crowd)
    const tie = (id: string) => keyedHash('crowd', id)
    for (const hardConstraints of ['report', 'filter'] as const) {
      const expected = crowd
        .map((profile) => scoreMatch(vacancy, profile, { taxonomy, population: matcher.population() }))
        .filter((result) => hardConstraints === 'report' || result.unmet.length === 0)
        .sort((a, b) => b.score - a.score || (tie(a.profileId) < tie(b.profileId) ? -1 : 1))
      for (const k of [5, 100]) {
        const results = await matcher.candidatesFor(vacancy, { k, hardConstraints, candidatesFactor: crowd.length })
        expect(JSON.stringify(results)).toBe(JSON.stringify(expected.slice(0, k)))
      }
    }
  })

  it('ranks candidates for a vacancy: all essential skills, then related ones, then none', async () => {
    const matcher = createMatcher({ taxonomy })
    await matcher.upsertProfiles([none, related, welderProfile, full])
    const results = await matcher.candidatesFor(pastryCook, { k: 10 })
    expect(results.map((r) => r.profileId)).toEqual([full.id, related.id, none.id, welderProfile.id])
    for (const result of results) {
      MatchResultSchema.parse(result)
      expect(result.score).toBe(result.components.reduce((sum, c) => sum + c.contribution, 0))
    }
    expect(results[1]?.components.find((c) => c.name === 'essential')?.partial.map((p) => p.via)).toEqual(['skill.grilling', 'skill.food-safety'])
  })

  it('finds vacancies for a profile, in the other direction', async () => {
    const matcher = createMatcher({ taxonomy })
    await matcher.upsertVacancies([welder, pastryCook])
    expect(await matcher.vacancyCount()).toBe(2)
    const forWelder = await matcher.vacanciesFor(welderProfile, { k: 2 })
    expect(forWelder.map((r) => r.vacancyId)).toEqual([welder.id, pastryCook.id])
    expect(forWelder[0]?.score).toBeCloseTo(1, 12)
    const forCook = await matcher.vacanciesFor(full, { k: 1 })
    expect(forCook.map((r) => r.vacancyId)).toEqual([pastryCook.id])
  })

  it('a per-query candidatesFactor widens retrieval: with factor 1 and k 1 only the vector-nearest is scored', async () => {
    const matcher = createMatcher({ taxonomy, candidatesFactor: 1, retrieval: 'index' })
    await matcher.upsertProfiles([none, related, welderProfile, full, noEnglish])
    const narrow = await matcher.candidatesFor(pastryCook, { k: 1 })
    const wide = await matcher.candidatesFor(pastryCook, { k: 1, candidatesFactor: 5 })
    expect(wide.map((r) => r.profileId)).toEqual([full.id])
    expect(narrow).toHaveLength(1)
    expect(narrow[0]!.score).toBeLessThanOrEqual(wide[0]!.score)
    await expect(matcher.candidatesFor(pastryCook, { k: 1, candidatesFactor: 0 })).rejects.toThrow(/candidatesFactor/)
  })

  it('removes profiles and vacancies', async () => {
    const matcher = createMatcher({ taxonomy })
    await matcher.upsertProfiles([full, related, none])
    await matcher.upsertVacancies([welder, pastryCook])
    await matcher.removeProfiles([full.id])
    await matcher.removeVacancies([welder.id])
    expect(await matcher.profileCount()).toBe(2)
    expect(await matcher.vacancyCount()).toBe(1)
    expect((await matcher.candidatesFor(pastryCook, { k: 3 })).map((r) => r.profileId)).toEqual([related.id, none.id])
    expect((await matcher.vacanciesFor(welderProfile, { k: 3 })).map((r) => r.vacancyId)).toEqual([pastryCook.id])
  })

  it('upserting a profile again replaces it', async () => {
    const matcher = createMatcher({ taxonomy })
    await matcher.upsertProfiles([full, related])
    const improved = testProfile({ name: 'related', skills: ['skill.pastry', 'skill.haccp'], languages: [{ code: 'en', level: 'C2' }] })
    await matcher.upsertProfiles([improved])
    expect(await matcher.profileCount()).toBe(2)
    const results = await matcher.candidatesFor(pastryCook, { k: 2 })
    expect(results.map((r) => r.profileId).sort()).toEqual([full.id, improved.id].sort())
    expect(results[0]?.score).toBe(results[1]?.score)
    // The replaced profile no longer counts in the population statistics.
    expect(matcher.population().profiles).toBe(2)
  })

  it('reports or filters candidates that miss a hard constraint', async () => {
    const matcher = createMatcher({ taxonomy })
    await matcher.upsertProfiles([full, noEnglish])
    const reported = await matcher.candidatesFor(pastryCook, { k: 2 })
    expect(reported.find((r) => r.profileId === noEnglish.id)?.unmet).toEqual([{ constraint: 'language', required: 'en:B1' }])
    const filtered = await matcher.candidatesFor(pastryCook, { k: 2, hardConstraints: 'filter' })
    expect(filtered.map((r) => r.profileId)).toEqual([full.id])
  })

  it('breaks ties by a keyed hash of the id, never by insertion order, with byte-identical results', async () => {
    const build = async (order: typeof twins) => {
      const matcher = createMatcher({ taxonomy, tieKey: 'deployer-key' })
      await matcher.upsertProfiles(order)
      return matcher.candidatesFor(pastryCook, { k: 4 })
    }
    const forward = await build(twins)
    const backward = await build([...twins].reverse())
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward))
    const expected = [...twins].map((p) => p.id).sort((a, b) => (keyedHash('deployer-key', a) < keyedHash('deployer-key', b) ? -1 : 1))
    expect(forward.map((r) => r.profileId)).toEqual(expected.slice(0, 4))
    const otherKey = createMatcher({ taxonomy, tieKey: 'another-key' })
    await otherKey.upsertProfiles(twins)
    const expectedOther = [...twins].map((p) => p.id).sort((a, b) => (keyedHash('another-key', a) < keyedHash('another-key', b) ? -1 : 1))
    expect((await otherKey.candidatesFor(pastryCook, { k: 4 })).map((r) => r.profileId)).toEqual(expectedOther.slice(0, 4))
  })

  it('works the same over HNSW indexes', async () => {
    const space = createConceptSpace(taxonomy, { dimensions: 32 })
    const hnsw = createMatcher({ taxonomy, space, profileIndex: createHnswIndex({ dimensions: 32 }), vacancyIndex: createHnswIndex({ dimensions: 32 }) })
    const exact = createMatcher({ taxonomy, space })
    for (const matcher of [hnsw, exact]) await matcher.upsertProfiles([none, related, full, ...twins])
    expect(JSON.stringify(await hnsw.candidatesFor(pastryCook, { k: 5 }))).toBe(JSON.stringify(await exact.candidatesFor(pastryCook, { k: 5 })))
  })

  it('refuses an index whose dimensions differ from the concept space', () => {
    expect(() => createMatcher({ taxonomy, profileIndex: createExactIndex({ dimensions: 8 }) })).toThrow(/dimensions/)
  })

  it('counts stored profiles into the population statistics and takes removed ones out', async () => {
    const matcher = createMatcher({ taxonomy })
    await matcher.upsertProfiles([full, related, none])
    const population = matcher.population()
    const haccp = population.numbers.find('skill.haccp') as number
    expect(population.profiles).toBe(3)
    expect(population.conceptFrequency(haccp)).toBe(1)
    await matcher.removeProfiles([full.id, 'unknown'])
    expect(population.profiles).toBe(2)
    expect(population.conceptFrequency(haccp)).toBe(0)
  })

  it('ranks every stored profile by its words when the vacancy names no concept at all', async () => {
    const matcher = createMatcher({ taxonomy })
    const texts = ['riparazione auto e manutenzione', 'contabilità e bilanci', 'manutenzione impianti']
    const profiles = texts.map((text, i) => testProfile({ name: `words ${i}`, text }))
    await matcher.upsertProfiles(profiles)
    const terse = testVacancy({ name: 'terse', language: 'it', title: 'MECCANICI', text: 'RIPARAZIONE E MANUTENZIONE AUTO' })
    const results = await matcher.candidatesFor(terse, { k: 3 })
    expect(results.map((r) => r.profileId)).toEqual([profiles[0]?.id, profiles[2]?.id, profiles[1]?.id])
    expect(results[0]?.score).toBeGreaterThan(results[1]?.score as number)
  })
})
