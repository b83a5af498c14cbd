import { describe, expect, it } from 'vitest'
import { createRandom } from './create-random.js'

describe('createRandom', () => {
  it('repeats the same sequence for a seed and differs across seeds', () => {
    const a = createRandom(7)
    const b = createRandom(7)
    const c = createRandom(8)
    const first = Array.from({ length: 5 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(first)
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first)
  })

  it('stays in [0, 1) and is roughly uniform', () => {
    const random = createRandom(1)
    let sum = 0
    for (let i = 0; i < 10_000; i++) {
      const x = random()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
      sum += x
    }
    expect(sum / 10_000).toBeGreaterThan(0.48)
    expect(sum / 10_000).toBeLessThan(0.52)
  })
})
