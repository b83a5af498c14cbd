import { endianness } from 'node:os'
import { IncontroError } from '@incontro/core'
import type { Matcher } from './create-matcher.js'
import { metaPart, writeIndexFile } from './internal/index-file.js'

/** Bytes of a typed array, as stored (little-endian hosts only; see {@link saveMatcherRecords}). */
function bytesOf(array: Uint32Array | Int32Array | Uint8Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength)
}

/**
 * Saves a matcher's compact profile records and population statistics to one file, atomically
 * (temporary file, then rename), with a format version and a SHA-256 checksum (the index file format).
 * Save the vector indexes beside it with `saveIndex`; `loadMatcherRecords` reads it back. Vacancies are
 * not part of it (upsert them again).
 *
 * @example
 * await saveIndex(profileIndex, 'profiles.index')
 * await saveMatcherRecords(matcher, 'profiles.records')
 */
export async function saveMatcherRecords(matcher: Matcher, path: string): Promise<void> {
  if (endianness() !== 'LE') throw new IncontroError('CORE_INVALID_INPUT', 'saveMatcherRecords writes little-endian files and runs on little-endian hosts only.')
  const { store, population } = matcher.records()
  const records = store.snapshot()
  const stats = population.snapshot()
  const parts = [records.offsets, records.lengths, records.languageRefs, records.licenceRefs, stats.conceptDf, stats.termDf, records.arena]
  const meta = {
    ids: records.ids,
    free: records.free,
    lists: records.lists,
    concepts: stats.concepts,
    terms: stats.terms,
    profiles: stats.profiles,
    totalLength: stats.totalLength,
    arenaBytes: records.arena.byteLength,
  }
  writeIndexFile(path, { kind: 'records', dimensions: 1, count: store.size }, [metaPart(meta), Buffer.concat(parts.map(bytesOf))])
}
