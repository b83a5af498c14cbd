import { createDiagnostic, DocumentFormatSchema, IncontroError, normalizeText, type Block, type Diagnostic, type Document, type DocumentFormat } from '@incontro/core'
import { detectLanguage } from '../detect-language.js'
import { decodeBytes, utf8Length } from './decode.js'
import { fixMojibake } from './mojibake.js'
import { europassRoot, europassToJsonResume } from './europass.js'
import { htmlToLines } from './html.js'
import { findJobPosting, renderJobPosting } from './job-posting.js'
import { looksLikeJsonResume, renderJsonResume } from './json-resume.js'
import { createDeadline, limitExceeded, resolveLimits, type Deadline, type ReadLimits } from './limits.js'
import { sniffBinary, sniffText } from './sniff.js'
import { blocksOf, joinStructured, type StructuredLine } from './structured-text.js'
import { parseXml } from './xml.js'

/** Options of `readDocument` and `readDocumentAsync`. */
export interface ReadOptions {
  /** Force a format instead of sniffing the content. */
  format?: DocumentFormat
  /** Largest input accepted, in bytes (default 5 MB); shorthand for `limits.maxBytes`. */
  maxBytes?: number
  /** Limits on size, pages, time, nesting and decompression; see `defaultReadLimits`. */
  limits?: Partial<ReadLimits>
}

/** Default limit on the size of one document: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/** A document and the data problems met while reading it. */
export interface ReadResult {
  document: Document
  diagnostics: Diagnostic[]
}

interface Prepared {
  limits: ReadLimits
  deadline: Deadline
  diagnostics: Diagnostic[]
  bytes?: Uint8Array
  binary?: 'pdf' | 'docx' | 'zip'
}

/** Reads any format except PDF and DOCX synchronously, with the diagnostics `readDocument` cannot return. */
export function readWithDiagnostics(input: string | Uint8Array, options: ReadOptions = {}): ReadResult {
  const prepared = prepare(input, options)
  if (prepared.binary !== undefined || options.format === 'pdf' || options.format === 'docx') {
    const format = prepared.binary ?? options.format
    throw new IncontroError(
      'PARSE_UNSUPPORTED_FORMAT',
      format === 'zip'
        ? 'The input is a ZIP archive but not a DOCX; only DOCX archives are read.'
        : 'PDF and DOCX are read asynchronously; call readDocumentAsync (or readDocumentWithDiagnostics) instead.',
      { format: String(format) },
    )
  }
  return readTextual(decode(input, prepared), options.format, prepared)
}

/** Reads every format, PDF and DOCX included, with the read diagnostics. */
export async function readWithDiagnosticsAsync(input: string | Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const prepared = prepare(input, options)
  const binary = prepared.binary === 'zip' ? undefined : prepared.binary
  const wanted = options.format === 'pdf' || options.format === 'docx' ? options.format : binary
  if (prepared.binary === 'zip' && wanted === undefined) {
    throw new IncontroError('PARSE_UNSUPPORTED_FORMAT', 'The input is a ZIP archive but not a DOCX; only DOCX archives are read.', { format: 'zip' })
  }
  if (wanted === undefined) return readTextual(decode(input, prepared), options.format, prepared)
  if (prepared.bytes === undefined) {
    throw new IncontroError('PARSE_UNSUPPORTED_FORMAT', 'PDF and DOCX must be given as bytes (a Uint8Array), not as a string.', { format: wanted })
  }
  if (wanted === 'pdf') {
    const { readPdf } = await import('./pdf.js')
    const { lines, pages, truncated } = await readPdf(prepared.bytes, prepared.limits, prepared.deadline)
    const result = finishStructured(lines, 'pdf', prepared.diagnostics)
    if (truncated) result.diagnostics.push(truncation('PDF', prepared.limits))
    if (result.document.text.trim().length === 0 && pages > 0) {
      result.diagnostics.push(
        createDiagnostic('PARSE_NO_TEXT_LAYER', 'warning', 'The PDF has no text layer (a scan or images only); run OCR on it first, then read the text.'),
      )
    }
    return result
  }
  const { readDocx } = await import('./docx.js')
  const { lines, truncated } = await readDocx(prepared.bytes, prepared.limits, prepared.deadline)
  const result = finishStructured(lines, 'docx', prepared.diagnostics)
  if (truncated) result.diagnostics.push(truncation('DOCX', prepared.limits))
  return result
}

/** The warning of an extraction cut at the limit: the text read is only the beginning of the document. */
function truncation(format: 'PDF' | 'DOCX', limits: ReadLimits): Diagnostic {
  return createDiagnostic(
    'PARSE_TRUNCATED',
    'warning',
    `The ${format} holds more text than limits.maxBytes (${limits.maxBytes} characters); only the beginning was read.`,
  )
}

function prepare(input: string | Uint8Array, options: ReadOptions): Prepared {
  if (options.format !== undefined && !DocumentFormatSchema.safeParse(options.format).success) {
    throw new IncontroError('PARSE_UNSUPPORTED_FORMAT', `Unsupported format; expected one of ${DocumentFormatSchema.options.join(', ')}.`, {
      format: String(options.format),
    })
  }
  const limits = resolveLimits(options.limits, options.maxBytes)
  const deadline = createDeadline(limits.maxMilliseconds)
  if (typeof input === 'string') {
    const size = utf8Length(input, limits.maxBytes)
    if (size > limits.maxBytes) throw limitExceeded('maxBytes', limits.maxBytes)
    return { limits, deadline, diagnostics: [] }
  }
  if (!(input instanceof Uint8Array)) {
    throw new IncontroError('CORE_INVALID_INPUT', 'Expected a string or a Uint8Array to read.', { received: input === null ? 'null' : typeof input })
  }
  if (input.byteLength > limits.maxBytes) throw limitExceeded('maxBytes', limits.maxBytes, input.byteLength)
  const binary = sniffBinary(input)
  return { limits, deadline, diagnostics: [], bytes: input, ...(binary === undefined ? {} : { binary }) }
}

