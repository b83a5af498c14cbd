import { IncontroError } from '@incontro/core'
import type { Deadline, ReadLimits } from './limits.js'
import type { StructuredLine } from './structured-text.js'

/** The browser build leaves out DOCX extraction (a Node worker thread with yauzl and mammoth). */
export async function readDocx(_bytes: Uint8Array, _limits: ReadLimits, _deadline: Deadline): Promise<{ lines: StructuredLine[]; truncated: boolean }> {
  throw new IncontroError(
    'PARSE_UNSUPPORTED_FORMAT',
    'DOCX is not read by the browser build of @incontro/parse; paste the text of the CV, or read the DOCX on the server.',
    { format: 'docx', platform: 'browser' },
  )
}
