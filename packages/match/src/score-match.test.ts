import { MatchResultSchema, type MatchResult } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { defaultMatchWeights, scoreMatch } from './score-match.js'
import { createScoreInputs } from './internal/score-plan.js'
import { testProfile, testTaxonomy, testVacancy, type TestVacancyInput } from './internal/test-fixtures.js'

const taxonomy = testTaxonomy()

const vacancyInput: TestVacancyInput = {
  name: 'pastry cook',
  essential: ['skill.pastry', 'skill.haccp'],
  preferred: ['skill.customer-service'],
  occupation: 'occ.cook',
  experienceMonths: 12,
  languages: [{ code: 'en', level: 'B1' }],
  eqfLevel: { level: 4, importance: 'preferred' },
  licences: [{ code: 'B', importance: 'preferred' }],
}
const vacancy = testVacancy(vacancyInput)
const full = testProfile({
  name: 'full',
  skills: ['skill.pastry', 'skill.haccp', 'skill.customer-service'],
  occupations: ['occ.cook'],
  languages: [{ code: 'en', level: 'B2' }],
  licences: ['B'],
  eqfLevel: 4,
  experienceMonths: 24,
})
const related = testProfile({
  name: 'related',
  skills: ['skill.grilling', 'skill.food-safety', 'skill.communication'],
  languages: [{ code: 'en', level: 'A2' }],
  eqfLevel: 3,
  experienceMonths: 6,
})
const none = testProfile({ name: 'none', skills: ['skill.tig-welding', 'skill.excel'] })

const component = (result: MatchResult, name: string) => result.components.find((c) => c.name === name)

