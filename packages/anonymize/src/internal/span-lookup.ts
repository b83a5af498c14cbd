import type { Span } from '@incontro/core'

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
  return new SortedSpans(items, spanOf)
}

/**
 * The lookup of sorted, disjoint spans: only the last item starting at or before the offset can contain it.
 * A class with the binary search written out (as `firstIndex` with `start > offset`), so no closure is made
 * per lookup or per step.
 */
class SortedSpans<T> {
  private readonly items: readonly T[]
  private readonly spanOf: (item: T) => Span

  constructor(items: readonly T[], spanOf: (item: T) => Span) {
    this.items = items
    this.spanOf = spanOf
  }

  at(offset: number): T | undefined {
    const item = this.lastStartingAtOrBefore(offset)
    return item !== undefined && offset < this.spanOf(item).end ? item : undefined
  }

  around(range: Span): T | undefined {
    const item = this.lastStartingAtOrBefore(range.start)
    return item !== undefined && range.end <= this.spanOf(item).end ? item : undefined
  }

  private lastStartingAtOrBefore(offset: number): T | undefined {
    const { items, spanOf } = this
    let lo = 0
    let hi = items.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (spanOf(items[mid] as T).start > offset) hi = mid
      else lo = mid + 1
    }
    return items[lo - 1]
  }
}
