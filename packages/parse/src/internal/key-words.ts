import type { Line } from './lines.js'

/** A whole-word occurrence of a key in a folded text. */
export interface KeyWord {
  word: string
  /** Offset in the text. */
  at: number
  /** Index of the line it is in. */
  line: number
}

/**
 * A search for keys (lowercase ASCII letters and digits; other keys are left out) that stand as whole
 * ASCII words: not next to another ASCII letter or digit. Longest first, so that of two keys with a
 * common start the longer is tried first. No key needs escaping.
 */
export function createKeyWordPattern(keys: Iterable<string>): RegExp {
  const words = [...new Set(keys)].filter((key) => /^[a-z0-9]+$/.test(key)).sort((a, b) => b.length - a.length)
  return new RegExp(`(?<![A-Za-z0-9])(?:${words.join('|')})(?![A-Za-z0-9])`, 'g')
}

/**
 * Every match of a {@link createKeyWordPattern} pattern in `folded` (the text folded with
 * `foldSameLength`, so offsets are the text's), with its line: one search of the whole text instead of
 * a scan of every line. A match is letters and digits, so it lies inside one line's content.
 */
export function findKeyWords(folded: string, lines: readonly Line[], pattern: RegExp): KeyWord[] {
  const found: KeyWord[] = []
  let index = 0
  pattern.lastIndex = 0
  for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
    const at = match.index
    // Lines and matches are in order: the line of a match is the first that ends after its start.
    while (index < lines.length - 1 && (lines[index] as Line).end <= at) index++
    found.push({ word: match[0], at, line: index })
  }
  return found
}

const otherUnit = /[^\x00-\x7f]/g

/**
 * Marks (1) the lines whose tokens may include one of `keys`, for finders that give nothing on the
 * others. A token of ASCII letters and digits has the lowercase word as its key, so a line whose
 * content (after the list marker) is ASCII has one only where a key stands there as a whole word, a
 * {@link KeyWord} of a pattern that searched for the keys. A line with other units in its content is
 * always marked. (The unit before a line's content is a blank, a list marker or a line break, none of
 * which folds to a letter or digit, so the pattern's look-behind sees the same there as the tokenizer.)
 */
export function markKeyLines(text: string, lines: readonly Line[], keyWords: readonly KeyWord[], keys: ReadonlySet<string>): Uint8Array {
  const marked = new Uint8Array(lines.length)
  for (const { word, at, line } of keyWords) {
    if (keys.has(word) && at >= (lines[line] as Line).contentStart) marked[line] = 1
  }
  let index = 0
  otherUnit.lastIndex = 0
  for (let match = otherUnit.exec(text); match !== null; match = otherUnit.exec(text)) {
    const at = match.index
    while (index < lines.length - 1 && (lines[index] as Line).end <= at) index++
    const line = lines[index] as Line
    if (at >= line.contentStart && at < line.end) marked[index] = 1
  }
  return marked
}
