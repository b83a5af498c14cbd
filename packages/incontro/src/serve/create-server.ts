import { createHash, timingSafeEqual } from 'node:crypto'
import type { Writable } from 'node:stream'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { z } from 'zod'
import { IncontroError, isIncontroError, type ErrorCode } from '@incontro/core'
import { defaultReadLimits } from '@incontro/parse'
import { createOpenApiDocument } from './create-openapi-document.js'
import { HttpError } from './http-error.js'
import { RawJson } from './raw-json.js'
import type { RouteSpec, ServerContext, Upload } from './route-spec.js'
import { serverRoutes } from './server-routes.js'

/** Options of {@link createServer}. */
export interface ServerOptions {
  /**
   * Client API keys; only their SHA-256 is kept. Empty means no authentication, which needs
   * `insecureNoAuth` (local development only).
   */
  apiKeys: readonly string[]
  insecureNoAuth?: boolean
  /** Largest request body in bytes (JSON or multipart), default 10 MB. */
  bodyLimit?: number
  /** Largest uploaded file, default the readers' `maxBytes` (5 MB). */
  fileLimit?: number
  /** Time to receive a whole request, default 30 s; also the idle time of a connection. */
  requestTimeoutMs?: number
  /**
   * Longest time a handler may take once the request is received, default 30 s: past it the client gets
   * 503 `HANDLER_TIMEOUT` and the server goes on serving. Work already started finishes in the background
   * (a write is committed, a match is logged) but its answer is dropped. Matching that runs on the main
   * thread cannot be interrupted, so there the limit applies when it yields; with match workers it is exact.
   */
  handlerTimeoutMs?: number
  /** Requests per minute per client key (per address without authentication), default 6,000. */
  rateLimitPerMinute?: number
  /** Log level (`info` by default; `silent` for none). */
  logLevel?: string
  /** Where the JSON log lines go (standard output by default). */
  logStream?: Writable
  /** The version written in the OpenAPI document. */
  version: string
}

/** Problems a request can have that are the caller's, by error code. */
const statusOf: Partial<Record<ErrorCode, number>> = {
  PARSE_LIMIT_EXCEEDED: 413,
  PARSE_UNSUPPORTED_FORMAT: 415,
  PARSE_MALFORMED: 422,
  MATCH_UNKNOWN_ID: 404,
  TAXONOMY_UNKNOWN_CONCEPT: 422,
  ANONYMIZE_MISSING_KEY: 500,
  ENGINE_CONFIG: 500,
  ENGINE_STATE_CORRUPT: 500,
  ENGINE_STATE_MISMATCH: 500,
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest()

/** The API-key check: keys are kept hashed and compared in constant time, every stored hash each time. */
function createAuthenticator(keys: readonly string[]): (header: string | undefined) => string | undefined {
  const hashes = keys.map((key) => sha256(key))
  return (header) => {
    const match = header === undefined ? null : /^Bearer ([^\s]{1,512})$/.exec(header)
    if (!match) return undefined
    const hash = sha256(match[1] as string)
    let found = false
    for (const known of hashes) if (timingSafeEqual(known, hash)) found = true
    return found ? hash.toString('hex').slice(0, 12) : undefined
  }
}

function sendError(reply: FastifyReply, status: number, code: string, message: string, issues?: { path: string; message: string }[]): FastifyReply {
  return reply.code(status).send({ error: { code, message, ...(issues ? { issues } : {}) } })
}

/** Zod issues as paths and messages; values sent are never echoed. */
const issuesOf = (error: z.ZodError) => error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }))

/**
 * Creates the HTTP service over an engine (Fastify): JSON endpoints for reading, anonymizing, review,
 * stored records, matching and assessment, with API keys, body and time limits, rate limiting,
 * structured logs without personal data (no bodies, no query strings, no ids: the route pattern only) and
 * the OpenAPI document at `/openapi.json`.
 *
 * @example
 * const app = await createServer(context, { apiKeys: ['a-long-client-key'], version: '0.1.0' })
 * await app.listen({ host: '127.0.0.1', port: 8080 })
 */
