import type { Field, Span } from '@incontro/core'

/** One line of a document: offsets of its trimmed content and of the text after a list marker. */
export interface Line {
  index: number
  /** Offset of the first non-blank character (equals `end` for a blank line). */
  start: number
  /** Offset after the last non-blank character. */
  end: number
  /** Offset where the content starts after a list marker or an inline heading. */
  contentStart: number
  blank: boolean
  listItem: boolean
}

// U+FFFD is a bullet whose character was lost in a conversion; "o " is Word's second-level bullet.
const bullets = new Set(['-', '•', '*', '·', '–', '▪', '◦', '○', '►', '▸', '✓', '✔', '→', '>', '●', '■', '♦', '◆', '➢', '❖', '\uFFFD'])

/** Longest line the field extractors look at; longer lines are not CV prose and are skipped. */
export const MAX_LINE_LENGTH = 2000

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)
}

/** Splits a text into lines in one pass, recording list markers ("- ", "• ", "1. ", "2) "). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let lineStart = 0
  const length = text.length
  while (lineStart <= length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = length
    let start = lineStart
    let end = lineEnd
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    const blank = start === end
    let contentStart = start
    let listItem = false
    if (!blank) {
      const first = text[start] ?? ''
      const needsSpace = first === '-' || first === '*' || first === '>' || first === '–' || first === '→'
      const wordBullet = first === 'o' && start + 2 < end && text.charCodeAt(start + 1) === 32 && !isSpace(text.charCodeAt(start + 2))
      if ((bullets.has(first) && (start + 1 === end || isSpace(text.charCodeAt(start + 1)) || !needsSpace)) || wordBullet) {
        listItem = true
        contentStart = start + 1
      } else {
        let digits = start
        while (digits < end && digits - start < 3 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++
        const marker = text[digits]
        if (digits > start && digits - start <= 2 && (marker === '.' || marker === ')') && isSpace(text.charCodeAt(digits + 1))) {
          listItem = true
          contentStart = digits + 1
        }
      }
      while (contentStart < end && isSpace(text.charCodeAt(contentStart))) contentStart++
    }
    lines.push({ index: lines.length, start, end, contentStart, blank, listItem })
    if (lineEnd === length) break
    lineStart = lineEnd + 1
  }
  return lines
}

// Patterns with `\p{…}` are module constants: the build turns such a literal into a `new RegExp` call at each use.
const aLetter = /\p{L}/u
const trimmable = new Set([' ', '\t', '\u00a0', ',', ';', ':', '|', '-', '‐', '–', '—', '‑', '(', ')', '[', ']', '/', '.', '•', '*', '·'])

/** Shrinks `[start, end)` past blanks and separators on both sides; keeps a closing `)` or `.` that belongs to the text. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start
  let e = end
  while (s < e && trimmable.has(text[s] ?? '')) s++
  while (e > s && trimmable.has(text[e - 1] ?? '')) {
    const char = text[e - 1]
    // Keep "S.p.A." and "(MI)" intact.
    if (char === '.' && e - 2 > s && aLetter.test(text[e - 2] ?? '') && text[e - 3] === '.') break
    if (char === ')' && text.lastIndexOf('(', e - 1) >= s) break
    e--
  }
  return { start: s, end: e }
}

/** A {@link Field} for `[start, end)` after trimming, or `undefined` when nothing is left. */
export function makeField(text: string, start: number, end: number): Field | undefined {
  const span = trimSpan(text, start, end)
  if (span.end <= span.start) return undefined
  return { text: text.slice(span.start, span.end), span }
}

/** Folded UTF-16 unit of each non-ASCII unit seen so far (lowercase, first unit of its NFD form). */
const foldedUnits = new Map<number, number>()
const asciiOnly = /^[\x00-\x7f]*$/
const nonAsciiRun = /[^\x00-\x7f]+/g

function foldUnit(code: number): number {
  let folded = foldedUnits.get(code)
  if (folded === undefined) {
    const char = String.fromCharCode(code)
    const lower = char.toLowerCase()
    const base = lower.length === 1 ? (lower.normalize('NFD')[0] ?? lower) : char
    folded = (base.length === 1 ? base : char).charCodeAt(0)
    foldedUnits.set(code, folded)
  }
  return folded
}

/**
 * Lowercases and removes accents one UTF-16 unit at a time, so offsets in the result are offsets in
 * the input (unlike `foldKey`, which may change lengths). Used to find keywords in place.
 */
export function foldSameLength(text: string): string {
  // ASCII lowercases one unit for one unit.
  if (asciiOnly.test(text)) return text.toLowerCase()
  return text.length <= maxPiecedLength ? foldPieces(text) : foldUnits(text)
}

/** Longest text folded piece by piece (a longer one could be thousands of pieces). */
const maxPiecedLength = 1 << 16

/** The ASCII stretches between other units lowercased natively, the other units one by one: most text is mostly ASCII. */
function foldPieces(text: string): string {
  let out = ''
  let from = 0
  nonAsciiRun.lastIndex = 0
  for (let match = nonAsciiRun.exec(text); match !== null; match = nonAsciiRun.exec(text)) {
    out += text.slice(from, match.index).toLowerCase()
    from = match.index + match[0].length
    for (let i = match.index; i < from; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)))
  }
  return out + text.slice(from).toLowerCase()
}

function foldUnits(text: string): string {
  const units = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    units[i] = code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldUnit(code)
  }
  let out = ''
  for (let from = 0; from < text.length; from += 4096) {
    out += String.fromCharCode.apply(null, units.subarray(from, Math.min(text.length, from + 4096)) as unknown as number[])
  }
  return out
}

/** The line holding offset `offset` (the last line starting at or before it), by binary search over the lines' starts. */
export function lineAtOffset(lines: readonly Line[], offset: number): Line {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((lines[middle] as Line).start <= offset) low = middle
    else high = middle - 1
  }
  return lines[low] as Line
}

/** Whether the character at `index` is a letter or digit (for word-boundary checks). */
export function isWordChar(text: string, index: number): boolean {
  // NaN (no character at `index`) fails every comparison.
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return code >= 128 && /[\p{L}\p{N}]/u.test(text[index] as string)
}

/** Every whole-word occurrence of `word` (already folded) in `folded`, as start offsets. */
export function findWord(folded: string, word: string, from = 0, to = folded.length): number[] {
  const found: number[] = []
  let at = folded.indexOf(word, from)
  while (at !== -1 && at + word.length <= to) {
    if (!isWordChar(folded, at - 1) && !isWordChar(folded, at + word.length)) found.push(at)
    at = folded.indexOf(word, at + 1)
  }
  return found
}
