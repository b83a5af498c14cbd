import { describe, expect, it } from 'vitest'
import { exposureRatios } from './exposure-ratios.js'
import { ndkl } from './ndkl.js'
import { normalizedDiscountedFairness } from './normalized-discounted-fairness.js'
import { rankingSkew } from './ranking-skew.js'

const groupsOf = (spec: string): { ranking: string[]; groups: Map<string, string> } => {
  const ranking = [...spec].map((letter, i) => `${letter}${i}`)
  return { ranking, groups: new Map(ranking.map((id) => [id, id[0] as string])) }
}

describe('rankingSkew (Geyik et al. 2019)', () => {
  it('is ln(share at k / desired share), with min and max over groups', () => {
    const { ranking, groups } = groupsOf('MMMFMFFF') // 4 F, 4 M: desired 0.5 each by default
    const skew = rankingSkew(ranking, groups, { k: 4 })
    // Top 4 = M M M F: F share 0.25 → ln(0.5) ≈ −0.693; M share 0.75 → ln(1.5) ≈ 0.405.
    expect(skew.minSkew).toBeCloseTo(Math.log(0.5), 12)
    expect(skew.minSkewGroup).toBe('F')
    expect(skew.maxSkew).toBeCloseTo(Math.log(1.5), 12)
    expect(skew.groups.find((g) => g.group === 'F')).toMatchObject({ count: 1, share: 0.25, desired: 0.5 })
  })

  it('uses given desired proportions and gives −Infinity to a group absent from the top k', () => {
    const { ranking, groups } = groupsOf('MMMF')
    const skew = rankingSkew(ranking, groups, { k: 2, desired: new Map([['F', 1], ['M', 3]]) })
    expect(skew.minSkew).toBe(Number.NEGATIVE_INFINITY)
    expect(skew.maxSkew).toBeCloseTo(Math.log(1 / 0.75), 12)
  })

  it('refuses a ranking with a repeated id', () => {
    expect(() => rankingSkew(['a', 'a'], new Map([['a', 'F']]), { k: 1 })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})

describe('ndkl (Geyik et al. 2019)', () => {
  it('matches a hand computation', () => {
    const { ranking, groups } = groupsOf('FMFM')
    // D = (0.5, 0.5). i=1: D1 = (1, 0), KL = ln 2, weight 1/log2(2) = 1. i=2: KL 0. i=3: D3 = (2/3, 1/3),
    // KL = 2/3·ln(4/3) + 1/3·ln(2/3) ≈ 0.0566330, weight 1/log2(4) = 0.5. i=4: KL 0.
    // Z = 1 + 1/log2 3 + 1/2 + 1/log2 5 ≈ 2.5616063 → NDKL ≈ (0.6931472 + 0.0283165) / 2.5616063 ≈ 0.28164.
    const expected = (Math.log(2) + 0.5 * ((2 / 3) * Math.log(4 / 3) + (1 / 3) * Math.log(2 / 3))) / (1 + 1 / Math.log2(3) + 0.5 + 1 / Math.log2(5))
    expect(ndkl(ranking, groups)).toBeCloseTo(expected, 12)
    expect(ndkl(ranking, groups)).toBeCloseTo(0.28164, 4)
  })

  it('is larger when the top is less representative', () => {
    const fair = groupsOf('FMFMFMFM')
    const unfair = groupsOf('MMMMFFFF')
    expect(ndkl(unfair.ranking, unfair.groups)).toBeGreaterThan(ndkl(fair.ranking, fair.groups))
  })
})

describe('exposureRatios (Singh & Joachims 2018)', () => {
  it('computes mean log-discounted exposure per group and its min/max ratio', () => {
    const { ranking, groups } = groupsOf('MFMF')
    // M at 1 and 3: (1 + 1/log2 4) / 2 = 0.75. F at 2 and 4: (1/log2 3 + 1/log2 5) / 2 ≈ (0.6309298 + 0.4306766) / 2 = 0.5308032.
    const result = exposureRatios(ranking, groups)
    const f = (1 / Math.log2(3) + 1 / Math.log2(5)) / 2
    expect(result.groups.find((g) => g.group === 'M')?.exposure).toBeCloseTo(0.75, 12)
    expect(result.exposureRatio).toBeCloseTo(f / 0.75, 12)
  })

  it('compares exposure per unit of merit when scores are given (disparate treatment)', () => {
    const { ranking, groups } = groupsOf('MF')
    // M exposure 1, mean score 0.8 → 1.25; F exposure 1/log2 3 ≈ 0.6309, mean score 0.4 → 1.5773. Ratio = 1.25 / 1.5773.
    const scores = new Map([
      ['M0', 0.8],
      ['F1', 0.4],
    ])
    const result = exposureRatios(ranking, groups, { scores })
    expect(result.meritWeightedRatio).toBeCloseTo(1.25 / (1 / Math.log2(3) / 0.4), 12)
  })

  it('gives no attention beyond k', () => {
    const { ranking, groups } = groupsOf('MMFF')
    expect(exposureRatios(ranking, groups, { k: 2 }).exposureRatio).toBe(0)
  })
})

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
