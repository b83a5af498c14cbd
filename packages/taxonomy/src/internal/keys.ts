import { tokenize, type Token } from '@incontro/core'

/**
 * Function words skipped on both sides of the match, so "servizio ai tavoli" meets
 * "servizio al tavolo" and "uso del transpallet" meets "uso transpallet".
 */
export const skipped: ReadonlySet<string> = new Set([
  // Italian articles, prepositions and their contractions (elided forms lose the apostrophe in tokens).
  'a', 'ad', 'ai', 'al', 'all', 'alla', 'alle', 'allo', 'agli', 'col', 'coi', 'con', 'da', 'dai', 'dal', 'dall', 'dalla',
  'dalle', 'dallo', 'dagli', 'de', 'dei', 'del', 'dell', 'della', 'delle', 'dello', 'degli', 'di', 'd', 'e', 'ed', 'gli',
  'i', 'il', 'in', 'l', 'la', 'le', 'lo', 'nei', 'nel', 'nell', 'nella', 'nelle', 'nello', 'negli', 'per', 'su', 'sul',
  'sull', 'sulla', 'sulle', 'sullo', 'sugli', 'tra', 'fra', 'un', 'una', 'uno',
  // English.
  'an', 'and', 'of', 'the', 'for', 'to', 'with', 'on', 'at',
])

/** Punctuation that stays part of a label ("C++", "C#", "R&D"); all other punctuation is ignored or breaks. */
export const significant: ReadonlySet<string> = new Set(['+', '#', '&'])
/** Punctuation that ends a clause: a label never spans it. */
export const breaking: ReadonlySet<string> = new Set([',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '|', '•', '·', '"', '«', '»', '“', '”', '*'])

/** The Italian/English light stem used for matching: tolerant of plural and gender endings. */
export function stem(norm: string): string {
  let end = norm.length
  if (end >= 4 && norm.charCodeAt(end - 1) === 0x73 && norm.charCodeAt(end - 2) !== 0x73) end--
  if (end >= 5) {
    const last = norm.charCodeAt(end - 1)
    // a e i o u ə
    if (last === 0x61 || last === 0x65 || last === 0x69 || last === 0x6f || last === 0x75 || last === 0x259) end--
  }
  return end === norm.length ? norm : norm.slice(0, end)
}

/**
 * Whether a function word is kept as a key in a label: a single capital letter that is a code
 * ("patente A", "patente D", "B+E", "master di I livello"), or a word joined to the previous one by a
 * hyphen ("goods-in", "check-in"). Elsewhere function words are skipped.
 */
export function keptInLabel(text: string, token: Token, previous: Token | undefined): boolean {
  if (token.end - token.start === 1) {
    const code = text.charCodeAt(token.start)
    return code >= 0x41 && code <= 0x5a
  }
  return previous !== undefined && previous.kind === 'punct' && previous.norm === '-' && previous.end === token.start
}

/** Whether a function word in a document may match a key a label kept (see {@link keptInLabel}): any but a lowercase letter. */
export function softInText(text: string, token: Token): boolean {
  if (token.end - token.start !== 1) return true
  const code = text.charCodeAt(token.start)
  return code >= 0x41 && code <= 0x5a
}

/** A matching key with the span of the token it came from; `break` keys separate clauses. */
export interface Key {
  key: string
  start: number
  end: number
  /** True for a clause break (punctuation or a new line). */
  break: boolean
  /** The folded word, before stemming (for negation cues). */
  norm: string
}

/** Turns a label into matching keys: stems of words, significant punctuation, clause breaks. */
export function toKeys(text: string, tokens: readonly Token[] = tokenize(text)): Key[] {
  const keys: Key[] = []
  let previousEnd = 0
  let previous: Token | undefined
  for (const token of tokens) {
    if (keys.length > 0 && hasNewline(text, previousEnd, token.start)) {
      keys.push({ key: '\n', start: previousEnd, end: token.start, break: true, norm: '\n' })
    }
    previousEnd = token.end
    const before = previous
    previous = token
    if (token.kind === 'punct') {
      if (significant.has(token.norm)) keys.push({ key: token.norm, start: token.start, end: token.end, break: false, norm: token.norm })
      else if (breaking.has(token.norm)) keys.push({ key: token.norm, start: token.start, end: token.end, break: true, norm: token.norm })
      continue
    }
    if (skipped.has(token.norm) && !keptInLabel(text, token, before)) continue
    keys.push({ key: stem(token.norm), start: token.start, end: token.end, break: false, norm: token.norm })
  }
  return keys
}

/** Whether `text` has a line feed between two offsets. */
export function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true
  return false
}

/** The key sequence of a label, or undefined when it has no content word. */
export function labelKeys(label: string): string[] | undefined {
  const keys = toKeys(label).filter((k) => !k.break)
  if (!keys.some((k) => !skipped.has(k.norm))) return undefined
  return keys.map((k) => k.key)
}
