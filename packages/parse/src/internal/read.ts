import { createDiagnostic, IncontroError, normalizeText, type Block, type Diagnostic, type Document } from '@incontro/core'
import { detectLanguage } from '../detect-language.js'
import { decodeBytes, utf8Length } from './decode.js'
import { cvHeadings, headingKind, vacancyHeadings } from './headings.js'
import { looksLikeJsonResume, renderJsonResume } from './json-resume.js'
import { splitLines } from './lines.js'

/** Options of `readDocument`. */
export interface ReadOptions {
  /** Force a format instead of sniffing the content. */
  format?: 'text' | 'json-resume'
  /** Largest input accepted, in bytes (default 5 MB). */
  maxBytes?: number
}

/** Default limit on the size of one document: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/** A document and the data problems met while reading it. */
export interface ReadResult {
  document: Document
  diagnostics: Diagnostic[]
}

const allHeadings = { ...vacancyHeadings, ...cvHeadings }

/** Reads a document and keeps the diagnostics `readDocument` cannot return. */
export function readWithDiagnostics(input: string | Uint8Array, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (!Number.isFinite(maxBytes) || maxBytes < 0) {
    throw new IncontroError('CORE_INVALID_INPUT', 'maxBytes must be a non-negative number; pass a byte count such as 5_000_000.', { maxBytes })
  }
  if (options.format !== undefined && options.format !== 'text' && options.format !== 'json-resume') {
    throw new IncontroError('PARSE_UNSUPPORTED_FORMAT', "Unsupported format; expected 'text' or 'json-resume'.", { format: String(options.format) })
  }
  const diagnostics: Diagnostic[] = []
  let raw: string
  if (typeof input === 'string') {
    const size = utf8Length(input, maxBytes)
    if (size > maxBytes) throw limitError(maxBytes)
    raw = input
  } else if (input instanceof Uint8Array) {
    if (input.byteLength > maxBytes) throw limitError(maxBytes)
    const decoded = decodeBytes(input)
    raw = decoded.text
    if (decoded.fallback) {
      diagnostics.push(
        createDiagnostic('PARSE_ENCODING_FALLBACK', 'warning', 'The bytes are not valid UTF-8; they were decoded as latin-1 (windows-1252).'),
      )
    }
  } else {
    throw new IncontroError('CORE_INVALID_INPUT', 'Expected a string or a Uint8Array to read.', { received: typeof input })
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1)

  let format: 'text' | 'json-resume' = 'text'
  let text = raw
  const trimmedStart = raw.trimStart()
  if (options.format === 'json-resume' || (options.format === undefined && trimmedStart.startsWith('{'))) {
    let parsed: unknown
    let ok = true
    try {
      parsed = JSON.parse(raw)
    } catch (error) {
      ok = false
      if (options.format === 'json-resume') {
        throw new IncontroError('PARSE_MALFORMED', 'The input is not valid JSON; a JSON Resume document was expected.', {}, { cause: error })
      }
    }
    if (ok && (looksLikeJsonResume(parsed) || options.format === 'json-resume')) {
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new IncontroError('PARSE_MALFORMED', 'A JSON Resume must be a JSON object with basics, work or education.', {})
      }
      text = renderJsonResume(parsed as Record<string, unknown>)
      format = 'json-resume'
    }
  }
  text = normalizeText(text)
  return { document: { text, blocks: blocksOf(text), format, language: detectLanguage(text) }, diagnostics }
}

function limitError(maxBytes: number): IncontroError {
  return new IncontroError(
    'PARSE_LIMIT_EXCEEDED',
    `The input is larger than the limit of ${maxBytes} bytes; split it or raise maxBytes.`,
    { maxBytes },
  )
}

/** One block per non-empty line: headings, list items, other lines. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = []
  for (const line of splitLines(text)) {
    if (line.blank) continue
    const lineText = text.slice(line.start, line.end)
    const isHeading = (!line.listItem || /^\d/.test(lineText)) && headingKind(lineText, allHeadings) !== undefined
    blocks.push({ kind: isHeading ? 'heading' : line.listItem ? 'list-item' : 'line', span: { start: line.start, end: line.end } })
  }
  return blocks
}
