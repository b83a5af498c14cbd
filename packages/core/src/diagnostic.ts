import { z } from 'zod'
import { SpanSchema } from './span.js'

/** How serious a data problem is; `error` means the field could not be used. */
export const SeveritySchema = z.enum(['error', 'warning', 'info'])
/** How serious a data problem is. */
export type Severity = z.infer<typeof SeveritySchema>

/**
 * A problem in the data, returned with the result rather than thrown (as vfile messages are).
 * `message` never contains text from the document; `place` points into it instead.
 */
export const DiagnosticSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]+$/),
  severity: SeveritySchema,
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  place: SpanSchema.optional(),
})
/** A data problem attached to a result. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>

/** Creates a {@link Diagnostic}, omitting absent optional fields. */
export function createDiagnostic(
  code: string,
  severity: Severity,
  message: string,
  extra: { path?: (string | number)[]; place?: { start: number; end: number } } = {},
): Diagnostic {
  const diagnostic: Diagnostic = { code, severity, message }
  if (extra.path) diagnostic.path = extra.path
  if (extra.place) diagnostic.place = extra.place
  return diagnostic
}
