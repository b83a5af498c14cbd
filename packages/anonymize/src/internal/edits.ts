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
  let ordered = candidates.filter((c) => c.end > c.start || c.replacement.length > 0)
  if (text.length < 2 ** 22 && ordered.every((c) => Number.isInteger(c.priority) && c.priority >= 0 && c.priority < 256)) {
    // The same order through one number per candidate (priority, then length, then start, in 53 bits),
    // sorted stably as numbers (see stableOrder) instead of by up to six fields.
    const keys = new Float64Array(ordered.length)
    for (let i = 0; i < ordered.length; i++) {
      const c = ordered[i] as Candidate
      keys[i] = (255 - c.priority) * 2 ** 45 + (2 ** 22 - 1 - (c.end - c.start)) * 2 ** 23 + c.start
    }
    const unsorted = ordered
    ordered = stableOrder(keys).map((i) => unsorted[i] as Candidate)
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
      /^[ \t]*$/.test(text.slice(last.end, edit.start))
    ) {
      last.end = edit.end
      continue
    }
    merged.push({ ...edit })
  }
  return merged
}

/**
 * Indices in ascending order of their keys, equal keys in index order. A CV gives some 40 to 110 candidates,
 * partly in order already: an insertion sort then needs no comparison callbacks; longer lists take the
 * library sort.
 */
function stableOrder(keys: Float64Array): number[] {
  const indices = new Array<number>(keys.length)
  if (keys.length > 128) {
    for (let i = 0; i < keys.length; i++) indices[i] = i
    return indices.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b)
  }
  for (let i = 0; i < keys.length; i++) {
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
  const marks = new Uint8Array(size + 1)
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
