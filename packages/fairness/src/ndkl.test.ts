import { describe, expect, it } from 'vitest'
import { groupsOf } from './internal/groups-of.test-helper.js'
import { ndkl } from './ndkl.js'

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
