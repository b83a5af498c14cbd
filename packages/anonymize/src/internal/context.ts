import type { IdentityRecord, Language, Span, Token } from '@incontro/core'
import type { Annotator, Taxonomy } from '@incontro/taxonomy'
import type { Candidate } from './edits.js'
import { lineIndex, type LineIndex } from './search.js'

/** What every detector reads. */
export interface ScrubContext {
  text: string
  tokens: readonly Token[]
  language: Language
  /** Spans of header and personal sections, where bare personal words count as personal data. */
  personal: readonly Span[]
  identity?: IdentityRecord
  /** Keep gendered nouns about clients and topics ("salute delle donne"); self-descriptions go either way. */
  keepTopicNouns?: boolean
  taxonomy: Taxonomy
  annotator: Annotator
  /**
   * What the shared helpers below compute once per text, kept on the context itself (cheaper than a
   * `WeakMap` lookup at every call); `scrubText` sets an empty one, and a context without one gets one on
   * first use (see {@link memoOf}).
   */
  memo?: ContextMemo
}

/** The per-text results of the shared helpers ({@link newContextMemo} makes an empty one). */
export interface ContextMemo {
  lines: LineIndex | undefined
  positions: TriggerPositions | undefined
  /** -1 until computed. */
  longestDigit: number
}

/** An empty {@link ContextMemo}, for a new context. */
export function newContextMemo(): ContextMemo {
  return { lines: undefined, positions: undefined, longestDigit: -1 }
}

/** The memo of a context, made on first use. */
function memoOf(context: ScrubContext): ContextMemo {
  return context.memo ?? (context.memo = newContextMemo())
}

/** A detector proposes candidate edits. */
export type Detector = (context: ScrubContext) => Candidate[]

/** Punctuation skipped inside phrases ("C.F.", "e-mail", "carta d'identità"). */
const joiners = new Set(['.', "'", '’', '-'])

/** Whether only spaces or tabs stand between two offsets. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 0xa0) return false
  }
  return true
}

/**
 * Matches a phrase of folded words at token `i` (words on one line, joined by spaces or by
 * `.`, `'`, `-`). Returns the index after the last matched token, or -1.
 */
export function matchPhrase(text: string, tokens: readonly Token[], i: number, phrase: readonly string[]): number {
  let t = i
  for (let p = 0; p < phrase.length; p++) {
    while (p > 0 && tokens[t]?.kind === 'punct' && joiners.has(tokens[t]?.norm ?? '')) t++
    const token = tokens[t]
    if (!token || token.norm !== phrase[p]) return -1
    if (p > 0 && !onlySpaces(text, (tokens[t - 1] as Token).end, token.start)) return -1
    t++
  }
  return t
}

/** The line index of a context's text, built once per context. */
function linesOf(context: ScrubContext): LineIndex {
  const memo = memoOf(context)
  return memo.lines ?? (memo.lines = lineIndex(context.text))
}

/**
 * End of the line containing `offset` (the index of its newline, or the text length), from the text's
 * {@link lineIndex}: a detector asking at every token stays linear on a text of one long line.
 */
export function lineEnd(context: ScrubContext, offset: number): number {
  return linesOf(context).endOf(offset)
}

/** Start of the line containing `offset` (after the last newline before it). */
export function lineStart(context: ScrubContext, offset: number): number {
  return offset === 0 ? 0 : linesOf(context).startOf(offset)
}

/** Whether `offset` lies in a header or personal section. */
export function inPersonal(context: ScrubContext, offset: number): boolean {
  for (const s of context.personal) if (offset >= s.start && offset < s.end) return true
  return false
}

/** Whether the token starts with an uppercase letter. */
export function isCapitalised(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start)
  // ASCII fast path (no ASCII character is invisible).
  if (code < 0x80) return code >= 65 && code <= 90
  const first = text.slice(token.start, token.start + 2).replace(/[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g, '')
  const c = first.charAt(0)
  return c !== c.toLowerCase() && c === c.toUpperCase()
}

/** Whether every letter of the token is uppercase. */
export function isAllCaps(text: string, token: Token): boolean {
  const raw = text.slice(token.start, token.end)
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase()
}

