import { z } from 'zod'

/** What the anonymizer removes or neutralizes, by category. */
export const RedactionCategorySchema = z.enum([
  'name',
  'email',
  'phone',
  'address',
  'url',
  'codice-fiscale',
  'id-number',
  'iban',
  'birth-date',
  'birthplace',
  'age',
  'nationality',
  'marital-status',
  'family',
  'military-service',
  'health',
  'religion',
  'trade-union',
  'political-opinion',
  'photo',
  'honorific',
  'pronoun',
  'gendered-word',
  'gendered-title',
  'gendered-organisation',
])
/** A redaction category. */
export type RedactionCategory = z.infer<typeof RedactionCategorySchema>

/** One redaction: its category and span in the *original* text. Never the removed text. */
export const RedactionSchema = z.object({
  category: RedactionCategorySchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
/** One redaction. */
export type Redaction = z.infer<typeof RedactionSchema>

/** What the anonymizer did to one document: every redaction and the count per category. */
export const RedactionReportSchema = z.object({
  redactions: z.array(RedactionSchema),
  counts: z.partialRecord(RedactionCategorySchema, z.number().int().nonnegative()),
  structuredFieldsDropped: z.array(z.string()),
})
/** What the anonymizer did. */
export type RedactionReport = z.infer<typeof RedactionReportSchema>
