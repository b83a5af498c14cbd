import { describe, expect, it } from 'vitest'
import { detConstSort } from './det-const-sort.js'
import type { RankedCandidate } from './re-ranking.js'

const half = new Map([
  ['F', 0.5],
  ['M', 0.5],
])

describe('detConstSort', () => {
  it('meets the prefix minimums and recovers score order where the maxIndex allows', () => {
    const candidates: RankedCandidate[] = [
      { id: 'm1', score: 0.9, group: 'M' },
      { id: 'm2', score: 0.8, group: 'M' },
      { id: 'm3', score: 0.7, group: 'M' },
      { id: 'm4', score: 0.65, group: 'M' },
      { id: 'f1', score: 0.6, group: 'F' },
      { id: 'f2', score: 0.5, group: 'F' },
    ]
    // By hand, p = 0.5/0.5: k=1: no minimum rises. k=2: both minimums rise to 1 → m1 then f1 appended (maxIndex 2);
    // f1 cannot pass m1 (lower score). k=4: both rise to 2 → m2 then f2 (maxIndex 4). k=6: m3, then nothing for F.
    const result = detConstSort(candidates, { k: 6, proportions: half })
    expect(result.ranking.slice(0, 4).map((c) => c.id)).toEqual(['m1', 'f1', 'm2', 'f2'])
    expect(result.method).toBe('det-const-sort')
    for (let i = 1; i <= 4; i += 1) {
      const women = result.ranking.slice(0, i).filter((c) => c.group === 'F').length
      expect(women).toBeGreaterThanOrEqual(Math.floor(i * 0.5))
    }
  })

  it('moves a later, higher-scoring candidate up past one whose maxIndex allows it to go down', () => {
    // p = 1/3 F, 2/3 M. k=1: nothing; k=2: M min 1 → m1. k=3: F min 1, M min 2 → m2 (0.8) then f1 (0.85)?
    // Both appended at k = 3: ordered by score f1 (0.85) first, then m2 (0.8); f1 at position 2, m2 at 3.
    const candidates: RankedCandidate[] = [
      { id: 'm1', score: 0.9, group: 'M' },
      { id: 'f1', score: 0.85, group: 'F' },
      { id: 'm2', score: 0.8, group: 'M' },
    ]
    const result = detConstSort(candidates, { k: 3, proportions: new Map([['F', 1], ['M', 2]]) })
    expect(result.ranking.map((c) => c.id)).toEqual(['m1', 'f1', 'm2'])
    expect(result.changed).toBe(false)
  })

  it('keeps every candidate once and reports infeasibility when a group runs out', () => {
    const candidates: RankedCandidate[] = Array.from({ length: 8 }, (_, i) => ({ id: `m${i}`, score: 8 - i, group: 'M' }))
    candidates.push({ id: 'f0', score: 0.5, group: 'F' })
    const result = detConstSort(candidates, { k: 6, proportions: half })
    expect(result.feasible).toBe(false)
    expect(new Set(result.ranking.map((c) => c.id)).size).toBe(6)
    expect(result.ranking.map((c) => c.id)).toContain('f0')
  })
})
