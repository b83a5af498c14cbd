import { IncontroError } from '@incontro/core'

/** What a zod issue carries that is safe to show. */
interface Issue {
  code: string
  path: readonly PropertyKey[]
  expected?: unknown
}

/** The part of a zod schema used here (the schemas of `@incontro/core`). */
interface Schema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } }
  def?: { type?: string; checks?: readonly unknown[] }
  /** Object schemas: their fields. */
  shape?: Record<string, Schema>
  /** Array schemas: their element. */
  element?: Schema
  /** Optional schemas: the inner schema. */
  unwrap?(): Schema
}

/**
 * A fast check of a record against an object schema, field by field: each array must be an array whose
 * items are objects where the schema says so, and every other field must pass its own schema. It finds
 * what plain JavaScript gets wrong (a parsed CV for a neutral profile, a missing field, a string for an
 * array) at a few microseconds a record, where a full parse of a profile with its evidence costs about a
 * millisecond — too much for an index of 100,000 profiles loaded at start.
 */
function quickIssue(record: unknown, schema: Schema): Issue | undefined {
  // A plain string or number (no further checks) is a typeof away; zod's parse costs far more.
  const type = schema.def?.type
  if ((type === 'string' || type === 'number') && (schema.def?.checks?.length ?? 0) === 0) {
    return typeof record === type && (type === 'string' || Number.isFinite(record)) ? undefined : { code: 'invalid_type', path: [], expected: type }
  }
  const shape = schema.shape
  if (shape === undefined) {
    const parsed = schema.safeParse(record)
    return parsed.success ? undefined : parsed.error.issues[0]
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { code: 'invalid_type', path: [], expected: 'object' }
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const value = (record as Record<string, unknown>)[key]
    let field = fieldSchema
    if (field.def?.type === 'optional' && field.unwrap) {
      if (value === undefined) continue
      field = field.unwrap()
    }
    if (field.def?.type === 'array') {
      if (!Array.isArray(value)) return { code: 'invalid_type', path: [key], expected: 'array' }
      const element = field.element
      if (element?.def?.type === 'object') {
        const bad = value.findIndex((item) => typeof item !== 'object' || item === null || Array.isArray(item))
        if (bad >= 0) return { code: 'invalid_type', path: [key, bad], expected: 'object' }
      } else if (element !== undefined) {
        for (const [index, item] of value.entries()) {
          const issue = quickIssue(item, element)
          if (issue) return { ...issue, path: [key, index, ...issue.path] }
        }
      }
      continue
    }
    // Nested objects are checked in full (they are small: provenance); fields get the fast path.
    const issue = field.shape === undefined ? quickIssue(value, field) : (() => {
      const parsed = field.safeParse(value)
      return parsed.success ? undefined : parsed.error.issues[0]
    })()
    if (issue) return { ...issue, path: [key, ...issue.path] }
  }
  return undefined
}

/** A zod issue as a path and a reason, never the value found (it may be CV content). */
function describeIssue(issue: Issue): { path: string; reason: string } {
  const path = issue.path.length > 0 ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(the value itself)'
  const expected = typeof issue.expected === 'string' ? ` (expected ${issue.expected})` : ''
  return { path, reason: `${issue.code}${expected}` }
}

/**
 * Checks what plain JavaScript passed to an engine method against its schema, and throws
 * `CORE_SCHEMA_VIOLATION` naming the method, the item and the field path (never the value) at the first
 * problem, instead of a `TypeError` deep inside the pipeline.
 */
export function validateRecords<T>(records: unknown, schema: Schema, method: string, what: string): readonly T[] {
  if (!Array.isArray(records)) {
    throw new IncontroError('CORE_INVALID_INPUT', `${method} takes an array of ${what}.`, { method, path: '' })
  }
  records.forEach((record, index) => {
    validateRecord(record, schema, method, what, `[${index}]`)
  })
  return records as readonly T[]
}

/** Checks one record like {@link validateRecords}; `at` prefixes the path in the message (e.g. `[3]`). */
export function validateRecord<T>(record: unknown, schema: Schema, method: string, what: string, at = ''): T {
  const issue = quickIssue(record, schema)
  if (issue === undefined) return record as T
  const { path, reason } = describeIssue(issue)
  const field = `${at}${path === '(the value itself)' ? '' : at ? (path.startsWith('[') ? path : `.${path}`) : path}`
  throw new IncontroError(
    'CORE_SCHEMA_VIOLATION',
    `${method}: ${field ? `${field}` : 'the argument'} is not a valid ${what} (${reason}). Pass the ${what} the engine produced (e.g. the \`profile\` of neutralizeCv, not the parsed CV).`,
    { method, path: field },
  )
}

/** Checks an array of ids (non-empty strings). */
export function validateIds(ids: unknown, method: string): readonly string[] {
  if (!Array.isArray(ids)) throw new IncontroError('CORE_INVALID_INPUT', `${method} takes an array of pseudonymous ids.`, { method, path: '' })
  ids.forEach((id, index) => {
    if (typeof id !== 'string' || id.length === 0) throw new IncontroError('CORE_INVALID_INPUT', `${method}: [${index}] is not a pseudonymous id (a non-empty string).`, { method, path: `[${index}]` })
  })
  return ids as readonly string[]
}

/** Checks the options of a parsing method: an object with a non-empty string `sourceId`. */
export function validateParseOptions(options: unknown, method: string, at = ''): void {
  if (typeof options !== 'object' || options === null) {
    throw new IncontroError('CORE_INVALID_INPUT', `${method}: ${at ? `${at} ` : ''}needs options with a sourceId (e.g. { sourceId: 'cv-1' }).`, { method, path: at })
  }
  const { sourceId, readDiagnostics } = options as { sourceId?: unknown; readDiagnostics?: unknown }
  if (typeof sourceId !== 'string' || sourceId.length === 0) {
    throw new IncontroError('CORE_INVALID_INPUT', `${method}: ${at ? `${at}.` : ''}sourceId must be a non-empty string.`, { method, path: `${at ? `${at}.` : ''}sourceId` })
  }
  if (readDiagnostics !== undefined && !Array.isArray(readDiagnostics)) {
    throw new IncontroError('CORE_INVALID_INPUT', `${method}: ${at ? `${at}.` : ''}readDiagnostics must be an array (the diagnostics engine.read returned).`, { method, path: `${at ? `${at}.` : ''}readDiagnostics` })
  }
}
