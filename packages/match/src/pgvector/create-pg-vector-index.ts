import { IncontroError } from '@incontro/core'
import { compileFilter, type RecordAttributes } from '../record-filter.js'
import type { VectorHit, VectorIndex, VectorRecord } from '../vector-index.js'
import { checkDimensions, checkK, checkVector, clampSimilarity, compareHits, norm } from '../internal/vectors.js'
import { hnswIndexStatement, migratePgVector, quoteIdentifier } from './migrate-pg-vector.js'

/**
 * The part of a PostgreSQL client the adapter uses: `query(text, params)` resolving to `{ rows }`.
 * A `pg.Pool` or `pg.Client` (node-postgres) and a PGlite instance both have it.
 */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>
}

/** Options of {@link createPgVectorIndex}. */
export interface PgVectorIndexOptions {
  /** A connected client (node-postgres pool, PGlite …) on a database with the pgvector extension available. */
  client: SqlClient
  /** Table name (created by the migrations if missing; default `incontro_vectors`). */
  table?: string
  /** Length of every vector. */
  dimensions: number
  /** HNSW links per node (default 16). */
  m?: number
  /** HNSW candidate list while building (default 64, pgvector's default). */
  efConstruction?: number
  /** HNSW candidate list while searching (default 100; raised to k when k is larger). */
  efSearch?: number
}

/** A vector index on PostgreSQL with pgvector. */
export interface PgVectorIndex extends VectorIndex {
  readonly kind: 'pgvector'
  /** The table holding the vectors. */
  readonly table: string
  /** Resolves once the migrations have run (every method waits for it too). */
  ready(): Promise<void>
  /**
   * Starts a bulk load: drops the HNSW index, so that the rows upserted next are plain inserts instead of
   * one graph insertion each (queries stay correct meanwhile: they scan exactly). Call
   * {@link PgVectorIndex.endBulkLoad} when done; on a server, other writers are not blocked.
   */
  beginBulkLoad(): Promise<void>
  /**
   * Builds the HNSW index again in one pass over the table (pgvector builds the graph in memory when it fits
   * in `maintenanceWorkMem`, default `'1GB'`, and falls back to a slower on-disk build otherwise).
   */
  endBulkLoad(options?: { maintenanceWorkMem?: string }): Promise<void>
}

/** A PostgreSQL memory setting such as '512MB' or '2GB' (checked: it is written into a SET statement). */
const MEMORY_SETTING = /^[1-9][0-9]{0,5}(kB|MB|GB)$/

/** Rows written per INSERT statement. */
const BATCH = 500

function literal(vector: Float32Array): string {
  let text = '['
  for (let i = 0; i < vector.length; i++) text += (i === 0 ? '' : ',') + String(vector[i])
  return `${text}]`
}

interface Row {
  id: string
  distance: number | string | null
}

/**
 * Creates a vector index on PostgreSQL with pgvector: one table per index (id, vector, the attributes
 * hard filters read), an HNSW index with cosine distance, filters pushed down into SQL `WHERE` clauses
 * with pgvector's iterative index scan so that a selective filter still yields k rows when they exist.
 * The same SQL runs on a server through node-postgres and in-process on PGlite with its pgvector
 * extension. The database persists it; opening the same table again gives the same index.
 *
 * @example
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
 * const index = createPgVectorIndex({ client: pool, table: 'profile_vectors', dimensions: 128 })
 * await index.upsert([{ id: profileId, vector, attributes }])
 * const hits = await index.query(vacancyVector, { k: 700, where: { licences: ['B'] } })
 */
