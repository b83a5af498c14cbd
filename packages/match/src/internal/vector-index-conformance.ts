import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cefrRank, isIncontroError } from '@incontro/core'
import { attributesPass, compileFilter, type RecordAttributes, type RecordFilter } from '../record-filter.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveIndex } from '../save-index.js'
import type { VectorHit, VectorIndex } from '../vector-index.js'
import { clusteredVectors, createVectorSource } from './test-vectors.js'

/**
 * An adapter under test: how to make an empty index, and how to persist it and open it again — a file
 * (`saveIndex` then `load`) for the embedded indexes, the same table through a new adapter for a database.
 */
export interface ConformanceSubject {
  name: string
  create(dimensions: number): VectorIndex
  /** Loads a file written by saveIndex (embedded indexes only; the file tests are skipped without it). */
  load?(path: string): Promise<VectorIndex>
  /** Opens the persisted state of `index` again (default: saveIndex to `path`, then `load`). */
  reopen?(index: VectorIndex, path: string): Promise<VectorIndex>
}

function expectIncontroError(action: () => unknown, code: Parameters<typeof isIncontroError>[1]): void {
  let caught: unknown
  try {
    action()
  } catch (error) {
    caught = error
  }
  expect(isIncontroError(caught, code), `expected IncontroError ${code}, got ${String(caught)}`).toBe(true)
}

async function expectRejects(promise: Promise<unknown>, code: Parameters<typeof isIncontroError>[1]): Promise<string> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  )
  expect(isIncontroError(caught, code), `expected IncontroError ${code}, got ${String(caught)}`).toBe(true)
  return (caught as Error).message
}

function unit(dimensions: number, axis: number, scale = 1): Float32Array {
  const vector = new Float32Array(dimensions)
  vector[axis] = scale
  return vector
}

function isSorted(hits: readonly VectorHit[]): boolean {
  return hits.every((hit, i) => {
    const previous = hits[i - 1]
    return previous === undefined || previous.similarity > hit.similarity || (previous.similarity === hit.similarity && previous.id < hit.id)
  })
}

