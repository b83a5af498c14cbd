import type { Document } from '@incontro/core'
import { readWithDiagnostics, type ReadOptions } from './internal/read.js'

/** Options of {@link readDocument}. */
export type ReadDocumentOptions = ReadOptions

/**
 * Reads plain text or a JSON Resume (string or bytes) into a {@link Document}: decoded, normalized,
 * cut into blocks, with its language detected.
 *
 * @example
 * const document = readDocument(new TextEncoder().encode('Maria Rossi\nEsperienze\n...'))
 * document.blocks[1]?.kind // 'heading'
 */
export function readDocument(input: string | Uint8Array, options: ReadDocumentOptions = {}): Document {
  return readWithDiagnostics(input, options).document
}
