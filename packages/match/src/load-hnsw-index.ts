import { endianness } from 'node:os'
import hnswlib from 'hnswlib-node'
import { IncontroError } from '@incontro/core'
import { buildHnswIndex, type HnswIndex } from './create-hnsw-index.js'
import { restoreAttributeTable } from './internal/attribute-table.js'
import { invalidIndexContent, readIndexFile, viewOf } from './internal/index-file.js'
import { decodeStringTable } from './internal/string-table.js'

/** Options of {@link loadHnswIndex}. */
export interface LoadHnswIndexOptions {
  /** Overrides the saved search candidate list size. */
  efSearch?: number
}

interface HnswMeta {
  slots: number
  free: number
  attributes: unknown
  parameters: { m: number; efConstruction: number; efSearch: number; seed: number }
}

function isHnswMeta(value: unknown): value is HnswMeta {
  if (typeof value !== 'object' || value === null) return false
  const meta = value as Record<string, unknown>
  const parameters = meta.parameters as Record<string, unknown> | undefined
  return (
    Number.isSafeInteger(meta.slots) &&
    Number.isSafeInteger(meta.free) &&
    Array.isArray(meta.attributes) &&
    typeof parameters === 'object' &&
    parameters !== null &&
    ['m', 'efConstruction', 'efSearch', 'seed'].every((key) => Number.isSafeInteger(parameters[key]))
  )
}

/**
 * Loads an HNSW index saved by {@link saveIndex}: hnswlib reads the graph file in place, the id map is a
 * binary string table. A corrupt, truncated or foreign file, or a missing or damaged graph file, throws
 * `MATCH_INDEX_CORRUPT`. Queries give the same results as before saving.
 *
 * @example
 * const index = await loadHnswIndex('profiles.index', { efSearch: 200 })
 */
export async function loadHnswIndex(path: string, options: LoadHnswIndexOptions = {}): Promise<HnswIndex> {
  if (endianness() !== 'LE') throw new IncontroError('CORE_INVALID_INPUT', 'loadHnswIndex reads little-endian files and runs on little-endian hosts only.')
  const file = readIndexFile(path, 'hnsw')
  const { dimensions, count } = file.header
  const meta = file.meta
  if (!isHnswMeta(meta)) throw invalidIndexContent(path, 'has an id map with missing or invalid fields')
  const ends = viewOf(Uint32Array, file.section('labels.ends'), meta.slots)
  const text = file.section('labels.text')
  const labels = ends === undefined || text === undefined ? undefined : decodeStringTable(ends, text)
  const free = viewOf(Uint32Array, file.section('free'), meta.free)
  if (labels === undefined || free === undefined) throw invalidIndexContent(path, 'has an id map that does not match its header')
  let live = 0
  for (const id of labels) if (id !== null) live++
  if (live !== count || live + free.length !== labels.length) throw invalidIndexContent(path, 'has an id map that does not match its header')
  for (const label of free) if (label >= labels.length || labels[label] !== null) throw invalidIndexContent(path, 'has a free list that does not match its id map')
  const refs = file.section('attributes')
  const attributes = restoreAttributeTable(refs === undefined ? undefined : viewOf(Int32Array, refs, Math.floor(refs.length / 4)), meta.attributes, labels.length)
  if (attributes === undefined) throw invalidIndexContent(path, 'has an attribute table with missing or invalid fields')
  const graph = file.companion('graph')
  if (graph === undefined) throw invalidIndexContent(path, 'names no graph file')
  const native = new hnswlib.HierarchicalNSW('cosine', dimensions)
  try {
    native.readIndexSync(graph, false)
  } catch (error) {
    throw invalidIndexContent(path, `has an HNSW graph hnswlib cannot read (${error instanceof Error ? error.message : 'unknown error'})`)
  }
  if (native.getNumDimensions() !== dimensions || native.getCurrentCount() < labels.length) {
    throw invalidIndexContent(path, 'has an HNSW graph that does not match its id map')
  }
  const parameters = { ...meta.parameters, ...(options.efSearch === undefined ? {} : { efSearch: options.efSearch }) }
  const index = buildHnswIndex(dimensions, { native, labels, free: Array.from(free), parameters, attributes })
  if ((await index.count()) !== count) throw invalidIndexContent(path, 'has the same id twice in its id map')
  return index
}
