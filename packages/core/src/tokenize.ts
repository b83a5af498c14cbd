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

// What an ASCII word character adds to a word: DIGIT for 0-9, LETTER for a-z, LETTER | UPPER for A-Z.
const DIGIT = 1
const LETTER = 2
const UPPER = 4
const asciiWord = new Uint8Array(0x80)
for (let code = 0x30; code <= 0x39; code++) asciiWord[code] = DIGIT
for (let code = 0x61; code <= 0x7a; code++) asciiWord[code] = LETTER
for (let code = 0x41; code <= 0x5a; code++) asciiWord[code] = LETTER | UPPER

// Keys of recent ASCII words with a capital letter, by length and a few of their lowercase code units:
// CV text repeats its capitalised words ("Excel", "HACCP"), and comparing with a cached key is cheaper
// than lowercasing a slice again. Direct-mapped (a new word replaces the old one in its slot) and
// bounded; a cached key is a fresh lowercase copy, so it never keeps a document alive. Lowercase words
// are sliced: that is as cheap as comparing.
const cacheMask = (1 << 12) - 1
const maxCachedLength = 32
const cachedKeys: (string | undefined)[] = new Array(cacheMask + 1).fill(undefined)

/** The lowercase key of `text.slice(start, end)`, an ASCII word with a capital letter. */
function lowercaseKey(text: string, start: number, end: number): string {
  const length = end - start
  if (length > maxCachedLength) return text.slice(start, end).toLowerCase()
  // `| 0x20` lowercases an ASCII letter and leaves a digit as it is.
  const first = text.charCodeAt(start) | 0x20
  const last = text.charCodeAt(end - 1) | 0x20
  const slot = (first * 961 + last * 31 + (text.charCodeAt(start + (length >> 1)) | 0x20) + length * 7919) & cacheMask
  const cached = cachedKeys[slot]
  if (cached !== undefined && cached.length === length) {
    let k = 0
    while (k < length && cached.charCodeAt(k) === (text.charCodeAt(start + k) | 0x20)) k++
    if (k === length) return cached
  }
  const key = text.slice(start, end).toLowerCase()
  cachedKeys[slot] = key
  return key
}

/**
 * Splits a text into word, number and punctuation tokens with offsets into the original text.
 * Linear in the length of the text: one pass over its code units, with a fast path for ASCII (a class
 * table, keys of repeated words from a small cache) and for words in Latin script (folded character
 * by character, no Unicode normalization unless a character needs it).
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
    if (code < 0x80) {
      const cls = classes[code] as number
      if (cls === SPACE) {
        i++
        continue
      }
      if (cls === PUNCT) {
        tokens.push({ start: i, end: i + 1, norm: text[i] as string, kind: 'punct' })
        i++
        continue
      }
    } else {
      const pair = isSurrogatePair(text, i, code)
      const cls = pair ? astralClass(text, i) : classOf(code)
      if (cls === SPACE) {
        i += pair ? 2 : 1
        continue
      }
      if (cls === PUNCT) {
        if (pair) {
          // A symbol outside the BMP (an emoji) is two code units long, and was always keyed like a word.
          const norm = foldKey(text.slice(i, i + 2))
          if (norm.length > 0) tokens.push({ start: i, end: i + 2, norm, kind: digitsOnly.test(norm) ? 'number' : 'word' })
          i += 2
          continue
        }
        tokens.push({ start: i, end: i + 1, norm: text[i] as string, kind: 'punct' })
        i++
        continue
      }
    }
    // A run of word characters (letters, marks, digits, invisible characters).
    const start = i
    let ascii = true
    let seen = 0
    // The code unit that ended the run: a space after a word is skipped here without reading it again.
    let stop = 0
    while (i < length) {
      const c = text.charCodeAt(i)
      stop = c
      if (c < 0x80) {
        const word = asciiWord[c] as number
        if (word === 0) break
        seen |= word
        i++
        continue
      }
      const p = isSurrogatePair(text, i, c)
      const k = p ? astralClass(text, i) : classOf(c)
      if (k !== WORD && k !== INVISIBLE) break
      ascii = false
      i += p ? 2 : 1
    }
    if (ascii) {
      // ASCII letters and digits only: the key is the lowercase word.
      const norm = seen & UPPER ? lowercaseKey(text, start, i) : text.slice(start, i)
      tokens.push({ start, end: i, norm, kind: seen & LETTER ? 'word' : 'number' })
      if (stop === 0x20) i++
      continue
    }
    if (i - start === 1 && classOf(text.charCodeAt(start)) === INVISIBLE) {
      // A lone invisible character is kept as punctuation, as the pattern-based tokenizer did.
      tokens.push({ start, end: i, norm: text[start] as string, kind: 'punct' })
      continue
    }
    // Below U+0250 the only invisible character is the soft hyphen, which folds to nothing, so the
    // character-by-character fold of the whole run is the key of its visible characters.
    const norm = foldLatin(text, start, i) ?? foldKey(text.slice(start, i).replace(INVISIBLE_CHARACTERS, ''))
    if (norm.length === 0) continue
    tokens.push({ start, end: i, norm, kind: digitsOnly.test(norm) ? 'number' : 'word' })
  }
  return tokens
}
