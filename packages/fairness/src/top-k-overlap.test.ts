import { describe, expect, it } from 'vitest'
import { topKOverlap } from './top-k-overlap.js'

describe('topKOverlap', () => {
  it('is the share of common ids in the two top-k lists, regardless of order', () => {
    expect(topKOverlap(['a', 'b', 'c', 'd'], ['b', 'a', 'x', 'y'], 2)).toBe(1)
    expect(topKOverlap(['a', 'b', 'c', 'd'], ['b', 'x', 'a', 'y'], 2)).toBe(0.5)
    expect(topKOverlap(['a', 'b'], ['c', 'd'], 2)).toBe(0)
  })

  it('divides by the longer top list when rankings are shorter than k', () => {
    expect(topKOverlap(['a', 'b'], ['a', 'b', 'c'], 5)).toBeCloseTo(2 / 3, 12)
    expect(topKOverlap([], [], 3)).toBe(1)
  })

  it('rejects a non-positive k and repeated ids', () => {
    expect(() => topKOverlap(['a'], ['a'], 0)).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => topKOverlap(['a'], ['a'], 1.5)).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => topKOverlap(['a', 'a'], ['a'], 2)).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})
