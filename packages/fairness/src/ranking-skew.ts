import { assertPositiveInteger } from './internal/validate.js'
import { desiredDistribution, rankedGroups } from './internal/ranked-groups.js'

/** Options of {@link rankingSkew}. */
export interface RankingSkewOptions {
  /** The cut-off k. */
  k: number
  /** Desired proportion of each group (e.g. its share of the qualified pool); default each group's share of the ranking. */
  desired?: ReadonlyMap<string, number>
}

/** The skew of one group at k. */
export interface GroupSkew {
  group: string
  /** Members of the group in the top k. */
  count: number
  /** `count / k`. */
  share: number
  /** The group's desired proportion. */
  desired: number
  /** `ln(share / desired)`: 0 = as desired, < 0 under-represented; −Infinity when the group is absent from the top k. */
  skew: number
}

/** Skew@k of every group, and the min and max skew (Geyik et al., KDD 2019). */
export interface RankingSkew {
  /** The cut-off used (at most the number of ranked ids with a group). */
  k: number
  groups: GroupSkew[]
  /** The lowest skew: how under-represented the worst-off group is (−Infinity if a group is absent). */
  minSkew: number
  /** The highest skew: how over-represented the best-off group is. */
  maxSkew: number
  /** The group with the lowest skew. */
  minSkewGroup: string
  /** The group with the highest skew. */
  maxSkewGroup: string
}

/**
 * Computes Skew@k of every group: `ln(p_k / p_desired)`, where p_k is the group's share of the top k and
 * p_desired its desired share, and MinSkew@k / MaxSkew@k over groups (Geyik, Ambler & Kenthapadi,
 * "Fairness-Aware Ranking in Search & Recommendation Systems", KDD 2019, § 3.1). Ids without a group are
 * dropped before cutting at k. Note that −Infinity serialises to `null` in JSON.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when k is not a positive integer, an id repeats, no ranked
 * id has a group, or a ranked group has no positive desired proportion.
 * @example
 * rankingSkew(ranking, attributes.groups('gender'), { k: 10 }).minSkew // e.g. -0.51: one group has 60% of its due share
 */
export function rankingSkew(ranking: readonly string[], groups: ReadonlyMap<string, string>, options: RankingSkewOptions): RankingSkew {
  assertPositiveInteger(options.k, 'k', '10')
  const ranked = rankedGroups(ranking, groups)
  const desired = desiredDistribution(ranked, options.desired)
  const k = Math.min(options.k, ranked.labels.length)
  const counts = new Map<string, number>()
  for (let i = 0; i < k; i += 1) {
    const label = ranked.labels[i] as string
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const rows: GroupSkew[] = ranked.groups.map((group) => {
    const count = counts.get(group) ?? 0
    const share = count / k
    const want = desired.get(group) as number
    return { group, count, share, desired: want, skew: Math.log(share / want) }
  })
  let min = rows[0] as GroupSkew
  let max = rows[0] as GroupSkew
  for (const row of rows) {
    if (row.skew < min.skew) min = row
    if (row.skew > max.skew) max = row
  }
  return { k, groups: rows, minSkew: min.skew, maxSkew: max.skew, minSkewGroup: min.group, maxSkewGroup: max.group }
}