export function createPgVectorIndex(options: PgVectorIndexOptions): PgVectorIndex {
  const { client, dimensions } = options
  checkDimensions(dimensions)
  const table = options.table ?? 'incontro_vectors'
  const name = quoteIdentifier(table)
  const efSearch = options.efSearch ?? 100
  const graph = { m: options.m ?? 16, efConstruction: options.efConstruction ?? 64 }
  const migrated = migratePgVector(client, { table, dimensions, ...graph })
  // A rejected migration is reported by the first call that awaits it, not as an unhandled rejection.
  migrated.catch(() => undefined)

  const row = (record: VectorRecord, offset: number): { sql: string; params: unknown[] } => {
    const a: RecordAttributes = record.attributes ?? {}
    const languages: Record<string, number> = {}
    for (const language of a.languages ?? []) languages[language.code] = Math.max(languages[language.code] ?? -1, language.rank)
    const places = (a.places ?? []).filter((place) => place.lat !== undefined && place.lon !== undefined).map((place) => ({ lat: place.lat, lon: place.lon, r: place.radiusKm ?? 0 }))
    const params: unknown[] = [
      record.id,
      literal(record.vector),
      norm(record.vector) === 0,
      [...(a.licences ?? [])],
      JSON.stringify(languages),
      a.eqfLevel ?? null,
      (a.places ?? []).map((place) => place.comune),
      JSON.stringify(places),
      a.remote === true,
      [...(a.contracts ?? [])],
      a.hoursPerWeek?.min ?? null,
      a.hoursPerWeek?.max ?? null,
    ]
    const sql = `(${params.map((_, i) => `$${offset + i + 1}`).join(', ')})`
    return { sql, params }
  }

  const index: PgVectorIndex = {
    kind: 'pgvector',
    dimensions,
    table,
    ready: () => migrated,
    async beginBulkLoad() {
      await migrated
      await client.query(`DROP INDEX IF EXISTS ${quoteIdentifier(`${table}_hnsw`)}`)
    },
    async endBulkLoad(bulk = {}) {
      const memory = bulk.maintenanceWorkMem ?? '1GB'
      if (!MEMORY_SETTING.test(memory)) {
        throw new IncontroError('CORE_INVALID_INPUT', `maintenanceWorkMem must look like '512MB' or '2GB', got ${JSON.stringify(memory)}.`, { maintenanceWorkMem: memory })
      }
      await migrated
      // One transaction on one connection, so the setting applies to the build and ends with it.
      await transaction(client, [`SET LOCAL maintenance_work_mem = '${memory}'`], { text: hnswIndexStatement(table, graph), params: [] })
    },
    async upsert(records) {
      for (const record of records) checkVector(record.vector, dimensions, `The vector of record ${JSON.stringify(record.id)}`)
      await migrated
      // Last write wins within a batch, as in the embedded indexes.
      const latest = new Map<string, VectorRecord>()
      for (const record of records) latest.set(record.id, record)
      const list = [...latest.values()]
      for (let i = 0; i < list.length; i += BATCH) {
        const rows: string[] = []
        const params: unknown[] = []
        for (const record of list.slice(i, i + BATCH)) {
          const built = row(record, params.length)
          rows.push(built.sql)
          params.push(...built.params)
        }
        await client.query(
          `INSERT INTO ${name} (id, embedding, is_zero, licences, languages, eqf, comuni, places, remote, contracts, hours_min, hours_max)
           VALUES ${rows.join(', ')}
           ON CONFLICT (id) DO UPDATE SET embedding = EXCLUDED.embedding, is_zero = EXCLUDED.is_zero, licences = EXCLUDED.licences,
             languages = EXCLUDED.languages, eqf = EXCLUDED.eqf, comuni = EXCLUDED.comuni, places = EXCLUDED.places,
             remote = EXCLUDED.remote, contracts = EXCLUDED.contracts, hours_min = EXCLUDED.hours_min, hours_max = EXCLUDED.hours_max`,
          params,
        )
      }
    },
    async remove(ids) {
      await migrated
      if (ids.length === 0) return
      await client.query(`DELETE FROM ${name} WHERE id = ANY($1::text[])`, [[...ids]])
    },
    async query(vector, { k, filter, where }) {
      checkVector(vector, dimensions, 'The query vector')
      checkK(k)
      await migrated
      if (k === 0 || (filter !== undefined && filter.size === 0)) return []
      const params: unknown[] = [literal(vector)]
      const param = (value: unknown): string => {
        params.push(value)
        return `$${params.length}`
      }
      const conditions: string[] = []
      if (filter !== undefined) conditions.push(`id = ANY(${param([...filter])}::text[])`)
      if (where !== undefined) {
        const f = compileFilter(where)
        if (f.licences.length > 0) conditions.push(`licences @> ${param(f.licences)}::text[]`)
        for (const language of f.languages) conditions.push(`COALESCE((languages ->> ${param(language.code)})::int, -1) >= ${param(language.rank)}`)
        if (f.minEqf > 0) conditions.push(`COALESCE(eqf, 0) >= ${param(f.minEqf)}`)
        if (f.placeFilter) {
          const any: string[] = []
          if (f.remote) any.push('remote')
          if (f.comuni !== undefined) any.push(`comuni && ${param([...f.comuni])}::text[]`)
          if (f.near !== undefined) {
            const lat = param(f.near.lat)
            const lon = param(f.near.lon)
            const km = param(f.near.km)
            any.push(
              `EXISTS (SELECT 1 FROM jsonb_array_elements(places) AS p WHERE 2 * 6371.0088 * asin(least(1, sqrt(
                 power(sin(radians((p ->> 'lat')::float8 - ${lat}::float8) / 2), 2) +
                 cos(radians(${lat}::float8)) * cos(radians((p ->> 'lat')::float8)) * power(sin(radians((p ->> 'lon')::float8 - ${lon}::float8) / 2), 2))))
                 <= ${km}::float8 + (p ->> 'r')::float8)`,
            )
          }
          conditions.push(any.length === 0 ? 'false' : `(${any.join(' OR ')})`)
        }
        if (f.contracts !== undefined) conditions.push(`(cardinality(contracts) = 0 OR contracts && ${param([...f.contracts])}::text[])`)
        if (f.hours !== undefined) {
          const hours = param(f.hours)
          conditions.push(`(hours_min IS NULL OR (${hours}::float8 >= hours_min AND ${hours}::float8 <= hours_max))`)
        }
      }
      const whereSql = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`
      // pgvector's cosine distance is NaN for a zero vector: such records rank last with similarity 0.
      // Settings are local to the transaction; iterative scans keep going until k rows pass the filter.
      const limit = param(k)
      const rows = (await transaction(client, [
        `SET LOCAL hnsw.ef_search = ${Math.min(1000, Math.max(efSearch, k))}`,
        `SET LOCAL hnsw.iterative_scan = relaxed_order`,
        `SET LOCAL hnsw.max_scan_tuples = ${Math.max(20_000, 40 * k)}`,
      ], {
        text: `SELECT id, embedding <=> $1 AS distance FROM ${name} ${whereSql} ORDER BY embedding <=> $1 LIMIT ${limit}`,
        params,
      })) as Row[]
      let hits = rows.map(toHit)
      if (hits.length < k) {
        // The ANN scan may stop short (zero vectors are not in the HNSW graph; the scan limit): count the
        // rows that pass and, when more exist, answer exactly with a sequential scan.
        const exact = (await client.query(
          `SELECT id, embedding <=> $1 AS distance FROM ${name} ${whereSql} ORDER BY (embedding <=> $1) + 0 NULLS LAST, id LIMIT ${limit}`,
          params,
        )).rows as Row[]
        if (exact.length > hits.length) hits = exact.map(toHit)
      }
      return hits.sort(compareHits)
    },
    async count() {
      await migrated
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${name}`)
      return (rows[0] as { n: number }).n
    },
    async ids() {
      await migrated
      const { rows } = await client.query(`SELECT id FROM ${name} ORDER BY id COLLATE "C"`)
      return (rows as { id: string }[]).map((r) => r.id)
    },
  }
  return index
}

function toHit(row: Row): VectorHit {
  const distance = row.distance === null ? Number.NaN : Number(row.distance)
  return { id: row.id, similarity: Number.isNaN(distance) ? 0 : clampSimilarity(1 - distance) }
}

/** Runs settings and one query in a transaction (SET LOCAL lasts until its end); database errors propagate as they are. */
async function transaction(client: SqlClient, settings: readonly string[], query: { text: string; params: unknown[] }): Promise<unknown[]> {
  // A node-postgres pool hands each query to any connection: take one for the whole transaction.
  const pool = client as SqlClient & { totalCount?: number; connect?: () => Promise<SqlClient & { release(): void }> }
  const connection = typeof pool.totalCount === 'number' && typeof pool.connect === 'function' ? await pool.connect() : undefined
  const c = connection ?? client
  try {
    await c.query('BEGIN')
    try {
      for (const setting of settings) await c.query(setting)
      const { rows } = await c.query(query.text, query.params)
      await c.query('COMMIT')
      return rows
    } catch (error) {
      await c.query('ROLLBACK')
      throw error
    }
  } finally {
    connection?.release()
  }
}
