import { INVISIBLE_CHARACTERS, foldKey, foldLatin } from './normalize.js'

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
const wordChar = /^[\p{L}\p{M}\p{N}\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]$/u
const spaceChar = /^\s$/u
const letterChar = /[\p{L}\p{M}\p{N}]/u
const digitsOnly = /^\p{N}+$/u

const WORD = 1
const SPACE = 2
const PUNCT = 3
const INVISIBLE = 4
// Class of every code unit of the Basic Multilingual Plane, filled on first sight (0 = not yet known).
const classes = new Uint8Array(0x10000)
for (let code = 0; code < 0x80; code++) {
  const char = String.fromCharCode(code)
  classes[code] = wordChar.test(char) ? WORD : spaceChar.test(char) ? SPACE : PUNCT
}

function classOf(code: number): number {
  const known = classes[code] as number
  if (known !== 0) return known
  const char = String.fromCharCode(code)
  let found = PUNCT
  if (wordChar.test(char)) found = letterChar.test(char) ? WORD : INVISIBLE
  else if (spaceChar.test(char)) found = SPACE
  classes[code] = found
  return found
}

// A character outside the BMP (a surrogate pair): word character or not, tested on the code point.
function astralClass(text: string, index: number): number {
  const point = text.codePointAt(index) as number
  const char = String.fromCodePoint(point)
  return wordChar.test(char) ? WORD : spaceChar.test(char) ? SPACE : PUNCT
}

function isSurrogatePair(text: string, index: number, code: number): boolean {
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return false
  const low = text.charCodeAt(index + 1)
  return low >= 0xdc00 && low <= 0xdfff
}

/**
 * Splits a text into word, number and punctuation tokens with offsets into the original text.
 * Linear in the length of the text: one pass over its code units, with a fast path for words in
 * Latin script (no Unicode normalization unless a character needs it).
 *
 * @example
 * tokenize("Dell'esperienza in C++").map((t) => t.norm) // ['dell', "'", 'esperienza', 'in', 'c', '+', '+']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const length = text.length
  let i = 0
  while (i < length) {
    const code = text.charCodeAt(i)
    const pair = isSurrogatePair(text, i, code)
    const cls = pair ? astralClass(text, i) : classOf(code)
    if (cls === SPACE) {
      i += pair ? 2 : 1
      continue
    }
    if (cls === PUNCT) {
      if (pair) {
        // A symbol outside the BMP (an emoji) is two code units long, and was always keyed like a word.
        const raw = text.slice(i, i + 2)
        const norm = foldKey(raw)
        if (norm.length > 0) tokens.push({ start: i, end: i + 2, norm, kind: digitsOnly.test(norm) ? 'number' : 'word' })
        i += 2
        continue
      }
      tokens.push({ start: i, end: i + 1, norm: text[i] as string, kind: 'punct' })
      i++
      continue
    }
    // A run of word characters (letters, marks, digits, invisible characters).
    const start = i
    let simple = true
    let digits = true
    while (i < length) {
      const c = text.charCodeAt(i)
      if (c < 0x80) {
        const k = classes[c] as number
        if (k !== WORD) break
        if (c > 0x39) digits = false
        i++
        continue
      }
      const p = isSurrogatePair(text, i, c)
      const k = p ? astralClass(text, i) : classOf(c)
      if (k !== WORD && k !== INVISIBLE) break
      simple = false
      i += p ? 2 : 1
    }
    if (simple) {
      // ASCII letters and digits only: the key is the lowercase word.
      const norm = foldLatin(text, start, i) as string
      tokens.push({ start, end: i, norm, kind: digits ? 'number' : 'word' })
      continue
    }
    const raw = text.slice(start, i)
    if (raw.length === 1 && !letterChar.test(raw)) {
      // A lone invisible character is kept as punctuation, as the pattern-based tokenizer did.
      tokens.push({ start, end: i, norm: raw, kind: 'punct' })
      continue
    }
    const visible = raw.replace(INVISIBLE_CHARACTERS, '')
    if (visible.length === 0) continue
    const norm = foldKey(visible)
    if (norm.length === 0) continue
    tokens.push({ start, end: i, norm, kind: digitsOnly.test(norm) ? 'number' : 'word' })
  }
  return tokens
}
