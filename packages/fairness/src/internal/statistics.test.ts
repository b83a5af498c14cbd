import { describe, expect, it } from 'vitest'
import { binomialPmf, normalQuantile, sortedQuantile, studentQuantile } from './statistics.js'

describe('statistics helpers', () => {
  it('normal and Student t quantiles match printed tables', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5)
    expect(normalQuantile(0.05)).toBeCloseTo(-1.644854, 5)
    // t tables: t(0.975; 2) = 4.303, t(0.975; 4) = 2.776, t(0.975; 9) = 2.262, t(0.975; 30) = 2.042.
    expect(studentQuantile(0.975, 2)).toBeCloseTo(4.303, 3)
    expect(studentQuantile(0.975, 4)).toBeCloseTo(2.776, 2)
    expect(studentQuantile(0.975, 9)).toBeCloseTo(2.262, 3)
    expect(studentQuantile(0.975, 30)).toBeCloseTo(2.042, 3)
    expect(studentQuantile(0.975, 1)).toBeCloseTo(12.706, 3)
  })

  it('binomial pmf and sorted quantiles by hand', () => {
    expect(binomialPmf(2, 4, 0.5)).toBeCloseTo(6 / 16, 12)
    expect(binomialPmf(0, 2000, 0.5)).toBe(0) // underflows to 0, does not throw
    expect(sortedQuantile([1, 2, 3, 4], 0.5)).toBe(2.5)
  })
})
