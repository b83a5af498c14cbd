import { rmSync } from 'node:fs'
import hnswlib from 'hnswlib-node'
import { buildHnswIndex, type HnswIndex } from './create-hnsw-index.js'
import { restoreAttributeTable } from './internal/attribute-table.js'
import { invalidIndexContent, readIndexFile, scratchPath } from './internal/index-file.js'

/** Options of {@link loadHnswIndex}. */
export interface LoadHnswIndexOptions {
  /** Overrides the saved search candidate list size. */
  efSearch?: number
}

interface HnswMeta {
  labels: (string | null)[]
  free: number[]
  parameters: { m: number; efConstruction: number; efSearch: number; seed: number }
  attributes?: unknown
}

function isHnswMeta(value: unknown): value is HnswMeta {
  if (typeof value !== 'object' || value === null) return false
  const meta = value as Record<string, unknown>
  const parameters = meta.parameters as Record<string, unknown> | undefined
  return (
    Array.isArray(meta.labels) &&
    meta.labels.every((id) => id === null || typeof id === 'string') &&
    Array.isArray(meta.free) &&
    meta.free.every((label) => Number.isSafeInteger(label) && label >= 0 && label < (meta.labels as unknown[]).length) &&
    typeof parameters === 'object' &&
    parameters !== null &&
    ['m', 'efConstruction', 'efSearch', 'seed'].every((key) => Number.isSafeInteger(parameters[key]))
  )
}

/**
 * Loads an HNSW index saved by {@link saveIndex}; a corrupt, truncated or foreign file throws
 * `MATCH_INDEX_CORRUPT`. Queries give the same results as before saving.
 *
 * @example
 * const index = await loadHnswIndex('profiles.index', { efSearch: 200 })
 */
export async function loadHnswIndex(path: string, options: LoadHnswIndexOptions = {}): Promise<HnswIndex> {
  return readIndexFile(path, 'hnsw', (file) => {
    const { dimensions, count } = file.header
    const meta = file.meta
    if (!isHnswMeta(meta)) throw invalidIndexContent(path, 'has an id map with missing or invalid fields')
    const live = meta.labels.filter((id): id is string => id !== null)
    if (live.length !== count || new Set(live).size !== count) throw invalidIndexContent(path, 'has an id map that does not match its header')
    const scratch = scratchPath(path, 'hnswlib')
    const native = new hnswlib.HierarchicalNSW('cosine', dimensions)
    try {
      file.copyBinaryTo(scratch)
      native.readIndexSync(scratch, false)
    } catch (error) {
      throw invalidIndexContent(path, `has an HNSW graph hnswlib cannot read (${error instanceof Error ? error.message : 'unknown error'})`)
    } finally {
      rmSync(scratch, { force: true })
    }
    if (native.getNumDimensions() !== dimensions || native.getCurrentCount() < meta.labels.length) {
      throw invalidIndexContent(path, 'has an HNSW graph that does not match its id map')
    }
    const parameters = { ...meta.parameters, ...(options.efSearch === undefined ? {} : { efSearch: options.efSearch }) }
    const attributes = restoreAttributeTable(meta.attributes, meta.labels.length)
    if (attributes === undefined) throw invalidIndexContent(path, 'has an attribute table with missing or invalid fields')
    return buildHnswIndex(dimensions, { native, labels: meta.labels, free: meta.free, parameters, attributes })
  })
}
