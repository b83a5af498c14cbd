import { describe, expect, it } from 'vitest'
import { counterfactualRankingAudit, type CounterfactualRanking } from './counterfactual-ranking-audit.js'

const ranked = (ids: string, scores?: number[]): { id: string; score: number }[] =>
  [...ids].map((id, i) => ({ id, score: scores?.[i] ?? 1 - i / 10 }))

describe('counterfactualRankingAudit', () => {
  it('reports no flips, no score deltas, τ = 1 and RBO = 1 for a swap-invariant ranker', () => {
    const rankings: CounterfactualRanking[] = [{ query: 'v1', original: ranked('abcdef'), swapped: ranked('abcdef') }]
    const audit = counterfactualRankingAudit(rankings, { k: 3 })
    expect(audit).toMatchObject({ flips: 0, flipRate: 0, meanAbsScoreDelta: 0, kendallTau: 1, queries: 1 })
    expect(audit.rbo).toBeCloseTo(1, 12)
  })

  it('counts top-k flips, score deltas and breaks them down by cue kind', () => {
    // Swapping cues moves d (a participle cue) into the top 3 and pushes c (a name cue) out.
    const rankings: CounterfactualRanking[] = [
      { query: 'v1', original: ranked('abcdef', [0.9, 0.8, 0.7, 0.6, 0.5, 0.4]), swapped: ranked('abdcef', [0.9, 0.8, 0.72, 0.65, 0.5, 0.4]) },
      { query: 'v2', original: ranked('fedcba'), swapped: ranked('fedcba') },
    ]
    const cues = new Map([
      ['c', ['name']],
      ['d', ['participle', 'name']],
    ])
    const audit = counterfactualRankingAudit(rankings, { k: 3, cues })
    // At risk: v1 {a, b, c, d} = 4, v2 {f, e, d} = 3 → 7; flips: c and d in v1 → 2.
    expect(audit.atRisk).toBe(7)
    expect(audit.flips).toBe(2)
    expect(audit.flipRate).toBeCloseTo(2 / 7, 12)
    // Score deltas in v1: d 0.6 → 0.72 (+0.12), c 0.7 → 0.65 (−0.05); the other 10 (query, id) pairs do not move.
    expect(audit.maxAbsScoreDelta).toBeCloseTo(0.12, 12)
    expect(audit.meanAbsScoreDelta).toBeCloseTo((0.12 + 0.05) / 12, 12)
    const participle = audit.byCue.find((row) => row.cue === 'participle')
    expect(participle).toMatchObject({ profiles: 1, atRisk: 2, flips: 1, flipRate: 0.5 })
    const name = audit.byCue.find((row) => row.cue === 'name')
    expect(name).toMatchObject({ profiles: 2, flips: 2 })
    expect(audit.byQuery[0]?.kendallTau).toBeCloseTo(13 / 15, 12)
    expect(audit.byQuery[1]?.kendallTau).toBe(1)
    expect(audit.minKendallTau).toBeCloseTo(13 / 15, 12)
  })

  it('refuses a repeated query and a ranking that repeats an id', () => {
    const one = { query: 'v1', original: ranked('ab'), swapped: ranked('ab') }
    expect(() => counterfactualRankingAudit([one, one], { k: 1 })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => counterfactualRankingAudit([{ query: 'v', original: ranked('aa'), swapped: ranked('ab') }], { k: 1 })).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }),
    )
  })
})
