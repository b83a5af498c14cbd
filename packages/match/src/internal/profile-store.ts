import { IncontroError } from '@incontro/core'
import { HOBBY_CREDIT, type ScoreInput } from './score-plan.js'

/**
 * The compact record store of a matcher: what re-scoring reads of each profile ({@link ScoreInput}),
 * packed as LEB128 varints in one growable byte arena, with per-slot offsets in typed arrays and the
 * lists most profiles share (languages with levels, licences) interned once. A record costs its bytes
 * (typically 150–400 for a CV of 2 KB: term ids delta-coded, counts in one byte) plus 13 bytes of
 * columns; there is no JS object per profile. Slots of removed ids are reused, and the arena is
 * compacted when more than half of it is garbage.
 *
 * Decoding is exact: a record read back gives the same numbers, in the same order, as the input it
 * was written from, so scores computed from it are bit-identical.
 */
export interface ProfileStore {
  /** Number of live records. */
  readonly size: number
  /** The slot of an id. */
  slotOf(id: string): number | undefined
  /** The id in a slot (undefined when free). */
  idOf(slot: number): string | undefined
  /** Stores a record; returns its slot. */
  put(id: string, input: ScoreInput): number
  /** Removes an id; returns whether it was present. */
  remove(id: string): boolean
  /**
   * Decodes a slot into a scratch input, valid until the next `read` (no allocation per record but the
   * two typed-array views). With `withTerms` false the terms are left empty (for bounds, which skip words).
   */
  read(slot: number, withTerms?: boolean): ScoreInput
  /** Decodes a slot into a fresh input that stays valid. */
  copy(slot: number): ScoreInput
  /** Live ids with their slots. */
  entries(): IterableIterator<[string, number]>
  /** Bytes held by the store's buffers (arena, columns, interned lists estimated), without the id map. */
  bufferBytes(): number
  /** The persisted form: ids (null for free slots), the arena (live records only) and the interned lists. */
  snapshot(): StoreSnapshot
}

/** The persisted form of a {@link ProfileStore}. */
export interface StoreSnapshot {
  ids: (string | null)[]
  free: number[]
  lists: unknown[][]
  /** Per slot: offset and length in `arena`, and the interned list refs (−1: none). */
  offsets: Uint32Array
  lengths: Uint32Array
  languageRefs: Int32Array
  licenceRefs: Int32Array
  arena: Uint8Array
}

const none: readonly never[] = []

// The varint reader's state, module-level so decoding creates no closure per record.
let cursor = 0
let source: Uint8Array = new Uint8Array(0)
function readVarint(): number {
  let byte = source[cursor++] as number
  if (byte < 0x80) return byte
  let value = byte & 0x7f
  let scale = 0x80
  for (;;) {
    byte = source[cursor++] as number
    value += (byte & 0x7f) * scale
    if (byte < 0x80) return value
    scale *= 0x80
  }
}

/**
 * Buffers grow by a quarter (at least 64 KB for the arena): at a million profiles a doubling would leave up to
 * half of a 250 MB arena unused, and copying a quarter more each time costs little (amortized 5 copies of a byte).
 */
const GROWTH = 1.25

function growU32(array: Uint32Array<ArrayBuffer>, size: number): Uint32Array<ArrayBuffer> {
  if (size <= array.length) return array
  const grown = new Uint32Array(Math.max(size, Math.ceil(array.length * GROWTH), 64))
  grown.set(array)
  return grown
}
function growI32(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array
  const grown = new Int32Array(Math.max(size, Math.ceil(array.length * GROWTH), 64)).fill(-1)
  grown.set(array)
  return grown
}

/**
 * Creates an empty store, or one restored from a snapshot. With `adopt`, the snapshot's typed arrays
 * become the store's own (views of a file's bytes, no copy: the loader reads them once and hands them over).
 */
