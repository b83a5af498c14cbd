import { describe, expect, it } from 'vitest'
import { createConceptSpace } from './create-concept-space.js'
import { embedProfile } from './embed-profile.js'
import { embedVacancy } from './embed-vacancy.js'
import { testProfile, testTaxonomy, testVacancy } from './internal/test-fixtures.js'
import { norm } from './internal/vectors.js'

const space = createConceptSpace(testTaxonomy(), { dimensions: 64 })
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * (b[i] as number), 0)

describe('embedProfile', () => {
  it('is a unit vector near the vacancy asking for the same concepts, and far from an unrelated one', () => {
    const cook = embedProfile(testProfile({ name: 'cook', skills: ['skill.pastry', 'skill.haccp'], occupations: ['occ.cook'] }), space)
    const welder = embedProfile(testProfile({ name: 'welder', skills: ['skill.tig-welding'], occupations: ['occ.welder'] }), space)
    const vacancy = embedVacancy(testVacancy({ name: 'v', essential: ['skill.pastry', 'skill.haccp'], occupation: 'occ.cook' }), space)
    expect(norm(cook)).toBeCloseTo(1, 5)
    expect(cosine(cook, vacancy)).toBeGreaterThan(0.9)
    expect(cosine(cook, vacancy)).toBeGreaterThan(cosine(welder, vacancy) + 0.5)
  })

  it('does not depend on the order of claims', () => {
    const a = embedProfile(testProfile({ name: 'p', skills: ['skill.pastry', 'skill.haccp', 'skill.excel'] }), space)
    const b = embedProfile(testProfile({ name: 'p', skills: ['skill.excel', 'skill.pastry', 'skill.haccp'] }), space)
    expect(Array.from(a)).toEqual(Array.from(b))
  })

  it('weighs concepts by evidence and by the given weights', () => {
    const pastry = space.vectorOf('skill.pastry')
    const repeated = embedProfile(testProfile({ name: 'p', skills: [{ concept: 'skill.pastry', times: 5 }, 'skill.excel'] }), space)
    const once = embedProfile(testProfile({ name: 'p', skills: ['skill.pastry', 'skill.excel'] }), space)
    expect(cosine(repeated, pastry)).toBeGreaterThan(cosine(once, pastry))
    const idf = new Map([['skill.excel', 0.1]])
    const weighted = embedProfile(testProfile({ name: 'p', skills: ['skill.pastry', 'skill.excel'] }), space, { weights: idf })
    expect(cosine(weighted, pastry)).toBeGreaterThan(cosine(once, pastry))
  })

  it('gives an empty profile the zero vector', () => {
    const vector = embedProfile(testProfile({ name: 'empty' }), space)
    expect(vector).toHaveLength(64)
    expect(vector.every((x) => x === 0)).toBe(true)
  })
})

describe('embedVacancy', () => {
  it('weighs essential requirements above preferred ones', () => {
    const vector = embedVacancy(testVacancy({ name: 'v', essential: ['skill.pastry'], preferred: ['skill.excel'] }), space)
    expect(norm(vector)).toBeCloseTo(1, 5)
    expect(cosine(vector, space.vectorOf('skill.pastry'))).toBeGreaterThan(cosine(vector, space.vectorOf('skill.excel')))
  })

  it('gives a vacancy without requirements the zero vector', () => {
    expect(embedVacancy(testVacancy({ name: 'v' }), space).every((x) => x === 0)).toBe(true)
  })
})
