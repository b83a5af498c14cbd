import { IncontroError } from '@incontro/core'
import type { Deadline, ReadLimits } from './limits.js'
import type { StructuredLine } from './structured-text.js'

/**
 * The browser build reads text, HTML, Europass XML, JSON Resume and JobPosting; PDF extraction runs in a
 * Node worker thread with pdf.js, which the browser build leaves out.
 */
export async function readPdf(_bytes: Uint8Array, _limits: ReadLimits, _deadline: Deadline): Promise<{ lines: StructuredLine[]; pages: number; truncated: boolean }> {
  throw new IncontroError(
    'PARSE_UNSUPPORTED_FORMAT',
    'PDF is not read by the browser build of @incontro/parse; paste the text of the CV, or read the PDF on the server.',
    { format: 'pdf', platform: 'browser' },
  )
}
