import { describe, expect, it } from 'vitest'
import { rankingsEqual } from './rankings-equal.js'

describe('rankingsEqual', () => {
  it('is true only for the same ids in the same order', () => {
    expect(rankingsEqual(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(true)
    expect(rankingsEqual([], [])).toBe(true)
    expect(rankingsEqual(['a', 'b', 'c'], ['a', 'c', 'b'])).toBe(false)
    expect(rankingsEqual(['a', 'b'], ['a', 'b', 'c'])).toBe(false)
  })
})
