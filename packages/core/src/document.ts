import { z } from 'zod'
import { SpanSchema } from './span.js'

/** A language Incontro reads: Italian first, English second; `und` when it cannot tell. */
export const LanguageSchema = z.enum(['it', 'en'])
/** `it` or `en`. */
export type Language = z.infer<typeof LanguageSchema>

/** The source formats the readers understand. */
export const DocumentFormatSchema = z.enum(['text', 'json-resume', 'pdf', 'docx', 'html', 'europass-xml', 'job-posting'])
/** A source format. */
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>

/** A structural block of a document's text (a line, a heading, a list item). */
export const BlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'list-item', 'line']),
  span: SpanSchema,
})
/** A structural block of a document. */
export type Block = z.infer<typeof BlockSchema>

/** Text read from a file or a string, with its blocks, format and detected language. */
export const DocumentSchema = z.object({
  text: z.string(),
  blocks: z.array(BlockSchema),
  format: DocumentFormatSchema,
  language: z.union([LanguageSchema, z.literal('und')]),
})
/** A read document. */
export type Document = z.infer<typeof DocumentSchema>
