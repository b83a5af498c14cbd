import { IncontroError } from '@incontro/core'
import { assertPositiveInteger } from './internal/validate.js'
import { rankedGroups } from './internal/ranked-groups.js'

/** Attention at a 1-based position: `'log'` = 1 / log2(1 + position), the DCG position bias of Singh & Joachims. */
export type AttentionModel = 'log' | ((position: number) => number)

/** Options of {@link exposureRatios}. */
export interface ExposureRatiosOptions {
  /** Scores (merit, utility) by id, for the merit-weighted ratio. */
  scores?: ReadonlyMap<string, number>
  /** Only the top k positions get attention (a shortlist); default the whole ranking. */
  k?: number
  /** The position-bias model; default `'log'`. */
  attention?: AttentionModel
}

/** Exposure of one group. */
export interface GroupExposure {
  group: string
  /** Ranked ids in the group. */
  count: number
  /** Mean exposure of the group's ids: (1/|G|) Σ attention(position). */
  exposure: number
  /** The group's share of the total exposure. */
  share: number
  /** Mean score of the group's ids (with scores). */
  meanScore?: number
  /** `exposure / meanScore`: exposure per unit of merit (with scores; NaN when the mean score is 0). */
  exposurePerMerit?: number
}

/** Exposure of groups in a ranking and their disparity (Singh & Joachims, KDD 2018). */
export interface ExposureRatios {
  groups: GroupExposure[]
  /** Lowest / highest mean group exposure: 1 = demographic parity of exposure. */
  exposureRatio: number
  /** Lowest / highest exposure per unit of merit (the disparate-treatment ratio); with scores. */
  meritWeightedRatio?: number
}

/**
 * Measures how much attention each group receives in a ranking (Singh & Joachims, "Fairness of Exposure
 * in Rankings", KDD 2018): the exposure of an id at position j is its attention, by default the
 * logarithmic position bias `1 / log2(1 + j)`; a group's exposure is the mean over its ranked ids.
 * `exposureRatio` compares mean exposure across groups (their demographic-parity constraint);
 * `meritWeightedRatio` compares exposure per unit of mean score (their disparate-treatment constraint,
 * Exposure(G0)/U(G0) = Exposure(G1)/U(G1)). Ratios are lowest / highest, in [0, 1] for non-negative
 * scores. Ids without a group are dropped first.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when an id repeats, no ranked id has a group, `k` is not
 * a positive integer, or the attention model gives a negative or non-finite value.
 * @example
 * exposureRatios(ranking, attributes.groups('gender'), { scores, k: 50 }).exposureRatio // e.g. 0.83
 */
export function exposureRatios(ranking: readonly string[], groups: ReadonlyMap<string, string>, options: ExposureRatiosOptions = {}): ExposureRatios {
  if (options.k !== undefined) assertPositiveInteger(options.k, 'k', '10')
  const ranked = rankedGroups(ranking, groups)
  const attention = options.attention === undefined || options.attention === 'log' ? logAttention : options.attention
  const k = options.k ?? Number.POSITIVE_INFINITY
  const sums = new Map<string, { count: number; exposure: number; score: number; scored: number }>()
  for (const group of ranked.groups) sums.set(group, { count: 0, exposure: 0, score: 0, scored: 0 })
  let total = 0
  let position = 0
  for (const id of ranking) {
    const group = groups.get(id)
    if (group === undefined) continue
    position += 1
    const entry = sums.get(group) as { count: number; exposure: number; score: number; scored: number }
    const weight = position <= k ? attention(position) : 0
    if (!(weight >= 0) || !Number.isFinite(weight)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', 'The attention model must give a finite, non-negative weight at every position.', { position })
    }
    entry.count += 1
    entry.exposure += weight
    total += weight
    const score = options.scores?.get(id)
    if (score !== undefined) {
      entry.score += score
      entry.scored += 1
    }
  }
  const rows: GroupExposure[] = ranked.groups.map((group) => {
    const entry = sums.get(group) as { count: number; exposure: number; score: number; scored: number }
    const row: GroupExposure = { group, count: entry.count, exposure: entry.exposure / entry.count, share: total === 0 ? 0 : entry.exposure / total }
    if (options.scores !== undefined) {
      const mean = entry.scored === 0 ? Number.NaN : entry.score / entry.scored
      row.meanScore = mean
      row.exposurePerMerit = mean === 0 ? Number.NaN : row.exposure / mean
    }
    return row
  })
  const result: ExposureRatios = { groups: rows, exposureRatio: minOverMax(rows.map((row) => row.exposure)) }
  if (options.scores !== undefined) result.meritWeightedRatio = minOverMax(rows.map((row) => row.exposurePerMerit as number))
  return result
}

function logAttention(position: number): number {
  return 1 / Math.log2(1 + position)
}

function minOverMax(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value))
  if (finite.length === 0) return Number.NaN
  const max = Math.max(...finite)
  return max === 0 ? 1 : Math.min(...finite) / max
}
