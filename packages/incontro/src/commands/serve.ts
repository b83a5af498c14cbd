import { IncontroError } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import { printable, type CliIo } from '../internal/io.js'
import { startServer } from '../serve/start-server.js'

/** Shortest client API key accepted, in bytes. */
export const minApiKeyBytes = 16

/** The client keys of `INCONTRO_API_KEYS` (comma-separated); a key shorter than 16 bytes is refused. */
export function readApiKeys(value: string | undefined): string[] {
  const keys = (value ?? '').split(',').map((key) => key.trim()).filter((key) => key.length > 0)
  for (const key of keys) {
    if (Buffer.byteLength(key, 'utf8') < minApiKeyBytes) {
      throw new IncontroError('CLI_USAGE', `A client key in INCONTRO_API_KEYS is shorter than ${minApiKeyBytes} bytes; use long random keys (e.g. \`openssl rand -hex 32\`).`)
    }
  }
  return keys
}

/** Options of `incontro serve`. */
export interface ServeCommandOptions {
  key: string
  host: string
  port: number
  state?: string
  insecureNoAuth: boolean
  bodyLimit: number
  rateLimit: number
  requestTimeout: number
  /** Seconds a request may take once received (503 `HANDLER_TIMEOUT` past it). */
  handlerTimeout: number
  logLevel: string
  index: 'hnsw' | 'exact'
  taxonomy?: Taxonomy
  /** The file `taxonomy` came from (match workers load it too). */
  taxonomyFile?: string
  /** Worker threads that answer match queries; 0 matches on the main thread. */
  matchWorkers: number
  version: string
}

/**
 * `incontro serve`: the HTTP service until SIGTERM or SIGINT, then a graceful shutdown (requests in
 * flight finish, the audit trail is flushed, the state closed).
 */
export async function runServe(options: ServeCommandOptions, io: CliIo): Promise<void> {
  const apiKeys = readApiKeys(io.env?.INCONTRO_API_KEYS)
  if (apiKeys.length === 0 && !options.insecureNoAuth) {
    throw new IncontroError('CLI_USAGE', 'No client keys: set INCONTRO_API_KEYS to one or more comma-separated keys (e.g. `openssl rand -hex 32`), or pass --insecure-no-auth for local development only.')
  }
  if (options.insecureNoAuth && apiKeys.length === 0 && !['127.0.0.1', '::1', 'localhost'].includes(options.host)) {
    throw new IncontroError('CLI_USAGE', '--insecure-no-auth only listens on a loopback address (127.0.0.1, ::1); set INCONTRO_API_KEYS to listen elsewhere.')
  }
  const server = await startServer({
    key: options.key,
    apiKeys,
    insecureNoAuth: options.insecureNoAuth,
    host: options.host,
    port: options.port,
    bodyLimit: options.bodyLimit,
    rateLimitPerMinute: options.rateLimit,
    requestTimeoutMs: options.requestTimeout * 1000,
    handlerTimeoutMs: options.handlerTimeout * 1000,
    matchWorkers: options.matchWorkers,
    logLevel: options.logLevel,
    index: options.index,
    version: options.version,
    ...(options.state !== undefined ? { state: options.state } : {}),
    ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
    ...(options.taxonomyFile !== undefined ? { taxonomyFile: options.taxonomyFile } : {}),
  })
  io.stderr(`incontro: serving on ${server.url}${options.state ? ` with state in ${printable(options.state)}` : ' (no --state: records and audit trail are kept in memory only)'}${apiKeys.length === 0 ? ' WITHOUT AUTHENTICATION' : ''}\n`)
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop)
      process.off('SIGINT', stop)
      server.stop().then(resolve, resolve)
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
  })
  io.stderr('incontro: stopped\n')
}
