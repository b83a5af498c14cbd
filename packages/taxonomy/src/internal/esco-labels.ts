import { splitTitle } from '../expand-entries.js'
import type { Label, LabelRole } from '../model.js'

/** A masculine/feminine pair read from one ESCO Italian occupation label. */
export interface TitlePair {
  masculine: string
  feminine: string
}

function commonPrefix(a: string, b: string): number {
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  return p
}

const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 0)

/**
 * Splits an ESCO Italian occupation label written as a masculine/feminine pair. Handles whole titles
 * ("direttore tecnico/direttrice tecnica", "steward di terra / hostess di terra", "monaco / suora") and a
 * pair on the first word ("esperto/esperta nella preparazione del sidro"). Returns undefined when the
 * label is not a clean pair ("addetto carico/scarico", "abbigliamento uomo/donna", several slashes).
 */
export function splitEscoPair(label: string): TitlePair | undefined {
  const parts = label.split('/')
  if (parts.length !== 2) return undefined
  const left = words(parts[0] ?? '')
  const right = words(parts[1] ?? '')
  const l0 = left[0]
  const r0 = right[0]
  if (l0 === undefined || r0 === undefined) return undefined
  const sameStem = l0 === r0 || commonPrefix(l0.toLowerCase(), r0.toLowerCase()) >= 3
  if (left.length === 1 && right.length > 1 && l0 !== r0 && sameStem) {
    // "esperto/esperta nella preparazione": the slash splits the first word only.
    return { masculine: [l0, ...right.slice(1)].join(' '), feminine: right.join(' ') }
  }
  const sameTail = left.length === right.length && left.length > 1 && left.at(-1) === right.at(-1)
  const bothSingle = left.length === 1 && right.length === 1
  if (!sameStem && !sameTail && !bothSingle) return undefined
  return { masculine: left.join(' '), feminine: right.join(' ') }
}

/** The words that differ between the two forms of a pair, position by position. */
export interface GenderWords {
  masculine: Set<string>
  feminine: Set<string>
}

/** Records the gendered words of a pair ("direttore"/"direttrice", "tecnico"/"tecnica"). */
export function addGenderWords(into: GenderWords, pair: TitlePair): void {
  const m = words(pair.masculine.toLowerCase())
  const f = words(pair.feminine.toLowerCase())
  const n = m.length === f.length ? m.length : 1
  for (let i = 0; i < n; i++) {
    const a = m[i]
    const b = f[i]
    if (a === undefined || b === undefined || a === b) continue
    into.masculine.add(a)
    into.feminine.add(b)
  }
}

const preposition = /^(?:di|del|dello|della|dei|degli|delle|a|al|allo|alla|ai|agli|alle|da|dal|dallo|dalla|dai|dagli|dalle|in|nel|nello|nella|nei|negli|nelle|per|con|su|sul|sulla|sui|tra|fra|e|ed|o|d['’].*|all['’].*|dall['’].*|nell['’].*|sull['’].*)$/

/**
 * The gender of a single-form alt label from the gendered words of its concept's pairs:
 * "direttrice di allestimento" is feminine when "direttrice" is the feminine word of the preferred pair.
 */
export function genderOf(label: string, gendered: GenderWords): LabelRole {
  let m = false
  let f = false
  for (const word of words(label.toLowerCase())) {
    // Only the head of the title carries the person's gender: "supporto alla didattica universitaria" is not feminine.
    if (preposition.test(word)) break
    if (gendered.masculine.has(word)) m = true
    if (gendered.feminine.has(word)) f = true
  }
  return m === f ? 'alt' : m ? 'masculine' : 'feminine'
}

/** The labels of one concept, without duplicates per language (the first role given wins). */
export interface LabelSet {
  readonly labels: Label[]
  add(text: string, lang: Label['lang'], role: LabelRole): void
}

/** An empty {@link LabelSet}. */
export function createLabelSet(): LabelSet {
  const labels: Label[] = []
  const seen = new Set<string>()
  return {
    labels,
    add(text, lang, role) {
      const trimmed = text.trim()
      if (!trimmed) return
      const key = `${lang}\u0000${trimmed}`
      if (seen.has(key)) return
      seen.add(key)
      labels.push({ text: trimmed, lang, role })
    },
  }
}

/** Splits a multi-value ESCO cell (newline-separated; some files use " | "). */
export function splitList(value: string): string[] {
  if (!value) return []
  return value
    .split(/\r?\n|\s\|\s/)
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
}

/**
 * Adds the labels of one ESCO row. Italian occupation titles written as pairs become masculine +
 * feminine labels plus the neutral split form ("direttore/trice tecnico/a"); single gendered alt labels
 * take the gender of the words they share with the pairs.
 */
export function addEscoLabels(
  into: LabelSet,
  row: { lang: Label['lang']; occupation: boolean; preferred: string; alt: readonly string[]; hidden: readonly string[] },
): void {
  const gendered = row.lang === 'it' && row.occupation
  if (!gendered) {
    into.add(row.preferred, row.lang, 'preferred')
    for (const text of row.alt) into.add(text, row.lang, 'alt')
    for (const text of row.hidden) into.add(text, row.lang, 'misspelling')
    return
  }
  const genderWords: GenderWords = { masculine: new Set(), feminine: new Set() }
  const addPair = (pair: TitlePair) => {
    if (pair.masculine === pair.feminine) {
      into.add(pair.masculine, row.lang, 'preferred')
      return
    }
    into.add(pair.masculine, row.lang, 'masculine')
    into.add(pair.feminine, row.lang, 'feminine')
    into.add(splitTitle(pair.masculine, pair.feminine), row.lang, 'neutral')
  }
  const preferredPair = splitEscoPair(row.preferred)
  const altPairs = row.alt.map((text) => splitEscoPair(text))
  for (const pair of [preferredPair, ...altPairs]) if (pair) addGenderWords(genderWords, pair)
  if (preferredPair) addPair(preferredPair)
  else into.add(row.preferred, row.lang, 'preferred')
  row.alt.forEach((text, i) => {
    const pair = altPairs[i]
    if (pair) addPair(pair)
    else into.add(text, row.lang, genderOf(text, genderWords))
  })
  for (const text of row.hidden) into.add(text, row.lang, 'misspelling')
}
