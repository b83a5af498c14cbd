import type { MatcherRecords } from './create-matcher.js'
import { invalidIndexContent, readIndexFile } from './internal/index-file.js'
import { createProfileStore } from './internal/profile-store.js'
import { createScoreInputs } from './internal/score-plan.js'

interface RecordsMeta {
  ids: (string | null)[]
  free: number[]
  lists: unknown[][]
  concepts: string[]
  terms: string[]
  profiles: number
  totalLength: number
  arenaBytes: number
}

function isRecordsMeta(value: unknown): value is RecordsMeta {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const whole = (x: unknown): boolean => Number.isSafeInteger(x) && (x as number) >= 0
  return (
    Array.isArray(v.ids) &&
    v.ids.every((id) => id === null || typeof id === 'string') &&
    Array.isArray(v.free) &&
    v.free.every((slot) => whole(slot) && (slot as number) < (v.ids as unknown[]).length) &&
    Array.isArray(v.lists) &&
    v.lists.every((list) => Array.isArray(list)) &&
    Array.isArray(v.concepts) &&
    v.concepts.every((c) => typeof c === 'string') &&
    Array.isArray(v.terms) &&
    v.terms.every((t) => typeof t === 'string') &&
    whole(v.profiles) &&
    whole(v.totalLength) &&
    whole(v.arenaBytes)
  )
}

/**
 * Loads the records saved by `saveMatcherRecords`; pass the result as `restored` to `createMatcher`
 * together with the vector indexes loaded by `loadHnswIndex`. A corrupt, truncated or foreign file
 * throws `MATCH_INDEX_CORRUPT`.
 *
 * @example
 * const matcher = createMatcher({ taxonomy, profileIndex: await loadHnswIndex('profiles.index'), restored: await loadMatcherRecords('profiles.records'), loadProfiles })
 */
export async function loadMatcherRecords(path: string): Promise<MatcherRecords> {
  return readIndexFile(path, 'records', (file) => {
    const meta = file.meta
    if (!isRecordsMeta(meta)) throw invalidIndexContent(path, 'has a record table with missing or invalid fields')
    const slots = meta.ids.length
    const live = meta.ids.filter((id) => id !== null)
    if (live.length !== file.header.count || new Set(live).size !== live.length) throw invalidIndexContent(path, 'has an id list that does not match its header')
    const expected = 16 * slots + 4 * (meta.concepts.length + meta.terms.length) + meta.arenaBytes
    if (file.binaryBytes !== expected) throw invalidIndexContent(path, 'has a record block of the wrong length')
    const binary = file.readBinary()
    const bytes = new Uint8Array(binary.length)
    bytes.set(binary)
    let at = 0
    const take = (n: number): ArrayBuffer => {
      const slice = bytes.buffer.slice(at, at + n)
      at += n
      return slice
    }
    const offsets = new Uint32Array(take(4 * slots))
    const lengths = new Uint32Array(take(4 * slots))
    const languageRefs = new Int32Array(take(4 * slots))
    const licenceRefs = new Int32Array(take(4 * slots))
    const conceptDf = new Int32Array(take(4 * meta.concepts.length))
    const termDf = new Int32Array(take(4 * meta.terms.length))
    const arena = new Uint8Array(take(meta.arenaBytes))
    for (let slot = 0; slot < slots; slot++) {
      if (meta.ids[slot] === null) continue
      const ref = (value: number): boolean => value >= -1 && value < meta.lists.length
      if ((offsets[slot] as number) + (lengths[slot] as number) > arena.length || !ref(languageRefs[slot] as number) || !ref(licenceRefs[slot] as number)) {
        throw invalidIndexContent(path, 'has a record that points outside its arena')
      }
    }
    return {
      store: createProfileStore({ ids: meta.ids, free: meta.free, lists: meta.lists, offsets, lengths, languageRefs, licenceRefs, arena }),
      population: createScoreInputs({
        concepts: meta.concepts,
        terms: meta.terms,
        conceptDf,
        termDf,
        profiles: meta.profiles,
        totalLength: meta.totalLength,
      }),
    }
  })
}
