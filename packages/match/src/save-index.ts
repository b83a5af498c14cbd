import { readdirSync, rmSync } from 'node:fs'
import { endianness } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { IncontroError } from '@incontro/core'
import type { VectorIndex } from './vector-index.js'
import { writeIndexFile } from './internal/index-file.js'
import { snapshotterOf } from './internal/persistable.js'

/**
 * Saves an index created by {@link createHnswIndex} or {@link createExactIndex}, atomically (temporary
 * file, flushed, then renamed), with a format version and SHA-256 checksums. An HNSW index keeps its
 * graph as hnswlib's own file beside `path` (`<name>.<checksum>.graph`), which `loadHnswIndex` reads in
 * place: keep the two files together.
 *
 * @example
 * await saveIndex(index, '/var/lib/incontro/profiles.index')
 * const again = await loadHnswIndex('/var/lib/incontro/profiles.index')
 */
export async function saveIndex(index: VectorIndex, path: string): Promise<void> {
  const snapshotter = snapshotterOf(index)
  if (snapshotter === undefined) {
    throw new IncontroError(
      'CORE_INVALID_INPUT',
      'saveIndex got an index it cannot persist; expected one made by createHnswIndex, createExactIndex or a load function. Other adapters persist themselves (e.g. a database).',
    )
  }
  if (endianness() !== 'LE') throw new IncontroError('CORE_INVALID_INPUT', 'saveIndex writes little-endian files and runs on little-endian hosts only.')
  // Taken synchronously, so no upsert can interleave with the snapshot.
  const snapshot = snapshotter(path)
  writeIndexFile(path, { kind: snapshot.kind, dimensions: snapshot.dimensions, count: snapshot.count }, snapshot.meta, snapshot.sections, snapshot.companions)
  // Graphs of earlier saves to the same path are no longer referenced.
  const kept = new Set((snapshot.companions ?? []).map((companion) => companion.file))
  const stale = new RegExp(`^${basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[0-9a-f]{16}\\.graph$`)
  for (const name of readdirSync(dirname(path))) {
    if (stale.test(name) && !kept.has(name)) rmSync(join(dirname(path), name), { force: true })
  }
}
