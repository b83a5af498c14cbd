import { describe, expect, it } from 'vitest'
import { bootstrapInterval } from './bootstrap-interval.js'
import { groupMetrics } from './group-metrics.js'

describe('bootstrapInterval', () => {
  const groups = new Map<string, string>(Array.from({ length: 200 }, (_, i) => [`p${i}`, i % 2 === 0 ? 'F' : 'M']))
  const selected = [...groups.keys()].filter((_, i) => i % 3 === 0)
  const rate = groupMetrics.selectionRate(selected)

  it('brackets the estimate, repeats for a seed and changes with it', () => {
    const a = bootstrapInterval(groups, rate, { seed: 5, resamples: 500 })
    expect(a.estimate).toBeCloseTo(67 / 200, 12)
    expect(a.lower).toBeLessThan(a.estimate)
    expect(a.upper).toBeGreaterThan(a.estimate)
    expect(bootstrapInterval(groups, rate, { seed: 5, resamples: 500 })).toEqual(a)
    expect(bootstrapInterval(groups, rate, { seed: 6, resamples: 500 }).lower).not.toBe(a.lower)
  })

  it('keeps stratum sizes fixed: a statistic of group sizes does not vary', () => {
    const women = (ids: readonly string[]): number => ids.filter((id) => groups.get(id) === 'F').length
    const interval = bootstrapInterval(groups, women, { resamples: 100 })
    expect([interval.lower, interval.estimate, interval.upper]).toEqual([100, 100, 100])
  })

  it('refuses bad options', () => {
    expect(() => bootstrapInterval(groups, rate, { resamples: 0 })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => bootstrapInterval(groups, rate, { confidence: 1 })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => bootstrapInterval(new Map(), rate)).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})