function decode(input: string | Uint8Array, prepared: Prepared): string {
  let raw: string
  if (typeof input === 'string') raw = input
  else {
    const decoded = decodeBytes(input)
    raw = decoded.text
    if (decoded.fallback) {
      prepared.diagnostics.push(
        createDiagnostic('PARSE_ENCODING_FALLBACK', 'warning', 'The bytes are not valid UTF-8; they were decoded as latin-1 (windows-1252).'),
      )
    }
  }
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
}

function readTextual(raw: string, forced: DocumentFormat | undefined, prepared: Prepared): ReadResult {
  const { limits, deadline, diagnostics } = prepared
  const sniffed = sniffText(raw)
  const want = forced ?? (sniffed === 'json' ? 'json' : sniffed === 'html' ? 'html' : sniffed === 'xml' ? 'europass-xml' : 'text')
  if (want === 'text') return finishText(raw, 'text', diagnostics)

  if (want === 'json' || want === 'json-resume' || (want === 'job-posting' && sniffed === 'json')) {
    const parsed = parseJson(raw, limits, forced !== undefined)
    deadline.check()
    if (parsed.ok) {
      const posting = want === 'json-resume' ? undefined : findJobPosting(parsed.value)
      if (posting) return finishStructured(renderJobPosting(posting), 'job-posting', diagnostics)
      if (want === 'json-resume' || looksLikeJsonResume(parsed.value)) {
        if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
          throw new IncontroError('PARSE_MALFORMED', 'A JSON Resume must be a JSON object with basics, work or education.', {})
        }
        return finishText(renderJsonResume(parsed.value as Record<string, unknown>), 'json-resume', diagnostics)
      }
    }
    if (want === 'job-posting') throw new IncontroError('PARSE_MALFORMED', 'No schema.org JobPosting was found in the JSON.', {})
    return finishText(raw, 'text', diagnostics)
  }

  if (want === 'html' || want === 'job-posting') {
    const { lines, jsonLd } = htmlToLines(raw, deadline, limits.maxDepth)
    for (const block of jsonLd) {
      const parsed = parseJson(block, limits, false)
      const posting = parsed.ok ? findJobPosting(parsed.value) : undefined
      if (posting && (forced === undefined || forced === 'job-posting')) return finishStructured(renderJobPosting(posting), 'job-posting', diagnostics)
    }
    if (want === 'job-posting') throw new IncontroError('PARSE_MALFORMED', 'No schema.org JobPosting was found in the page.', {})
    deadline.check()
    return finishStructured(lines, 'html', diagnostics)
  }

  if (want === 'europass-xml') {
    const parsed = parseXml(raw, limits)
    deadline.check()
    const found = europassRoot(parsed)
    if (!found) {
      throw new IncontroError('PARSE_UNSUPPORTED_FORMAT', 'The XML is not a Europass CV (root Candidate, or SkillsPassport with LearnerInfo).', {
        format: 'xml',
      })
    }
    return finishText(renderJsonResume(europassToJsonResume(found)), 'europass-xml', diagnostics)
  }
  throw new IncontroError('PARSE_UNSUPPORTED_FORMAT', 'PDF and DOCX are read asynchronously; call readDocumentAsync instead.', { format: want })
}

/** Parses JSON after checking its nesting depth in one linear pass (deep nesting is refused, not recursed into). */
function parseJson(raw: string, limits: ReadLimits, strict: boolean): { ok: true; value: unknown } | { ok: false } {
  const depth = jsonDepth(raw, limits.maxDepth)
  if (depth > limits.maxDepth) throw limitExceeded('maxDepth', limits.maxDepth, depth)
  try {
    return { ok: true, value: JSON.parse(raw) }
  } catch (error) {
    if (strict) throw new IncontroError('PARSE_MALFORMED', 'The input is not valid JSON; check that the file is complete.', {}, { cause: error })
    return { ok: false }
  }
}

function jsonDepth(raw: string, stop: number): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (inString) {
      if (code === 92) i++
      else if (code === 34) inString = false
    } else if (code === 34) inString = true
    else if (code === 123 || code === 91) {
      depth++
      if (depth > max) {
        max = depth
        if (max > stop) return max
      }
    } else if (code === 125 || code === 93) depth--
  }
  return max
}

function finishText(raw: string, format: DocumentFormat, diagnostics: Diagnostic[]): ReadResult {
  // Repaired before normalizing, so every span of the result points into the repaired text.
  const fixed = fixMojibake(raw)
  if (fixed.repaired) {
    diagnostics.push(createDiagnostic('PARSE_MOJIBAKE_REPAIRED', 'info', 'The text held UTF-8 read as Windows-1252 ("Ã¨" for "è"); it was repaired.'))
  }
  const text = normalizeText(fixed.text)
  return { document: { text, blocks: blocksOf(text), format, language: detectLanguage(text) }, diagnostics }
}

function finishStructured(lines: readonly StructuredLine[], format: DocumentFormat, diagnostics: Diagnostic[]): ReadResult {
  const { text, kinds } = joinStructured(lines)
  const blocks: Block[] = blocksOf(text, kinds)
  return { document: { text, blocks, format, language: detectLanguage(text) }, diagnostics }
}
