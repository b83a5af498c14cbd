import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import hnswlib from 'hnswlib-node'
import type { HierarchicalNSW } from 'hnswlib-node'
import { IncontroError } from '@incontro/core'
import type { VectorHit, VectorIndex } from './vector-index.js'
import { registerSnapshotter } from './internal/persistable.js'
import { bytesOf, hashFile, scratchPath } from './internal/index-file.js'
import { encodeStringTable } from './internal/string-table.js'
import { createAttributeTable, type AttributeTable } from './internal/attribute-table.js'
import { compileFilter } from './record-filter.js'
import { checkDimensions, checkK, checkVector, clampSimilarity, compareHits, createTopK, normalizedCopy } from './internal/vectors.js'

/** Options of {@link createHnswIndex}. */
export interface HnswIndexOptions {
  /** Length of every vector. */
  dimensions: number
  /** Initial capacity; the index grows it by half (or to what a batch needs) when full (default 1024). */
  capacity?: number
  /** Links per node (default 16). */
  m?: number
  /** Size of the candidate list while building (default 100: at 100k profiles the matcher's recall@10 is the same as with 200, for 0.6× the build time; see docs/benchmarks/scale1m.md). */
  efConstruction?: number
  /** Size of the candidate list while searching (default 100; raised to k when k is larger). */
  efSearch?: number
  /** Seed of the level generator, for reproducible graphs (default 100). */
  seed?: number
}

/** The HNSW vector index (hnswlib-node): approximate, fast, persistent. */
export interface HnswIndex extends VectorIndex {
  readonly kind: 'hnsw'
  /** Sets the search candidate list size (recall/speed trade-off). */
  setEfSearch(ef: number): void
}

/** Filters with at most this many ids are answered by an exact scan of their vectors, which is both faster and complete. */
const EXACT_FILTER_LIMIT = 2048

interface HnswParameters {
  m: number
  efConstruction: number
  efSearch: number
  seed: number
}

/** State restored from a file by the loader. */
export interface HnswRestoredState {
  native: HierarchicalNSW
  labels: readonly (string | null)[]
  free: readonly number[]
  parameters: HnswParameters
  /** Filterable attributes by label (default: none). */
  attributes?: AttributeTable
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new IncontroError('CORE_INVALID_INPUT', `${name} must be a positive integer, got ${String(value)}; omit it to use ${fallback}.`, {
      [name]: value,
    })
  }
  return value
}

/**
 * Creates an HNSW vector index on hnswlib-node with cosine similarity. It maps string ids to
 * hnswlib's integer labels (reusing the labels, and so the slots, of removed ids), turns cosine
 * distance into similarity, grows its capacity when full and pushes filters down.
 *
 * @example
 * const index = createHnswIndex({ dimensions: 128, capacity: 100_000 })
 * await index.upsert([{ id: profileId, vector }])
 * const hits = await index.query(vacancyVector, { k: 100 })
 * await saveIndex(index, 'profiles.index')
 */
export function createHnswIndex(options: HnswIndexOptions): HnswIndex {
  checkDimensions(options.dimensions)
  const capacity = positiveInteger('capacity', options.capacity, 1024)
  const parameters: HnswParameters = {
    m: positiveInteger('m', options.m, 16),
    efConstruction: positiveInteger('efConstruction', options.efConstruction, 100),
    efSearch: positiveInteger('efSearch', options.efSearch, 100),
    seed: options.seed === undefined ? 100 : Math.trunc(options.seed) >>> 0,
  }
  const native = new hnswlib.HierarchicalNSW('cosine', options.dimensions)
  // allowReplaceDeleted stays false on purpose: hnswlib then lets `addPoint(v, label)` revive a
  // deleted label in place, which is how the adapter reuses labels. With it true, hnswlib refuses
  // that, and its replaceDeleted path picks an arbitrary deleted slot whose old label it later
  // erases from its lookup table, corrupting a reused label.
  native.initIndex(capacity, parameters.m, parameters.efConstruction, parameters.seed, false)
  return buildHnswIndex(options.dimensions, { native, labels: [], free: [], parameters })
}

