import { createHash } from 'node:crypto'
import { reviewVacancy } from '@incontro/anonymize'
import { IncontroError, isIncontroError, type Diagnostic, type Document } from '@incontro/core'
import {
  AnonymizeResponseSchema,
  NeutralizeVacancyResponseSchema,
  ParseCvResponseSchema,
  ParseVacancyResponseSchema,
  ReadResponseSchema,
  ReviewQuerySchema,
  ReviewResponseSchema,
  StoreQuerySchema,
  TextInputSchema,
} from '../api-schemas.js'
import { checkReadable } from '../check-readable.js'
import type { RouteInput, RouteSpec, ServerContext } from '../route-spec.js'

interface ReadInput {
  document: Document
  diagnostics: Diagnostic[]
  sourceId: string
}

/** Reads the uploaded file or the JSON text with the engine's readers (format sniffed from the bytes). */
async function readInput(context: ServerContext, input: RouteInput): Promise<ReadInput> {
  let content: string | Uint8Array
  let sourceId: string | undefined
  if (input.upload) {
    content = input.upload.bytes
    sourceId = input.upload.fields.sourceId
  } else {
    const body = TextInputSchema.parse(input.body)
    content = body.text
    sourceId = body.sourceId
  }
  if (typeof content === 'string') checkReadable(content, 'text')
  let read: Awaited<ReturnType<ServerContext['engine']['read']>>
  try {
    read = await context.engine.read(content)
  } catch (error) {
    // A reader's defect on one hostile file is a bad request, not a server error (as in the CLI's batches).
    if (isIncontroError(error)) throw error
    throw new IncontroError('PARSE_MALFORMED', `The reader failed on this document (${error instanceof Error ? error.name : 'unknown error'}); it may be corrupt.`, { reason: 'reader-failure' }, { cause: error })
  }
  const { document, diagnostics } = read
  if (typeof content !== 'string') checkReadable(content, document.format)
  if (document.text.trim().length === 0) {
    const scan = diagnostics.some((d) => d.code === 'PARSE_NO_TEXT_LAYER')
    throw new IncontroError('PARSE_MALFORMED', `The document has no text${scan ? ' (a scanned PDF? run OCR on it first)' : ''}; there is nothing to read.`, { reason: 'no-text' })
  }
  return { document, diagnostics: [...diagnostics], sourceId: sourceId ?? `sha256:${createHash('sha256').update(content).digest('hex')}` }
}

const options = (read: ReadInput) => ({ sourceId: read.sourceId, readDiagnostics: read.diagnostics })
const storing = (query: unknown) => (query as { store?: string }).store === 'true'

/** Reading, parsing, anonymizing and reviewing documents. */
export const documentRoutes: RouteSpec[] = [
  {
    method: 'POST',
    url: '/v1/documents/read',
    operationId: 'readDocument',
    summary: 'Read a document (PDF, DOCX, HTML, Europass XML, JSON Resume, JobPosting, text) into text and blocks',
    tag: 'documents',
    body: TextInputSchema,
    upload: true,
    response: ReadResponseSchema,
    async handler(context, input) {
      const { document, diagnostics } = await readInput(context, input)
      return { document, diagnostics }
    },
  },
  {
    method: 'POST',
    url: '/v1/cvs/parse',
    operationId: 'parseCv',
    summary: 'Parse a CV into a typed profile, with its identity part (for the operator only)',
    tag: 'documents',
    body: TextInputSchema,
    upload: true,
    response: ParseCvResponseSchema,
    async handler(context, input) {
      const read = await readInput(context, input)
      return { profile: context.engine.parseCv(read.document, options(read)) }
    },
  },
  {
    method: 'POST',
    url: '/v1/cvs/anonymize',
    operationId: 'anonymizeCv',
    summary: 'Parse and anonymize a CV into a neutral profile and its redaction report; `?store=true` also stores the profile',
    tag: 'documents',
    body: TextInputSchema,
    upload: true,
    query: StoreQuerySchema,
    response: AnonymizeResponseSchema,
    async handler(context, input) {
      const read = await readInput(context, input)
      const { profile, report } = context.engine.neutralizeCv(read.document, options(read))
      return storing(input.query) ? { profile, report, stored: await context.engine.addProfiles([profile]) } : { profile, report }
    },
  },
  {
    method: 'POST',
    url: '/v1/vacancies/parse',
    operationId: 'parseVacancy',
    summary: 'Parse a vacancy into a typed record',
    tag: 'documents',
    body: TextInputSchema,
    upload: true,
    response: ParseVacancyResponseSchema,
    async handler(context, input) {
      const read = await readInput(context, input)
      return { vacancy: context.engine.parseVacancy(read.document, options(read)) }
    },
  },
  {
    method: 'POST',
    url: '/v1/vacancies/neutralize',
    operationId: 'neutralizeVacancy',
    summary: 'Parse and anonymize a vacancy into a neutral vacancy; `?store=true` also stores it',
    tag: 'documents',
    body: TextInputSchema,
    upload: true,
    query: StoreQuerySchema,
    response: NeutralizeVacancyResponseSchema,
    async handler(context, input) {
      const read = await readInput(context, input)
      const vacancy = context.engine.neutralizeVacancy(read.document, options(read))
      return storing(input.query) ? { vacancy, stored: await context.engine.addVacancies([vacancy]) } : { vacancy }
    },
  },
  {
    method: 'POST',
    url: '/v1/vacancies/review',
    operationId: 'reviewVacancy',
    summary: 'Check a vacancy for gendered wording, discriminatory requirements and the both-sexes statement; `?fix=true` adds the neutral rewrite',
    tag: 'documents',
    body: TextInputSchema,
    upload: true,
    query: ReviewQuerySchema,
    response: ReviewResponseSchema,
    async handler(context, input) {
      const read = await readInput(context, input)
      const parsed = context.engine.parseVacancy(read.document, options(read))
      return reviewVacancy(parsed, { taxonomy: context.engine.taxonomy, ...((input.query as { fix?: string }).fix === 'true' ? { neutralize: true } : {}) })
    },
  },
]
