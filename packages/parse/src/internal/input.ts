import { DocumentSchema, IncontroError, YearMonthSchema, type Diagnostic, type Document } from '@incontro/core'
import { readWithDiagnostics, type ReadOptions } from './read.js'

/** Accepts a string, bytes or an already read Document, and returns the Document with read diagnostics. */
export function toDocument(input: unknown, options: ReadOptions): { document: Document; diagnostics: Diagnostic[] } {
  if (typeof input === 'string' || input instanceof Uint8Array) return readWithDiagnostics(input, options)
  const parsed = DocumentSchema.safeParse(input)
  if (!parsed.success) {
    throw new IncontroError('CORE_INVALID_INPUT', 'Expected a string, a Uint8Array or a Document from readDocument.', {
      received: input === null ? 'null' : typeof input,
    })
  }
  return { document: parsed.data, diagnostics: [] }
}

/** Checks the options every parser shares and throws a typed error on a caller mistake. */
export function checkSourceId(sourceId: unknown): string {
  if (typeof sourceId !== 'string' || sourceId.length === 0) {
    throw new IncontroError('CORE_INVALID_INPUT', 'options.sourceId must be a non-empty string identifying the source document.', {})
  }
  return sourceId
}

/** Checks a `today` option (`YYYY-MM`). */
export function checkToday(today: unknown): void {
  if (today !== undefined && !YearMonthSchema.safeParse(today).success) {
    throw new IncontroError('CORE_INVALID_INPUT', "options.today must be a month as 'YYYY-MM'.", { today: String(today) })
  }
}

/** Most diagnostics kept for one document; the rest are summarised in one. */
export const MAX_DIAGNOSTICS = 200