/** Wraps a native index and its label map; used by {@link createHnswIndex} and the loader. */
export function buildHnswIndex(dimensions: number, state: HnswRestoredState): HnswIndex {
  const { native, parameters } = state
  const attributes = state.attributes ?? createAttributeTable()
  const labelToId: (string | undefined)[] = state.labels.map((id) => id ?? undefined)
  const idToLabel = new Map<string, number>()
  labelToId.forEach((id, label) => {
    if (id !== undefined) idToLabel.set(id, label)
  })
  // A stack: the last freed label is reused first, deterministically for a given history.
  const freeLabels: number[] = [...state.free]
  let efSearch = parameters.efSearch
  native.setEf(efSearch)

  const exactScan = (query: Float64Array, labels: Iterable<number>, k: number): VectorHit[] => {
    const top = createTopK(k)
    for (const label of labels) {
      const point = native.getPoint(label)
      let dot = 0
      for (let i = 0; i < dimensions; i++) dot += (query[i] as number) * (point[i] as number)
      top.offer({ id: labelToId[label] as string, similarity: clampSimilarity(dot) })
    }
    return top.sorted()
  }

  const index: HnswIndex = {
    kind: 'hnsw',
    dimensions,
    async upsert(records) {
      let added = 0
      for (const record of records) {
        checkVector(record.vector, dimensions, `The vector of record ${JSON.stringify(record.id)}`)
        if (!idToLabel.has(record.id)) added++
      }
      // Grow once for the whole batch (a bulk load resizes once, not at every doubling), by at least half.
      const needed = labelToId.length + Math.max(0, added - freeLabels.length)
      const max = native.getMaxElements()
      if (needed > max) native.resizeIndex(Math.max(needed, Math.ceil(max * 1.5)))
      const point = new Array<number>(dimensions)
      for (const { id, vector, attributes: recordAttributes } of records) {
        let label = idToLabel.get(id)
        if (label === undefined) {
          label = freeLabels.pop() ?? labelToId.length
          labelToId[label] = id
          idToLabel.set(id, label)
        }
        for (let i = 0; i < dimensions; i++) point[i] = vector[i] as number
        // A live label is updated in place; a freed (marked deleted) label is revived with the new vector.
        native.addPoint(point, label)
        attributes.set(label, recordAttributes)
      }
    },
    async remove(ids) {
      for (const id of ids) {
        const label = idToLabel.get(id)
        if (label === undefined) continue
        native.markDelete(label)
        idToLabel.delete(id)
        labelToId[label] = undefined
        attributes.clear(label)
        freeLabels.push(label)
      }
    },
    async query(vector, { k, filter, where }) {
      checkVector(vector, dimensions, 'The query vector')
      checkK(k)
      const passes = where === undefined ? undefined : attributes.predicate(compileFilter(where))
      let allowed: Set<number> | undefined
      if (filter !== undefined) {
        allowed = new Set()
        for (const id of filter) {
          const label = idToLabel.get(id)
          if (label !== undefined && (passes === undefined || passes(label))) allowed.add(label)
        }
      }
      const target = Math.min(k, allowed === undefined ? idToLabel.size : allowed.size)
      if (target === 0) return []
      if (allowed !== undefined && allowed.size <= EXACT_FILTER_LIMIT) return exactScan(normalizedCopy(vector), allowed, target)
      const labels = allowed
      const accept = labels !== undefined ? (label: number) => labels.has(label) : passes
      const result = native.searchKnn(Array.from(vector), target, accept)
      if (result.neighbors.length < target) {
        // hnswlib may come back short under a selective filter or after many deletions: be complete instead
        // (an exact scan of the records that pass, which also tells when fewer than k exist).
        const candidates = labels ?? (passes === undefined ? idToLabel.values() : [...idToLabel.values()].filter((label) => passes(label)))
        return exactScan(normalizedCopy(vector), candidates, target)
      }
      const hits: VectorHit[] = result.neighbors.map((label, i) => ({
        id: labelToId[label] as string,
        similarity: clampSimilarity(1 - (result.distances[i] as number)),
      }))
      return hits.sort(compareHits)
    },
    async count() {
      return idToLabel.size
    },
    ids: () => [...idToLabel.keys()].sort(),
    setEfSearch(ef) {
      efSearch = positiveInteger('efSearch', ef, parameters.efSearch)
      native.setEf(efSearch)
    },
  }
  registerSnapshotter(index, (path) => {
    // The graph is hnswlib's own file beside the index file, named by its checksum so that the index
    // file, renamed last, is what switches a save from the old graph to the new one.
    const scratch = scratchPath(path, 'graph')
    try {
      native.writeIndexSync(scratch)
      const { sha256, bytes } = hashFile(scratch)
      const fd = openSync(scratch, 'r')
      try {
        fsyncSync(fd)
      } finally {
        closeSync(fd)
      }
      const file = `${basename(path)}.${sha256.slice(0, 16)}.graph`
      renameSync(scratch, join(dirname(path), file))
      const labels = encodeStringTable(labelToId)
      const table = attributes.snapshot()
      return {
        kind: 'hnsw',
        dimensions,
        count: idToLabel.size,
        meta: { slots: labelToId.length, free: freeLabels.length, attributes: table.values, parameters: { ...parameters, efSearch } },
        sections: [
          ['labels.ends', bytesOf(labels.ends)],
          ['labels.text', labels.text],
          ['free', bytesOf(Uint32Array.from(freeLabels))],
          ['attributes', bytesOf(table.refs)],
        ],
        companions: [{ name: 'graph', file, bytes, sha256 }],
      }
    } finally {
      rmSync(scratch, { force: true })
    }
  })
  return index
}
