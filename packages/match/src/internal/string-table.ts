/**
 * A list of strings (some absent) as two binary sections: `ends` (u32 per entry: the byte offset where the
 * entry ends in `text`, with the top bit set for an absent entry) and `text` (the UTF-8 bytes, back to
 * back). Reading it back decodes the whole text once and slices it, with no JSON and no per-entry parse.
 */
export interface StringTable {
  ends: Uint32Array
  text: Buffer
}

const ABSENT = 0x8000_0000

/** Encodes `list` (null or undefined: an absent entry). */
export function encodeStringTable(list: readonly (string | null | undefined)[]): StringTable {
  const ends = new Uint32Array(list.length)
  const chunks: Buffer[] = []
  let at = 0
  for (let i = 0; i < list.length; i++) {
    const value = list[i]
    if (value === null || value === undefined) {
      ends[i] = at | ABSENT
      continue
    }
    const bytes = Buffer.from(value, 'utf8')
    chunks.push(bytes)
    at += bytes.length
    if (at >= ABSENT) throw new RangeError('A string table holds at most 2 GB of text.')
    ends[i] = at
  }
  return { ends, text: Buffer.concat(chunks, at) }
}

/**
 * Decodes a table; undefined when it is inconsistent (offsets going back or beyond the text). Absent
 * entries are `null`.
 */
export function decodeStringTable(ends: Uint32Array, text: Buffer): (string | null)[] | undefined {
  const list = new Array<string | null>(ends.length)
  const whole = text.toString('utf8')
  // Pure ASCII (pseudonymous ids, most terms): byte offsets are character offsets, so slices of one string.
  const ascii = whole.length === text.length
  let start = 0
  for (let i = 0; i < ends.length; i++) {
    const raw = ends[i] as number
    const end = raw & 0x7fff_ffff
    if (end < start || end > text.length) return undefined
    if (raw >= ABSENT) {
      if (end !== start) return undefined
      list[i] = null
      continue
    }
    list[i] = ascii ? whole.slice(start, end) : text.toString('utf8', start, end)
    start = end
  }
  return start === text.length ? list : undefined
}
