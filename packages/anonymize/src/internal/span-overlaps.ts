/** Whether any of a fixed list of spans overlaps `[start, end)`, answered by a binary search (the list may be input-sized). */
export interface SpanOverlaps {
  any(start: number, end: number): boolean
}

/**
 * {@link SpanOverlaps} of `spans`: `any(start, end)` is `spans.some((s) => s.start < end && start < s.end)`,
 * from the spans sorted by start and the largest end of each prefix, in O(log n) instead of a scan per call.
 */
export function spanOverlaps(spans: readonly { start: number; end: number }[]): SpanOverlaps {
  const sorted = spans.slice().sort((a, b) => a.start - b.start)
  const starts = new Float64Array(sorted.length)
  const maxEnd = new Float64Array(sorted.length)
  let max = Number.NEGATIVE_INFINITY
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as { start: number; end: number }
    starts[i] = s.start
    max = Math.max(max, s.end)
    maxEnd[i] = max
  }
  return {
    any(start, end) {
      // The spans starting before `end` are a prefix; one of them overlaps when the largest end among them passes `start`.
      let lo = 0
      let hi = starts.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if ((starts[mid] as number) < end) lo = mid + 1
        else hi = mid
      }
      return lo > 0 && (maxEnd[lo - 1] as number) > start
    },
  }
}
