import { readWithDiagnosticsAsync, type ReadResult } from './internal/read.js'
import type { ReadDocumentOptions } from './read-document.js'

/** A read document with the data problems met while reading it (`PARSE_NO_TEXT_LAYER`, `PARSE_ENCODING_FALLBACK`). */
export type ReadDocumentResult = ReadResult

/**
 * Reads a document of any format like {@link readDocumentAsync} and also returns the read diagnostics;
 * pass them on as `readDiagnostics` to `parseCv` or `parseVacancy` so they appear in the parsed result.
 *
 * @example
 * const { document, diagnostics } = await readDocumentWithDiagnostics(bytes)
 * const profile = parseCv(document, { sourceId: 'cv-1', readDiagnostics: diagnostics })
 */
export async function readDocumentWithDiagnostics(input: string | Uint8Array, options: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  return readWithDiagnosticsAsync(input, options)
}
