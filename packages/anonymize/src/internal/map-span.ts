import type { Span } from '@incontro/core'
import type { Edit } from './edits.js'
import { firstIndex } from './search.js'

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
  // before[k]: the sum of the length changes of edits[0..k).
  const before = new Float64Array(edits.length + 1)
  for (let k = 0; k < edits.length; k++) {
    const edit = edits[k] as Edit
    before[k + 1] = (before[k] as number) + edit.replacement.length - (edit.end - edit.start)
  }
  const mapOffset = (offset: number, side: 'start' | 'end'): number => {
    // k: the number of edits starting before the offset; only the last of them can contain it.
    const k = firstIndex(edits.length, (i) => (edits[i] as Edit).start >= offset)
    if (k === 0) return offset
    const last = edits[k - 1] as Edit
    if (last.end <= offset) return offset + (before[k] as number)
    // Inside a replaced range: snap to the edge of its replacement.
    const base = last.start + (before[k - 1] as number)
    return side === 'start' ? base : base + last.replacement.length
  }
  return (span) => {
    const start = mapOffset(span.start, 'start')
    const end = Math.max(start, mapOffset(span.end, 'end'))
    return { start, end }
  }
}
