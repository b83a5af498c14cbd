import type { RedactionCategory } from '@incontro/core'

/** One replacement of `[start, end)` of the original text. */
export interface Edit {
  start: number
  end: number
  replacement: string
  category: RedactionCategory
}

/** A proposed edit with its priority (higher wins when two overlap). */
export interface Candidate extends Edit {
  priority: number
}

/** Priority of names found again in the text (the parser's own spans and honorifics rank above). */
export const namePriority = 60

/** The placeholder token of each category that is replaced by a placeholder (others get neutral forms). */
export const placeholders: Partial<Record<RedactionCategory, string>> = {
  name: '[NAME]',
  email: '[EMAIL]',
  phone: '[PHONE]',
  address: '[ADDRESS]',
  url: '[URL]',
  'codice-fiscale': '[CF]',
  iban: '[IBAN]',
  'id-number': '[ID]',
  'birth-date': '[BIRTH-DATE]',
  birthplace: '[BIRTHPLACE]',
  age: '[AGE]',
  nationality: '[NATIONALITY]',
  'marital-status': '[MARITAL-STATUS]',
  family: '[FAMILY]',
  health: '[HEALTH]',
  religion: '[RELIGION]',
  'trade-union': '[UNION]',
  'political-opinion': '[POLITICS]',
  photo: '[PHOTO]',
}

/** The placeholder of a category, or '' for categories that are removed. */
export function placeholderOf(category: RedactionCategory): string {
  return placeholders[category] ?? ''
}

/**
 * Chooses non-overlapping edits (higher priority first, then longer, then earlier), sorts them by
 * position and merges runs of the same placeholder separated only by spaces or tabs.
 */
export function resolveEdits(text: string, candidates: readonly Candidate[]): Edit[] {
  let ordered: Candidate[] = []
  // Whether every priority fits the numeric key below (what `every` over the kept candidates tested).
  let small = true
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate
    if (!(c.end > c.start || c.replacement.length > 0)) continue
    ordered.push(c)
    if (small && !(Number.isInteger(c.priority) && c.priority >= 0 && c.priority < 256)) small = false
  }
  if (text.length < 2 ** 22 && small) {
    // The same order through one number per candidate (priority, then length, then start, in 53 bits),
    // sorted stably as numbers (see stableOrder) instead of by up to six fields.
    const keys = scratchKeys(ordered.length)
    for (let i = 0; i < ordered.length; i++) {
      const c = ordered[i] as Candidate
      keys[i] = (255 - c.priority) * 2 ** 45 + (2 ** 22 - 1 - (c.end - c.start)) * 2 ** 23 + c.start
    }
    const unsorted = ordered
    const order = stableOrder(keys, ordered.length)
    ordered = new Array<Candidate>(order.length)
    for (let i = 0; i < order.length; i++) ordered[i] = unsorted[order[i] as number] as Candidate
  } else {
    ordered.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start)
  }
  const accepted = acceptNonOverlapping(text, ordered)
  const merged: Edit[] = []
  for (const edit of accepted) {
    // An accepted edit that changes nothing only protects its span from weaker edits.
    if (edit.replacement === text.slice(edit.start, edit.end)) continue
    const last = merged[merged.length - 1]
    if (
      last &&
      last.category === edit.category &&
      last.replacement === edit.replacement &&
      last.replacement.startsWith('[') &&
      spacesOrTabs(text, last.end, edit.start)
    ) {
      last.end = edit.end
      continue
    }
    // Accepted edits are fresh objects of the four fields (see acceptNonOverlapping), held nowhere else:
    // kept as they are instead of copied.
    merged.push(edit)
  }
  return merged
}

/** `/^[ \t]*$/.test(text.slice(from, to))`, without the slice. */
function spacesOrTabs(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9) return false
  }
  return true
}

/**
 * Typed arrays are reused from one call to the next, up to this many elements: each new one costs an
 * off-heap allocation and a backing store the collector tracks. Larger ones are made for the call.
 */
const scratchLimit = 1 << 16
let keysScratch = new Float64Array(256)
let marksScratch = new Uint8Array(4096)

/** A Float64Array of at least `n` elements (its contents are overwritten by the caller before use). */
function scratchKeys(n: number): Float64Array {
  if (n > scratchLimit) return new Float64Array(n)
  if (keysScratch.length < n) keysScratch = new Float64Array(Math.max(n, keysScratch.length * 2))
  return keysScratch
}

/** A Uint8Array of at least `n` elements, the first `n` zero, as `new Uint8Array(n)` gives. */
function zeroMarks(n: number): Uint8Array {
  if (n > scratchLimit) return new Uint8Array(n)
  if (marksScratch.length < n) marksScratch = new Uint8Array(Math.max(n, marksScratch.length * 2))
  else marksScratch.fill(0, 0, n)
  return marksScratch
}

/**
 * Indices in ascending order of the first `n` keys, equal keys in index order. A CV gives some 40 to 110
 * candidates, partly in order already: an insertion sort then needs no comparison callbacks; longer lists
 * take the library sort.
 */
function stableOrder(keys: Float64Array, n: number): number[] {
  const indices = new Array<number>(n)
  if (n > 128) {
    for (let i = 0; i < n; i++) indices[i] = i
    return indices.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b)
  }
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number
    let j = i
    while (j > 0 && (keys[indices[j - 1] as number] as number) > key) {
      indices[j] = indices[j - 1] as number
      j--
    }
    indices[j] = i
  }
  return indices
}

/**
 * The candidates, in order, that overlap none accepted before them, sorted by position. A candidate overlaps
 * an accepted edit when they share a code unit, or when it is an insertion strictly inside an accepted edit
 * or at the start of one, or it covers the place of an accepted insertion. Accepted edits are marked on the
 * text, so each candidate is checked in time proportional to its own length: linear in the text and the
 * candidates (a sorted list with insertion by `splice` was quadratic in the number of edits).
 */
function acceptNonOverlapping(text: string, ordered: readonly Candidate[]): Edit[] {
  let size = text.length
  for (const c of ordered) if (c.end > size) size = c.end
  // One byte per position: COVERED (inside an accepted replacement), STARTS (an accepted edit starts here),
  // INSERTION (an accepted insertion stands here).
  const marks = zeroMarks(size + 1)
  const accepted: Edit[] = []
  for (const c of ordered) {
    if (c.start < 0 || c.end < c.start) continue
    let overlaps = false
    if (c.start === c.end) {
      // Two insertions at one place, an insertion at the start of an edit, or strictly inside one.
      overlaps = ((marks[c.start] as number) & STARTS) !== 0 || (c.start > 0 && ((marks[c.start - 1] as number) & (marks[c.start] as number) & COVERED) !== 0)
    } else {
      for (let p = c.start; p < c.end && !overlaps; p++) overlaps = ((marks[p] as number) & (COVERED | INSERTION)) !== 0
    }
    if (overlaps) continue
    accepted.push({ start: c.start, end: c.end, replacement: c.replacement, category: c.category })
    marks[c.start] = (marks[c.start] as number) | STARTS
    if (c.start === c.end) marks[c.start] = (marks[c.start] as number) | INSERTION
    else for (let p = c.start; p < c.end; p++) marks[p] = (marks[p] as number) | COVERED
  }
  // Starts are distinct: two accepted edits never start at one place.
  return accepted.sort((a, b) => a.start - b.start)
}

const COVERED = 1
const STARTS = 2
const INSERTION = 4

/** Applies sorted, non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = ''
  let at = 0
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.replacement
    at = edit.end
  }
  return out + text.slice(at)
}
