import { IncontroError } from '@incontro/core'

/** Per-group totals and selections, groups sorted by label (code units, locale-independent). */
export interface GroupCounts {
  groups: { group: string; total: number; selected: number }[]
  /** Selected ids that have no group. */
  ungrouped: number
}

/** Counts members and selected members per group; shared by the point estimate and the bootstrap. */
export function countGroups(selected: Iterable<string>, groups: ReadonlyMap<string, string>): GroupCounts {
  if (groups.size === 0) {
    throw new IncontroError(
      'FAIRNESS_INVALID_INPUT',
      'Selection rates need at least one id with a group, but the group map is empty. Pass a map from pseudonymous id to group label.',
      { groupCount: 0 },
    )
  }
  const byGroup = new Map<string, { total: number; selected: number }>()
  for (const group of groups.values()) {
    const entry = byGroup.get(group)
    if (entry === undefined) byGroup.set(group, { total: 1, selected: 0 })
    else entry.total += 1
  }
  let ungrouped = 0
  // A set, so an id listed twice among the selected is counted once.
  for (const id of new Set(selected)) {
    const group = groups.get(id)
    if (group === undefined) ungrouped += 1
    else (byGroup.get(group) as { selected: number }).selected += 1
  }
  const labels = [...byGroup.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  return {
    groups: labels.map((group) => ({ group, ...(byGroup.get(group) as { total: number; selected: number }) })),
    ungrouped,
  }
}

/** The ratio of the lowest to the highest rate; 1 when there is one rate or all rates are 0. */
export function rateRatio(rates: readonly number[]): number {
  let min = Number.POSITIVE_INFINITY
  let max = 0
  for (const rate of rates) {
    if (rate < min) min = rate
    if (rate > max) max = rate
  }
  return rates.length < 2 || max === 0 ? 1 : min / max
}
