import type { VectorHit, VectorIndex } from './vector-index.js'
import { registerSnapshotter } from './internal/persistable.js'
import { float32ToLittleEndian } from './internal/persistable.js'
import { bytesOf } from './internal/index-file.js'
import { encodeStringTable } from './internal/string-table.js'
import { createAttributeTable, type AttributeTable } from './internal/attribute-table.js'
import { compileFilter } from './record-filter.js'
import { checkDimensions, checkK, checkVector, clampSimilarity, createTopK, normalizedCopy, writeNormalized } from './internal/vectors.js'

/** Options of {@link createExactIndex}. */
export interface ExactIndexOptions {
  /** Length of every vector. */
  dimensions: number
}

/** The exact (brute-force) vector index: the reference every other adapter is measured against. */
export interface ExactIndex extends VectorIndex {
  readonly kind: 'exact'
}

/**
 * Creates an exact vector index: a flat Float32Array of normalized vectors scanned in full on each
 * query. Deterministic; ties are broken by id.
 *
 * @example
 * const index = createExactIndex({ dimensions: 128 })
 * await index.upsert([{ id: profileId, vector }])
 * const hits = await index.query(vacancyVector, { k: 10 })
 */
export function createExactIndex(options: ExactIndexOptions): ExactIndex {
  checkDimensions(options.dimensions)
  return buildExactIndex(options.dimensions, [], new Float32Array(0))
}

/** Builds an exact index from normalized vectors (`vectors.length === ids.length * dimensions`); used by the loader. */
export function buildExactIndex(dimensions: number, initialIds: readonly string[], initialVectors: Float32Array, attributes: AttributeTable = createAttributeTable()): ExactIndex {
  let store = new Float32Array(Math.max(initialIds.length, 16) * dimensions)
  store.set(initialVectors.subarray(0, initialIds.length * dimensions))
  // Slots are kept compact: slot i holds ids[i], removal moves the last slot into the hole.
  const ids: string[] = [...initialIds]
  const slots = new Map<string, number>()
  ids.forEach((id, slot) => slots.set(id, slot))

  const grow = (needed: number): void => {
    if (needed * dimensions <= store.length) return
    let capacity = store.length / dimensions
    while (capacity < needed) capacity *= 2
    const next = new Float32Array(capacity * dimensions)
    next.set(store.subarray(0, ids.length * dimensions))
    store = next
  }

  const similarityAt = (query: Float64Array, slot: number): number => {
    let dot = 0
    const base = slot * dimensions
    for (let i = 0; i < dimensions; i++) dot += (query[i] as number) * (store[base + i] as number)
    return clampSimilarity(dot)
  }

  const index: ExactIndex = {
    kind: 'exact',
    dimensions,
    async upsert(records) {
      for (const record of records) checkVector(record.vector, dimensions, `The vector of record ${JSON.stringify(record.id)}`)
      for (const { id, vector, attributes: recordAttributes } of records) {
        let slot = slots.get(id)
        if (slot === undefined) {
          grow(ids.length + 1)
          slot = ids.length
          ids.push(id)
          slots.set(id, slot)
        }
        writeNormalized(vector, store, slot * dimensions)
        attributes.set(slot, recordAttributes)
      }
    },
    async remove(toRemove) {
      for (const id of toRemove) {
        const slot = slots.get(id)
        if (slot === undefined) continue
        const last = ids.length - 1
        if (slot !== last) {
          const lastId = ids[last] as string
          store.copyWithin(slot * dimensions, last * dimensions, (last + 1) * dimensions)
          ids[slot] = lastId
          slots.set(lastId, slot)
          attributes.move(last, slot)
        }
        attributes.clear(last)
        ids.pop()
        slots.delete(id)
      }
    },
    async query(vector, { k, filter, where }) {
      checkVector(vector, dimensions, 'The query vector')
      checkK(k)
      const query = normalizedCopy(vector)
      const top = createTopK(k)
      const passes = where === undefined ? undefined : attributes.predicate(compileFilter(where))
      if (filter !== undefined && filter.size < ids.length) {
        for (const id of filter) {
          const slot = slots.get(id)
          if (slot !== undefined && (passes === undefined || passes(slot))) top.offer({ id, similarity: similarityAt(query, slot) })
        }
      } else {
        for (let slot = 0; slot < ids.length; slot++) {
          const id = ids[slot] as string
          if ((filter === undefined || filter.has(id)) && (passes === undefined || passes(slot))) top.offer({ id, similarity: similarityAt(query, slot) })
        }
      }
      return top.sorted() satisfies VectorHit[]
    },
    async count() {
      return ids.length
    },
    ids: () => [...ids].sort(),
  }
  registerSnapshotter(index, () => {
    const table = encodeStringTable(ids)
    const attributeTable = attributes.snapshot()
    return {
      kind: 'exact',
      dimensions,
      count: ids.length,
      meta: { attributes: attributeTable.values },
      sections: [
        ['ids.ends', bytesOf(table.ends)],
        ['ids.text', table.text],
        ['vectors', float32ToLittleEndian(store.subarray(0, ids.length * dimensions))],
        ['attributes', bytesOf(attributeTable.refs)],
      ],
    }
  })
  return index
}
