import { attributesPass, type CompiledFilter, type RecordAttributes } from '../record-filter.js'

/**
 * Filterable attributes of the records of an embedded index, by slot, in three parts interned separately
 * (levels: licences, languages, EQF; places; contract terms), so that each distinct part is stored once
 * and a slot holds three 4-byte references. A filter is evaluated once per distinct part and then
 * answered per slot by a few array reads, cheap enough for hnswlib's filter callback.
 */
export interface AttributeTable {
  set(slot: number, attributes: RecordAttributes | undefined): void
  clear(slot: number): void
  /** Moves the attributes of `from` to `to` (the exact index compacts its slots). */
  move(from: number, to: number): void
  /** A predicate over slots for one query. */
  predicate(filter: CompiledFilter): (slot: number) => boolean
  /** The persisted form: PARTS refs per slot (−1: none) and the distinct values they point to. */
  snapshot(): { refs: Int32Array; values: RecordAttributes[] }
  bufferBytes(): number
}

/** Attribute parts interned separately, so that a part shared by many records is stored once. */
const PARTS = 3

function split(attributes: RecordAttributes): [RecordAttributes, RecordAttributes, RecordAttributes] {
  const { places, remote, contracts, hoursPerWeek, ...levels } = attributes
  const where: RecordAttributes = {}
  if (places !== undefined) where.places = places
  if (remote !== undefined) where.remote = remote
  const terms: RecordAttributes = {}
  if (contracts !== undefined) terms.contracts = contracts
  if (hoursPerWeek !== undefined) terms.hoursPerWeek = hoursPerWeek
  return [levels, where, terms]
}

/** The part of a filter each attribute part answers. */
function splitFilter(filter: CompiledFilter): [CompiledFilter, CompiledFilter, CompiledFilter] {
  const nothing = { licences: [], languages: [], minEqf: 0, comuni: undefined, near: undefined, remote: false, placeFilter: false, contracts: undefined, hours: undefined }
  return [
    { ...nothing, licences: filter.licences, languages: filter.languages, minEqf: filter.minEqf },
    { ...nothing, comuni: filter.comuni, near: filter.near, remote: filter.remote, placeFilter: filter.placeFilter },
    { ...nothing, contracts: filter.contracts, hours: filter.hours },
  ]
}

/** Creates an empty table, or one restored from {@link AttributeTable.snapshot}. */
export function createAttributeTable(restored?: { refs: ArrayLike<number>; values: readonly RecordAttributes[] }): AttributeTable {
  // PARTS references per slot: levels (licences, languages, EQF), places, contract terms; −1: no record.
  let refs = new Int32Array(Math.max(64 * PARTS, restored?.refs.length ?? 0)).fill(-1)
  const values: RecordAttributes[] = []
  // The key index of the values, made on the first `set` (a restored table is often only read).
  let index: Map<string, number> | undefined
  const intern = (attributes: RecordAttributes): number => {
    if (index === undefined) {
      index = new Map()
      for (const [ref, value] of values.entries()) {
        const key = JSON.stringify(value)
        if (!index.has(key)) index.set(key, ref)
      }
    }
    const key = JSON.stringify(attributes)
    let ref = index.get(key)
    if (ref === undefined) {
      ref = values.length
      values.push(attributes)
      index.set(key, ref)
    }
    return ref
  }
  if (restored !== undefined) {
    for (const value of restored.values) values.push(value)
    refs.set(restored.refs)
  }
  const grow = (slot: number): void => {
    if ((slot + 1) * PARTS <= refs.length) return
    const grown = new Int32Array(Math.max((slot + 1) * PARTS, refs.length * 2)).fill(-1)
    grown.set(refs)
    refs = grown
  }
  return {
    set(slot, attributes) {
      grow(slot)
      const parts = attributes === undefined ? undefined : split(attributes)
      for (let part = 0; part < PARTS; part++) refs[slot * PARTS + part] = parts === undefined ? -1 : intern(parts[part] as RecordAttributes)
    },
    clear(slot) {
      if ((slot + 1) * PARTS <= refs.length) refs.fill(-1, slot * PARTS, (slot + 1) * PARTS)
    },
    move(from, to) {
      grow(to)
      for (let part = 0; part < PARTS; part++) refs[to * PARTS + part] = (from + 1) * PARTS <= refs.length ? (refs[from * PARTS + part] as number) : -1
    },
    predicate(filter) {
      // Per part and distinct value: 0 unknown, 1 passes, 2 fails (evaluated on first use).
      const filters = splitFilter(filter)
      const verdicts = filters.map(() => new Uint8Array(values.length + 1))
      const table = refs
      const none = values.length
      return (slot) => {
        for (let part = 0; part < PARTS; part++) {
          const at = slot * PARTS + part
          const ref = at < table.length ? (table[at] as number) : -1
          const cache = verdicts[part] as Uint8Array
          const key = ref < 0 ? none : ref
          let verdict = cache[key] as number
          if (verdict === 0) {
            verdict = attributesPass(ref < 0 ? undefined : values[ref], filters[part] as CompiledFilter) ? 1 : 2
            cache[key] = verdict
          }
          if (verdict === 2) return false
        }
        return true
      }
    },
    snapshot() {
      let last = refs.length
      while (last > 0 && refs[last - 1] === -1) last--
      last = Math.ceil(last / PARTS) * PARTS
      return { refs: refs.slice(0, last), values: [...values] }
    },
    bufferBytes: () => refs.byteLength + values.length * 200,
  }
}

/** Restores a table from a file's refs section and values (from its meta); undefined when invalid. */
export function restoreAttributeTable(refs: Int32Array | undefined, values: unknown, slots: number): AttributeTable | undefined {
  if (refs === undefined || !Array.isArray(values) || refs.length > slots * PARTS || refs.length % PARTS !== 0) return undefined
  if (!values.every((v) => typeof v === 'object' && v !== null)) return undefined
  const limit = values.length
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as number
    if (ref < -1 || ref >= limit) return undefined
  }
  return createAttributeTable({ refs, values: values as RecordAttributes[] })
}
