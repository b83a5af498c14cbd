import { describe, expect, it } from 'vitest'
import { dcg, meetsTarget, ndcgAt, precisionAt, reciprocalRank, relevance, tiedPairs, type RuleOccupation } from './match-quality-metrics.js'

const occupations = new Map<string, RuleOccupation>([
  ['waiter', { id: 'waiter', isco: '5131', adjacent: [] }],
  ['bartender', { id: 'bartender', isco: '5132', adjacent: [] }],
  ['cook', { id: 'cook', isco: '5120', adjacent: ['kitchen-helper'] }],
  ['kitchen-helper', { id: 'kitchen-helper', isco: '9412', adjacent: [] }],
  ['cashier', { id: 'cashier', isco: '5230', adjacent: [] }],
  ['welder', { id: 'welder', isco: '7212', adjacent: [] }],
])
const cv = (occupation: string, skills: string[] = [], level: 'working' | 'junior' = 'working', partialSkills: string[] = []) => ({ occupation, level, skills, partialSkills })

describe('relevance rule', () => {
  it('gives 2 to the same occupation at a working level and 1 at a junior level', () => {
    expect(relevance({ occupation: 'waiter', key: ['orders'] }, cv('waiter'), occupations)).toBe(2)
    expect(relevance({ occupation: 'waiter', key: ['orders'] }, cv('waiter', [], 'junior'), occupations)).toBe(1)
  })
  it('gives 1 to the same ISCO-08 minor group and to a listed adjacent occupation, from either side', () => {
    expect(relevance({ occupation: 'waiter', key: ['orders'] }, cv('bartender'), occupations)).toBe(1)
    expect(relevance({ occupation: 'cook', key: ['cooking'] }, cv('kitchen-helper'), occupations)).toBe(1)
    expect(relevance({ occupation: 'kitchen-helper', key: ['dishes'] }, cv('cook'), occupations)).toBe(1)
  })
  it('gives 2 for every key skill at a working level and 1 for half of them, 0 below', () => {
    expect(relevance({ occupation: 'cashier', key: ['checkout', 'cash'] }, cv('welder', ['checkout', 'cash']), occupations)).toBe(2)
    expect(relevance({ occupation: 'cashier', key: ['checkout', 'cash'] }, cv('welder', ['cash']), occupations)).toBe(1)
    expect(relevance({ occupation: 'cashier', key: ['checkout', 'cash'] }, cv('welder', [], 'working', ['cash']), occupations)).toBe(1)
    expect(relevance({ occupation: 'cashier', key: ['a', 'b', 'c'] }, cv('welder', ['a']), occupations)).toBe(0)
    expect(relevance({ occupation: 'cashier', key: ['checkout'] }, cv('welder', ['welding']), occupations)).toBe(0)
  })
  it('refuses an occupation it does not know', () => {
    expect(() => relevance({ occupation: 'pilot', key: [] }, cv('waiter'), occupations)).toThrow(/pilot/)
  })
})

describe('ranking metrics', () => {
  it('nDCG is 1 for the ideal order, lower when a relevant item drops, 0 with nothing relevant', () => {
    expect(ndcgAt([2, 1, 0], [0, 1, 2], 10)).toBeCloseTo(1)
    const swapped = ndcgAt([0, 1, 2], [0, 1, 2], 10)
    expect(swapped).toBeLessThan(1)
    expect(swapped).toBeCloseTo((1 / Math.log2(3) + 3 / 2) / (3 + 1 / Math.log2(3)))
    expect(ndcgAt([0, 0], [0, 0, 0], 10)).toBe(0)
  })
  it('nDCG takes its ideal from every judged item, not only the retrieved ones', () => {
    expect(ndcgAt([2], [2, 2], 10)).toBeCloseTo(3 / (3 + 3 / Math.log2(3)))
  })
  it('DCG stops at k', () => {
    expect(dcg([0, 0, 2], 2)).toBe(0)
  })
  it('P@k counts missing places as misses, MRR finds the first fully relevant item', () => {
    expect(precisionAt([1, 0, 2], 5)).toBeCloseTo(2 / 5)
    expect(reciprocalRank([1, 0, 2])).toBeCloseTo(1 / 3)
    expect(reciprocalRank([1, 0])).toBe(0)
  })
  it('tied pairs count adjacent equal scores', () => {
    expect(tiedPairs([0.5, 0.5, 0.4, 0.4, 0.4, 0.1])).toEqual({ tied: 3, pairs: 5 })
    expect(tiedPairs([])).toEqual({ tied: 0, pairs: 0 })
  })
  it('the target is 1.25× BM25, or 0.95 when BM25 is above 0.76', () => {
    expect(meetsTarget(0.5, 0.4)).toEqual({ pass: true, needed: 0.5 })
    expect(meetsTarget(0.49, 0.4).pass).toBe(false)
    expect(meetsTarget(0.95, 0.9)).toEqual({ pass: true, needed: 0.95 })
  })
})
