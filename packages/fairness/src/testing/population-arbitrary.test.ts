import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { personArbitrary, populationArbitrary, samplePopulation } from './population-arbitrary.js'

const share = <T>(items: readonly T[], test: (item: T) => boolean): number => items.filter(test).length / items.length

describe('populationArbitrary', () => {
  it('gives each person a CV in their own variant and the other variant as counterfactual', () => {
    fc.assert(
      fc.property(personArbitrary({ language: 'it' }), (person) => {
        expect(person.cv).not.toBe(person.counterfactual)
        const ownPronoun = person.gender === 'female' ? /\b(?:Nata|Laureata|nubile|Madre)\b/ : /\b(?:Nato|Laureato|celibe|Padre)\b/
        const otherPronoun = person.gender === 'female' ? /\b(?:Nato|Laureato|celibe|Padre)\b/ : /\b(?:Nata|Laureata|nubile|Madre)\b/
        if (ownPronoun.test(person.cv)) expect(otherPronoun.test(person.counterfactual)).toBe(true)
        expect(otherPronoun.test(person.cv)).toBe(false)
      }),
      { numRuns: 200 },
    )
  })

  it('numbers the members of a population uniquely', () => {
    fc.assert(
      fc.property(populationArbitrary({ minSize: 5, maxSize: 15 }), (people) => {
        expect(new Set(people.map((p) => p.sourceId)).size).toBe(people.length)
        expect(people.length).toBeGreaterThanOrEqual(5)
      }),
      { numRuns: 20 },
    )
  })

  it('without correlations, occupation, career breaks and part-time work are independent of gender', () => {
    const people = samplePopulation({ size: 4000, seed: 3 })
    const women = people.filter((p) => p.gender === 'female')
    const men = people.filter((p) => p.gender === 'male')
    expect(Math.abs(share(women, (p) => p.sector === 'healthcare') - share(men, (p) => p.sector === 'healthcare'))).toBeLessThan(0.03)
    expect(Math.abs(share(women, (p) => p.careerBreak) - share(men, (p) => p.careerBreak))).toBeLessThan(0.03)
    expect(Math.abs(share(women, (p) => p.partTime) - share(men, (p) => p.partTime))).toBeLessThan(0.03)
  })

  it('with correlations, women more often work in healthcare, take career breaks and work part-time, and the CV shows it', () => {
    const people = samplePopulation({ size: 4000, seed: 3, language: 'it', correlations: { sector: 0.6, careerBreak: 0.3, partTime: 0.3 } })
    const women = people.filter((p) => p.gender === 'female')
    const men = people.filter((p) => p.gender === 'male')
    expect(share(women, (p) => p.sector === 'healthcare') - share(men, (p) => p.sector === 'healthcare')).toBeGreaterThan(0.05)
    expect(share(women, (p) => p.careerBreak) - share(men, (p) => p.careerBreak)).toBeGreaterThan(0.2)
    expect(share(women, (p) => p.partTime) - share(men, (p) => p.partTime)).toBeGreaterThan(0.2)
    for (const person of people.slice(0, 200)) expect(/Part-time, \d+ ore settimanali/.test(person.cv)).toBe(person.partTime)
  })

  it('is deterministic for a seed', () => {
    expect(samplePopulation({ size: 30, seed: 9 })).toEqual(samplePopulation({ size: 30, seed: 9 }))
  })

  it('rejects a correlation outside [0, 1]', () => {
    expect(() => personArbitrary({ correlations: { sector: 1.5 } })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})
