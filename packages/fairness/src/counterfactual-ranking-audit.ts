import { IncontroError } from '@incontro/core'
import { kendallTau } from './kendall-tau.js'
import { rankBiasedOverlap } from './rank-biased-overlap.js'
import { assertPositiveInteger, assertUniqueIds, compareCodeUnits } from './internal/validate.js'

/** One ranked id with its score. */
export interface RankedScore {
  id: string
  score: number
}

/** The ranking of one query (e.g. a vacancy) over the original population and over its swapped variant. */
export interface CounterfactualRanking {
  /** The query's id (pseudonymous). */
  query: string
  /** Best first, over the original profiles. */
  original: readonly RankedScore[]
  /** Best first, over the same people with their gender cues swapped (same ids). */
  swapped: readonly RankedScore[]
}

/** Options of {@link counterfactualRankingAudit}. */
export interface CounterfactualRankingAuditOptions {
  /** The shortlist size whose membership may flip. */
  k: number
  /** The cue kinds swapped in each profile, by id (see `cueKinds` in `@incontro/fairness/testing`), for the breakdown. */
  cues?: ReadonlyMap<string, readonly string[]>
  /** RBO persistence; default 0.9. */
  persistence?: number
}

/** Flip and score-delta figures for a set of (query, id) observations. */
export interface CounterfactualFigures {
  /** (query, id) pairs in the original or the swapped top k. */
  atRisk: number
  /** Of them, pairs in one top k but not the other. */
  flips: number
  /** `flips / atRisk`; 0 when nothing was at risk. */
  flipRate: number
  /** (query, id) pairs scored in both rankings. */
  scored: number
  /** Mean |swapped score − original score| over scored pairs; 0 when none. */
  meanAbsScoreDelta: number
  /** Largest |score delta|. */
  maxAbsScoreDelta: number
}

/** The audit of one query. */
export interface CounterfactualQueryAudit extends CounterfactualFigures {
  query: string
  /** Kendall's τ between the two full rankings (NaN with fewer than two shared ids). */
  kendallTau: number
  /** Extrapolated rank-biased overlap between the two rankings. */
  rbo: number
}

/** A counterfactual audit of rankings over a population. */
export interface CounterfactualRankingAudit extends CounterfactualFigures {
  queries: number
  k: number
  /** Mean Kendall's τ over queries (NaN values skipped). */
  kendallTau: number
  /** Lowest per-query τ. */
  minKendallTau: number
  /** Mean RBO over queries. */
  rbo: number
  /** Lowest per-query RBO. */
  minRbo: number
  /** Per query, in input order. */
  byQuery: CounterfactualQueryAudit[]
  /** Per cue kind (ids whose swap involved that cue), sorted by cue; empty without `cues`. */
  byCue: (CounterfactualFigures & { cue: string; profiles: number })[]
}

/**
 * Audits how rankings change when every profile's gender cues are swapped: for each query, which ids enter
 * or leave the top k (flip rate, over pairs in either top k), how much scores move, and how similar the two
 * full rankings are (Kendall's τ; rank-biased overlap, Webber et al. 2010), overall, per query and per cue
 * kind. A gender-neutral pipeline gives flip rate 0, score deltas 0, τ = 1 and RBO = 1. Only ids, counts and
 * numbers are reported.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when k is not a positive integer, a query repeats, or a
 * ranking lists an id twice.
 * @example
 * const audit = counterfactualRankingAudit(rankings, { k: 10, cues: cuesById })
 * audit.flipRate // 0 for a swap-invariant pipeline
 * audit.byCue.find((row) => row.cue === 'participle')?.flipRate
 */
export function counterfactualRankingAudit(
  rankings: readonly CounterfactualRanking[],
  options: CounterfactualRankingAuditOptions,
): CounterfactualRankingAudit {
  const { k, cues, persistence = 0.9 } = options
  assertPositiveInteger(k, 'k', '10')
  const queries = new Set<string>()
  const total = emptyTally()
  const byCue = new Map<string, { tally: Tally; profiles: Set<string> }>()
  const byQuery: CounterfactualQueryAudit[] = []
  for (const [index, entry] of rankings.entries()) {
    if (queries.has(entry.query)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', `Query ${index + 1} repeats an earlier query id; audit each query once.`, { index })
    }
    queries.add(entry.query)
    const originalIds = entry.original.map((item) => item.id)
    const swappedIds = entry.swapped.map((item) => item.id)
    assertUniqueIds(originalIds, 'The original ranking')
    assertUniqueIds(swappedIds, 'The swapped ranking')
    const topOriginal = new Set(originalIds.slice(0, k))
    const topSwapped = new Set(swappedIds.slice(0, k))
    const swappedScore = new Map(entry.swapped.map((item) => [item.id, item.score]))
    const tally = emptyTally()
    const observe = (id: string, update: (t: Tally) => void): void => {
      update(tally)
      update(total)
      for (const cue of cues?.get(id) ?? []) {
        let slot = byCue.get(cue)
        if (slot === undefined) {
          slot = { tally: emptyTally(), profiles: new Set() }
          byCue.set(cue, slot)
        }
        slot.profiles.add(id)
        update(slot.tally)
      }
    }
    for (const id of new Set([...topOriginal, ...topSwapped])) {
      const flipped = topOriginal.has(id) !== topSwapped.has(id)
      observe(id, (t) => {
        t.atRisk += 1
        if (flipped) t.flips += 1
      })
    }
    for (const item of entry.original) {
      const other = swappedScore.get(item.id)
      if (other === undefined) continue
      const delta = Math.abs(other - item.score)
      observe(item.id, (t) => {
        t.scored += 1
        t.deltaSum += delta
        if (delta > t.deltaMax) t.deltaMax = delta
      })
    }
    byQuery.push({
      query: entry.query,
      ...figures(tally),
      kendallTau: kendallTau(originalIds, swappedIds),
      rbo: rankBiasedOverlap(originalIds, swappedIds, { persistence }),
    })
  }
  const taus = byQuery.map((row) => row.kendallTau).filter((value) => !Number.isNaN(value))
  const rbos = byQuery.map((row) => row.rbo)
  return {
    queries: rankings.length,
    k,
    ...figures(total),
    kendallTau: mean(taus),
    minKendallTau: taus.length === 0 ? Number.NaN : Math.min(...taus),
    rbo: mean(rbos),
    minRbo: rbos.length === 0 ? Number.NaN : Math.min(...rbos),
    byQuery,
    byCue: [...byCue.keys()].sort(compareCodeUnits).map((cue) => {
      const slot = byCue.get(cue) as { tally: Tally; profiles: Set<string> }
      return { cue, profiles: slot.profiles.size, ...figures(slot.tally) }
    }),
  }
}

interface Tally {
  atRisk: number
  flips: number
  scored: number
  deltaSum: number
  deltaMax: number
}

function emptyTally(): Tally {
  return { atRisk: 0, flips: 0, scored: 0, deltaSum: 0, deltaMax: 0 }
}

function figures(t: Tally): CounterfactualFigures {
  return {
    atRisk: t.atRisk,
    flips: t.flips,
    flipRate: t.atRisk === 0 ? 0 : t.flips / t.atRisk,
    scored: t.scored,
    meanAbsScoreDelta: t.scored === 0 ? 0 : t.deltaSum / t.scored,
    maxAbsScoreDelta: t.deltaMax,
  }
}

function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  let sum = 0
  for (const value of values) sum += value
  return sum / values.length
}
