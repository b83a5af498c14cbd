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

describe('createPgVectorIndex bulk load', () => {
  it('answers exactly while the HNSW index is dropped, and builds it again with the same parameters', async () => {
    const index = createPgVectorIndex({ client: proxy, table: 'bulk', dimensions: 4, m: 8, efConstruction: 16 })
    const hnsw = async (): Promise<string[]> =>
      ((await proxy.query(`SELECT indexdef FROM pg_indexes WHERE tablename = 'bulk' AND indexname = 'bulk_hnsw'`)).rows as { indexdef: string }[]).map((row) => row.indexdef)
    await index.ready()
    expect(await hnsw()).toHaveLength(1)
    await index.beginBulkLoad()
    expect(await hnsw()).toEqual([])
    const records = Array.from({ length: 40 }, (_, i) => ({ id: `r${String(i).padStart(2, '0')}`, vector: Float32Array.from([1, i / 10, (i % 7) / 7, 0.5]), attributes: { licences: i % 2 === 0 ? ['B'] : [] } }))
    await index.upsert(records)
    const query = Float32Array.from([1, 2, 0, 0.5])
    const during = await index.query(query, { k: 5, where: { licences: ['B'] } })
    await index.endBulkLoad({ maintenanceWorkMem: '64MB' })
    const [definition] = await hnsw()
    expect(definition).toContain('m=\'8\'')
    expect(definition).toContain('ef_construction=\'16\'')
    // The best five records with licence B, by cosine, computed here: the same before and after the build.
    const cosine = (v: Float32Array): number => {
      let dot = 0
      let a = 0
      let b = 0
      for (let i = 0; i < 4; i++) {
        dot += (v[i] as number) * (query[i] as number)
        a += (v[i] as number) ** 2
        b += (query[i] as number) ** 2
      }
      return dot / Math.sqrt(a * b)
    }
    const expected = records.filter((_, i) => i % 2 === 0).sort((x, y) => cosine(y.vector) - cosine(x.vector)).slice(0, 5).map((r) => r.id)
    expect(during.map((hit) => hit.id)).toEqual(expected)
    expect((await index.query(query, { k: 5, where: { licences: ['B'] } })).map((hit) => hit.id)).toEqual(expected)
    expect(await index.count()).toBe(40)
    let caught: unknown
    await index.endBulkLoad({ maintenanceWorkMem: "1GB'; DROP TABLE bulk; --" }).catch((error: unknown) => {
      caught = error
    })
    expect(isIncontroError(caught, 'CORE_INVALID_INPUT')).toBe(true)
  })
})
