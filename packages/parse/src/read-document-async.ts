import type { Document } from '@incontro/core'
import { readWithDiagnosticsAsync } from './internal/read.js'
import type { ReadDocumentOptions } from './read-document.js'

/**
 * Reads a document of any supported format, PDF and DOCX included, into a {@link Document}. The PDF
 * (unpdf) and DOCX (mammoth) libraries are loaded on first use only.
 *
 * @example
 * const document = await readDocumentAsync(await readFile('cv.pdf'))
 * document.format // 'pdf'
 */
export async function readDocumentAsync(input: string | Uint8Array, options: ReadDocumentOptions = {}): Promise<Document> {
  return (await readWithDiagnosticsAsync(input, options)).document
}
