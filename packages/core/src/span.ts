import { z } from 'zod'

/** A half-open range `[start, end)` of UTF-16 code units in a text. */
export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((span) => span.end >= span.start, { message: 'span end must not precede start' })
/** A half-open range of UTF-16 code units. */
export type Span = z.infer<typeof SpanSchema>

/** A piece of source text with where it stands in its document. */
export const FieldSchema = z.object({ text: z.string(), span: SpanSchema })
/** A piece of source text with its span. */
export type Field = z.infer<typeof FieldSchema>

/** A month as `YYYY-MM`. */
export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM')
/** A month as `YYYY-MM`. */
export type YearMonth = z.infer<typeof YearMonthSchema>
