import { describe, expect, it } from 'vitest'
import { fairTopK } from './fair-top-k.js'
import { rankingSkew } from './ranking-skew.js'
import type { RankedCandidate } from './re-ranking.js'

/** Ten men score above ten women: the most unfair input. */
const candidates: RankedCandidate[] = [
  ...Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, score: 100 - i, group: 'M' })),
  ...Array.from({ length: 10 }, (_, i) => ({ id: `f${i}`, score: 50 - i, group: 'F' })),
]

describe('fairTopK (FA*IR)', () => {
  it('puts a protected candidate wherever the m-table requires one, keeping the score order within groups', () => {
    // Unadjusted m-table for p = 0.5, alpha = 0.1: [0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4].
    const result = fairTopK(candidates, { k: 12, protectedGroup: 'F', p: 0.5, adjust: false })
    expect(result.ranking.map((c) => c.id)).toEqual(['m0', 'm1', 'm2', 'f0', 'm3', 'm4', 'f1', 'm5', 'f2', 'm6', 'm7', 'f3'])
    expect(result.method).toBe('fa*ir')
    expect(result.changed).toBe(true)
    expect(result.feasible).toBe(true)
    // f0 and f1 were at 11 and 12 in score order; f2 enters the top 12; m8 and m9 leave it.
    expect(result.moves).toContainEqual({ id: 'f0', group: 'F', from: 11, to: 4 })
    expect(result.moves).toContainEqual({ id: 'f2', group: 'F', from: null, to: 9 })
    expect(result.moves).toContainEqual({ id: 'm3', group: 'M', from: 4, to: 5 })
    expect(result.moves).toContainEqual({ id: 'm8', group: 'M', from: 9, to: null })
  })

  it('improves the audit of the top k: skew of the protected group before and after', () => {
    const groups = new Map(candidates.map((c) => [c.id, c.group]))
    const before = rankingSkew(candidates.map((c) => c.id), groups, { k: 10 })
    const after = fairTopK(candidates, { k: 10, protectedGroup: 'F', p: 0.5 })
    const reranked = [...after.ranking.map((c) => c.id), ...candidates.map((c) => c.id).filter((id) => !after.ranking.some((c) => c.id === id))]
    const skew = rankingSkew(reranked, groups, { k: 10 })
    expect(before.minSkew).toBe(Number.NEGATIVE_INFINITY)
    expect(skew.minSkew).toBeGreaterThan(Math.log(0.5))
  })

  it('leaves a ranking that already satisfies the table unchanged and says so', () => {
    const alternating: RankedCandidate[] = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, score: 10 - i, group: i % 2 === 0 ? 'F' : 'M' }))
    const result = fairTopK(alternating, { k: 10, protectedGroup: 'F', p: 0.5 })
    expect(result.changed).toBe(false)
    expect(result.moves).toEqual([])
    expect(result.ranking.map((c) => c.id)).toEqual(alternating.map((c) => c.id))
  })

  it('reports infeasibility when the protected group runs out', () => {
    const few: RankedCandidate[] = [...candidates.slice(0, 10), { id: 'f0', score: 1, group: 'F' }]
    const result = fairTopK(few, { k: 10, protectedGroup: 'F', p: 0.5, adjust: false })
    expect(result.feasible).toBe(false)
    expect(result.ranking).toHaveLength(10)
  })

  it('refuses repeated ids and non-finite scores', () => {
    expect(() => fairTopK([candidates[0] as RankedCandidate, candidates[0] as RankedCandidate], { k: 2, protectedGroup: 'F', p: 0.5 })).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }),
    )
    expect(() => fairTopK([{ id: 'x', score: Number.NaN, group: 'F' }], { k: 1, protectedGroup: 'F', p: 0.5 })).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }),
    )
  })
})
