import { MatchResultSchema, type MatchResult } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { scoreMatch } from './score-match.js'
import { testProfile, testTaxonomy, testVacancy } from './internal/test-fixtures.js'

const taxonomy = testTaxonomy()

const vacancy = testVacancy({
  name: 'pastry cook',
  essential: ['skill.pastry', 'skill.haccp'],
  preferred: ['skill.customer-service'],
  occupation: 'occ.cook',
  experienceMonths: 12,
  languages: [{ code: 'en', level: 'B1' }],
  eqfLevel: { level: 4, importance: 'preferred' },
  licences: [{ code: 'B', importance: 'preferred' }],
})
const full = testProfile({
  name: 'full',
  skills: ['skill.pastry', 'skill.haccp', 'skill.customer-service'],
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
    expect(scores[0]).toBe(1)
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
    const weights = Object.fromEntries(scoreMatch(vacancy, full, { taxonomy }).components.map((c) => [c.name, c.weight]))
    expect(weights.essential).toBeCloseTo(0.45, 12)
    expect(weights.preferred).toBeCloseTo(0.15, 12)
    expect(weights.licences).toBeCloseTo(0.05, 12)
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
    expect(component(result, 'experience')?.value).toBe(0.5)
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
    expect(result.components[0]?.weight).toBeCloseTo(0.9, 12)
    expect(result.components[1]?.weight).toBeCloseTo(0.1, 12)
    expect(result.score).toBe(1)
  })

  it('applies custom weights', () => {
    const result = scoreMatch(vacancy, related, { taxonomy, weights: { essential: 1, preferred: 0, experience: 0, languages: 0, education: 0, licences: 0 } })
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
})
