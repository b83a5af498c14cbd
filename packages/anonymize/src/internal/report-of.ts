import type { RedactionCategory, RedactionReport } from '@incontro/core'
import type { Edit } from './edits.js'

/** The redaction report of a list of edits: spans in the original text, never the text. */
export function reportOf(edits: readonly Edit[], structuredFieldsDropped: string[]): RedactionReport {
  // Counted in a Map (an object keyed by "birth-date" and such is slow to grow), then copied in the same
  // order of first appearance.
  const counted = new Map<RedactionCategory, number>()
  for (const edit of edits) counted.set(edit.category, (counted.get(edit.category) ?? 0) + 1)
  const counts: Partial<Record<RedactionCategory, number>> = {}
  for (const [category, count] of counted) counts[category] = count
  return {
    redactions: edits.map((e) => ({ category: e.category, start: e.start, end: e.end })),
    counts,
    structuredFieldsDropped,
  }
}
