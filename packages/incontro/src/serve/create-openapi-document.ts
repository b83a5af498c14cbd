import { z } from 'zod'
import {
  CompetenceProfileSchema,
  DiagnosticSchema,
  DocumentSchema,
  MatchResultSchema,
  NeutralProfileSchema,
  NeutralVacancySchema,
  ParsedProfileSchema,
  ParsedVacancySchema,
  RedactionReportSchema,
} from '@incontro/core'
import { AddReportSchema, ErrorResponseSchema, IdPageSchema, IdParamsSchema, MatchResponseSchema, PageQuerySchema, TextInputSchema } from './api-schemas.js'
import type { RouteSpec } from './route-spec.js'

/** Schemas shared by several operations, named in `components.schemas`. */
const shared: Record<string, z.ZodType> = {
  Document: DocumentSchema,
  Diagnostic: DiagnosticSchema,
  ParsedProfile: ParsedProfileSchema,
  ParsedVacancy: ParsedVacancySchema,
  NeutralProfile: NeutralProfileSchema,
  NeutralVacancy: NeutralVacancySchema,
  RedactionReport: RedactionReportSchema,
  MatchResult: MatchResultSchema,
  CompetenceProfile: CompetenceProfileSchema,
  ErrorResponse: ErrorResponseSchema,
  TextInput: TextInputSchema,
  AddReport: AddReportSchema,
  IdPage: IdPageSchema,
  IdParams: IdParamsSchema,
  PageQuery: PageQuerySchema,
  MatchResponse: MatchResponseSchema,
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

const errorAnswers: Record<string, string> = {
  '400': 'The request does not match its schema, or the input is invalid (typed code in `error.code`)',
  '401': 'No valid API key (`Authorization: Bearer <key>`)',
  '413': 'The body or the file is larger than the server accepts',
  '429': 'Too many requests for this key; retry after the time in `retry-after`',
  '500': 'An unexpected error (nothing of the request is logged)',
}

/**
 * The OpenAPI 3.1 document of the HTTP service, generated from the routes' zod schemas (JSON Schema
 * 2020-12, the dialect OpenAPI 3.1 uses); never written by hand.
 */
export function createOpenApiDocument(routes: readonly RouteSpec[], options: { version: string }): Record<string, unknown> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(shared)) registry.add(schema, { id })
  const named = (schema: z.ZodType, id: string): string => {
    const known = registry.get(schema)
    if (known) return known.id
    registry.add(schema, { id })
    return id
  }
  const operations: { route: RouteSpec; body?: string; response: string; params?: string; query?: string }[] = routes.map((route) => {
    const base = capitalized(route.operationId)
    return {
      route,
      response: named(route.response, `${base}Response`),
      ...(route.body ? { body: named(route.body, `${base}Request`) } : {}),
      ...(route.params ? { params: named(route.params, `${base}Params`) } : {}),
      ...(route.query ? { query: named(route.query, `${base}Query`) } : {}),
    }
  })
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Record<string, unknown>>
  }
  for (const schema of Object.values(schemas)) {
    delete schema.$schema
    delete schema.$id
  }
  const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })
  const parameters = (id: string | undefined, where: 'path' | 'query') => {
    if (id === undefined) return []
    const schema = schemas[id] as { properties?: Record<string, unknown>; required?: string[] }
    return Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, in: where, required: where === 'path' || (schema.required ?? []).includes(name), schema: property }))
  }
  const paths: Record<string, Record<string, unknown>> = {}
  for (const { route, body, response, params, query } of operations) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}')
    const content: Record<string, unknown> = {}
    if (body) content['application/json'] = { schema: ref(body) }
    if (route.upload) {
      content['multipart/form-data'] = {
        schema: {
          type: 'object',
          required: ['file'],
          properties: {
            file: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The document; its format is sniffed from the bytes' },
            sourceId: { type: 'string', description: 'What the pseudonymous id is made from (default: sha256 of the bytes)' },
          },
        },
      }
    }
    const answers: Record<string, unknown> = {
      [String(route.status ?? 200)]: { description: route.summary, content: { 'application/json': { schema: ref(response) } } },
    }
    for (const [code, description] of Object.entries(errorAnswers)) {
      if (code === '401' && route.auth === false) continue
      if (code === '413' && !body && !route.upload) continue
      answers[code] = { description, content: { 'application/json': { schema: ref('ErrorResponse') } } }
    }
    if (route.params) answers['404'] = { description: 'No stored record has this pseudonymous id', content: { 'application/json': { schema: ref('ErrorResponse') } } }
    ;(paths[path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      ...(route.auth === false ? { security: [] } : {}),
      parameters: [...parameters(params, 'path'), ...parameters(query, 'query')],
      ...(Object.keys(content).length > 0 ? { requestBody: { required: true, content } } : {}),
      responses: answers,
    }
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Incontro',
      version: options.version,
      description: 'Gender-neutral, explainable matching of job seekers and vacancies (Italian and English): read, anonymize, store, match, assess, with an audit trail.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8080', description: 'incontro serve (default address)' }],
    security: [{ bearer: [] }],
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'One of the keys in INCONTRO_API_KEYS' } },
      schemas,
    },
  }
}
