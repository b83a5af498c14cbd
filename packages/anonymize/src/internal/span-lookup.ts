import type { Span } from '@incontro/core'
import { firstIndex } from './search.js'

/**
 * For many queries, the first item (in array order) whose span contains an offset, or a range: what
 * `items.find` gives, in O(log n) per query when the spans are sorted and disjoint (as sections and
 * requirement lines are), and by `find` otherwise.
 */
export function spanLookup<T>(items: readonly T[], spanOf: (item: T) => Span): {
  /** The first item with `start <= offset < end`. */
  at(offset: number): T | undefined
  /** The first item with `start <= range.start` and `range.end <= end`, for a non-empty range. */
  around(range: Span): T | undefined
} {
  let ordered = true
  for (let i = 1; i < items.length && ordered; i++) {
    const a = spanOf(items[i - 1] as T)
    const b = spanOf(items[i] as T)
    ordered = a.start <= b.start && a.end <= b.start
  }
  if (!ordered) {
    return {
      at: (offset) => items.find((item) => offset >= spanOf(item).start && offset < spanOf(item).end),
      around: (range) => items.find((item) => range.start >= spanOf(item).start && range.end <= spanOf(item).end),
    }
  }
  // Sorted and disjoint: only the last item starting at or before the offset can contain it.
  const lastStartingAtOrBefore = (offset: number): T | undefined => items[firstIndex(items.length, (i) => spanOf(items[i] as T).start > offset) - 1]
  return {
    at(offset) {
      const item = lastStartingAtOrBefore(offset)
      return item !== undefined && offset < spanOf(item).end ? item : undefined
    },
    around(range) {
      const item = lastStartingAtOrBefore(range.start)
      return item !== undefined && range.end <= spanOf(item).end ? item : undefined
    },
  }
}