export async function createServer(context: ServerContext, options: ServerOptions): Promise<FastifyInstance> {
  if (options.apiKeys.length === 0 && !options.insecureNoAuth) {
    throw new IncontroError('ENGINE_CONFIG', 'No client API keys: set INCONTRO_API_KEYS (comma-separated), or pass --insecure-no-auth for local development only.')
  }
  const authenticate = createAuthenticator(options.apiKeys)
  const requireAuth = options.apiKeys.length > 0
  const requestTimeout = options.requestTimeoutMs ?? 30_000
  const handlerTimeoutMs = options.handlerTimeoutMs ?? 30_000
  if (!Number.isFinite(handlerTimeoutMs) || handlerTimeoutMs <= 0) throw new IncontroError('ENGINE_CONFIG', 'handlerTimeoutMs must be a positive number of milliseconds.', { path: 'handlerTimeoutMs' })
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? 10 * 1024 * 1024,
    requestTimeout,
    connectionTimeout: requestTimeout,
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    trustProxy: false,
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Headers are not logged at all; this is a second guard should a serializer change.
      redact: { paths: ['req.headers', 'headers.authorization', 'authorization'], remove: true },
      serializers: {
        // The route pattern, never the URL: paths hold pseudonymous ids and queries may hold anything.
        req: (request: { method: string; id: string; routeOptions?: { url?: string | undefined } }) => ({ method: request.method, route: request.routeOptions?.url ?? 'unmatched', id: request.id }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
        // The error's kind and code, never its message (a library's message could quote its input).
        err: (error: Error & { code?: string; statusCode?: number }) => ({ type: error.name, code: error.code, statusCode: error.statusCode, message: '', stack: '' }),
      },
    },
  })

  await app.register(rateLimit, {
    global: true,
    max: options.rateLimitPerMinute ?? 6_000,
    timeWindow: 60_000,
    keyGenerator: (request) => authenticate(request.headers.authorization) ?? request.ip,
    errorResponseBuilder: (_request, limit) => ({
      statusCode: 429,
      error: { code: 'RATE_LIMITED', message: `Too many requests: at most ${limit.max} per minute for this key; retry in ${Math.ceil(limit.ttl / 1000)} s.` },
    }),
  })
  await app.register(multipart, {
    limits: { fileSize: options.fileLimit ?? defaultReadLimits.maxBytes, files: 1, fields: 8, fieldSize: 4096, parts: 10, headerPairs: 200 },
  })

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof z.ZodError) return sendError(reply, 400, 'CORE_SCHEMA_VIOLATION', 'The request does not match its schema; see `issues`.', issuesOf(error))
    if (error instanceof HttpError) {
      if (error.statusCode === 503) reply.header('retry-after', '1')
      return sendError(reply, error.statusCode, error.code, error.message)
    }
    if (isIncontroError(error)) {
      const status = statusOf[error.code] ?? 400
      if (status >= 500) request.log.error({ err: error }, 'engine error')
      return sendError(reply, status, error.code, error.message)
    }
    if (error.statusCode === 429) return reply.code(429).send(error)
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
      return sendError(reply, 413, 'PARSE_LIMIT_EXCEEDED', 'The request body or file is larger than this server accepts.')
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, wrong content type, too many parts): its messages name no data.
      return sendError(reply, error.statusCode, error.code ?? 'CORE_INVALID_INPUT', error.message)
    }
    request.log.error({ err: error }, 'unexpected error')
    return sendError(reply, 500, 'INTERNAL', 'An unexpected error; it was logged without the request. Please report it with the endpoint you called.')
  })
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'NOT_FOUND', 'No such endpoint; see /openapi.json.'))

  const openApi = createOpenApiDocument(serverRoutes, { version: options.version })
  app.get('/openapi.json', { config: { rateLimit: false } }, async () => openApi)

  for (const route of serverRoutes) register(app, route, context, { authenticate, requireAuth }, handlerTimeoutMs)
  return app
}

function register(
  app: FastifyInstance,
  route: RouteSpec,
  context: ServerContext,
  auth: { authenticate: (header: string | undefined) => string | undefined; requireAuth: boolean },
  handlerTimeoutMs: number,
): void {
  const open = route.auth === false
  app.route({
    method: route.method,
    url: route.url,
    ...(open ? { config: { rateLimit: false } } : {}),
    async handler(request, reply) {
      let requester = 'local'
      if (!open && auth.requireAuth) {
        const id = auth.authenticate(request.headers.authorization)
        if (id === undefined) {
          reply.header('www-authenticate', 'Bearer')
          return sendError(reply, 401, 'UNAUTHORIZED', 'A valid API key is needed: send `Authorization: Bearer <key>`.')
        }
        requester = id
      }
      // Requests received before a shutdown are answered; Fastify refuses new ones (503) once closing.
      if (!open && context.phase() === 'starting') return sendError(reply, 503, 'ENGINE_CONFIG', 'The server is starting; retry shortly.')
      let upload: Upload | undefined
      let body: unknown = request.body
      if (route.upload && request.isMultipart()) {
        upload = await readUpload(request)
        body = undefined
      } else if (route.body) {
        body = route.body.parse(request.body ?? {})
      }
      const params = route.params ? route.params.parse(request.params) : request.params
      const query = route.query ? route.query.parse(request.query) : request.query
      const result = await withinTime(Promise.resolve(route.handler(context, { body, params, query, requester, request, ...(upload ? { upload } : {}) })), handlerTimeoutMs)
      if (result instanceof RawJson) return reply.code(route.status ?? 200).type('application/json; charset=utf-8').send(result.text)
      return reply.code(route.status ?? 200).send(result)
    },
  })
}

/** The handler's answer, or a 503 `HANDLER_TIMEOUT` once the time limit passes (the work itself is not cancelled). */
function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new HttpError(503, 'HANDLER_TIMEOUT', `The request took longer than this server's handler time limit (${ms} ms); it was abandoned. Retry later, or ask for less (a smaller k, a shorter document).`))
    }, ms)
    timer.unref()
  })
  // A failure of abandoned work is not reported twice.
  work.catch(() => undefined)
  return Promise.race([work, limit]).finally(() => clearTimeout(timer))
}

async function readUpload(request: FastifyRequest): Promise<Upload> {
  const fields: Record<string, string> = {}
  let bytes: Uint8Array | undefined
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || bytes !== undefined) {
        part.file.resume()
        throw new HttpError(400, 'CORE_INVALID_INPUT', 'Send one file, in the form field `file`.')
      }
      bytes = await part.toBuffer()
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value
    }
  }
  if (bytes === undefined || bytes.byteLength === 0) throw new HttpError(400, 'CORE_INVALID_INPUT', 'The form has no file, or an empty one, in the field `file`.')
  return { bytes, fields }
}
