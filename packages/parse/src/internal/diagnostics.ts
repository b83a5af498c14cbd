import { createDiagnostic, type Diagnostic, type Section } from '@incontro/core'
import { MAX_DIAGNOSTICS } from './input.js'
import { MAX_LINE_LENGTH, type Line } from './lines.js'

/** Reports lines too long to be CV prose; they are skipped by the field extractors. */
export function reportLongLines(lines: readonly Line[], diagnostics: Diagnostic[]): void {
  let reported = 0
  for (const line of lines) {
    if (line.end - line.start > MAX_LINE_LENGTH && reported < 5) {
      reported++
      diagnostics.push(
        createDiagnostic('PARSE_LINE_TOO_LONG', 'info', `A line longer than ${MAX_LINE_LENGTH} characters was not searched for fields.`, {
          place: { start: line.start, end: line.end },
        }),
      )
    }
  }
}

/** Keeps the first {@link MAX_DIAGNOSTICS} diagnostics and says how many were dropped. */
export function capDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return [...diagnostics]
  return [
    ...diagnostics.slice(0, MAX_DIAGNOSTICS),
    createDiagnostic('PARSE_TOO_MANY_DIAGNOSTICS', 'info', `${diagnostics.length - MAX_DIAGNOSTICS} further diagnostics were dropped.`),
  ]
}

/** Reports an empty or blank document and sections that have a heading but nothing under it. */
export function reportEmpty(text: string, sections: readonly Section[], diagnostics: Diagnostic[]): void {
  if (text.trim().length === 0) {
    diagnostics.push(createDiagnostic('PARSE_EMPTY_DOCUMENT', 'warning', 'The document has no text.'))
    return
  }
  for (const section of sections) {
    if (section.heading && section.span.end <= section.heading.end) {
      diagnostics.push(createDiagnostic('PARSE_EMPTY_SECTION', 'info', `A ${section.kind} section has a heading but no content.`, { place: section.heading }))
    }
  }
}
