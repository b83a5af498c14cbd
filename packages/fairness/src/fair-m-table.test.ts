import { describe, expect, it } from 'vitest'
import { fairMTable } from './fair-m-table.js'

describe('fairMTable', () => {
  it('gives the binomial inverse CDF for p = 0.5, alpha = 0.1, computed by hand', () => {
    // By hand: m(i) is the smallest m with P(Binomial(i, 0.5) ≤ m) ≥ 0.1, e.g. i = 4: P(X ≤ 0) = 1/16 < 0.1 ≤ P(X ≤ 1) = 5/16 → 1;
    // i = 9: P(X ≤ 2) = 46/512 ≈ 0.0898 < 0.1 → 3; i = 11: P(X ≤ 3) = 232/2048 ≈ 0.113 → 3.
    expect(fairMTable(12, 0.5, 0.1, { adjust: false }).mtable).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4])
  })

  it('matches FairSearch for k = 20, p = 0.25, alpha = 0.1, unadjusted and adjusted', () => {
    // Values from the fairsearchcore README (Fair(20, 0.25, 0.1)).
    const unadjusted = fairMTable(20, 0.25, 0.1, { adjust: false })
    expect(unadjusted.mtable).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3])
    const adjusted = fairMTable(20, 0.25, 0.1)
    expect(adjusted.mtable).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2])
    expect(adjusted.adjustedAlpha).toBeLessThan(0.1)
    // FairSearch's analytical fail probability of the adjusted table: 0.10515247355215251.
    expect(adjusted.failProbability).toBeCloseTo(0.10515247355215251, 12)
  })

  it('adjusting alpha brings the probability of rejecting a fair ranking closer to alpha', () => {
    const unadjusted = fairMTable(100, 0.5, 0.1, { adjust: false })
    const adjusted = fairMTable(100, 0.5, 0.1)
    expect(unadjusted.failProbability).toBeGreaterThan(0.1)
    expect(Math.abs(adjusted.failProbability - 0.1)).toBeLessThan(Math.abs(unadjusted.failProbability - 0.1))
    for (let i = 0; i < 100; i += 1) expect(adjusted.mtable[i]).toBeLessThanOrEqual(unadjusted.mtable[i] as number)
  })

  it('the fail probability matches a simulation of fair rankings', () => {
    const table = fairMTable(30, 0.3, 0.1, { adjust: false })
    // Deterministic LCG so the test is reproducible.
    let state = 12345
    const random = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      return state / 4294967296
    }
    let failures = 0
    const runs = 40_000
    for (let r = 0; r < runs; r += 1) {
      let count = 0
      for (let i = 0; i < 30; i += 1) {
        if (random() < 0.3) count += 1
        if (count < (table.mtable[i] as number)) {
          failures += 1
          break
        }
      }
    }
    expect(failures / runs).toBeCloseTo(table.failProbability, 2)
  })

  it('refuses parameters out of range', () => {
    expect(() => fairMTable(0, 0.5, 0.1)).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => fairMTable(10, 1, 0.1)).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => fairMTable(10, 0.5, 0)).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})
