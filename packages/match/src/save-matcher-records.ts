import { endianness } from 'node:os'
import { IncontroError } from '@incontro/core'
import type { Matcher } from './create-matcher.js'
import { bytesOf, writeIndexFile } from './internal/index-file.js'
import { encodeStringTable } from './internal/string-table.js'

/**
 * Saves a matcher's compact profile records and population statistics to one file, atomically
 * (temporary file, flushed, then renamed), with a format version and a SHA-256 checksum (the index file
 * format). The record arena is written as it is in memory (already varint-packed) and ids, concepts and
 * terms as binary string tables, so `loadMatcherRecords` reads it back without decoding record by record.
 * Save the vector indexes beside it with `saveIndex`. Vacancies are not part of it (upsert them again).
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
  const ids = encodeStringTable(records.ids)
  const concepts = encodeStringTable(stats.concepts)
  const terms = encodeStringTable(stats.terms)
  const meta = {
    slots: records.ids.length,
    free: records.free.length,
    lists: records.lists,
    concepts: stats.concepts.length,
    terms: stats.terms.length,
    profiles: stats.profiles,
    totalLength: stats.totalLength,
  }
  writeIndexFile(path, { kind: 'records', dimensions: 1, count: store.size }, meta, [
    ['ids.ends', bytesOf(ids.ends)],
    ['ids.text', ids.text],
    ['free', bytesOf(Uint32Array.from(records.free))],
    ['offsets', bytesOf(records.offsets)],
    ['lengths', bytesOf(records.lengths)],
    ['languageRefs', bytesOf(records.languageRefs)],
    ['licenceRefs', bytesOf(records.licenceRefs)],
    ['concepts.ends', bytesOf(concepts.ends)],
    ['concepts.text', concepts.text],
    ['conceptDf', bytesOf(stats.conceptDf)],
    ['terms.ends', bytesOf(terms.ends)],
    ['terms.text', terms.text],
    ['termDf', bytesOf(stats.termDf)],
    ['arena', records.arena],
  ])
}
