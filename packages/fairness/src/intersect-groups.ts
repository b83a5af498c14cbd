import { IncontroError } from '@incontro/core'

/** The separator of intersectional group labels (`F & 30-49`). */
export const INTERSECTION_SEPARATOR = ' & '

/**
 * Intersects group maps (e.g. gender and age band) into intersectional groups: an id gets the label
 * `F & 30-49` when it has a group in every map, and is left out otherwise.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when no map is given.
 * @example
 * intersectGroups([new Map([['p1', 'F'], ['p2', 'M']]), new Map([['p1', '30-49']])]) // Map { 'p1' => 'F & 30-49' }
 */
export function intersectGroups(maps: readonly ReadonlyMap<string, string>[]): Map<string, string> {
  const [first, ...rest] = maps
  if (first === undefined) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'Pass at least one group map to intersect.')
  }
  const groups = new Map<string, string>()
  for (const [id, label] of first) {
    const parts = [label]
    for (const map of rest) {
      const other = map.get(id)
      if (other === undefined) break
      parts.push(other)
    }
    if (parts.length === maps.length) groups.set(id, parts.join(INTERSECTION_SEPARATOR))
  }
  return groups
}
