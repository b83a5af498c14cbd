import { buildExactIndex, type ExactIndex } from './create-exact-index.js'
import { invalidIndexContent, readIndexFile } from './internal/index-file.js'
import { float32FromLittleEndian } from './internal/persistable.js'
import { restoreAttributeTable } from './internal/attribute-table.js'

/**
 * Loads an exact index saved by {@link saveIndex}; a corrupt, truncated or foreign file throws
 * `MATCH_INDEX_CORRUPT`.
 *
 * @example
 * const index = await loadExactIndex('profiles.exact.index')
 */
export async function loadExactIndex(path: string): Promise<ExactIndex> {
  return readIndexFile(path, 'exact', (file) => {
    const { dimensions, count } = file.header
    const meta = file.meta as { ids?: unknown; attributes?: unknown }
    const ids = meta.ids
    if (!Array.isArray(ids) || ids.length !== count || !ids.every((id) => typeof id === 'string') || new Set(ids).size !== count) {
      throw invalidIndexContent(path, 'has an id list that does not match its header')
    }
    if (file.binaryBytes !== count * dimensions * 4) throw invalidIndexContent(path, 'has a vector block of the wrong length')
    const attributes = restoreAttributeTable(meta.attributes, count)
    if (attributes === undefined) throw invalidIndexContent(path, 'has an attribute table with missing or invalid fields')
    return buildExactIndex(dimensions, ids as string[], float32FromLittleEndian(file.readBinary()), attributes)
  })
}
