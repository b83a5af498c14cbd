import type { FastifyInstance } from 'fastify'
import { builtinTaxonomy, type Taxonomy } from '@incontro/taxonomy'
import { openAuditLog, type AuditLog } from '../audit-log/open-audit-log.js'
import { openPersistentEngine, type PersistentEngine } from '../state/open-persistent-engine.js'
import { createServer, type ServerOptions } from './create-server.js'
import type { ServerContext } from './route-spec.js'

/** Options of {@link startServer}. */
export interface StartServerOptions extends ServerOptions {
  /** The deployer key (pseudonymous ids); at least 16 bytes. */
  key: string
  /** The state directory (engine state and audit trail); without one, both live in memory and nothing is audited. */
  state?: string
  host?: string
  /** 0 picks a free port. */
  port?: number
  taxonomy?: Taxonomy
  index?: 'hnsw' | 'exact'
}

/** A running server. */
export interface RunningServer {
  app: FastifyInstance
  engine: PersistentEngine
  /** `http://host:port` it listens on. */
  url: string
  /** Seconds it took to open the state and load the stored records. */
  loadSeconds: number
  /** Stops accepting requests, lets the ones in flight finish, then flushes the audit trail and closes the state. */
  stop(): Promise<void>
}

/**
 * Opens the state, loads the engine, and listens; `stop()` shuts down gracefully.
 *
 * @example
 * const server = await startServer({ key, apiKeys: ['a-long-client-key'], state: '/var/lib/incontro', version: '0.1.0' })
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const taxonomy = options.taxonomy ?? builtinTaxonomy()
  const started = performance.now()
  const engine = await openPersistentEngine({ key: options.key, state: options.state, taxonomy, ...(options.index ? { index: options.index } : {}) })
  let audit: AuditLog | undefined
  try {
    audit = options.state === undefined ? undefined : await openAuditLog(options.state)
  } catch (error) {
    await engine.close()
    throw error
  }
  const loadSeconds = (performance.now() - started) / 1000
  let phase: 'starting' | 'ready' | 'stopping' = 'starting'
  const context: ServerContext = {
    engine,
    ...(audit ? { audit } : {}),
    versions: { incontro: options.version, taxonomy: taxonomy.version, index: options.index ?? 'hnsw' },
    phase: () => phase,
  }
  let app: FastifyInstance
  try {
    app = await createServer(context, options)
    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8080 })
  } catch (error) {
    await audit?.close()
    await engine.close()
    throw error
  }
  phase = 'ready'
  const address = app.server.address()
  const url = typeof address === 'object' && address !== null ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : String(address)
  app.log.info(
    {
      profiles: engine.state.profileCount(),
      vacancies: engine.state.vacancyCount(),
      loadSeconds: Number(loadSeconds.toFixed(3)),
      // How the matcher was made (loaded from its snapshot, or rebuilt) and why a snapshot was not used.
      matcher: engine.startup.matcher,
      diagnostics: engine.startup.diagnostics.map(({ code, message }) => ({ code, message })),
      audit: audit !== undefined,
      persistent: options.state !== undefined,
    },
    'ready',
  )
  let stopping: Promise<void> | undefined
  return {
    app,
    engine,
    url,
    loadSeconds,
    stop() {
      stopping ??= (async () => {
        phase = 'stopping'
        await app.close()
        await audit?.close()
        await engine.close()
      })()
      return stopping
    },
  }
}
