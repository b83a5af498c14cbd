import type { DeterministicReRankOptions } from './det-greedy.js'
import type { RankedCandidate, ReRanking } from './re-ranking.js'
import { describeMoves, scoreOrder } from './internal/describe-re-ranking.js'
import { formatProportions, groupQueues } from './internal/group-queues.js'

/**
 * DetConstSort (Geyik, Ambler & Kenthapadi, KDD 2019, Algorithm 3): walks k = 1, 2, … and, whenever a
 * group's minimum ⌊k·p_g⌋ rises, appends that group's next candidate(s) — the best first — remembering
 * that each must stay at or above position k (its `maxIndex`); every appended candidate then bubbles up
 * past lower-scoring candidates whose own `maxIndex` allows them to move down. This keeps the minimum
 * counts of every prefix while recovering more of the score order than DetGreedy. Within a group the
 * score order is kept. When a group runs out of candidates its constraint is dropped and `feasible` is
 * false; positions still empty at the end are filled in score order.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` for a repeated id, a non-finite score, k not a positive
 * integer, or invalid proportions.
 * @example
 * detConstSort(candidates, { k: 10, proportions: new Map([['F', 0.4], ['M', 0.6]]) }).moves
 */
export function detConstSort(candidates: readonly RankedCandidate[], options: DeterministicReRankOptions): ReRanking {
  const { k } = options
  const ordered = scoreOrder(candidates, k)
  const { queues, shares } = groupQueues(ordered, options.proportions)
  const position = new Map(ordered.map((candidate, i) => [candidate.id, i]))
  const counts = new Map<string, number>([...queues.keys()].map((group) => [group, 0]))
  const minCounts = new Map<string, number>([...queues.keys()].map((group) => [group, 0]))
  const size = Math.min(k, ordered.length)
  const ranked: RankedCandidate[] = []
  const maxIndex: number[] = []
  let feasible = true
  // Better = earlier in score order (score, then id), so ties never reorder.
  const better = (x: RankedCandidate, y: RankedCandidate): boolean => (position.get(x.id) as number) < (position.get(y.id) as number)
  for (let step = 1; ranked.length < size && step <= ordered.length * 2 + 2; step += 1) {
    const changed: RankedCandidate[] = []
    for (const [group, share] of shares) {
      const target = Math.floor(step * share)
      const queue = queues.get(group) as RankedCandidate[]
      while ((minCounts.get(group) as number) < target) {
        minCounts.set(group, (minCounts.get(group) as number) + 1)
        const head = queue[counts.get(group) as number]
        if (head === undefined) {
          feasible = false
          break
        }
        changed.push(head)
        counts.set(group, (counts.get(group) as number) + 1)
      }
    }
    changed.sort((x, y) => (better(x, y) ? -1 : 1))
    for (const candidate of changed) {
      if (ranked.length >= size) break
      ranked.push(candidate)
      maxIndex.push(step)
      let at = ranked.length - 1
      // Swap upwards while the one above scores lower and may move down to position at + 1 (1-based).
      while (at > 0 && (maxIndex[at - 1] as number) >= at + 1 && better(ranked[at] as RankedCandidate, ranked[at - 1] as RankedCandidate)) {
        const candidateAbove = ranked[at - 1] as RankedCandidate
        ranked[at - 1] = ranked[at] as RankedCandidate
        ranked[at] = candidateAbove
        const limitAbove = maxIndex[at - 1] as number
        maxIndex[at - 1] = maxIndex[at] as number
        maxIndex[at] = limitAbove
        at -= 1
      }
    }
  }
  if (ranked.length < size) {
    const placed = new Set(ranked.map((candidate) => candidate.id))
    for (const candidate of ordered) {
      if (ranked.length >= size) break
      if (!placed.has(candidate.id)) ranked.push(candidate)
    }
  }
  return {
    method: 'det-const-sort',
    ranking: ranked,
    ...describeMoves(ordered, ranked, size),
    feasible,
    parameters: { k, proportions: formatProportions(shares) },
  }
}
