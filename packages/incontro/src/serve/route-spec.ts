import type { FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { AuditLog, AuditContext } from '../audit-log/open-audit-log.js'
import type { PersistentEngine } from '../state/open-persistent-engine.js'
import type { MatchPool } from './create-match-pool.js'

/** What handlers work with: the engine over its state, the audit log and the versions logged with each entry. */
export interface ServerContext {
  engine: PersistentEngine
  /** Absent without a state directory: nothing is logged (local development). */
  audit?: AuditLog
  versions: AuditContext['versions']
  /** Worker threads that answer match queries (`--match-workers`); absent, matching runs on the main thread. */
  matchPool?: MatchPool
  /** Whether the engine is loaded and the server is not stopping. */
  phase(): 'starting' | 'ready' | 'stopping'
}

/** A file sent as `multipart/form-data` (field `file`), with the form's other fields. */
export interface Upload {
  bytes: Uint8Array
  fields: Record<string, string>
}

/** What a handler gets: the validated body, parameters and query, the upload if any, and who asked. */
export interface RouteInput {
  body: unknown
  params: unknown
  query: unknown
  upload?: Upload
  /** The first 12 hex digits of the SHA-256 of the client's key, or `local` without authentication. */
  requester: string
  request: FastifyRequest
}

/**
 * One route: its method, path, zod schemas (validation and the OpenAPI document come from them) and a
 * handler that only calls the engine.
 */
export interface RouteSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  url: string
  operationId: string
  summary: string
  tag: string
  /** Default true; health, readiness and the OpenAPI document answer without a key. */
  auth?: boolean
  body?: z.ZodType
  /** Also accepts `multipart/form-data` with one `file` (PDF, DOCX, text, HTML, XML, JSON) and an optional `sourceId`. */
  upload?: boolean
  params?: z.ZodType
  query?: z.ZodType
  response: z.ZodType
  /** Status of a successful answer (200 by default). */
  status?: number
  /** Returns the answer's value, or a {@link RawJson} already serialized. */
  handler(context: ServerContext, input: RouteInput): Promise<unknown> | unknown
}
