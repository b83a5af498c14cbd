import { tokenize, type Token } from '@incontro/core'

/**
 * Function words skipped on both sides of the match, so "servizio ai tavoli" meets
 * "servizio al tavolo" and "uso del transpallet" meets "uso transpallet".
 */
const skipped = new Set([
  // Italian articles, prepositions and their contractions (elided forms lose the apostrophe in tokens).
  'a', 'ad', 'ai', 'al', 'all', 'alla', 'alle', 'allo', 'agli', 'col', 'coi', 'con', 'da', 'dai', 'dal', 'dall', 'dalla',
  'dalle', 'dallo', 'dagli', 'de', 'dei', 'del', 'dell', 'della', 'delle', 'dello', 'degli', 'di', 'd', 'e', 'ed', 'gli',
  'i', 'il', 'in', 'l', 'la', 'le', 'lo', 'nei', 'nel', 'nell', 'nella', 'nelle', 'nello', 'negli', 'per', 'su', 'sul',
  'sull', 'sulla', 'sulle', 'sullo', 'sugli', 'tra', 'fra', 'un', 'una', 'uno',
  // English.
  'an', 'and', 'of', 'the', 'for', 'to', 'with', 'on', 'at',
])

/** Punctuation that stays part of a label ("C++", "C#", "R&D"); all other punctuation is ignored or breaks. */
const significant = new Set(['+', '#', '&'])
/** Punctuation that ends a clause: a label never spans it. */
const breaking = new Set([',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '|', '•', '·', '"', '«', '»', '“', '”', '*'])

/** The Italian/English light stem used for matching: tolerant of plural and gender endings. */
export function stem(norm: string): string {
  let word = norm
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1)
  if (word.length >= 5 && /[aeiouə]$/.test(word)) word = word.slice(0, -1)
  return word
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

/** Turns a text into matching keys: stems of words, significant punctuation, clause breaks. */
export function toKeys(text: string, tokens: readonly Token[] = tokenize(text)): Key[] {
  const keys: Key[] = []
  let previousEnd = 0
  for (const token of tokens) {
    if (keys.length > 0 && text.slice(previousEnd, token.start).includes('\n')) {
      keys.push({ key: '\n', start: previousEnd, end: token.start, break: true, norm: '\n' })
    }
    previousEnd = token.end
    if (token.kind === 'punct') {
      if (significant.has(token.norm)) keys.push({ key: token.norm, start: token.start, end: token.end, break: false, norm: token.norm })
      else if (breaking.has(token.norm)) keys.push({ key: token.norm, start: token.start, end: token.end, break: true, norm: token.norm })
      continue
    }
    if (skipped.has(token.norm)) continue
    keys.push({ key: stem(token.norm), start: token.start, end: token.end, break: false, norm: token.norm })
  }
  return keys
}

/** The key sequence of a label, or undefined when it has no content word. */
export function labelKeys(label: string): string[] | undefined {
  const keys = toKeys(label).filter((k) => !k.break).map((k) => k.key)
  return keys.length > 0 ? keys : undefined
}
