import { describe, expect, it } from 'vitest'
import { groupFairness } from './group-fairness.js'

/** 10 women, 10 men; 2 women and 5 men selected. Women f0–f5 and men m0–m5 are qualified. */
const groups = new Map<string, string>([...Array.from({ length: 10 }, (_, i) => [`f${i}`, 'F'] as const), ...Array.from({ length: 10 }, (_, i) => [`m${i}`, 'M'] as const)])
const selected = ['f0', 'f1', 'm0', 'm1', 'm2', 'm3', 'm9']
const truth = new Map<string, boolean>([...groups.keys()].map((id) => [id, Number(id.slice(1)) < 6]))
const scores = new Map<string, number>([...groups.keys()].map((id) => [id, id.startsWith('f') ? 0.4 : 0.6]))

describe('groupFairness', () => {
  it('computes selection rates, parity difference and ratio, disparate impact and the four-fifths flag', () => {
    const result = groupFairness({ groups, selected }, { intervals: false })
    // F: 2/10 = 0.2, M: 5/10 = 0.5. Difference 0.3, ratio 0.4; reference = M (highest rate).
    expect(result.groups.map((g) => [g.group, g.selectionRate])).toEqual([
      ['F', 0.2],
      ['M', 0.5],
    ])
    expect(result.reference).toBe('M')
    expect(result.demographicParityDifference).toBeCloseTo(0.3, 12)
    expect(result.demographicParityRatio).toBeCloseTo(0.4, 12)
    expect(result.disparateImpact).toBeCloseTo(0.4, 12)
    expect(result.fourFifths).toBe(false)
    expect(result.groups[0]).toMatchObject({ ratioToReference: 0.4, fourFifths: false })
    expect(result.intervals).toBeUndefined()
  })

  it('computes equal opportunity, equalized odds and the mean score difference when given truth and scores', () => {
    const result = groupFairness({ groups, selected, truth, scores }, { intervals: false })
    // TPR: F 2/6, M 4/6 (m0–m3 qualified and selected; m9 is not qualified). FPR: F 0/4, M 1/4.
    expect(result.groups[0]?.truePositiveRate).toBeCloseTo(2 / 6, 12)
    expect(result.groups[1]?.falsePositiveRate).toBeCloseTo(1 / 4, 12)
    expect(result.equalOpportunityDifference).toBeCloseTo(2 / 6, 12)
    expect(result.equalizedOddsDifference).toBeCloseTo(Math.max(2 / 6, 1 / 4), 12)
    expect(result.equalizedOddsRatio).toBeCloseTo(0, 12)
    expect(result.meanScoreDifference).toBeCloseTo(0.2, 12)
  })

  it('takes an explicit reference group for disparate impact', () => {
    const result = groupFairness({ groups, selected }, { intervals: false, reference: 'F' })
    expect(result.reference).toBe('F')
    expect(result.groups[1]?.ratioToReference).toBeCloseTo(2.5, 12)
    expect(result.disparateImpact).toBe(1)
  })

  it('gives seeded bootstrap intervals that contain the estimate and repeat for a seed', () => {
    const a = groupFairness({ groups, selected, truth, scores }, { seed: 3, resamples: 400 })
    const b = groupFairness({ groups, selected, truth, scores }, { seed: 3, resamples: 400 })
    expect(a).toEqual(b)
    const interval = a.intervals?.demographicParityDifference
    expect(interval?.lower).toBeLessThanOrEqual(0.3)
    expect(interval?.upper).toBeGreaterThanOrEqual(0.3)
    expect((interval?.upper as number) - (interval?.lower as number)).toBeGreaterThan(0.1)
    expect(a.groups[0]?.selectionRateInterval?.lower).toBeLessThanOrEqual(0.2)
    expect(a.bootstrap).toEqual({ resamples: 400, confidence: 0.95, seed: 3 })
  })

  it('intervals narrow as the population grows', () => {
    const big = new Map<string, string>()
    const chosen: string[] = []
    for (let i = 0; i < 2000; i += 1) {
      big.set(`p${i}`, i % 2 === 0 ? 'F' : 'M')
      if (i % 5 === 0) chosen.push(`p${i}`)
    }
    const small = groupFairness({ groups, selected }, { seed: 1, resamples: 300 }).intervals?.demographicParityDifference
    const large = groupFairness({ groups: big, selected: chosen }, { seed: 1, resamples: 300 }).intervals?.demographicParityDifference
    expect((large?.upper as number) - (large?.lower as number)).toBeLessThan((small?.upper as number) - (small?.lower as number))
  })

  it('refuses an empty group map and an unknown reference group', () => {
    expect(() => groupFairness({ groups: new Map(), selected: [] })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => groupFairness({ groups, selected }, { reference: 'X' })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})
