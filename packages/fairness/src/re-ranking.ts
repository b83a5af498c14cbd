/** A candidate to re-rank: a pseudonymous id, its score (higher is better) and its group. */
export interface RankedCandidate {
  id: string
  score: number
  group: string
}

/** A candidate that changed position; positions are 1-based, `null` = outside the re-ranked top k. */
export interface ReRankMove {
  id: string
  group: string
  from: number | null
  to: number | null
}

/** The method that produced a {@link ReRanking}. */
export type ReRankMethod = 'fa*ir' | 'det-greedy' | 'det-const-sort'

/**
 * The result of a fair re-ranking: the new top k and what the re-ranking changed, so that an explanation
 * can say a fairness re-ranking was applied and to whom. Re-ranking is never applied by default.
 */
export interface ReRanking {
  method: ReRankMethod
  /** The re-ranked top k, best first. */
  ranking: RankedCandidate[]
  /** Whether the top k differs from the score order. */
  changed: boolean
  /** Candidates whose position changed (promoted, demoted, entered or left the top k), by new position then old. */
  moves: ReRankMove[]
  /** Whether the constraints could be met with the candidates given (false when a group ran out of candidates). */
  feasible: boolean
  /** The parameters used, for the explanation and the audit log. */
  parameters: Record<string, number | string | boolean>
}
