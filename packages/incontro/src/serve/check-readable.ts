import { IncontroError } from '@incontro/core'
import { looksBinary } from '../internal/io.js'

/** Share of control characters (or U+FFFD, what binary bytes become when decoded as UTF-8) beyond which a text is garbage. */
const maxControlShare = 0.02

/**
 * Whether a text sent as a JSON string is binary data decoded as text: more than 2% of its first 64 K
 * characters are control characters no text uses (NUL included: JSON text is not UTF-16) or U+FFFD.
 */
function looksBinaryText(text: string): boolean {
  const end = Math.min(text.length, 64 * 1024)
  let controls = 0
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1a) || (c >= 0x1c && c <= 0x1f) || c === 0x7f || c === 0xfffd) controls++
  }
  return end > 0 && controls / end > maxControlShare
}

/**
 * The API's version of the CLI's binary-input check: an upload that no reader recognised and that reads
 * as plain text, or a JSON `text`, made of binary bytes is refused with `PARSE_UNSUPPORTED_FORMAT`
 * (reason `binary`, HTTP 415) instead of being parsed as a CV or a vacancy.
 */
export function checkReadable(content: string | Uint8Array, format: string): void {
  const binary = typeof content === 'string' ? looksBinaryText(content) : format === 'text' && looksBinary(content)
  if (binary) {
    throw new IncontroError(
      'PARSE_UNSUPPORTED_FORMAT',
      `The ${typeof content === 'string' ? '`text` field' : 'uploaded file'} looks like binary data, not text or a supported format (PDF, DOCX, HTML, Europass XML, JSON Resume, JobPosting, plain text); there is nothing to read.`,
      { reason: 'binary' },
    )
  }
}