describe('scoreMatch', () => {
  it('ranks full coverage above related skills, and related skills above none', () => {
    const scores = [full, related, none].map((profile) => scoreMatch(vacancy, profile, { taxonomy }).score)
    expect(scores[0]).toBeCloseTo(1, 12)
    expect(scores[0]).toBeGreaterThan(scores[1] as number)
    expect(scores[1]).toBeGreaterThan(scores[2] as number)
  })

  it('is a valid MatchResult whose score is exactly the sum of its contributions', () => {
    for (const profile of [full, related, none]) {
      const result = MatchResultSchema.parse(scoreMatch(vacancy, profile, { taxonomy }))
      expect(result.score).toBe(result.components.reduce((sum, c) => sum + c.contribution, 0))
      for (const c of result.components) expect(c.contribution).toBe(c.weight * c.value)
      expect(result.components.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 12)
    }
  })

  it('uses the default weights when the vacancy asks for every component', () => {
    const everything = testVacancy({ ...vacancyInput, text: 'pastry and desserts' })
    const weights = Object.fromEntries(scoreMatch(everything, full, { taxonomy }).components.map((c) => [c.name, c.weight]))
    expect(Object.keys(weights)).toEqual(['essential', 'preferred', 'occupation', 'experience', 'languages', 'education', 'licences', 'lexical'])
    for (const [name, weight] of Object.entries(defaultMatchWeights)) expect(weights[name]).toBeCloseTo(weight, 12)
  })

  it('explains partial credit through sibling, broader and related concepts, with the concept that gave it', () => {
    const result = scoreMatch(vacancy, related, { taxonomy })
    const essential = component(result, 'essential')
    expect(essential?.matched).toEqual([])
    expect(essential?.partial.map((item) => [item.required, item.via, item.relation])).toEqual([
      ['skill.pastry', 'skill.grilling', 'sibling'],
      ['skill.haccp', 'skill.food-safety', 'broader'],
    ])
    expect(essential?.partial[1]?.evidence).toEqual([{ start: 10, end: 18, section: 'skills' }])
    expect(component(result, 'preferred')?.partial[0]).toMatchObject({ required: 'skill.customer-service', via: 'skill.communication', relation: 'related', credit: 0.4 })
  })

  it('gives partial credit through a narrower concept', () => {
    const cooking = testVacancy({ name: 'cook', essential: ['skill.cooking'] })
    const result = scoreMatch(cooking, full, { taxonomy })
    expect(result.components).toHaveLength(1)
    expect(component(result, 'essential')?.partial[0]).toMatchObject({ required: 'skill.cooking', via: 'skill.pastry', relation: 'narrower', credit: 0.7 })
    expect(result.score).toBeCloseTo(0.7, 12)
  })

  it('lists missing concepts with no credit', () => {
    const result = scoreMatch(vacancy, none, { taxonomy })
    expect(component(result, 'essential')?.missing.map((item) => item.required)).toEqual(['skill.pastry', 'skill.haccp'])
    expect(component(result, 'essential')?.value).toBe(0)
  })

  it('scores experience, languages, education and licences by level', () => {
    const result = scoreMatch(vacancy, related, { taxonomy })
    // No experience in an occupation related to the cook's: months elsewhere do not count.
    expect(component(result, 'experience')?.value).toBe(0)
    expect(component(result, 'languages')?.value).toBe(0.75)
    expect(component(result, 'languages')?.partial[0]).toMatchObject({ required: 'en:B1', via: 'en:A2', relation: 'level' })
    expect(component(result, 'education')?.value).toBe(0.75)
    expect(component(result, 'licences')?.missing[0]).toMatchObject({ required: 'B', credit: 0 })
  })

  it('reports unmet essential languages, education and licences as hard constraints', () => {
    const strict = testVacancy({
      name: 'driver',
      languages: [
        { code: 'en', level: 'B2' },
        { code: 'it', level: 'C1', importance: 'preferred' },
      ],
      eqfLevel: { level: 4, importance: 'essential' },
      licences: [{ code: 'B' }, { code: 'CQC', importance: 'preferred' }],
    })
    expect(scoreMatch(strict, related, { taxonomy }).unmet).toEqual([
      { constraint: 'language', required: 'en:B2' },
      { constraint: 'education', required: '4' },
      { constraint: 'licence', required: 'B' },
    ])
    expect(scoreMatch(strict, full, { taxonomy }).unmet).toEqual([])
  })

  it('includes only the components the vacancy asks for, renormalizing their weights', () => {
    const result = scoreMatch(testVacancy({ name: 'v', essential: ['skill.haccp'], licences: [{ code: 'B' }] }), full, { taxonomy })
    expect(result.components.map((c) => c.name)).toEqual(['essential', 'licences'])
    const { essential, licences } = defaultMatchWeights
    expect(result.components[0]?.weight).toBeCloseTo(essential / (essential + licences), 12)
    expect(result.components[1]?.weight).toBeCloseTo(licences / (essential + licences), 12)
    expect(result.score).toBeCloseTo(1, 12)
  })

  it('applies custom weights', () => {
    const result = scoreMatch(vacancy, related, { taxonomy, weights: { essential: 1, preferred: 0, occupation: 0, experience: 0, languages: 0, education: 0, licences: 0 } })
    expect(result.score).toBe(component(result, 'essential')?.value)
    expect(() => scoreMatch(vacancy, related, { taxonomy, weights: { essential: -1 } })).toThrow(/finite number/)
  })

  it('scores 0 with no components when the vacancy asks for nothing', () => {
    const result = scoreMatch(testVacancy({ name: 'empty' }), full, { taxonomy })
    expect(result).toMatchObject({ score: 0, components: [], unmet: [] })
  })

  it('counts the occupations of experiences as held concepts', () => {
    const byOccupation = testProfile({ name: 'occ', occupations: ['occ.cook'] })
    const result = scoreMatch(testVacancy({ name: 'v', essential: ['occ.cook'] }), byOccupation, { taxonomy })
    expect(result.score).toBe(1)
    expect(component(result, 'essential')?.matched[0]?.evidence).toEqual([{ start: 1000, end: 1090, section: 'experience' }])
  })

  it('counts only months in occupations related to the vacancy: same occupation fully, unrelated not at all, uncoded a quarter', () => {
    const cook = testVacancy({ name: 'cook', occupation: 'occ.cook', experienceMonths: 24 })
    const mixed = testProfile({ name: 'mixed', occupations: [{ occupation: 'occ.cook', months: 6 }, { occupation: 'occ.welder', months: 60 }], experienceMonths: 66 })
    expect(component(scoreMatch(cook, mixed, { taxonomy }), 'experience')?.value).toBe(0.25)
    const welderOnly = testProfile({ name: 'welder', occupations: [{ occupation: 'occ.welder', months: 60 }], experienceMonths: 60 })
    expect(component(scoreMatch(cook, welderOnly, { taxonomy }), 'experience')?.value).toBe(0)
    // Without an occupation in the vacancy there is nothing to relate months to: all count.
    const anyJob = testVacancy({ name: 'any', essential: ['skill.excel'], experienceMonths: 24 })
    expect(component(scoreMatch(anyJob, welderOnly, { taxonomy }), 'experience')?.value).toBe(1)
  })

  it('scores occupation fit: same occupation, narrower, same ISCO unit group, an objective, none', () => {
    const cook = testVacancy({ name: 'cook', occupation: 'occ.cook' })
    const fit = (profile: Parameters<typeof testProfile>[0]) => component(scoreMatch(cook, testProfile(profile), { taxonomy }), 'occupation')
    expect(fit({ name: 'a', occupations: [{ occupation: 'occ.cook', months: 24 }] })).toMatchObject({ value: 1 })
    expect(fit({ name: 'b', occupations: [{ occupation: 'occ.cook', months: 0 }] })?.value).toBe(0.75)
    // A narrower occupation in the same ISCO unit group: the group's fit, named by the closer relation.
    expect(fit({ name: 'c', occupations: ['occ.pastry-cook'] })?.partial[0]).toMatchObject({ via: 'occ.pastry-cook', relation: 'narrower', credit: 0.75 })
    expect(fit({ name: 'd', occupations: ['occ.cook-assistant'] })?.partial[0]).toMatchObject({ via: 'occ.cook-assistant', relation: 'group', credit: 0.75 })
    expect(fit({ name: 'e', targets: ['occ.cook'] })?.value).toBeCloseTo(0.8, 12)
    expect(fit({ name: 'f', occupations: ['occ.welder'] })).toMatchObject({ value: 0, missing: [{ required: 'occ.cook', relation: 'none' }] })
  })

  it('gives a skill stated only as a hobby partial credit, and full credit once it is also stated as work', () => {
    const cooking = testVacancy({ name: 'cook', essential: ['skill.cooking'] })
    const hobby = testProfile({ name: 'hobby', skills: [{ concept: 'skill.cooking', section: 'interests' }] })
    const work = testProfile({ name: 'work', skills: [{ concept: 'skill.cooking', section: 'interests' }, { concept: 'skill.cooking', section: 'experience' }] })
    expect(scoreMatch(cooking, hobby, { taxonomy }).score).toBeCloseTo(0.3, 12)
    expect(component(scoreMatch(cooking, hobby, { taxonomy }), 'essential')?.partial[0]).toMatchObject({ via: 'skill.cooking', relation: 'exact' })
    expect(scoreMatch(cooking, work, { taxonomy }).score).toBe(1)
  })

  it('weighs a required concept by where the ad states it: a requirement line more than the company blurb', () => {
    const ad = testVacancy({ name: 'ad', essential: ['skill.haccp', 'skill.excel'], sources: { 'skill.excel': 'company' } })
    const haccp = testProfile({ name: 'haccp', skills: ['skill.haccp'] })
    const excel = testProfile({ name: 'excel', skills: ['skill.excel'] })
    expect(scoreMatch(ad, haccp, { taxonomy }).score).toBeGreaterThan(scoreMatch(ad, excel, { taxonomy }).score)
    expect(scoreMatch(ad, haccp, { taxonomy }).score).toBeCloseTo(1 / 1.15, 12)
  })

  it('marks requirements implied by the occupation in the explanation', () => {
    const ad = testVacancy({ name: 'ad', essential: ['skill.cooking', 'skill.haccp'], sources: { 'skill.cooking': 'implied' } })
    const result = scoreMatch(ad, full, { taxonomy })
    expect(component(result, 'essential')?.partial.find((item) => item.required === 'skill.cooking')).toMatchObject({ implied: true, via: 'skill.pastry' })
    expect(component(result, 'essential')?.matched.find((item) => item.required === 'skill.haccp')?.implied).toBeUndefined()
  })

  it('weighs a concept most profiles hold less than a rare one (specificity over the population), and generic competences half', () => {
    const population = createScoreInputs()
    const crowd = Array.from({ length: 20 }, (_, i) => testProfile({ name: `crowd ${i}`, skills: i === 0 ? ['skill.haccp', 'skill.tig-welding'] : ['skill.haccp'] }))
    for (const profile of crowd) population.add(population.inputOf(profile))
    const ad = testVacancy({ name: 'ad', essential: ['skill.haccp', 'skill.tig-welding'] })
    const common = testProfile({ name: 'common', skills: ['skill.haccp'] })
    const rare = testProfile({ name: 'rare', skills: ['skill.tig-welding'] })
    expect(scoreMatch(ad, rare, { taxonomy, population }).score).toBeGreaterThan(scoreMatch(ad, common, { taxonomy, population }).score)
    // Without a population both weigh the same.
    expect(scoreMatch(ad, rare, { taxonomy }).score).toBe(scoreMatch(ad, common, { taxonomy }).score)
    const soft = testVacancy({ name: 'soft', essential: ['skill.communication', 'skill.excel'] })
    const talker = testProfile({ name: 'talker', skills: ['skill.communication'] })
    expect(scoreMatch(soft, talker, { taxonomy }).score).toBeCloseTo(0.5 / 1.5, 12)
  })

  it('scores the words of the ad found in the neutral text (BM25), listing them with where they stand', () => {
    const ad = testVacancy({ name: 'ad', language: 'it', title: 'Pasticciere', text: 'Preparazione di torte e dolci da forno, decorazione in pasticceria.' })
    const baker = testProfile({ name: 'baker', text: 'Preparo torte e dolci, decorazione di torte nuziali.' })
    const clerk = testProfile({ name: 'clerk', text: 'Contabilità, fatture e prima nota.' })
    const forBaker = scoreMatch(ad, baker, { taxonomy })
    const lexical = component(forBaker, 'lexical')
    expect(forBaker.components.map((c) => c.name)).toEqual(['lexical'])
    expect(lexical?.value).toBeGreaterThan(0.2)
    expect(lexical?.partial.map((item) => item.required)).toEqual(expect.arrayContaining(['torte', 'dolci', 'decorazione']))
    const torte = lexical?.partial.find((item) => item.required === 'torte')
    expect(torte?.evidence.map((e) => baker.text.slice(e.start, e.end))).toEqual(['torte', 'torte'])
    expect(scoreMatch(ad, clerk, { taxonomy }).score).toBe(0)
    // At most three places per word, and a word that only comes after another's fourth mention is still found.
    const keen = testProfile({ name: 'keen', text: 'Torte, torte, torte e ancora torte. Infine dolci.' })
    const items = component(scoreMatch(ad, keen, { taxonomy }), 'lexical')?.partial ?? []
    expect(items.find((item) => item.required === 'torte')?.evidence.map((e) => keen.text.slice(e.start, e.end))).toEqual(['Torte', 'torte', 'torte'])
    expect(items.find((item) => item.required === 'dolci')?.evidence.map((e) => keen.text.slice(e.start, e.end))).toEqual(['dolci'])
  })

  it('never gives every candidate zero when the ad shares words with them, even with no concept', () => {
    const terse = testVacancy({ name: 'terse', language: 'it', title: 'OPERAI MECCANICI', text: 'RIPARAZIONE E MANUTENZIONE AUTO' })
    const mechanic = testProfile({ name: 'mechanic', text: 'Officina: riparazione auto, manutenzione ordinaria' })
    expect(scoreMatch(terse, mechanic, { taxonomy }).score).toBeGreaterThan(0)
  })
})
