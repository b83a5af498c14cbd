import type { RankedCandidate, ReRanking } from './re-ranking.js'
import { describeMoves, scoreOrder } from './internal/describe-re-ranking.js'
import { formatProportions, groupQueues } from './internal/group-queues.js'

/** Options of {@link detGreedy} and `detConstSort`. */
export interface DeterministicReRankOptions {
  /** Length of the re-ranked list. */
  k: number
  /** Desired proportion of each group in every prefix (normalised to sum 1); groups not named get 0. */
  proportions: ReadonlyMap<string, number>
}

/**
 * DetGreedy (Geyik, Ambler & Kenthapadi, KDD 2019, Algorithm 1): fills positions 1..k one by one. If some
 * groups are below their minimum ⌊i·p_g⌋ at position i, the best next candidate among them goes next;
 * otherwise the best next candidate among groups still below their maximum ⌈i·p_g⌉. Within a group the
 * score order is kept. When a required group has no candidates left, the best remaining candidate fills the
 * position and `feasible` is false.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` for a repeated id, a non-finite score, k not a positive
 * integer, or invalid proportions.
 * @example
 * detGreedy(candidates, { k: 10, proportions: new Map([['F', 0.5], ['M', 0.5]]) }).ranking
 */
export function detGreedy(candidates: readonly RankedCandidate[], options: DeterministicReRankOptions): ReRanking {
  const { k } = options
  const ordered = scoreOrder(candidates, k)
  const { queues, shares } = groupQueues(ordered, options.proportions)
  const position = new Map(ordered.map((candidate, i) => [candidate.id, i]))
  const counts = new Map<string, number>([...queues.keys()].map((group) => [group, 0]))
  const size = Math.min(k, ordered.length)
  const ranking: RankedCandidate[] = []
  let feasible = true
  const best = (groups: readonly string[]): string | undefined => {
    let chosen: string | undefined
    let chosenPosition = Number.POSITIVE_INFINITY
    for (const group of groups) {
      const head = (queues.get(group) as RankedCandidate[])[counts.get(group) as number]
      if (head === undefined) continue
      const at = position.get(head.id) as number
      if (at < chosenPosition) {
        chosen = group
        chosenPosition = at
      }
    }
    return chosen
  }
  for (let i = 1; i <= size; i += 1) {
    const belowMin: string[] = []
    const belowMax: string[] = []
    for (const [group, share] of shares) {
      const count = counts.get(group) as number
      if (count < Math.floor(i * share)) belowMin.push(group)
      else if (count < Math.ceil(i * share)) belowMax.push(group)
    }
    let next = best(belowMin)
    if (next === undefined && belowMin.length > 0) feasible = false
    next ??= best(belowMax) ?? best([...queues.keys()])
    if (next === undefined) break
    ranking.push((queues.get(next) as RankedCandidate[])[counts.get(next) as number] as RankedCandidate)
    counts.set(next, (counts.get(next) as number) + 1)
  }
  return {
    method: 'det-greedy',
    ranking,
    ...describeMoves(ordered, ranking, size),
    feasible,
    parameters: { k, proportions: formatProportions(shares) },
  }
}
