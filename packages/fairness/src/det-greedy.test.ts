import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detConstSort } from './det-const-sort.js'
import { fairTopK } from './fair-top-k.js'
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

describe('re-ranking properties (DetGreedy, DetConstSort, FA*IR)', () => {
  const candidatesArbitrary = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.constantFrom('F', 'M', 'X')), { minLength: 1, maxLength: 40 })
    .map((rows) => rows.map(([score, group], i) => ({ id: `c${i}`, score, group }) satisfies RankedCandidate))

  it('every re-ranker returns distinct input candidates, keeps each group in score order, and meets prefix minimums when feasible', () => {
    fc.assert(
      fc.property(candidatesArbitrary, fc.integer({ min: 1, max: 40 }), (candidates, k) => {
        const proportions = new Map([
          ['F', 0.4],
          ['M', 0.4],
          ['X', 0.2],
        ])
        const results = [
          detGreedy(candidates, { k, proportions }),
          detConstSort(candidates, { k, proportions }),
          fairTopK(candidates, { k, protectedGroup: 'F', p: 0.4 }),
        ]
        const ids = new Set(candidates.map((c) => c.id))
        const rank = new Map([...candidates].sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1)).map((c, i) => [c.id, i]))
        for (const result of results) {
          expect(result.ranking).toHaveLength(Math.min(k, candidates.length))
          expect(new Set(result.ranking.map((c) => c.id)).size).toBe(result.ranking.length)
          for (const c of result.ranking) expect(ids.has(c.id)).toBe(true)
          for (const group of ['F', 'M', 'X']) {
            const order = result.ranking.filter((c) => c.group === group).map((c) => rank.get(c.id) as number)
            expect(order).toEqual([...order].sort((x, y) => x - y))
          }
          expect(result.changed).toBe(result.moves.length > 0)
        }
        for (const result of results.slice(0, 2)) {
          if (!result.feasible) continue
          for (let i = 1; i <= result.ranking.length; i += 1) {
            for (const [group, share] of proportions) {
              expect(result.ranking.slice(0, i).filter((c) => c.group === group).length).toBeGreaterThanOrEqual(Math.floor(i * share))
            }
          }
        }
      }),
      { numRuns: 200, seed: 14 },
    )
  })
})
