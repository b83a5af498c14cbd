import type { Span } from '@incontro/core'
import type { Edit } from './edits.js'

/**
 * Maps a span of the original text to the neutral text produced by `edits` (sorted, non-overlapping).
 * A boundary inside a replaced range moves to the edge of its replacement, so a field that was
 * partly redacted keeps its placeholder. For many spans, build one {@link spanMapper}.
 */
export function mapSpan(edits: readonly Edit[], span: Span): Span {
  return spanMapper(edits)(span)
}

/**
 * A function mapping spans as {@link mapSpan} does, in O(log n) per span after O(n) preparation: the
 * length change of the edits before each one is summed once, and the edit around an offset is found by
 * binary search (one linear walk per span made a document with many sections and edits quadratic).
 */
export function spanMapper(edits: readonly Edit[]): (span: Span) => Span {
  // before[k]: the sum of the length changes of edits[0..k) (integers: a plain array holds them exactly,
  // and is cheaper to make than a typed one).
  const before: number[] = [0]
  for (let k = 0; k < edits.length; k++) {
    const edit = edits[k] as Edit
    before.push((before[k] as number) + edit.replacement.length - (edit.end - edit.start))
  }
  return (span) => {
    const start = mapOffset(edits, before, span.start, true)
    const end = Math.max(start, mapOffset(edits, before, span.end, false))
    return { start, end }
  }
}

/**
 * An offset of the original text in the neutral text (`before` as in {@link spanMapper}); inside a replaced
 * range, the start (`atStart`) or the end of its replacement. A module-level function with the binary search
 * written out: no closure made per mapper, and none per step.
 */
function mapOffset(edits: readonly Edit[], before: readonly number[], offset: number, atStart: boolean): number {
  // k: the number of edits starting before the offset (as `firstIndex` with `start >= offset`); only the
  // last of them can contain it.
  let lo = 0
  let hi = edits.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((edits[mid] as Edit).start >= offset) hi = mid
    else lo = mid + 1
  }
  const k = lo
  if (k === 0) return offset
  const last = edits[k - 1] as Edit
  if (last.end <= offset) return offset + (before[k] as number)
  // Inside a replaced range: snap to the edge of its replacement.
  const base = last.start + (before[k - 1] as number)
  return atStart ? base : base + last.replacement.length
}
