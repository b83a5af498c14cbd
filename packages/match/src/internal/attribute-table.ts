import { attributesPass, type CompiledFilter, type RecordAttributes } from '../record-filter.js'

/**
 * Filterable attributes of the records of an embedded index, by slot: each distinct attribute set is
 * stored once (most records share licences, languages, EQF level and places) and a slot holds a 4-byte
 * reference to it. A filter is evaluated once per distinct set and then answered per slot by two array
 * reads, cheap enough for hnswlib's filter callback.
 */
export interface AttributeTable {
  set(slot: number, attributes: RecordAttributes | undefined): void
  clear(slot: number): void
  /** Moves the attributes of `from` to `to` (the exact index compacts its slots). */
  move(from: number, to: number): void
  /** A predicate over slots for one query. */
  predicate(filter: CompiledFilter): (slot: number) => boolean
  /** The persisted form. */
  snapshot(): { refs: number[]; values: RecordAttributes[] }
  bufferBytes(): number
}

/** Creates an empty table, or one restored from {@link AttributeTable.snapshot}. */
export function createAttributeTable(restored?: { refs: readonly number[]; values: readonly RecordAttributes[] }): AttributeTable {
  let refs = new Int32Array(Math.max(64, restored?.refs.length ?? 0)).fill(-1)
  const values: RecordAttributes[] = []
  const index = new Map<string, number>()
  const intern = (attributes: RecordAttributes): number => {
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
    for (const value of restored.values) intern(value)
    refs.set(restored.refs)
  }
  const grow = (slot: number): void => {
    if (slot < refs.length) return
    const grown = new Int32Array(Math.max(slot + 1, refs.length * 2)).fill(-1)
    grown.set(refs)
    refs = grown
  }
  return {
    set(slot, attributes) {
      grow(slot)
      refs[slot] = attributes === undefined ? -1 : intern(attributes)
    },
    clear(slot) {
      if (slot < refs.length) refs[slot] = -1
    },
    move(from, to) {
      grow(to)
      refs[to] = from < refs.length ? (refs[from] as number) : -1
    },
    predicate(filter) {
      // Per distinct attribute set: 0 unknown, 1 passes, 2 fails (evaluated on first use).
      const verdicts = new Uint8Array(values.length + 1)
      const table = refs
      const none = values.length
      return (slot) => {
        const ref = slot < table.length ? (table[slot] as number) : -1
        const at = ref < 0 ? none : ref
        let verdict = verdicts[at] as number
        if (verdict === 0) {
          verdict = attributesPass(ref < 0 ? undefined : values[ref], filter) ? 1 : 2
          verdicts[at] = verdict
        }
        return verdict === 1
      }
    },
    snapshot() {
      let last = refs.length
      while (last > 0 && refs[last - 1] === -1) last--
      return { refs: Array.from(refs.subarray(0, last)), values: [...values] }
    },
    bufferBytes: () => refs.byteLength + values.length * 200,
  }
}

/** Restores a table from a file's meta (absent in files of earlier versions: an empty table); undefined when invalid. */
export function restoreAttributeTable(value: unknown, slots: number): AttributeTable | undefined {
  if (value === undefined) return createAttributeTable()
  if (typeof value !== 'object' || value === null) return undefined
  const { refs, values } = value as { refs?: unknown; values?: unknown }
  if (!Array.isArray(refs) || !Array.isArray(values) || refs.length > slots) return undefined
  if (!values.every((v) => typeof v === 'object' && v !== null)) return undefined
  if (!refs.every((ref) => Number.isInteger(ref) && ref >= -1 && ref < values.length)) return undefined
  return createAttributeTable({ refs: refs as number[], values: values as RecordAttributes[] })
}
