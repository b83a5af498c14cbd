import { describe, expect, it } from 'vitest'
import { createExactIndex } from './create-exact-index.js'
import { loadExactIndex } from './load-exact-index.js'
import { describeVectorIndexConformance } from './internal/vector-index-conformance.js'

describeVectorIndexConformance({
  name: 'exact',
  create: (dimensions) => createExactIndex({ dimensions }),
  load: (path) => loadExactIndex(path),
})

describe('createExactIndex', () => {
  it('breaks similarity ties by id, whatever the insertion order', async () => {
    const vector = Float32Array.from([1, 0])
    const a = createExactIndex({ dimensions: 2 })
    const b = createExactIndex({ dimensions: 2 })
    await a.upsert(['z', 'm', 'a'].map((id) => ({ id, vector })))
    await b.upsert(['a', 'z', 'm'].map((id) => ({ id, vector })))
    expect((await a.query(vector, { k: 2 })).map((hit) => hit.id)).toEqual(['a', 'm'])
    expect(await a.query(vector, { k: 3 })).toEqual(await b.query(vector, { k: 3 }))
  })
})
