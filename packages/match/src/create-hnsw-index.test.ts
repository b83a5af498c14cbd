import { describe, expect, it } from 'vitest'
import { createExactIndex } from './create-exact-index.js'
import { createHnswIndex } from './create-hnsw-index.js'
import { loadHnswIndex } from './load-hnsw-index.js'
import { describeVectorIndexConformance } from './internal/vector-index-conformance.js'
import { clusteredVectors } from './internal/test-vectors.js'

describeVectorIndexConformance({
  name: 'hnsw',
  // A tiny initial capacity so that the conformance suite exercises growth.
  create: (dimensions) => createHnswIndex({ dimensions, capacity: 8 }),
  load: (path) => loadHnswIndex(path),
})

describe('createHnswIndex', () => {
  it('finds at least 95% of the exact top-10 on 2,000 clustered vectors', async () => {
    const dimensions = 64
    const vectors = clusteredVectors('recall', dimensions, 2000, 40)
    const records = vectors.map((vector, i) => ({ id: `v${i}`, vector }))
    const exact = createExactIndex({ dimensions })
    const hnsw = createHnswIndex({ dimensions })
    await exact.upsert(records)
    await hnsw.upsert(records)
    const queries = clusteredVectors('recall-queries', dimensions, 200, 40)
    let found = 0
    for (const query of queries) {
      const truth = new Set((await exact.query(query, { k: 10 })).map((hit) => hit.id))
      for (const hit of await hnsw.query(query, { k: 10 })) if (truth.has(hit.id)) found++
    }
    expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.95)
  })

  it('agrees with the exact index on similarities', async () => {
    const dimensions = 16
    const records = clusteredVectors('agree', dimensions, 200, 5).map((vector, i) => ({ id: `a${i}`, vector }))
    const exact = createExactIndex({ dimensions })
    const hnsw = createHnswIndex({ dimensions })
    await exact.upsert(records)
    await hnsw.upsert(records)
    const query = records[7]?.vector as Float32Array
    const [e, h] = [await exact.query(query, { k: 5 }), await hnsw.query(query, { k: 5 })]
    expect(h.map((hit) => hit.id)).toEqual(e.map((hit) => hit.id))
    h.forEach((hit, i) => expect(hit.similarity).toBeCloseTo(e[i]?.similarity as number, 5))
  })

  it('refuses invalid parameters', () => {
    expect(() => createHnswIndex({ dimensions: 8, m: 0 })).toThrow(/m must be a positive integer/)
  })
})
