import { describe, expect, it } from 'vitest'
import { kendallTau } from './kendall-tau.js'

describe('kendallTau', () => {
  it('is 1 for the same order, −1 reversed, and counts discordant pairs by hand', () => {
    expect(kendallTau(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1)
    expect(kendallTau(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(-1)
    // a b c d vs b a d c: discordant pairs (a,b) and (c,d) of 6 → (6 − 2·2) / 6 = 1/3.
    expect(kendallTau(['a', 'b', 'c', 'd'], ['b', 'a', 'd', 'c'])).toBeCloseTo(1 / 3, 12)
  })

  it('agrees with the quadratic definition on a random permutation', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `p${i}`)
    let state = 7
    const shuffled = [...ids]
    for (let i = shuffled.length - 1; i > 0; i -= 1) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      const j = state % (i + 1)
      ;[shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string]
    }
    const position = new Map(shuffled.map((id, i) => [id, i]))
    let concordant = 0
    let discordant = 0
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        if ((position.get(ids[i] as string) as number) < (position.get(ids[j] as string) as number)) concordant += 1
        else discordant += 1
      }
    }
    expect(kendallTau(ids, shuffled)).toBeCloseTo((concordant - discordant) / (concordant + discordant), 12)
  })

  it('uses the shared ids only and is NaN with fewer than two', () => {
    expect(kendallTau(['a', 'x', 'b'], ['b', 'a', 'y'])).toBe(-1)
    expect(Number.isNaN(kendallTau(['a'], ['a']))).toBe(true)
  })
})
