import { INVISIBLE_CHARACTERS, foldKey } from './normalize.js'

/** A token of a text: its span in the original text and its folded matching key. */
export interface Token {
  /** Offset of the first UTF-16 code unit. */
  start: number
  /** Offset after the last code unit. */
  end: number
  /** Folded key (see `foldKey`); for punctuation, the character itself. */
  norm: string
  /** `word` (letters, maybe digits), `number` (digits only) or `punct` (one other visible character). */
  kind: 'word' | 'number' | 'punct'
}

// Words may contain invisible characters (they are an evasion trick, not a separator).
const tokenPattern = /[\p{L}\p{M}\p{N}\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]+|[^\s\p{L}\p{M}\p{N}\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu
const digitsOnly = /^\p{N}+$/u

/**
 * Splits a text into word, number and punctuation tokens with offsets into the original text.
 * Linear in the length of the text.
 *
 * @example
 * tokenize("Dell'esperienza in C++").map((t) => t.norm) // ['dell', "'", 'esperienza', 'in', 'c', '+', '+']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0]
    const start = match.index
    const isWordish = raw.length > 1 || /[\p{L}\p{M}\p{N}]/u.test(raw)
    if (!isWordish) {
      tokens.push({ start, end: start + raw.length, norm: raw, kind: 'punct' })
      continue
    }
    const visible = raw.replace(INVISIBLE_CHARACTERS, '')
    if (visible.length === 0) continue
    const norm = foldKey(visible)
    if (norm.length === 0) continue
    tokens.push({ start, end: start + raw.length, norm, kind: digitsOnly.test(norm) ? 'number' : 'word' })
  }
  return tokens
}
