import type { IdentityRecord, Language, Span, Token } from '@incontro/core'
import type { Annotator, Taxonomy } from '@incontro/taxonomy'
import type { Candidate } from './edits.js'

/** What every detector reads. */
export interface ScrubContext {
  text: string
  tokens: readonly Token[]
  language: Language
  /** Spans of header and personal sections, where bare personal words count as personal data. */
  personal: readonly Span[]
  identity?: IdentityRecord
  taxonomy: Taxonomy
  annotator: Annotator
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

/** End of the line containing `offset` (the index of its newline, or the text length). */
export function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset)
  return i < 0 ? text.length : i
}

/** Start of the line containing `offset`. */
export function lineStart(text: string, offset: number): number {
  return offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1
}

/** Whether `offset` lies in a header or personal section. */
export function inPersonal(context: ScrubContext, offset: number): boolean {
  return context.personal.some((s) => offset >= s.start && offset < s.end)
}

/** Whether the token starts with an uppercase letter. */
export function isCapitalised(text: string, token: Token): boolean {
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
