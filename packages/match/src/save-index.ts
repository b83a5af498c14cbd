import { IncontroError } from '@incontro/core'
import type { VectorIndex } from './vector-index.js'
import { metaPart, scratchPath, writeIndexFile } from './internal/index-file.js'
import { snapshotterOf } from './internal/persistable.js'

/**
 * Saves an index created by {@link createHnswIndex} or {@link createExactIndex} to one file, atomically
 * (temporary file, then rename), with a format version and a SHA-256 checksum.
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
  // Taken synchronously, so no upsert can interleave with the snapshot.
  const snapshot = snapshotter((tag) => scratchPath(path, tag))
  try {
    writeIndexFile(path, { kind: snapshot.kind, dimensions: snapshot.dimensions, count: snapshot.count }, [
      metaPart(snapshot.meta),
      snapshot.binary,
    ])
  } finally {
    snapshot.cleanup?.()
  }
}
