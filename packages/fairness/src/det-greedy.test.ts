import { describe, expect, it } from 'vitest'
import { detGreedy } from './det-greedy.js'
import type { RankedCandidate } from './re-ranking.js'

const half = new Map([
  ['F', 0.5],
  ['M', 0.5],
])

describe('detGreedy', () => {
  it('meets ⌊i·p⌋ in every prefix, taking the best candidate of the groups below their minimum', () => {
    const candidates: RankedCandidate[] = [
      { id: 'm1', score: 0.9, group: 'M' },
      { id: 'm2', score: 0.8, group: 'M' },
      { id: 'm3', score: 0.7, group: 'M' },
      { id: 'f1', score: 0.6, group: 'F' },
      { id: 'f2', score: 0.5, group: 'F' },
      { id: 'm4', score: 0.4, group: 'M' },
    ]
    // By hand, p = 0.5/0.5: i=1 no one below min (⌊0.5⌋ = 0), both below max → best: m1. i=2: F below min (⌊1⌋ = 1 > 0) → f1.
    // i=3: none below min; below max (⌈1.5⌉ = 2): F (1) and M (1) → best head m2. i=4: F below min (2 > 1) → f2. i=5: m3. i=6: M→ m4.
    const result = detGreedy(candidates, { k: 6, proportions: half })
    expect(result.ranking.map((c) => c.id)).toEqual(['m1', 'f1', 'm2', 'f2', 'm3', 'm4'])
    expect(result.method).toBe('det-greedy')
    expect(result.moves).toContainEqual({ id: 'f1', group: 'F', from: 4, to: 2 })
    for (let i = 1; i <= 6; i += 1) {
      const women = result.ranking.slice(0, i).filter((c) => c.group === 'F').length
      expect(women).toBeGreaterThanOrEqual(Math.min(Math.floor(i * 0.5), 2))
    }
  })
})