/** The replacement with the capitalisation of the original word ("She" → "They", "LEI" → "LƏI"). */
export function matchCase(original: string, replacement: string): string {
  if (replacement.length === 0) return replacement
  // ASCII fast path: the same answer without building the string of letters. The first code unit
  // outside ASCII sends the whole word to the general path (no regular expression tests for it first).
  let count = 0
  let upper = 0
  let firstUpper = false
  let ascii = true
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i)
    if (c >= 0x80) {
      ascii = false
      break
    }
    const isUpper = c >= 65 && c <= 90
    if (!isUpper && !(c >= 97 && c <= 122)) continue
    if (count === 0) firstUpper = isUpper
    count++
    if (isUpper) upper++
  }
  if (ascii) {
    if (count > 1 && upper === count) return replacement.toUpperCase()
    return firstUpper ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
  }
  const letters = original.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase()
  const first = letters.charAt(0)
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}

/** A removal of a word together with the whitespace after it (or before it, at the end of a line). */
export function removalSpan(text: string, start: number, end: number): { start: number; end: number } {
  let e = end
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++
  if (e > end) return { start, end: e }
  let s = start
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--
  return { start: s, end }
}

/** Phrases grouped by their first word, so a scan tries only the phrases that can start at a token. */
export function phrasesByFirstWord<T extends { readonly phrase: readonly string[] }>(entries: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>()
  for (const entry of entries) {
    const first = entry.phrase[0]
    if (first === undefined) continue
    const list = map.get(first) ?? []
    list.push(entry)
    map.set(first, list)
  }
  return map
}

/**
 * A set of words a detector's matches start with. Every trigger is registered when its module loads,
 * so one pass over the tokens of a text finds the positions of all of them (see {@link tokensWith}).
 */
export interface Trigger {
  readonly bit: number
}

/** Folded word → the bits of the triggers that contain it. */
const triggerBits = new Map<string, number>()
let triggerCount = 0

/** Registers the words a detector's matches start with (at module load; at most 31 triggers). */
export function trigger(words: Iterable<string>): Trigger {
  if (triggerCount >= 31) throw new Error('trigger: at most 31 triggers')
  const bit = triggerCount++
  for (const word of words) triggerBits.set(word, (triggerBits.get(word) ?? 0) | (1 << bit))
  return { bit }
}

/** Token positions of every trigger, and of the number tokens; built once per context. */
export interface TriggerPositions {
  byTrigger: (number[] | undefined)[]
  numbers: number[]
  /** `tokensWith(…, true)` of each trigger, merged on first request. */
  withNumbers: (readonly number[] | undefined)[]
}

function triggerPositions(context: ScrubContext): TriggerPositions {
  const memo = memoOf(context)
  return memo.positions ?? (memo.positions = findTriggerPositions(context.tokens))
}

function findTriggerPositions(tokens: readonly Token[]): TriggerPositions {
  // A list only for the triggers that occur (most of the 31 do not, in one text).
  const found: TriggerPositions = { byTrigger: new Array<number[] | undefined>(triggerCount).fill(undefined), numbers: [], withNumbers: [] }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind === 'punct') continue
    if (token.kind === 'number') found.numbers.push(i)
    let bits = triggerBits.get(token.norm)
    while (bits !== undefined && bits !== 0) {
      const bit = 31 - Math.clz32(bits)
      const list = found.byTrigger[bit]
      if (list) list.push(i)
      else found.byTrigger[bit] = [i]
      bits &= ~(1 << bit)
    }
  }
  return found
}

const noPositions: readonly number[] = []

/**
 * Indices (ascending) of the word and number tokens whose folded text is a word of `words`, and of every
 * number token as well when `numbers` is set. Detectors visit only the tokens a match can start at: one
 * pass over the tokens finds the positions of every trigger at once. The lists are shared: callers only read them.
 */
export function tokensWith(context: ScrubContext, words: Trigger, numbers = false): readonly number[] {
  const found = triggerPositions(context)
  const list = found.byTrigger[words.bit] ?? noPositions
  if (!numbers || found.numbers.length === 0) return list
  if (list.length === 0) return found.numbers
  return found.withNumbers[words.bit] ?? (found.withNumbers[words.bit] = mergeAscending(list, found.numbers))
}

