import { PGlite } from '@electric-sql/pglite'
import { vector } from '@electric-sql/pglite-pgvector'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isIncontroError } from '@incontro/core'
import { createPgVectorIndex, type PgVectorIndex } from './pgvector/create-pg-vector-index.js'
import { describeVectorIndexConformance } from './internal/vector-index-conformance.js'

// One in-process PostgreSQL (PGlite with the real pgvector extension) for the whole file; each index
// gets its own table, so tests do not see each other's rows.
let db: PGlite | undefined
const database = async (): Promise<PGlite> => {
  db ??= await PGlite.create({ extensions: { vector } })
  return db
}
let tables = 0
const proxy = {
  query: async (text: string, params?: unknown[]) => (await database()).query(text, params),
}
beforeAll(async () => {
  await database()
})
afterAll(async () => {
  await db?.close()
})

describeVectorIndexConformance({
  name: 'pgvector',
  // A small HNSW build (m 8, efConstruction 16): PGlite builds in WebAssembly, and the suite checks behaviour, not recall.
  create: (dimensions) => createPgVectorIndex({ client: proxy, table: `t${++tables}`, dimensions, m: 8, efConstruction: 16 }),
  // The database is the persistence: a new adapter on the same table is the same index.
  reopen: async (index) => {
    const pg = index as PgVectorIndex
    return createPgVectorIndex({ client: proxy, table: pg.table, dimensions: pg.dimensions })
  },
})

describe('createPgVectorIndex', () => {
  it('refuses a table made for other dimensions, and a table name that is not a plain identifier', async () => {
    const index = createPgVectorIndex({ client: proxy, table: 'dims', dimensions: 4 })
    await index.ready()
    const other = createPgVectorIndex({ client: proxy, table: 'dims', dimensions: 5 })
    const caught = await other.ready().then(() => undefined, (error: unknown) => error)
    expect(isIncontroError(caught, 'MATCH_DIMENSION_MISMATCH')).toBe(true)
    let thrown: unknown
    try {
      createPgVectorIndex({ client: proxy, table: 'x; DROP TABLE dims', dimensions: 4 })
    } catch (error) {
      thrown = error
    }
    expect(isIncontroError(thrown, 'CORE_INVALID_INPUT')).toBe(true)
  })
})
