import { describe, expect, it } from 'vitest'
import { auditRankings } from './audit-rankings.js'

// Six people, half F, half M; two queries whose top 2 hold F twice and once.
const groups = new Map([['f1', 'F'], ['f2', 'F'], ['f3', 'F'], ['m1', 'M'], ['m2', 'M'], ['m3', 'M']])
const ranked = (ids: string[]) => ids.map((id, i) => ({ id, score: 1 - i / 10 }))
const rankings = [
  { query: 'q1', ranked: ranked(['f1', 'f2', 'm1', 'm2', 'f3', 'm3']) },
  { query: 'q2', ranked: ranked(['f1', 'm1', 'f2', 'm2', 'f3', 'm3']) },
]

describe('auditRankings', () => {
  it('selection is membership of any top k, with the ratio to the best group', () => {
    const audit = auditRankings({ ranker: 'r', description: 'd', groups, rankings, top: 2 }, { resamples: 200 })
    // Selected: f1, f2 (2 of 3 F) and m1 (1 of 3 M).
    expect(audit.selection.map((s) => [s.group, s.selected, s.rate])).toEqual([['F', 2, 2 / 3], ['M', 1, 1 / 3]])
    expect(audit.selection[1]?.ratio).toBeCloseTo(0.5, 10)
    expect(audit.disparateImpact).toBeCloseTo(0.5, 10)
    expect(audit.fourFifths).toBe(false)
  })

  it('skew@k pools the top-k places of every query against the population shares', () => {
    const audit = auditRankings({ ranker: 'r', description: 'd', groups, rankings, top: 2 }, { resamples: 50 })
    // F holds 3 of 4 places (0.75) against a share of 0.5; M 1 of 4.
    expect(audit.ranking.skew.find((s) => s.group === 'F')?.skew).toBeCloseTo(Math.log(1.5), 10)
    expect(audit.ranking.skew.find((s) => s.group === 'M')?.skew).toBeCloseTo(Math.log(0.5), 10)
    expect(audit.ranking.minSkew).toBeCloseTo(Math.log(0.5), 10)
    expect(audit.ranking.ndkl).toBeGreaterThan(0)
    expect(audit.ranking.exposureRatio).toBeLessThan(1)
  })

  it('an absent group has skew null, and the counterfactual counts flips of top-k membership', () => {
    const onlyF = [{ query: 'q1', ranked: ranked(['f1', 'f2', 'f3', 'm1', 'm2', 'm3']) }]
    const swapped = [{ query: 'q1', ranked: ranked(['f1', 'm1', 'f3', 'f2', 'm2', 'm3']) }]
    const audit = auditRankings({ ranker: 'r', description: 'd', groups, rankings: onlyF, swapped, top: 2 }, { resamples: 50 })
    expect(audit.ranking.skew.find((s) => s.group === 'M')?.skew).toBeNull()
    // Top 2 {f1, f2} vs {f1, m1}: f2 and m1 flip among the three ids at risk.
    expect(audit.counterfactual?.flipRate).toBeCloseTo(2 / 3, 10)
    expect(audit.counterfactual?.rankBiasedOverlap).toBeLessThan(1)
  })

  it('refuses swapped rankings of other queries and rankings with no grouped id', () => {
    expect(() => auditRankings({ ranker: 'r', description: 'd', groups, rankings, swapped: rankings.slice(0, 1), top: 2 })).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }),
    )
    expect(() => auditRankings({ ranker: 'r', description: 'd', groups, rankings: [{ query: 'q', ranked: ranked(['x', 'y']) }], top: 2 })).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }),
    )
  })
})