/** The union of two ascending lists of distinct numbers, ascending, each number once. */
export function mergeAscending(xs: readonly number[], ys: readonly number[]): number[] {
  const out: number[] = []
  let a = 0
  let b = 0
  while (a < xs.length && b < ys.length) {
    const x = xs[a] as number
    const y = ys[b] as number
    if (x <= y) {
      out.push(x)
      a++
      if (x === y) b++
    } else {
      out.push(y)
      b++
    }
  }
  while (a < xs.length) out.push(xs[a++] as number)
  while (b < ys.length) out.push(ys[b++] as number)
  return out
}

/** A sticky copy of each pattern, for searches at one position. */
const stickyCopies = new WeakMap<RegExp, RegExp>()

function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickyCopies.get(pattern)
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`)
    stickyCopies.set(pattern, sticky)
  }
  return sticky
}

/**
 * The matches of a global regular expression, like `text.matchAll(pattern)`, for an expression whose every
 * match contains an anchor (found by `nextAnchor(text, from)`: the first at or after `from`, or -1) and
 * starts at most `reach` code units before it. The expression is tried only at the positions from `reach`
 * before each anchor up to it (and only where `canStart` allows, a test every match start passes), not over
 * the whole text: no match can start before the first anchor at or after the search position minus `reach`.
 */
export function* matchAllNear(
  pattern: RegExp,
  text: string,
  nextAnchor: (text: string, from: number) => number,
  reach: number,
  canStart?: (text: string, at: number) => boolean,
): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error('matchAllNear: the pattern needs the g flag')
  const sticky = stickyOf(pattern)
  let from = 0
  while (from <= text.length) {
    const anchor = nextAnchor(text, from)
    if (anchor < 0) return
    let match: RegExpExecArray | null = null
    for (let at = Math.max(from, anchor - reach); at <= anchor && match === null; at++) {
      if (canStart !== undefined && !canStart(text, at)) continue
      sticky.lastIndex = at
      match = sticky.exec(text)
    }
    if (match === null) {
      from = anchor + 1
      continue
    }
    yield match
    from = match.index + Math.max(1, match[0].length)
  }
}

/** The first of several literal anchors at or after `from`, or -1. */
export function firstOf(...anchors: string[]): (text: string, from: number) => number {
  return (text, from) => {
    let first = -1
    for (const anchor of anchors) {
      const at = text.indexOf(anchor, from)
      if (at >= 0 && (first < 0 || at < first)) first = at
    }
    return first
  }
}

/** The length (in code units) of the longest word or number token holding a digit; computed once per context. */
export function longestDigitToken(context: ScrubContext): number {
  const memo = memoOf(context)
  return memo.longestDigit >= 0 ? memo.longestDigit : (memo.longestDigit = findLongestDigitToken(context))
}

function findLongestDigitToken(context: ScrubContext): number {
  let found = 0
  for (const token of context.tokens) {
    const length = token.end - token.start
    if (length > found && token.kind !== 'punct' && (token.kind === 'number' || hasDigit(context.text, token.start, token.end))) found = length
  }
  return found
}

/**
 * `text.matchAll(pattern)` for a pattern whose every match is a run of letters and digits of at least
 * `minLength` code units (so inside one word or number token that long, holding a digit when `withDigit`):
 * only those tokens are searched, one position at a time, instead of the whole text. Tested equal to
 * `matchAll` on random texts for the codice fiscale and document-number patterns.
 */
export function matchAllInTokens(pattern: RegExp, context: ScrubContext, minLength: number, withDigit = false): RegExpExecArray[] {
  if (!pattern.global) throw new Error('matchAllInTokens: the pattern needs the g flag')
  const sticky = stickyOf(pattern)
  const { text } = context
  const out: RegExpExecArray[] = []
  for (const token of context.tokens) {
    if (token.end - token.start < minLength || token.kind === 'punct') continue
    if (withDigit && token.kind !== 'number' && !hasDigit(text, token.start, token.end)) continue
    let at = token.start
    while (at + minLength <= token.end) {
      sticky.lastIndex = at
      const match = sticky.exec(text)
      if (match === null) {
        at++
        continue
      }
      out.push(match)
      at = match.index + Math.max(1, match[0].length)
    }
  }
  return out
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) return true
  }
  return false
}
