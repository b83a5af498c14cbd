/**
 * Every error code Incontro throws, prefixed by the package that owns it.
 * Data problems are not errors: they are {@link Diagnostic}s returned with the result.
 */
export const errorCodes = [
  'CORE_INVALID_INPUT',
  'CORE_SCHEMA_VIOLATION',
  'CORE_UNSUPPORTED_PLATFORM',
  'TAXONOMY_INVALID',
  'TAXONOMY_UNKNOWN_CONCEPT',
  'TAXONOMY_FILE_CORRUPT',
  'TAXONOMY_MISSING_FILE',
  'PARSE_UNSUPPORTED_FORMAT',
  'PARSE_LIMIT_EXCEEDED',
  'PARSE_MALFORMED',
  'ANONYMIZE_MISSING_KEY',
  'MATCH_DIMENSION_MISMATCH',
  'MATCH_UNKNOWN_ID',
  'MATCH_INDEX_CORRUPT',
  'MATCH_INDEX_FULL',
  'FAIRNESS_INVALID_INPUT',
  'ENGINE_CONFIG',
  'ENGINE_STATE_MISMATCH',
  'ENGINE_STATE_CORRUPT',
  'CLI_USAGE',
  'CLI_IO',
] as const

/** A typed error code; see {@link errorCodes}. */
export type ErrorCode = (typeof errorCodes)[number]

/**
 * The one error class of Incontro: caller and configuration mistakes, unsupported formats,
 * exceeded limits and corrupt files. Messages never contain CV or vacancy text.
 *
 * @example
 * try { parseCv(bytes) } catch (error) {
 *   if (isIncontroError(error, 'PARSE_LIMIT_EXCEEDED')) console.error(error.details)
 * }
 */
export class IncontroError extends Error {
  readonly code: ErrorCode
  readonly details: Readonly<Record<string, unknown>>

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'IncontroError'
    this.code = code
    this.details = details
  }
}

/** Whether `error` is an {@link IncontroError}, optionally with a given code. */
export function isIncontroError(error: unknown, code?: ErrorCode): error is IncontroError {
  return error instanceof IncontroError && (code === undefined || error.code === code)
}
