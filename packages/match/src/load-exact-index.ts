import { endianness } from 'node:os'
import { IncontroError } from '@incontro/core'
import { buildExactIndex, type ExactIndex } from './create-exact-index.js'
import { invalidIndexContent, readIndexFile, viewOf } from './internal/index-file.js'
import { float32FromLittleEndian } from './internal/persistable.js'
import { restoreAttributeTable } from './internal/attribute-table.js'
import { decodeStringTable } from './internal/string-table.js'

/**
 * Loads an exact index saved by {@link saveIndex}; a corrupt, truncated or foreign file throws
 * `MATCH_INDEX_CORRUPT`.
 *
 * @example
 * const index = await loadExactIndex('profiles.exact.index')
 */
export async function loadExactIndex(path: string): Promise<ExactIndex> {
  if (endianness() !== 'LE') throw new IncontroError('CORE_INVALID_INPUT', 'loadExactIndex reads little-endian files and runs on little-endian hosts only.')
  const file = readIndexFile(path, 'exact')
  const { dimensions, count } = file.header
  const meta = file.meta as { attributes?: unknown }
  const ends = viewOf(Uint32Array, file.section('ids.ends'), count)
  const text = file.section('ids.text')
  const ids = ends === undefined || text === undefined ? undefined : decodeStringTable(ends, text)
  if (ids === undefined || ids.includes(null)) throw invalidIndexContent(path, 'has an id list that does not match its header')
  const vectors = file.section('vectors')
  if (vectors === undefined || vectors.length !== count * dimensions * 4) throw invalidIndexContent(path, 'has a vector block of the wrong length')
  const refs = file.section('attributes')
  const attributes = restoreAttributeTable(refs === undefined ? undefined : viewOf(Int32Array, refs, Math.floor(refs.length / 4)), meta?.attributes, count)
  if (attributes === undefined) throw invalidIndexContent(path, 'has an attribute table with missing or invalid fields')
  const index = buildExactIndex(dimensions, ids as string[], float32FromLittleEndian(vectors), attributes)
  if ((await index.count()) !== count || new Set(ids).size !== count) throw invalidIndexContent(path, 'has the same id twice in its id list')
  return index
}
