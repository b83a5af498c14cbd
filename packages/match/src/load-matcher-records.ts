import { endianness } from 'node:os'
import { IncontroError } from '@incontro/core'
import type { MatcherRecords } from './create-matcher.js'
import { invalidIndexContent, readIndexFile, viewOf } from './internal/index-file.js'
import { createProfileStore } from './internal/profile-store.js'
import { createScoreInputs } from './internal/score-plan.js'
import { decodeStringTable } from './internal/string-table.js'

interface RecordsMeta {
  slots: number
  free: number
  lists: unknown[][]
  concepts: number
  terms: number
  profiles: number
  totalLength: number
}

function isRecordsMeta(value: unknown): value is RecordsMeta {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const whole = (x: unknown): boolean => Number.isSafeInteger(x) && (x as number) >= 0
  return (
    whole(v.slots) &&
    whole(v.free) &&
    Array.isArray(v.lists) &&
    v.lists.every((list) => Array.isArray(list)) &&
    whole(v.concepts) &&
    whole(v.terms) &&
    whole(v.profiles) &&
    whole(v.totalLength)
  )
}

/**
 * Loads the records saved by `saveMatcherRecords`: the record arena and columns are used as they are
 * read (views of the file's bytes, no decoding record by record), ids, concepts and terms come from
 * binary string tables. Pass the result as `restored` to `createMatcher` together with the vector indexes
 * loaded by `loadHnswIndex`. A corrupt, truncated or foreign file throws `MATCH_INDEX_CORRUPT`.
 *
 * @example
 * const matcher = createMatcher({ taxonomy, profileIndex: await loadHnswIndex('profiles.index'), restored: await loadMatcherRecords('profiles.records'), loadProfiles })
 */
export async function loadMatcherRecords(path: string): Promise<MatcherRecords> {
  if (endianness() !== 'LE') throw new IncontroError('CORE_INVALID_INPUT', 'loadMatcherRecords reads little-endian files and runs on little-endian hosts only.')
  const file = readIndexFile(path, 'records')
  const meta = file.meta
  if (!isRecordsMeta(meta)) throw invalidIndexContent(path, 'has a record table with missing or invalid fields')
  const table = (name: string, length: number): (string | null)[] | undefined => {
    const ends = viewOf(Uint32Array, file.section(`${name}.ends`), length)
    const text = file.section(`${name}.text`)
    return ends === undefined || text === undefined ? undefined : decodeStringTable(ends, text)
  }
  const slots = meta.slots
  const ids = table('ids', slots)
  const concepts = table('concepts', meta.concepts)
  const terms = table('terms', meta.terms)
  const free = viewOf(Uint32Array, file.section('free'), meta.free)
  const offsets = viewOf(Uint32Array, file.section('offsets'), slots)
  const lengths = viewOf(Uint32Array, file.section('lengths'), slots)
  const languageRefs = viewOf(Int32Array, file.section('languageRefs'), slots)
  const licenceRefs = viewOf(Int32Array, file.section('licenceRefs'), slots)
  const conceptDf = viewOf(Int32Array, file.section('conceptDf'), meta.concepts)
  const termDf = viewOf(Int32Array, file.section('termDf'), meta.terms)
  const arena = file.section('arena')
  if (
    ids === undefined ||
    concepts === undefined ||
    terms === undefined ||
    concepts.includes(null) ||
    terms.includes(null) ||
    free === undefined ||
    offsets === undefined ||
    lengths === undefined ||
    languageRefs === undefined ||
    licenceRefs === undefined ||
    conceptDf === undefined ||
    termDf === undefined ||
    arena === undefined
  ) {
    throw invalidIndexContent(path, 'has a record block of the wrong length')
  }
  let live = 0
  const ref = (value: number): boolean => value >= -1 && value < meta.lists.length
  for (let slot = 0; slot < slots; slot++) {
    if (ids[slot] === null) continue
    live++
    if ((offsets[slot] as number) + (lengths[slot] as number) > arena.length || !ref(languageRefs[slot] as number) || !ref(licenceRefs[slot] as number)) {
      throw invalidIndexContent(path, 'has a record that points outside its arena')
    }
  }
  if (live !== file.header.count || live + free.length !== slots) throw invalidIndexContent(path, 'has an id list that does not match its header')
  for (const slot of free) if (slot >= slots || ids[slot] !== null) throw invalidIndexContent(path, 'has a free list that does not match its id list')
  const store = createProfileStore({ ids, free: Array.from(free), lists: meta.lists, offsets, lengths, languageRefs, licenceRefs, arena }, { adopt: true })
  if (store.size !== live) throw invalidIndexContent(path, 'has the same id twice in its id list')
  return {
    store,
    population: createScoreInputs({
      concepts: concepts as string[],
      terms: terms as string[],
      conceptDf,
      termDf,
      profiles: meta.profiles,
      totalLength: meta.totalLength,
    }),
  }
}
