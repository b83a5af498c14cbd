import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
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

describe('index file format 2', () => {
  const vectors = Array.from({ length: 300 }, (_, i) => {
    const vector = new Float32Array(16)
    vector[i % 16] = 1
    vector[(i * 5 + 1) % 16] = 0.25 + (i % 7) / 7
    return { id: `g${i}`, vector, attributes: i % 2 === 0 ? { licences: ['B'] } : { eqfLevel: 4 } }
  })

  it('keeps the HNSW graph as its own file, named by its checksum, and removes the graph of an earlier save', async () => {
    const dir = mkdtempSync(join(folder, 'graph-'))
    const index = createHnswIndex({ dimensions: 16 })
    await index.upsert(vectors.slice(0, 100))
    const path = join(dir, 'p.index')
    await saveIndex(index, path)
    const first = readdirSync(dir).filter((name) => name.endsWith('.graph'))
    expect(first).toHaveLength(1)
    expect(first[0]).toMatch(/^p\.index\.[0-9a-f]{16}\.graph$/)
    await index.upsert(vectors.slice(100))
    await index.remove(['g3', 'g4'])
    await saveIndex(index, path)
    const second = readdirSync(dir).filter((name) => name.endsWith('.graph'))
    expect(second).toHaveLength(1)
    expect(second).not.toEqual(first)
    const loaded = await loadHnswIndex(path)
    for (const probe of [vectors[7], vectors[150], vectors[299]] as { vector: Float32Array }[]) {
      for (const where of [undefined, { licences: ['B'] }]) {
        expect(await loaded.query(probe.vector, { k: 10, ...(where ? { where } : {}) })).toEqual(await index.query(probe.vector, { k: 10, ...(where ? { where } : {}) }))
      }
    }
    // Writable after loading: a freed label is reused.
    await loaded.upsert([{ id: 'new', vector: vectors[3]?.vector as Float32Array }])
    expect(await loaded.count()).toBe(299)
  })

  it('refuses a damaged, truncated or missing graph file, and a file of format version 1, with MATCH_INDEX_CORRUPT', async () => {
    const dir = mkdtempSync(join(folder, 'bad-graph-'))
    const index = createHnswIndex({ dimensions: 16 })
    await index.upsert(vectors)
    const path = join(dir, 'p.index')
    await saveIndex(index, path)
    const graph = join(dir, readdirSync(dir).find((name) => name.endsWith('.graph')) as string)
    const bytes = readFileSync(graph)
    const flipped = Buffer.from(bytes)
    flipped[bytes.length >> 1] = (flipped[bytes.length >> 1] as number) ^ 0x01
    writeFileSync(graph, flipped)
    expect(await rejection(loadHnswIndex(path))).toMatchObject({ code: 'MATCH_INDEX_CORRUPT', message: expect.stringMatching(/checksum/) })
    writeFileSync(graph, bytes.subarray(0, bytes.length - 8))
    expect(await rejection(loadHnswIndex(path))).toMatchObject({ code: 'MATCH_INDEX_CORRUPT', message: expect.stringMatching(/wrong length/) })
    rmSync(graph)
    expect(await rejection(loadHnswIndex(path))).toMatchObject({ code: 'MATCH_INDEX_CORRUPT', message: expect.stringMatching(/lost its companion/) })
    const old = readFileSync(path)
    old.writeUInt16LE(1, 14)
    writeFileSync(path, old)
    expect(await rejection(loadHnswIndex(path))).toMatchObject({ code: 'MATCH_INDEX_CORRUPT', message: expect.stringMatching(/format version 1/) })
  })

  it('round-trips an exact index with ids that are not ASCII and its attributes', async () => {
    const index = createExactIndex({ dimensions: 16 })
    await index.upsert(vectors.map((record, i) => ({ ...record, id: i % 3 === 0 ? `città-${i}-€` : record.id })))
    await index.remove(['g1'])
    const path = join(folder, 'unicode.index')
    await saveIndex(index, path)
    const loaded = await loadExactIndex(path)
    expect(loaded.ids()).toEqual(index.ids())
    expect(await loaded.query(vectors[9]?.vector as Float32Array, { k: 20, where: { licences: ['B'] } })).toEqual(await index.query(vectors[9]?.vector as Float32Array, { k: 20, where: { licences: ['B'] } }))
  })
})
