import type { FastifyInstance } from 'fastify'
import { IncontroError } from '@incontro/core'
import { builtinTaxonomy, type Taxonomy } from '@incontro/taxonomy'
import { openAuditLog, type AuditLog } from '../audit-log/open-audit-log.js'
import { openPersistentEngine, type PersistentEngine } from '../state/open-persistent-engine.js'
import { createMatchPool, type MatchPool } from './create-match-pool.js'
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
  /** The file `taxonomy` was loaded from (match workers load it too); needed with `matchWorkers` and a taxonomy that is not the built-in one. */
  taxonomyFile?: string
  index?: 'hnsw' | 'exact'
  /**
   * Worker threads that answer match queries, each with its own copy of the records (memory grows by one
   * engine per worker); 0 (the default) matches on the main thread. With 1 or more the main thread only
   * serves HTTP and the audit trail, and the handler time limit is exact.
   */
  matchWorkers?: number
}

/** The engine with its writes forwarded to the match workers after they are committed. */
function withPool(engine: PersistentEngine, pool: MatchPool): PersistentEngine {
  return {
    ...engine,
    async addProfiles(profiles) {
      const report = await engine.addProfiles(profiles)
      await pool.addProfiles(profiles)
      return report
    },
    async addVacancies(vacancies) {
      const report = await engine.addVacancies(vacancies)
      await pool.addVacancies(vacancies)
      return report
    },
    async removeProfiles(ids) {
      const report = await engine.removeProfiles(ids)
      await pool.removeProfiles(ids)
      return report
    },
    async removeVacancies(ids) {
      const report = await engine.removeVacancies(ids)
      await pool.removeVacancies(ids)
      return report
    },
  }
}

/** Starts the match workers (they load their modules while the main thread opens the state), or nothing without `matchWorkers`. */
function startPool(options: StartServerOptions, taxonomy: Taxonomy): Promise<MatchPool> | undefined {
  const size = options.matchWorkers ?? 0
  if (size === 0) return undefined
  if (!Number.isInteger(size) || size < 0) throw new IncontroError('ENGINE_CONFIG', 'matchWorkers must be a whole number, 0 or more.', { path: 'matchWorkers' })
  if (options.taxonomyFile === undefined && taxonomy.version !== builtinTaxonomy().version) {
    throw new IncontroError('ENGINE_CONFIG', 'Match workers load the taxonomy themselves: pass taxonomyFile (the file the taxonomy came from), or serve without match workers.', { path: 'taxonomyFile' })
  }
  return createMatchPool(size, { key: options.key, ...(options.index ? { index: options.index } : {}), ...(options.taxonomyFile !== undefined ? { taxonomyFile: options.taxonomyFile } : {}) })
}

/** Loads the stored records into the match workers (each worker loads in parallel with the others). */
async function loadPool(pool: MatchPool, engine: PersistentEngine): Promise<MatchPool> {
  try {
    for (const batch of engine.state.vacancyBatches()) await pool.addVacancies(batch)
    for (const batch of engine.state.profileBatches()) await pool.addProfiles(batch)
  } catch (error) {
    await pool.close()
    throw error
  }
  return pool
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
  const starting = startPool(options, taxonomy)
  // A failed start of the workers is reported once the state is open (or fails itself).
  starting?.catch(() => undefined)
  let opened: PersistentEngine
  try {
    opened = await openPersistentEngine({ key: options.key, state: options.state, taxonomy, ...(options.index ? { index: options.index } : {}) })
  } catch (error) {
    await (await starting?.catch(() => undefined))?.close()
    throw error
  }
  let audit: AuditLog | undefined
  let pool: MatchPool | undefined
  try {
    pool = starting ? await loadPool(await starting, opened) : undefined
    audit = options.state === undefined ? undefined : await openAuditLog(options.state)
  } catch (error) {
    await pool?.close()
    await opened.close()
    throw error
  }
  const engine = pool ? withPool(opened, pool) : opened
  const loadSeconds = (performance.now() - started) / 1000
  let phase: 'starting' | 'ready' | 'stopping' = 'starting'
  const context: ServerContext = {
    engine,
    ...(audit ? { audit } : {}),
    ...(pool ? { matchPool: pool } : {}),
    versions: { incontro: options.version, taxonomy: taxonomy.version, index: options.index ?? 'hnsw' },
    phase: () => phase,
  }
  let app: FastifyInstance
  try {
    app = await createServer(context, options)
    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8080 })
  } catch (error) {
    await audit?.close()
    await pool?.close()
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
      matchWorkers: pool?.size ?? 0,
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
        await pool?.close()
        await audit?.close()
        await engine.close()
      })()
      return stopping
    },
  }
}
