import { describe, expect, it } from 'vitest'
import { groupsOf } from './internal/groups-of.test-helper.js'
import { normalizedDiscountedFairness } from './normalized-discounted-fairness.js'

describe('normalizedDiscountedFairness (Yang & Stoyanovich 2017)', () => {
  it('computes rND against the most unfair ranking as normaliser (hand-computed, N = 20, cut-offs 10, 20)', () => {
    // 8 protected of 20 (q = 0.4). At i = 20 every measure compares the whole ranking with itself: 0.
    // 6 protected in the top 10: |0.6 − 0.4| / log2 10. Most unfair: 8 (or 0) protected in the top 10: 0.4 / log2 10 → rND = 0.5.
    const spec = 'FMFMFMFFMFMMMMMMFMFM'
    const { ranking, groups } = groupsOf(spec)
    expect([...spec.slice(0, 10)].filter((c) => c === 'F')).toHaveLength(6)
    const result = normalizedDiscountedFairness(ranking, groups, 'F')
    expect(result.cutoffs).toEqual([10, 20])
    expect(result.rnd).toBeCloseTo(0.5, 12)
    expect(result.normalizers.rnd).toBeCloseTo(0.4 / Math.log2(10), 12)
  })

  it('computes rKL and rRD by hand (N = 20)', () => {
    const { ranking, groups } = groupsOf('FMFMFMFFMFMMMMMMFMFM')
    // rKL: P = (0.6, 0.4), Q = (0.4, 0.6): KL2 = 0.6·log2(1.5) + 0.4·log2(2/3). Most unfair: P = (0.8, 0.2) or (0, 1):
    // (0.8·log2 2 + 0.2·log2(1/3)) ≈ 0.483 vs log2(1/0.6) ≈ 0.737 → Z uses "all protected last".
    const kl = 0.6 * Math.log2(1.5) + 0.4 * Math.log2(2 / 3)
    const zKl = Math.max(0.8 * Math.log2(2) + 0.2 * Math.log2(0.2 / 0.6), Math.log2(1 / 0.6))
    const result = normalizedDiscountedFairness(ranking, groups, 'F')
    expect(result.rkl).toBeCloseTo(kl / zKl, 12)
    // rRD: ratio in the top 10 = 6/4 = 1.5, overall 8/12 = 2/3 → |1.5 − 2/3|; Z: top 10 with 8 F: 8/2 = 4 → |4 − 2/3| (max).
    expect(result.rrd).toBeCloseTo((1.5 - 2 / 3) / (4 - 2 / 3), 12)
  })

  it('is 1 for the most unfair ranking and 0 when every cut-off is representative', () => {
    const worst = groupsOf('FFFFFFFFMMMMMMMMMMMM')
    expect(normalizedDiscountedFairness(worst.ranking, worst.groups, 'F').rnd).toBeCloseTo(1, 12)
    const fair = groupsOf('FMFMFMFMFMFMFMFMFMFM')
    const result = normalizedDiscountedFairness(fair.ranking, fair.groups, 'F')
    expect(result.rnd).toBe(0)
    expect(result.rkl).toBe(0)
    expect(result.rrd).toBe(0)
  })

  it('refuses a ranking shorter than one cut-off', () => {
    const short = groupsOf('FMF')
    expect(() => normalizedDiscountedFairness(short.ranking, short.groups, 'F')).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})
