import { IncontroError } from '@incontro/core'
import type { SqlClient } from './create-pg-vector-index.js'

/** Options of {@link migratePgVector}. */
export interface PgVectorMigrationOptions {
  table: string
  dimensions: number
  m: number
  efConstruction: number
}

/** Identifiers the adapter accepts: letters, digits and underscores, starting with a letter (no quoting surprises). */
const IDENTIFIER = /^[a-z][a-z0-9_]{0,47}$/

/** Quotes a table name after checking it is a plain identifier. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new IncontroError('CORE_INVALID_INPUT', `The table name ${JSON.stringify(name)} is not a plain lower-case identifier (letters, digits, _; at most 48 characters).`, { table: name })
  }
  return `"${name}"`
}

/**
 * The schema migrations of a pgvector index table, in order; each runs once per table and is recorded in
 * `incontro_migrations`. Never edit a released step: add one.
 */
function steps(table: string, options: PgVectorMigrationOptions): string[][] {
  const name = quoteIdentifier(table)
  return [
    // 1: the table, its HNSW index (cosine) and the indexes the filters use.
    [
      `CREATE TABLE IF NOT EXISTS ${name} (
        id text PRIMARY KEY,
        embedding vector(${options.dimensions}) NOT NULL,
        is_zero boolean NOT NULL DEFAULT false,
        licences text[] NOT NULL DEFAULT '{}',
        languages jsonb NOT NULL DEFAULT '{}',
        eqf smallint,
        comuni text[] NOT NULL DEFAULT '{}',
        places jsonb NOT NULL DEFAULT '[]',
        remote boolean NOT NULL DEFAULT false,
        contracts text[] NOT NULL DEFAULT '{}',
        hours_min real,
        hours_max real
      )`,
      hnswIndexStatement(table, options),
      `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table}_licences`)} ON ${name} USING gin (licences)`,
      `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table}_comuni`)} ON ${name} USING gin (comuni)`,
      `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table}_eqf`)} ON ${name} (eqf)`,
    ],
  ]
}

/** The statement that creates a table's HNSW index (cosine); migrations and `endBulkLoad` run it. */
export function hnswIndexStatement(table: string, options: Pick<PgVectorMigrationOptions, 'm' | 'efConstruction'>): string {
  return `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table}_hnsw`)} ON ${quoteIdentifier(table)} USING hnsw (embedding vector_cosine_ops) WITH (m = ${options.m}, ef_construction = ${options.efConstruction})`
}

/** Latest schema version of an index table. */
export const PG_VECTOR_SCHEMA_VERSION = 1

/**
 * Brings an index table to the latest schema: creates the pgvector extension if allowed, runs the steps
 * not yet recorded, and refuses a table made for other dimensions (`MATCH_DIMENSION_MISMATCH`).
 */
export async function migratePgVector(client: SqlClient, options: PgVectorMigrationOptions): Promise<void> {
  const all = steps(options.table, options)
  await client.query('CREATE EXTENSION IF NOT EXISTS vector')
  await client.query('CREATE TABLE IF NOT EXISTS incontro_migrations (table_name text NOT NULL, version int NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (table_name, version))')
  const { rows } = await client.query('SELECT version FROM incontro_migrations WHERE table_name = $1', [options.table])
  const done = new Set((rows as { version: number }[]).map((row) => row.version))
  for (let i = 0; i < all.length; i++) {
    const version = i + 1
    if (done.has(version)) continue
    await client.query('BEGIN')
    try {
      for (const statement of all[i] as string[]) await client.query(statement)
      await client.query('INSERT INTO incontro_migrations (table_name, version) VALUES ($1, $2) ON CONFLICT DO NOTHING', [options.table, version])
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    }
  }
  const { rows: typeRows } = await client.query(
    `SELECT format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attname = 'embedding'`,
    [options.table],
  )
  const type = (typeRows[0] as { type?: string } | undefined)?.type
  if (type !== `vector(${options.dimensions})`) {
    throw new IncontroError('MATCH_DIMENSION_MISMATCH', `The table ${options.table} holds ${String(type)} but the index was created for vector(${options.dimensions}); use another table or the same dimensions.`, {
      table: options.table,
      expected: options.dimensions,
    })
  }
}
