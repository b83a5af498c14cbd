import type { RedactionCategory, RedactionReport } from '@incontro/core'
import type { Edit } from './edits.js'

/** The redaction report of a list of edits: spans in the original text, never the text. */
export function reportOf(edits: readonly Edit[], structuredFieldsDropped: string[]): RedactionReport {
  const counts: Partial<Record<RedactionCategory, number>> = {}
  for (const edit of edits) counts[edit.category] = (counts[edit.category] ?? 0) + 1
  return {
    redactions: edits.map((e) => ({ category: e.category, start: e.start, end: e.end })),
    counts,
    structuredFieldsDropped,
  }
}
