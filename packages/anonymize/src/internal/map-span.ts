import type { Span } from '@incontro/core'
import type { Edit } from './edits.js'

/**
 * Maps a span of the original text to the neutral text produced by `edits` (sorted, non-overlapping).
 * A boundary inside a replaced range moves to the edge of its replacement, so a field that was
 * partly redacted keeps its placeholder.
 */
export function mapSpan(edits: readonly Edit[], span: Span): Span {
  const start = mapOffset(edits, span.start, 'start')
  const end = Math.max(start, mapOffset(edits, span.end, 'end'))
  return { start, end }
}

function mapOffset(edits: readonly Edit[], offset: number, side: 'start' | 'end'): number {
  let delta = 0
  for (const edit of edits) {
    if (edit.start >= offset) break
    if (edit.end <= offset) {
      delta += edit.replacement.length - (edit.end - edit.start)
      continue
    }
    // Inside a replaced range: snap to the edge of its replacement.
    const base = edit.start + delta
    return side === 'start' ? base : base + edit.replacement.length
  }
  return offset + delta
}
