import type { ScoreInput } from './score-plan.js'

/**
 * Inverted lists of a matcher's records: per concept number, the slots of the profiles that hold it
 * (claims and occupations of experiences), and per occupation number, the slots of the profiles that
 * worked in it or state it as their objective. They let a query reach exactly the profiles that can
 * score on its concepts, instead of asking a vector index for neighbours (see `exactCandidates`).
 *
 * Entries are appended (slot, epoch); a slot's epoch changes when its record is replaced or removed,
 * so stale entries are skipped when read and dropped when a list is more than half stale. No object
 * per entry: two growable Int32Arrays per list.
 */
export interface ConceptPostings {
  /** Indexes the record just stored in `slot` (an earlier record of the slot must be removed first). */
  put(slot: number, input: ScoreInput): void
  /** Forgets the record `input` that was stored in `slot`. */
  remove(slot: number, input: ScoreInput): void
  /** Live slots holding the concept with this number (a view valid until the next `put`). */
  concept(number: number): PostingView
  /** Live slots with this occupation among experiences or objectives (a view valid until the next `put`). */
  occupation(number: number): PostingView
  /** Occupation numbers that have a posting list (any profile ever had them). */
  occupationNumbers(): readonly number[]
  /** One past the largest slot ever indexed. */
  readonly slotLimit: number
  /** Entries held, stale ones included (for memory figures). */
  entryCount(): number
}

/** A posting list: `length` entries of `slots`, each live when `epochs[i] === epochOf(slots[i])`. */
export interface PostingView {
  readonly slots: Int32Array
  readonly epochs: Int32Array
  readonly length: number
  /** The current epoch of a slot. */
  readonly current: Int32Array
  /** No entry is stale: the epoch check can be skipped. */
  readonly clean: boolean
}

interface List {
  slots: Int32Array<ArrayBuffer>
  epochs: Int32Array<ArrayBuffer>
  length: number
  stale: number
}

const EMPTY: PostingView = { slots: new Int32Array(0), epochs: new Int32Array(0), length: 0, current: new Int32Array(0), clean: true }

/** Creates empty postings. */
export function createConceptPostings(): ConceptPostings {
  const concepts: (List | undefined)[] = []
  const occupations: (List | undefined)[] = []
  const occupationKeys: number[] = []
  let epoch = new Int32Array(1024)
  let limit = 0

  const append = (table: (List | undefined)[], number: number, slot: number): void => {
    let list = table[number]
    if (list === undefined) {
      list = { slots: new Int32Array(8), epochs: new Int32Array(8), length: 0, stale: 0 }
      table[number] = list
      if (table === occupations) occupationKeys.push(number)
    }
    if (list.length === list.slots.length) {
      if (list.stale * 2 > list.length) compact(list)
      if (list.length === list.slots.length) {
        const slots = new Int32Array(list.slots.length * 2)
        slots.set(list.slots)
        const epochs = new Int32Array(list.slots.length * 2)
        epochs.set(list.epochs)
        list.slots = slots
        list.epochs = epochs
      }
    }
    list.slots[list.length] = slot
    list.epochs[list.length] = epoch[slot] as number
    list.length++
  }
  const compact = (list: List): void => {
    let n = 0
    for (let i = 0; i < list.length; i++) {
      const slot = list.slots[i] as number
      if (list.epochs[i] === epoch[slot]) {
        list.slots[n] = slot
        list.epochs[n] = list.epochs[i] as number
        n++
      }
    }
    list.length = n
    list.stale = 0
  }
  const view = (list: List | undefined): PostingView => {
    if (list === undefined) return EMPTY
    if (list.stale * 2 > list.length) compact(list)
    return { slots: list.slots, epochs: list.epochs, length: list.length, current: epoch, clean: list.stale === 0 }
  }
  /** The occupations of a record, each once. */
  const occupationsOf = (input: ScoreInput): number[] => {
    const seen: number[] = []
    for (const list of [input.occupations, input.targets]) for (const number of list) if (number >= 0 && !seen.includes(number)) seen.push(number)
    return seen
  }

  return {
    put(slot, input) {
      if (slot >= epoch.length) {
        const grown = new Int32Array(Math.max(slot + 1, epoch.length * 2))
        grown.set(epoch)
        epoch = grown
      }
      if (slot >= limit) limit = slot + 1
      for (const number of input.held) append(concepts, number, slot)
      // An occupation listed twice (two experiences, or an experience and the objective) is indexed once.
      for (const number of occupationsOf(input)) append(occupations, number, slot)
    },
    remove(slot, input) {
      if (slot >= epoch.length) return
      for (const number of input.held) {
        const list = concepts[number]
        if (list !== undefined) list.stale++
      }
      for (const number of occupationsOf(input)) {
        const list = occupations[number]
        if (list !== undefined) list.stale++
      }
      epoch[slot] = (epoch[slot] as number) + 1
    },
    concept: (number) => view(concepts[number]),
    occupation: (number) => view(occupations[number]),
    occupationNumbers: () => occupationKeys,
    get slotLimit() {
      return limit
    },
    entryCount() {
      let n = 0
      for (const list of concepts) n += list?.length ?? 0
      for (const list of occupations) n += list?.length ?? 0
      return n
    },
  }
}
