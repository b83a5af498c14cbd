import { describe, expect, it } from 'vitest'
import { groupsOf } from './internal/groups-of.test-helper.js'
import { exposureRatios } from './exposure-ratios.js'

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
