import { DiagnosticSchema, DocumentSchema, IncontroError, YearMonthSchema, type Diagnostic, type Document } from '@incontro/core'
import { readWithDiagnostics, type ReadOptions } from './read.js'

/** Accepts a string, bytes or an already read Document, and returns the Document with read diagnostics. */
export function toDocument(
  input: unknown,
  options: ReadOptions,
  readDiagnostics: readonly Diagnostic[] = [],
): { document: Document; diagnostics: Diagnostic[] } {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const result = readWithDiagnostics(input, options)
    return { document: result.document, diagnostics: [...readDiagnostics, ...result.diagnostics] }
  }
  const parsed = DocumentSchema.safeParse(input)
  if (!parsed.success) {
    throw new IncontroError('CORE_INVALID_INPUT', 'Expected a string, a Uint8Array or a Document from readDocument.', {
      received: input === null ? 'null' : typeof input,
    })
  }
  return { document: parsed.data, diagnostics: [...readDiagnostics] }
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

/** Options of `readDocument` that the parsers pass through, from their own options. */
export function readOptionsOf(options: { format?: ReadOptions['format']; maxBytes?: number; limits?: ReadOptions['limits'] }): ReadOptions {
  return {
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  }
}

/** Checks `readDiagnostics` (diagnostics from `readDocumentWithDiagnostics`) and returns them. */
export function checkReadDiagnostics(value: unknown): Diagnostic[] {
  if (value === undefined) return []
  const parsed = DiagnosticSchema.array().safeParse(value)
  if (!parsed.success) throw new IncontroError('CORE_INVALID_INPUT', 'options.readDiagnostics must be the diagnostics array of readDocumentWithDiagnostics.', {})
  return parsed.data
}
