import { extractInWorker } from './binary-worker.js'
import type { Deadline, ReadLimits } from './limits.js'
import type { StructuredLine } from './structured-text.js'

/**
 * The text layer of a PDF, line by line in the order pdf.js gives (content-stream order, broken at line
 * ends and baseline changes). pdf.js runs in a worker thread stopped at the time and memory limits; the
 * text stops at `maxBytes` characters, and `truncated` says so.
 */
export async function readPdf(bytes: Uint8Array, limits: ReadLimits, deadline: Deadline): Promise<{ lines: StructuredLine[]; pages: number; truncated: boolean }> {
  const result = await extractInWorker('pdf', bytes, limits, deadline)
  if (result.kind !== 'pdf') throw new Error('unreachable: the PDF worker returned another kind')
  return { lines: result.lines.map((text) => ({ text })), pages: result.pages, truncated: result.truncated }
}
