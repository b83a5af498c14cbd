import { IncontroError } from '@incontro/core'
import type { RankedCandidate } from '../re-ranking.js'

/** Score-ordered queues per group and the normalised desired proportion of each group (0 for groups not named). */
export function groupQueues(
  ordered: readonly RankedCandidate[],
  proportions: ReadonlyMap<string, number>,
): { queues: Map<string, RankedCandidate[]>; shares: Map<string, number> } {
  let total = 0
  for (const share of proportions.values()) {
    if (!(share >= 0) || !Number.isFinite(share)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', 'Desired proportions must be finite and non-negative, e.g. { F: 0.5, M: 0.5 }.')
    }
    total += share
  }
  if (total === 0) throw new IncontroError('FAIRNESS_INVALID_INPUT', 'Desired proportions must not all be 0, e.g. { F: 0.5, M: 0.5 }.')
  const shares = new Map<string, number>()
  for (const [group, share] of proportions) shares.set(group, share / total)
  const queues = new Map<string, RankedCandidate[]>()
  for (const group of shares.keys()) queues.set(group, [])
  for (const candidate of ordered) {
    let queue = queues.get(candidate.group)
    if (queue === undefined) {
      queue = []
      queues.set(candidate.group, queue)
      shares.set(candidate.group, 0)
    }
    queue.push(candidate)
  }
  return { queues, shares }
}

/** `F=0.5,M=0.5`, for the parameters record (which holds scalars only). */
export function formatProportions(shares: ReadonlyMap<string, number>): string {
  return [...shares]
    .filter(([, share]) => share > 0)
    .map(([group, share]) => `${group}=${Number(share.toFixed(4))}`)
    .join(',')
}
