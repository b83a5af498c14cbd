import { IncontroError } from '@incontro/core'

/**
 * The share of ids the top `k` of two rankings have in common, in [0, 1], regardless of order:
 * |top-k(a) ∩ top-k(b)| / max(|top-k(a)|, |top-k(b)|), which is / k when both rankings have at least
 * `k` ids. Two empty rankings overlap fully (1).
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when `k` is not a positive integer or an id repeats
 * within the top `k` of a ranking.
 * @example
 * topKOverlap(['p1', 'p2', 'p3'], ['p2', 'p1', 'p4'], 2) // 1
 * topKOverlap(['p1', 'p2', 'p3'], ['p2', 'p4', 'p1'], 2) // 0.5
 */
export function topKOverlap(a: readonly string[], b: readonly string[], k: number): number {
  if (!Number.isInteger(k) || k < 1) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'k must be a positive integer, e.g. 10.', { k })
  }
  const topA = topSet(a, k, 'a')
  const topB = topSet(b, k, 'b')
  const size = Math.max(topA.size, topB.size)
  if (size === 0) return 1
  let common = 0
  for (const id of topA) if (topB.has(id)) common += 1
  return common / size
}

function topSet(ranking: readonly string[], k: number, name: string): Set<string> {
  const top = new Set(ranking.slice(0, k))
  if (top.size !== Math.min(k, ranking.length)) {
    // Only the position is reported: ids are pseudonymous, but the message stays free of data anyway.
    throw new IncontroError('FAIRNESS_INVALID_INPUT', `Ranking ${name} repeats an id within its top ${k}; a ranking lists each id once.`, {
      ranking: name,
      k,
    })
  }
  return top
}
