import { endianness } from 'node:os'
import type { Companion, IndexKind } from './index-file.js'

/** What an adapter hands to `saveIndex`: its header fields, meta, binary sections and companion files. */
export interface IndexSnapshot {
  kind: IndexKind
  dimensions: number
  count: number
  meta: unknown
  sections: (readonly [string, Uint8Array])[]
  /** Files already written beside the target (e.g. the HNSW graph), verified with it on loading. */
  companions?: Companion[]
}

/** Takes a snapshot for the index file `path` (companion files are written beside it). */
export type Snapshotter = (path: string) => IndexSnapshot

// Keyed by the index object, so persistence stays off the public VectorIndex interface.
const snapshotters = new WeakMap<object, Snapshotter>()

/** Makes `index` savable by `saveIndex`. */
export function registerSnapshotter(index: object, snapshotter: Snapshotter): void {
  snapshotters.set(index, snapshotter)
}

/** The snapshotter of `index`, if it was created by this package. */
export function snapshotterOf(index: object): Snapshotter | undefined {
  return snapshotters.get(index)
}

const bigEndian = endianness() === 'BE'

/** Float32 values as little-endian bytes (the file format's byte order on every machine). */
export function float32ToLittleEndian(values: Float32Array): Buffer {
  const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength)
  if (!bigEndian) return bytes
  const copy = Buffer.from(bytes)
  copy.swap32()
  return copy
}

/** Little-endian float32 bytes as values. */
export function float32FromLittleEndian(bytes: Buffer): Float32Array {
  if (!bigEndian && bytes.byteOffset % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)
  const copy = new Uint8Array(bytes.length)
  copy.set(bytes)
  if (bigEndian) Buffer.from(copy.buffer).swap32()
  return new Float32Array(copy.buffer, 0, bytes.length / 4)
}
