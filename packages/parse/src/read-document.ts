import type { Document } from '@incontro/core'
import { readWithDiagnostics, type ReadOptions } from './internal/read.js'

/** Options of {@link readDocument}, {@link readDocumentAsync} and {@link readDocumentWithDiagnostics}. */
export type ReadDocumentOptions = ReadOptions

/**
 * Reads a document synchronously (string or bytes) into a {@link Document}: sniffs the content (plain text
 * in UTF-8, UTF-16 or Windows-1252; HTML; JSON Resume; schema.org JobPosting as JSON or JSON-LD in HTML;
 * Europass XML), decodes, normalizes, cuts into blocks and detects the language. PDF and DOCX bytes throw
 * `PARSE_UNSUPPORTED_FORMAT`: read them with `readDocumentAsync`.
 *
 * @example
 * const document = readDocument(new TextEncoder().encode('Maria Rossi\nEsperienze\n...'))
 * document.blocks[1]?.kind // 'heading'
 */
export function readDocument(input: string | Uint8Array, options: ReadDocumentOptions = {}): Document {
  return readWithDiagnostics(input, options).document
}
