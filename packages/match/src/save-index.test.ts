import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isIncontroError } from '@incontro/core'
import { afterAll, describe, expect, it } from 'vitest'
import { createExactIndex } from './create-exact-index.js'
import { createHnswIndex } from './create-hnsw-index.js'
import { loadExactIndex } from './load-exact-index.js'
import { loadHnswIndex } from './load-hnsw-index.js'
import { saveIndex } from './save-index.js'
import type { VectorIndex } from './vector-index.js'

const folder = mkdtempSync(join(tmpdir(), 'incontro-save-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  )
}

describe('saveIndex', () => {
  it('writes the INCONTRO-INDEX header with kind, dimensions and count', async () => {
    const index = createExactIndex({ dimensions: 3 })
    await index.upsert([{ id: 'a', vector: Float32Array.from([1, 2, 3]) }])
    const path = join(folder, 'header.index')
    await saveIndex(index, path)
    const bytes = readFileSync(path)
    expect(bytes.subarray(0, 14).toString('ascii')).toBe('INCONTRO-INDEX')
    expect(bytes.readUInt16LE(14)).toBe(2)
    const header = JSON.parse(bytes.subarray(20, 20 + bytes.readUInt32LE(16)).toString('utf8'))
    expect(header).toMatchObject({ kind: 'exact', dimensions: 3, count: 1 })
    expect(header.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses to load a file of the other kind, naming the right loader', async () => {
    const exact = createExactIndex({ dimensions: 4 })
    const hnsw = createHnswIndex({ dimensions: 4 })
    await saveIndex(exact, join(folder, 'exact.index'))
    await saveIndex(hnsw, join(folder, 'hnsw.index'))
    const asHnsw = await rejection(loadHnswIndex(join(folder, 'exact.index')))
    expect(isIncontroError(asHnsw, 'MATCH_INDEX_CORRUPT') && asHnsw.message).toMatch(/loadExactIndex/)
    const asExact = await rejection(loadExactIndex(join(folder, 'hnsw.index')))
    expect(isIncontroError(asExact, 'MATCH_INDEX_CORRUPT') && asExact.message).toMatch(/loadHnswIndex/)
  })

  it('refuses an index it cannot persist', async () => {
    const foreign: VectorIndex = {
      dimensions: 2,
      upsert: async () => {},
      remove: async () => {},
      query: async () => [],
      count: async () => 0,
      ids: () => [],
    }
    expect(isIncontroError(await rejection(saveIndex(foreign, join(folder, 'foreign.index'))), 'CORE_INVALID_INPUT')).toBe(true)
  })

  it('leaves the previous file intact and no temporary file when a save fails', async () => {
    const index = createExactIndex({ dimensions: 2 })
    await index.upsert([{ id: 'a', vector: Float32Array.from([1, 0]) }])
    const path = join(folder, 'kept.index')
    await saveIndex(index, path)
    const before = readFileSync(path)
    // A directory in the way of the rename makes the save fail after the temporary file was written.
    expect(await rejection(saveIndex(index, folder))).toBeInstanceOf(Error)
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(readdirSync(join(folder, '..')).filter((name) => name.startsWith(folder.split('/').pop() as string) && name.includes('.tmp-'))).toEqual([])
    expect(await (await loadExactIndex(path)).count()).toBe(1)
  })

  it('round-trips an HNSW graph larger than one 4 MB write chunk', async () => {
    // 8,000 vectors of 128 dimensions make a graph file of about 5 MB: it is streamed in two chunks.
    const dimensions = 128
    const index = createHnswIndex({ dimensions, capacity: 8000, efConstruction: 16, m: 4 })
    const records = Array.from({ length: 8000 }, (_, i) => {
      const vector = new Float32Array(dimensions)
      vector[i % dimensions] = 1
      vector[(i * 7 + 3) % dimensions] = 0.5 + (i % 13) / 13
      return { id: `big${i}`, vector }
    })
    await index.upsert(records)
    const path = join(folder, 'big.index')
    await saveIndex(index, path)
    const loaded = await loadHnswIndex(path)
    expect(await loaded.count()).toBe(8000)
    const probe = records[4321] as { id: string; vector: Float32Array }
    expect(await loaded.query(probe.vector, { k: 3 })).toEqual(await index.query(probe.vector, { k: 3 }))
  })
})
