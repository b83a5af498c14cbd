import { describe, expect, it } from 'vitest'
import { rankBiasedOverlap } from './rank-biased-overlap.js'

describe('rankBiasedOverlap (RBO_EXT, Webber et al. 2010)', () => {
  it('matches a hand computation of eq. 32 for even lists', () => {
    // X_d for d = 1..5: 0, 1, 2, 4, 5. RBO_EXT = X_5/5 · p^5 + (1−p)/p · Σ X_d/d · p^d with p = 0.9:
    // 0.59049 + (1/9)(0 + 0.5·0.81 + (2/3)·0.729 + 1·0.6561 + 1·0.59049) ≈ 0.82800 (also the rankmeasures README value).
    const expected = 0.59049 + (0.1 / 0.9) * (0.5 * 0.81 + (2 / 3) * 0.729 + 0.6561 + 0.59049)
    expect(rankBiasedOverlap(['1', '2', '3', '4', '5'], ['2', '3', '4', '1', '5'])).toBeCloseTo(expected, 12)
    expect(expected).toBeCloseTo(0.828, 3)
  })

  it('is 1 for identical rankings and 0 for disjoint ones', () => {
    expect(rankBiasedOverlap(['a', 'b', 'c'], ['a', 'b', 'c'])).toBeCloseTo(1, 12)
    expect(rankBiasedOverlap(['a', 'b', 'c'], ['x', 'y', 'z'])).toBe(0)
  })

  it('handles uneven lists (eq. 32): a prefix of the longer list extrapolates to 1', () => {
    // S = a b c d, L = a b: X_d = 1, 2 (d ≤ s = 2), then X_3 = X_4 = 2. With agreement 1 up to s and the extrapolation
    // assuming it continues, RBO_EXT = 1.
    expect(rankBiasedOverlap(['a', 'b', 'c', 'd'], ['a', 'b'], { persistence: 0.8 })).toBeCloseTo(1, 12)
    const swapped = rankBiasedOverlap(['a', 'b', 'c', 'd'], ['b', 'a'], { persistence: 0.8 })
    expect(swapped).toBeLessThan(1)
    expect(swapped).toBeGreaterThan(0.5)
  })

  it('weighs the top more: a swap at the top costs more than one at the bottom', () => {
    const base = ['a', 'b', 'c', 'd', 'e', 'f']
    expect(rankBiasedOverlap(base, ['b', 'a', 'c', 'd', 'e', 'f'])).toBeLessThan(rankBiasedOverlap(base, ['a', 'b', 'c', 'd', 'f', 'e']))
  })

  it('refuses p outside (0, 1)', () => {
    expect(() => rankBiasedOverlap(['a'], ['a'], { persistence: 1 })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})
