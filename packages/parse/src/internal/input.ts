import {
  BlockSchema,
  DiagnosticSchema,
  DocumentFormatSchema,
  DocumentSchema,
  IncontroError,
  LanguageSchema,
  YearMonthSchema,
  type Block,
  type Diagnostic,
  type Document,
} from '@incontro/core'
import { readWithDiagnostics, type ReadOptions } from './read.js'

/** Accepts a string, bytes or an already read Document, and returns the Document with read diagnostics. */
export function toDocument(
  input: unknown,
  options: ReadOptions,
  readDiagnostics: readonly Diagnostic[] = [],
): { document: Document; diagnostics: Diagnostic[] } {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const result = readWithDiagnostics(input, options)
    return { document: result.document, diagnostics: [...readDiagnostics, ...result.diagnostics] }
  }
  const copied = copyDocument(input)
  if (copied !== undefined) return { document: copied, diagnostics: [...readDiagnostics] }
  const parsed = DocumentSchema.safeParse(input)
  if (!parsed.success) {
    throw new IncontroError('CORE_INVALID_INPUT', 'Expected a string, a Uint8Array or a Document from readDocument.', {
      received: input === null ? 'null' : typeof input,
    })
  }
  return { document: parsed.data, diagnostics: [...readDiagnostics] }
}

const blockKinds: ReadonlySet<unknown> = new Set(BlockSchema.shape.kind.options)
const formats: ReadonlySet<unknown> = new Set(DocumentFormatSchema.options)
const languages: ReadonlySet<unknown> = new Set([...LanguageSchema.options, 'und'])

function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0
}

/**
 * The copy `DocumentSchema.parse` would return, built directly when `input` is plainly valid (strings,
 * known kinds, integer offsets with `end >= start`), else `undefined` for zod to judge and explain. A
 * Document is mostly its blocks, and checking them by hand costs a fraction of zod's generic walk;
 * parse-cv.test.ts checks on random documents that both agree.
 */
export function copyDocument(input: unknown): Document | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined
  const { text, blocks, format, language } = input as Record<string, unknown>
  if (typeof text !== 'string' || !Array.isArray(blocks) || !formats.has(format) || !languages.has(language)) return undefined
  const copies: Block[] = new Array(blocks.length)
  for (let i = 0; i < blocks.length; i++) {
    const block: unknown = blocks[i]
    if (typeof block !== 'object' || block === null || Array.isArray(block)) return undefined
    const { kind, span } = block as Record<string, unknown>
    if (!blockKinds.has(kind) || typeof span !== 'object' || span === null || Array.isArray(span)) return undefined
    const { start, end } = span as Record<string, unknown>
    if (!isOffset(start) || !isOffset(end) || end < start) return undefined
    copies[i] = { kind: kind as Block['kind'], span: { start, end } }
  }
  return { text, blocks: copies, format: format as Document['format'], language: language as Document['language'] }
}

/** Checks the options every parser shares and throws a typed error on a caller mistake. */
export function checkSourceId(sourceId: unknown): string {
  if (typeof sourceId !== 'string' || sourceId.length === 0) {
    throw new IncontroError('CORE_INVALID_INPUT', 'options.sourceId must be a non-empty string identifying the source document.', {})
  }
  return sourceId
}

/** Checks a `today` option (`YYYY-MM`). */
export function checkToday(today: unknown): void {
  if (today !== undefined && !YearMonthSchema.safeParse(today).success) {
    throw new IncontroError('CORE_INVALID_INPUT', "options.today must be a month as 'YYYY-MM'.", { today: String(today) })
  }
}

/** Most diagnostics kept for one document; the rest are summarised in one. */
export const MAX_DIAGNOSTICS = 200

/** Options of `readDocument` that the parsers pass through, from their own options. */
export function readOptionsOf(options: { format?: ReadOptions['format']; maxBytes?: number; limits?: ReadOptions['limits'] }): ReadOptions {
  return {
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  }
}

/** Checks `readDiagnostics` (diagnostics from `readDocumentWithDiagnostics`) and returns them. */
export function checkReadDiagnostics(value: unknown): Diagnostic[] {
  if (value === undefined) return []
  const parsed = DiagnosticSchema.array().safeParse(value)
  if (!parsed.success) throw new IncontroError('CORE_INVALID_INPUT', 'options.readDiagnostics must be the diagnostics array of readDocumentWithDiagnostics.', {})
  return parsed.data
}
