import { describe, expect, it } from 'vitest'
import { selectionRateRatioInterval } from './selection-rate-ratio-interval.js'
import { selectionRates } from './selection-rates.js'

function population(n: number, rateF: number, rateM: number): { selected: string[]; groups: Map<string, string> } {
  const groups = new Map<string, string>()
  const selected: string[] = []
  for (let i = 0; i < n; i += 1) {
    groups.set(`f${i}`, 'F')
    groups.set(`m${i}`, 'M')
    if (i < n * rateF) selected.push(`f${i}`)
    if (i < n * rateM) selected.push(`m${i}`)
  }
  return { selected, groups }
}

describe('selectionRateRatioInterval', () => {
  it('is deterministic for a seed and changes with it', () => {
    const { selected, groups } = population(50, 0.3, 0.5)
    const a = selectionRateRatioInterval(selected, groups, { seed: 42 })
    expect(selectionRateRatioInterval(selected, groups, { seed: 42 })).toEqual(a)
    expect(selectionRateRatioInterval(selected, groups, { seed: 43 })).not.toEqual(a)
  })

  it('contains the point estimate and has the point estimate of selectionRates', () => {
    const { selected, groups } = population(200, 0.3, 0.5)
    const interval = selectionRateRatioInterval(selected, groups)
    expect(interval.ratio).toBe(selectionRates(selected, groups).ratio)
    expect(interval.lower).toBeLessThan(interval.ratio)
    expect(interval.upper).toBeGreaterThan(interval.ratio)
    expect(interval).toMatchObject({ confidence: 0.95, resamples: 1000, seed: 1 })
  })

  it('narrows as groups grow, and widens with the confidence level', () => {
    const small = population(20, 0.3, 0.5)
    const large = population(2000, 0.3, 0.5)
    const width = (i: { lower: number; upper: number }): number => i.upper - i.lower
    const smallInterval = selectionRateRatioInterval(small.selected, small.groups)
    const largeInterval = selectionRateRatioInterval(large.selected, large.groups, { resamples: 300 })
    expect(width(largeInterval)).toBeLessThan(width(smallInterval) / 4)
    expect(width(selectionRateRatioInterval(small.selected, small.groups, { confidence: 0.99 }))).toBeGreaterThanOrEqual(width(smallInterval))
  })

  it('covers the true ratio in most of many seeded populations', () => {
    // True rates 0.4 and 0.5: ratio 0.8. A 90% interval should cover it about 90% of the time.
    let covered = 0
    let state = 7
    const random = (): number => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)
    const trials = 60
    for (let t = 0; t < trials; t += 1) {
      const groups = new Map<string, string>()
      const selected: string[] = []
      for (let i = 0; i < 300; i += 1) {
        groups.set(`f${i}`, 'F')
        groups.set(`m${i}`, 'M')
        if (random() < 0.4) selected.push(`f${i}`)
        if (random() < 0.5) selected.push(`m${i}`)
      }
      const { lower, upper } = selectionRateRatioInterval(selected, groups, { resamples: 300, confidence: 0.9, seed: t + 1 })
      if (lower <= 0.8 && 0.8 <= upper) covered += 1
    }
    expect(covered / trials).toBeGreaterThan(0.75)
  })

  it('rejects out-of-range options and empty groups', () => {
    const { selected, groups } = population(5, 0.2, 0.4)
    for (const options of [{ resamples: 0 }, { resamples: 1.5 }, { confidence: 1 }, { confidence: 0 }, { seed: -1 }, { seed: 0.5 }]) {
      expect(() => selectionRateRatioInterval(selected, groups, options)).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    }
    expect(() => selectionRateRatioInterval([], new Map())).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})
