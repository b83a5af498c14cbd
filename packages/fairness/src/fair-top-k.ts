import { IncontroError } from '@incontro/core'
import { fairMTable } from './fair-m-table.js'
import type { RankedCandidate, ReRanking } from './re-ranking.js'
import { describeMoves, scoreOrder } from './internal/describe-re-ranking.js'

/** Options of {@link fairTopK}. */
export interface FairTopKOptions {
  /** Length of the re-ranked list. */
  k: number
  /** The protected group's label. */
  protectedGroup: string
  /** Minimum target proportion of protected candidates, in (0, 1). */
  p: number
  /** Significance level; default 0.1. */
  alpha?: number
  /** Adjust alpha for testing k prefixes; default true. */
  adjust?: boolean
}

/**
 * FA*IR re-ranking (Zehlike et al., CIKM 2017, Algorithm 2): builds the top k from two score-ordered queues,
 * protected and non-protected; whenever the prefix has fewer protected candidates than the m-table requires
 * the best protected candidate goes next, otherwise the better of the two queues' heads. Within each group
 * the score order is kept. The result says what changed; re-ranking is never applied by default.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` for a repeated id, a non-finite score, or k, p, alpha out of range.
 * @example
 * const reranked = fairTopK(candidates, { k: 10, protectedGroup: 'F', p: 0.5 })
 * if (reranked.changed) explain(`FA*IR re-ranking applied (p = 0.5, alpha = 0.1): ${reranked.moves.length} moves`)
 */
export function fairTopK(candidates: readonly RankedCandidate[], options: FairTopKOptions): ReRanking {
  const { k, protectedGroup, p, alpha = 0.1, adjust = true } = options
  const ordered = scoreOrder(candidates, k)
  if (typeof protectedGroup !== 'string' || protectedGroup.length === 0) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'Name the protected group, e.g. { protectedGroup: "F" }.')
  }
  const size = Math.min(k, ordered.length)
  const table = fairMTable(Math.max(size, 1), p, alpha, { adjust })
  const position = new Map(ordered.map((candidate, i) => [candidate.id, i]))
  const protectedQueue = ordered.filter((candidate) => candidate.group === protectedGroup)
  const otherQueue = ordered.filter((candidate) => candidate.group !== protectedGroup)
  const ranking: RankedCandidate[] = []
  let tp = 0
  let np = 0
  let feasible = true
  for (let i = 1; i <= size; i += 1) {
    const nextProtected = protectedQueue[tp]
    const nextOther = otherQueue[np]
    let takeProtected: boolean
    if (tp < (table.mtable[i - 1] as number)) {
      takeProtected = nextProtected !== undefined
      if (!takeProtected) feasible = false
    } else if (nextProtected === undefined) takeProtected = false
    else if (nextOther === undefined) takeProtected = true
    else takeProtected = (position.get(nextProtected.id) as number) < (position.get(nextOther.id) as number)
    if (takeProtected) {
      ranking.push(nextProtected as RankedCandidate)
      tp += 1
    } else {
      ranking.push(nextOther as RankedCandidate)
      np += 1
    }
  }
  return {
    method: 'fa*ir',
    ranking,
    ...describeMoves(ordered, ranking, size),
    feasible,
    parameters: { k, protectedGroup, p, alpha, adjust, adjustedAlpha: table.adjustedAlpha },
  }
}
