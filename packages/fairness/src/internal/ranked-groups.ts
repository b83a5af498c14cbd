import { IncontroError } from '@incontro/core'
import { assertUniqueIds, compareCodeUnits } from './validate.js'

/** A ranking reduced to the group labels of its ids (ids without a group dropped), with the distinct labels. */
export interface RankedGroups {
  /** Group label at each position of the reduced ranking. */
  labels: string[]
  /** Distinct labels, sorted. */
  groups: string[]
}

/** Maps a ranking to group labels; ids without a group are dropped (they are not part of any group's share). */
export function rankedGroups(ranking: readonly string[], groups: ReadonlyMap<string, string>, name = 'The ranking'): RankedGroups {
  assertUniqueIds(ranking, name)
  const labels: string[] = []
  const distinct = new Set<string>()
  for (const id of ranking) {
    const label = groups.get(id)
    if (label === undefined) continue
    labels.push(label)
    distinct.add(label)
  }
  if (labels.length === 0) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', `${name} has no id with a group; pass a map from pseudonymous id to group label.`)
  }
  return { labels, groups: [...distinct].sort(compareCodeUnits) }
}

/**
 * The desired distribution over groups: the given proportions (normalised to sum 1), or by default each
 * group's share of the ranked ids. Every ranked group must have a positive desired share.
 */
export function desiredDistribution(ranked: RankedGroups, desired: ReadonlyMap<string, number> | undefined): Map<string, number> {
  const out = new Map<string, number>()
  if (desired === undefined) {
    for (const label of ranked.labels) out.set(label, (out.get(label) ?? 0) + 1)
    for (const [label, count] of out) out.set(label, count / ranked.labels.length)
    return out
  }
  let total = 0
  for (const [label, share] of desired) {
    if (!(share >= 0) || !Number.isFinite(share)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', 'Desired proportions must be finite and non-negative, e.g. { F: 0.5, M: 0.5 }.')
    }
    total += share
  }
  if (total === 0) throw new IncontroError('FAIRNESS_INVALID_INPUT', 'Desired proportions must not all be 0.')
  for (const [label, share] of desired) out.set(label, share / total)
  for (const label of ranked.groups) {
    if (!((out.get(label) ?? 0) > 0)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', 'Every group in the ranking needs a positive desired proportion; one group has none.', {
        groups: ranked.groups.length,
      })
    }
  }
  return out
}