/** Defines the vitest suite every {@link VectorIndex} adapter must pass; the exact index is the reference. */
export function describeVectorIndexConformance(subject: ConformanceSubject): void {
  const load = async (path: string): Promise<VectorIndex> => {
    if (subject.load === undefined) throw new Error(`${subject.name} has no file loader`)
    return subject.load(path)
  }
  const reopen = async (index: VectorIndex, path: string): Promise<VectorIndex> => {
    if (subject.reopen !== undefined) return subject.reopen(index, path)
    await saveIndex(index, path)
    return load(path)
  }
  describe(`VectorIndex conformance: ${subject.name}`, () => {
    const dimensions = 8
    let folder = ''
    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), 'incontro-index-'))
    })
    afterAll(() => {
      rmSync(folder, { recursive: true, force: true })
    })

    it('an empty index has no ids and answers every query with no hits', async () => {
      const index = subject.create(dimensions)
      expect(index.dimensions).toBe(dimensions)
      expect(await index.count()).toBe(0)
      expect((await index.ids())).toEqual([])
      expect(await index.query(unit(dimensions, 0), { k: 5 })).toEqual([])
    })

    it('returns the most similar records first, by cosine similarity, whatever their length', async () => {
      const index = subject.create(dimensions)
      await index.upsert([
        { id: 'a', vector: unit(dimensions, 0, 3) },
        { id: 'b', vector: unit(dimensions, 1, 0.5) },
        { id: 'c', vector: Float32Array.from([1, 1, 0, 0, 0, 0, 0, 0]) },
      ])
      expect(await index.count()).toBe(3)
      expect((await index.ids())).toEqual(['a', 'b', 'c'])
      const hits = await index.query(unit(dimensions, 0, 10), { k: 3 })
      expect(hits.map((hit) => hit.id)).toEqual(['a', 'c', 'b'])
      expect(hits[0]?.similarity).toBeCloseTo(1, 5)
      expect(hits[1]?.similarity).toBeCloseTo(Math.SQRT1_2, 5)
      expect(hits[2]?.similarity).toBeCloseTo(0, 5)
      expect(isSorted(hits)).toBe(true)
    })

    it('upserting an existing id replaces its vector', async () => {
      const index = subject.create(dimensions)
      await index.upsert([
        { id: 'a', vector: unit(dimensions, 0) },
        { id: 'b', vector: unit(dimensions, 1) },
      ])
      await index.upsert([{ id: 'a', vector: unit(dimensions, 2) }])
      expect(await index.count()).toBe(2)
      const hits = await index.query(unit(dimensions, 2), { k: 1 })
      expect(hits[0]?.id).toBe('a')
      expect(hits[0]?.similarity).toBeCloseTo(1, 5)
      expect((await index.query(unit(dimensions, 0), { k: 2 })).every((hit) => hit.similarity < 0.5)).toBe(true)
    })

    it('removed ids are never returned, unknown ids are ignored, and ids can come back', async () => {
      const index = subject.create(dimensions)
      const source = createVectorSource('remove', dimensions)
      await index.upsert(Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, vector: source.random() })))
      await index.remove(['r1', 'r2', 'r3', 'missing'])
      expect(await index.count()).toBe(37)
      const hits = await index.query(source.random(), { k: 40 })
      expect(hits).toHaveLength(37)
      expect(hits.some((hit) => ['r1', 'r2', 'r3'].includes(hit.id))).toBe(false)
      // New ids take the freed places; a removed id may come back with a new vector.
      await index.upsert([
        { id: 'n1', vector: unit(dimensions, 5) },
        { id: 'r2', vector: unit(dimensions, 6) },
      ])
      expect(await index.count()).toBe(39)
      expect((await index.query(unit(dimensions, 5), { k: 1 }))[0]?.id).toBe('n1')
      expect((await index.query(unit(dimensions, 6), { k: 1 }))[0]?.id).toBe('r2')
      expect((await index.ids())).not.toContain('r1')
    })

    it('grows beyond its initial capacity', async () => {
      const index = subject.create(dimensions)
      const source = createVectorSource('grow', dimensions)
      const records = Array.from({ length: 2500 }, (_, i) => ({ id: `g${String(i).padStart(4, '0')}`, vector: source.random() }))
      await index.upsert(records)
      expect(await index.count()).toBe(2500)
      const probe = records[1234] as { id: string; vector: Float32Array }
      expect((await index.query(probe.vector, { k: 1 }))[0]?.id).toBe(probe.id)
    })

    it('a filter restricts the hits to its ids, small or large', async () => {
      const index = subject.create(dimensions)
      const vectors = clusteredVectors('filter', dimensions, 3000, 10)
      await index.upsert(vectors.map((vector, i) => ({ id: `f${i}`, vector })))
      const query = createVectorSource('filter-query', dimensions).random()
      const small = new Set(['f3', 'f30', 'f300', 'unknown'])
      const smallHits = await index.query(query, { k: 10, filter: small })
      expect(smallHits.map((hit) => hit.id).sort()).toEqual(['f3', 'f30', 'f300'])
      expect(isSorted(smallHits)).toBe(true)
      const large = new Set(vectors.map((_, i) => `f${i}`).filter((_, i) => i % 7 !== 0))
      const largeHits = await index.query(query, { k: 20, filter: large })
      expect(largeHits).toHaveLength(20)
      expect(largeHits.every((hit) => large.has(hit.id))).toBe(true)
      expect(await index.query(query, { k: 5, filter: new Set() })).toEqual([])
    })

    it('k larger than the count returns every record; k = 0 returns none', async () => {
      const index = subject.create(dimensions)
      await index.upsert([
        { id: 'a', vector: unit(dimensions, 0) },
        { id: 'b', vector: unit(dimensions, 1) },
      ])
      expect((await index.query(unit(dimensions, 0), { k: 1000 })).map((hit) => hit.id)).toEqual(['a', 'b'])
      expect(await index.query(unit(dimensions, 0), { k: 0 })).toEqual([])
    })

    it('stores a zero vector, which ranks last', async () => {
      const index = subject.create(dimensions)
      await index.upsert([
        { id: 'empty', vector: new Float32Array(dimensions) },
        { id: 'a', vector: unit(dimensions, 0) },
        { id: 'b', vector: Float32Array.from([-1, 0.1, 0, 0, 0, 0, 0, 0]) },
      ])
      const hits = await index.query(Float32Array.from([1, 1, 0, 0, 0, 0, 0, 0]), { k: 3 })
      expect(hits.map((hit) => hit.id)).toEqual(['a', 'empty', 'b'])
      expect(hits[1]?.similarity).toBeCloseTo(0, 6)
      expect((await index.query(new Float32Array(dimensions), { k: 3 })).every((hit) => Math.abs(hit.similarity) < 1e-6)).toBe(true)
    })

    it('refuses vectors of the wrong dimensions, without a partial write', async () => {
      const index = subject.create(dimensions)
      await expectRejects(index.upsert([{ id: 'ok', vector: unit(dimensions, 0) }, { id: 'bad', vector: new Float32Array(3) }]), 'MATCH_DIMENSION_MISMATCH')
      expect(await index.count()).toBe(0)
      await index.upsert([{ id: 'ok', vector: unit(dimensions, 0) }])
      await expectRejects(index.query(new Float32Array(dimensions + 1), { k: 1 }), 'MATCH_DIMENSION_MISMATCH')
      await expectRejects(index.upsert([{ id: 'nan', vector: Float32Array.from({ length: dimensions }, () => Number.NaN) }]), 'CORE_INVALID_INPUT')
      expectIncontroError(() => subject.create(0), 'CORE_INVALID_INPUT')
    })

    it('save and load round-trip to identical query results, and the loaded index stays writable', async () => {
      const index = subject.create(dimensions)
      const vectors = clusteredVectors('persist', dimensions, 600, 6)
      await index.upsert(vectors.map((vector, i) => ({ id: `p${i}`, vector })))
      await index.remove(['p10', 'p11'])
      const path = join(folder, `${subject.name}-roundtrip.index`)
      const loaded = await reopen(index, path)
      expect(readdirSync(folder).filter((name) => name.includes('.tmp-') || name.includes('.hnswlib-'))).toEqual([])
      expect(loaded.dimensions).toBe(dimensions)
      expect(await loaded.count()).toBe(598)
      expect((await loaded.ids())).toEqual((await index.ids()))
      const queries = clusteredVectors('persist-queries', dimensions, 20, 6)
      for (const query of queries) {
        expect(await loaded.query(query, { k: 10 })).toEqual(await index.query(query, { k: 10 }))
      }
      const filter = new Set(['p1', 'p2', 'p3'])
      expect(await loaded.query(queries[0] as Float32Array, { k: 10, filter })).toEqual(await index.query(queries[0] as Float32Array, { k: 10, filter }))
      await loaded.upsert([{ id: 'new', vector: unit(dimensions, 7) }])
      await loaded.remove(['p0'])
      expect(await loaded.count()).toBe(598)
      expect((await loaded.query(unit(dimensions, 7), { k: 1 }))[0]?.id).toBe('new')
      // Saving over an existing file replaces it.
      expect(await (await reopen(loaded, path)).count()).toBe(598)
    })

    it('filters on record attributes inside the search, with k results whenever k records pass', async () => {
      const index = subject.create(dimensions)
      const vectors = clusteredVectors('where', dimensions, 3000, 10)
      const attributesOf = (i: number): RecordAttributes => ({
        licences: i % 3 === 0 ? ['B'] : i % 3 === 1 ? ['B', 'C'] : [],
        languages: [{ code: 'it', rank: cefrRank('native') }, ...(i % 4 === 0 ? [{ code: 'en', rank: cefrRank(i % 8 === 0 ? 'C1' : 'A2') }] : [])],
        ...(i % 5 === 0 ? {} : { eqfLevel: 1 + (i % 8) }),
        ...(i % 10 === 0 ? {} : { places: [{ comune: `C${i % 40}`, lat: 45 + (i % 40) / 10, lon: 9, radiusKm: i % 2 === 0 ? 0 : 15 }] }),
        ...(i % 11 === 0 ? { remote: true } : {}),
        ...(i % 6 === 0 ? {} : { contracts: i % 2 === 0 ? ['permanent'] : ['part-time', 'fixed-term'] }),
        ...(i % 7 === 0 ? {} : { hoursPerWeek: { min: 10 + (i % 3) * 10, max: 30 + (i % 3) * 5 } }),
      })
      await index.upsert(vectors.map((vector, i) => ({ id: `w${i}`, vector, attributes: attributesOf(i) })))
      const query = createVectorSource('where-query', dimensions).random()
      const filters: RecordFilter[] = [
        { licences: ['C'] },
        { licences: ['b'], languages: [{ code: 'en', level: 'B2' }] },
        { minEqf: 7 },
        { place: { comuni: ['C3', 'C17'] } },
        { place: { near: { lat: 46, lon: 9, km: 5 } } },
        { place: { comuni: ['C1'], remote: true }, contracts: ['permanent'], hoursPerWeek: 32 },
        { licences: ['C'], minEqf: 8, place: { comuni: ['C15'] } },
        { licences: ['none-held'] },
      ]
      for (const where of filters) {
        const compiled = compileFilter(where)
        const passing = vectors.map((_, i) => i).filter((i) => attributesPass(attributesOf(i), compiled))
        const hits = await index.query(query, { k: 25, where })
        expect(hits).toHaveLength(Math.min(25, passing.length))
        const allowed = new Set(passing.map((i) => `w${i}`))
        expect(hits.every((hit) => allowed.has(hit.id))).toBe(true)
        expect(isSorted(hits)).toBe(true)
        if (passing.length <= 25) expect(hits.map((hit) => hit.id).sort()).toEqual([...allowed].sort())
      }
      // A filter on ids and one on attributes together.
      const both = await index.query(query, { k: 10, filter: new Set(['w1', 'w2', 'w3', 'w4']), where: { licences: ['B'] } })
      expect(both.map((hit) => hit.id).sort()).toEqual(['w1', 'w3', 'w4'])
      // Updating a record updates its attributes; removing it removes them.
      await index.upsert([{ id: 'w2', vector: vectors[2] as Float32Array, attributes: { licences: ['B'] } }])
      await index.remove(['w4'])
      const again = await index.query(query, { k: 10, filter: new Set(['w1', 'w2', 'w3', 'w4']), where: { licences: ['B'] } })
      expect(again.map((hit) => hit.id).sort()).toEqual(['w1', 'w2', 'w3'])
    })

    it.skipIf(subject.load === undefined)('refuses corrupt, truncated and foreign files with MATCH_INDEX_CORRUPT', async () => {
      const index = subject.create(dimensions)
      await index.upsert(clusteredVectors('corrupt', dimensions, 50, 3).map((vector, i) => ({ id: `c${i}`, vector })))
      const path = join(folder, `${subject.name}-corrupt.index`)
      await saveIndex(index, path)
      const bytes = readFileSync(path)

      const flipped = Buffer.from(bytes)
      const at = bytes.length - 17
      flipped[at] = (flipped[at] as number) ^ 0xff
      writeFileSync(path, flipped)
      expect(await expectRejects(load(path), 'MATCH_INDEX_CORRUPT')).toMatch(/checksum/)

      writeFileSync(path, bytes.subarray(0, bytes.length - 100))
      expect(await expectRejects(load(path), 'MATCH_INDEX_CORRUPT')).toMatch(/truncated/)

      writeFileSync(path, bytes.subarray(0, 10))
      await expectRejects(load(path), 'MATCH_INDEX_CORRUPT')

      writeFileSync(path, '{"not": "an index"}\n')
      expect(await expectRejects(load(path), 'MATCH_INDEX_CORRUPT')).toMatch(/INCONTRO-INDEX/)

      const header = Buffer.from(bytes)
      header.write('X', 30)
      writeFileSync(path, header)
      await expectRejects(load(path), 'MATCH_INDEX_CORRUPT')

      await expectRejects(load(join(folder, 'does-not-exist.index')), 'CORE_INVALID_INPUT')
    })
  })
}