export function createProfileStore(restored?: StoreSnapshot, options: { adopt?: boolean } = {}): ProfileStore {
  let ids: (string | undefined)[] = []
  const slots = new Map<string, number>()
  let free: number[] = []
  let offsets: Uint32Array<ArrayBuffer> = new Uint32Array(64)
  let lengths: Uint32Array<ArrayBuffer> = new Uint32Array(64)
  let languageRefs: Int32Array<ArrayBuffer> = new Int32Array(64).fill(-1)
  let licenceRefs: Int32Array<ArrayBuffer> = new Int32Array(64).fill(-1)
  let arena: Uint8Array<ArrayBuffer> = new Uint8Array(1 << 16)
  let used = 0
  let garbage = 0
  const lists: (readonly unknown[])[] = []
  const listIndex = new Map<string, number>()
  const intern = (list: readonly unknown[]): number => {
    if (list.length === 0) return -1
    const key = JSON.stringify(list)
    let ref = listIndex.get(key)
    if (ref === undefined) {
      ref = lists.length
      lists.push(Object.freeze([...list]))
      listIndex.set(key, ref)
    }
    return ref
  }
  if (restored !== undefined) {
    ids = restored.ids.map((id) => id ?? undefined)
    ids.forEach((id, slot) => {
      if (id !== undefined) slots.set(id, slot)
    })
    free = [...restored.free]
    if (options.adopt === true) {
      // Plain typed-array views (not Buffers), so the decoder's element reads stay monomorphic.
      offsets = restored.offsets as Uint32Array<ArrayBuffer>
      lengths = restored.lengths as Uint32Array<ArrayBuffer>
      languageRefs = restored.languageRefs as Int32Array<ArrayBuffer>
      licenceRefs = restored.licenceRefs as Int32Array<ArrayBuffer>
      arena = new Uint8Array(restored.arena.buffer as ArrayBuffer, restored.arena.byteOffset, restored.arena.byteLength)
    } else {
      offsets = new Uint32Array(restored.offsets)
      lengths = new Uint32Array(restored.lengths)
      languageRefs = new Int32Array(restored.languageRefs)
      licenceRefs = new Int32Array(restored.licenceRefs)
      arena = new Uint8Array(restored.arena)
    }
    used = arena.length
    for (const list of restored.lists) intern(list)
  }

  // Encoding scratch.
  let out: Uint8Array<ArrayBuffer> = new Uint8Array(4096)
  let at = 0
  const ensure = (n: number): void => {
    if (at + n <= out.length) return
    const grown = new Uint8Array(Math.max(out.length * 2, at + n))
    grown.set(out.subarray(0, at))
    out = grown
  }
  const write = (value: number): void => {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new IncontroError('CORE_INVALID_INPUT', `A profile record holds a value the compact store cannot encode (${String(value)}); expected a non-negative integer.`, { value })
    }
    ensure(8)
    let v = value
    while (v >= 0x80) {
      out[at++] = (v % 0x80) | 0x80
      v = Math.floor(v / 0x80)
    }
    out[at++] = v
  }
  const encode = (input: ScoreInput): Uint8Array => {
    at = 0
    write(input.held.length)
    for (let i = 0; i < input.held.length; i++) {
      const strength = input.strength[i] as number
      if (strength !== 1 && strength !== HOBBY_CREDIT) {
        throw new IncontroError('CORE_INVALID_INPUT', `A concept's credit share ${String(strength)} is neither 1 nor the hobby share; the compact store cannot encode it.`, { strength })
      }
      write((input.held[i] as number) * 2 + (strength === 1 ? 0 : 1))
    }
    write(input.unevidenced.length)
    for (const n of input.unevidenced) write(n)
    write(input.eqfLevel === undefined ? 0 : input.eqfLevel + 1)
    write(input.experienceMonths)
    write(input.occupations.length)
    for (let i = 0; i < input.occupations.length; i++) {
      write((input.occupations[i] as number) + 1)
      write(input.occupationMonths[i] as number)
    }
    write(input.targets.length)
    for (const n of input.targets) write(n)
    write(input.length)
    write(input.terms.length)
    let previous = 0
    for (let i = 0; i < input.terms.length; i++) {
      const id = input.terms[i] as number
      write(id - previous)
      previous = id
      write(input.counts[i] as number)
    }
    return out.subarray(0, at)
  }

  const compact = (): void => {
    const next = new Uint8Array(Math.max(1 << 16, (used - garbage) * 1.5))
    let position = 0
    for (let slot = 0; slot < ids.length; slot++) {
      if (ids[slot] === undefined) continue
      const offset = offsets[slot] as number
      const length = lengths[slot] as number
      next.set(arena.subarray(offset, offset + length), position)
      offsets[slot] = position
      position += length
    }
    arena = next
    used = position
    garbage = 0
  }
  const append = (bytes: Uint8Array): number => {
    if (used + bytes.length > arena.length) {
      if (garbage > used / 2) compact()
      if (used + bytes.length > arena.length) {
        const grown = new Uint8Array(Math.max(Math.ceil(arena.length * GROWTH), used + bytes.length, 1 << 16))
        grown.set(arena.subarray(0, used))
        arena = grown
      }
    }
    arena.set(bytes, used)
    used += bytes.length
    return used - bytes.length
  }

  // Decoding scratch, reused by `read`.
  let held: number[] = []
  let strength: number[] = []
  let terms: Uint32Array<ArrayBuffer> = new Uint32Array(1024)
  let counts: Uint16Array<ArrayBuffer> = new Uint16Array(1024)
  const noTermIds = new Uint32Array(0)
  const noTermCounts = new Uint16Array(0)
  const decode = (slot: number, fresh: boolean, withTerms = true): ScoreInput => {
    cursor = offsets[slot] as number
    source = arena
    const read = readVarint
    const nHeld = read()
    const h = fresh ? new Array<number>(nHeld) : held
    const s = fresh ? new Array<number>(nHeld) : strength
    h.length = nHeld
    s.length = nHeld
    for (let i = 0; i < nHeld; i++) {
      const v = read()
      h[i] = v >>> 1
      s[i] = (v & 1) === 0 ? 1 : HOBBY_CREDIT
    }
    const nUnevidenced = read()
    let unevidenced: readonly number[] = none
    if (nUnevidenced > 0) {
      const list: number[] = []
      for (let i = 0; i < nUnevidenced; i++) list.push(read())
      unevidenced = list
    }
    const eqf = read()
    const experienceMonths = read()
    const nOccupations = read()
    let occupations: readonly number[] = none
    let occupationMonths: readonly number[] = none
    if (nOccupations > 0) {
      const o: number[] = []
      const m: number[] = []
      for (let i = 0; i < nOccupations; i++) {
        o.push(read() - 1)
        m.push(read())
      }
      occupations = o
      occupationMonths = m
    }
    const nTargets = read()
    let targets: readonly number[] = none
    if (nTargets > 0) {
      const t: number[] = []
      for (let i = 0; i < nTargets; i++) t.push(read())
      targets = t
    }
    const length = read()
    const nTerms = withTerms ? read() : 0
    if (!fresh && nTerms > terms.length) {
      terms = new Uint32Array(nTerms * 2)
      counts = new Uint16Array(nTerms * 2)
    }
    const tIds = fresh ? new Uint32Array(nTerms) : terms
    const tCounts = fresh ? new Uint16Array(nTerms) : counts
    // The hot loop (a record's terms are most of its bytes): varints decoded inline.
    let id = 0
    let q = cursor
    const a = source
    for (let i = 0; i < nTerms; i++) {
      let byte = a[q++] as number
      let delta = byte & 0x7f
      for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
        byte = a[q++] as number
        delta += (byte & 0x7f) * scale
      }
      id += delta
      tIds[i] = id
      byte = a[q++] as number
      let count = byte & 0x7f
      for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
        byte = a[q++] as number
        count += (byte & 0x7f) * scale
      }
      tCounts[i] = count
    }
    cursor = q
    const languageRef = languageRefs[slot] as number
    const licenceRef = licenceRefs[slot] as number
    return {
      held: h,
      strength: s,
      unevidenced,
      licences: licenceRef < 0 ? none : (lists[licenceRef] as readonly string[]),
      languages: languageRef < 0 ? none : (lists[languageRef] as readonly { code: string; rank: number }[]),
      eqfLevel: eqf === 0 ? undefined : eqf - 1,
      experienceMonths,
      occupations,
      occupationMonths,
      targets,
      terms: fresh ? tIds : nTerms === 0 ? noTermIds : tIds.subarray(0, nTerms),
      counts: fresh ? tCounts : nTerms === 0 ? noTermCounts : tCounts.subarray(0, nTerms),
      length,
    }
  }

  const store: ProfileStore = {
    get size() {
      return slots.size
    },
    slotOf: (id) => slots.get(id),
    idOf: (slot) => ids[slot],
    put(id, input) {
      const bytes = encode(input)
      let slot = slots.get(id)
      if (slot === undefined) {
        slot = free.pop() ?? ids.length
        ids[slot] = id
        slots.set(id, slot)
        offsets = growU32(offsets, slot + 1)
        lengths = growU32(lengths, slot + 1)
        languageRefs = growI32(languageRefs, slot + 1)
        licenceRefs = growI32(licenceRefs, slot + 1)
      } else garbage += lengths[slot] as number
      offsets[slot] = append(bytes)
      lengths[slot] = bytes.length
      languageRefs[slot] = intern(input.languages)
      licenceRefs[slot] = intern(input.licences)
      return slot
    },
    remove(id) {
      const slot = slots.get(id)
      if (slot === undefined) return false
      slots.delete(id)
      ids[slot] = undefined
      garbage += lengths[slot] as number
      lengths[slot] = 0
      free.push(slot)
      return true
    },
    read: (slot, withTerms) => decode(slot, false, withTerms),
    copy: (slot) => decode(slot, true),
    entries: () => slots.entries(),
    bufferBytes: () => arena.byteLength + offsets.byteLength + lengths.byteLength + languageRefs.byteLength + licenceRefs.byteLength + lists.length * 64,
    snapshot() {
      compact()
      const count = ids.length
      return {
        ids: ids.map((id) => id ?? null),
        free: [...free],
        lists: lists.map((list) => [...list]),
        offsets: offsets.slice(0, count),
        lengths: lengths.slice(0, count),
        languageRefs: languageRefs.slice(0, count),
        licenceRefs: licenceRefs.slice(0, count),
        arena: arena.slice(0, used),
      }
    },
  }
  return store
}
