import { tokenize } from '@incontro/core'
import { franc } from 'franc-min'

// Frequent function words that differ between the two languages ("in" and "a" are shared, so left out).
const italianWords = new Set([
  'di', 'e', 'il', 'la', 'le', 'lo', 'gli', 'che', 'per', 'con', 'del', 'della', 'dei', 'delle', 'degli', 'dal', 'dalla',
  'un', 'una', 'non', 'sono', 'ho', 'nel', 'nella', 'nei', 'alla', 'al', 'ai', 'sul', 'presso', 'anni', 'esperienza',
  'esperienze', 'lavoro', 'conoscenza', 'oggi', 'da', 'come', 'anche', 'mio', 'mia', 'miei',
])
const englishWords = new Set([
  'the', 'and', 'of', 'to', 'with', 'for', 'is', 'at', 'on', 'my', 'i', 'have', 'years', 'experience', 'work', 'skills',
  'knowledge', 'we', 'you', 'our', 'are', 'present', 'from', 'an', 'as', 'by', 'this', 'that', 'was', 'has', 'been',
])
/** The language of each function word, for one lookup per word (a word on both lists would count as Italian). */
const functionWords: ReadonlyMap<string, 'it' | 'en'> = new Map([
  ...[...englishWords].map((word) => [word, 'en'] as const),
  ...[...italianWords].map((word) => [word, 'it'] as const),
])

/** Letters of the longest function word: a longer word needs no lookup. */
const longestFunctionWord = [...functionWords.keys()].reduce((longest, word) => Math.max(longest, word.length), 0)

/** ASCII letters and digits: the ASCII units the tokenizer puts in words; every other ASCII unit ends one. */
const asciiAlphanumeric = new Uint8Array(128)
for (let code = 0; code < 128; code++) asciiAlphanumeric[code] = /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0

/** A hash of lowercase ASCII letters, computed as they are read (`| 0x20` lowercases a letter). */
function nextHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + (code | 0x20)) | 0
}

/** Function words by the hash of their letters, so an ASCII word is looked up without building its key. */
const functionWordsByHash = new Map<number, { word: string; language: 'it' | 'en' }[]>()
for (const [word, language] of functionWords) {
  let hash = 0
  for (let i = 0; i < word.length; i++) hash = nextHash(hash, word.charCodeAt(i))
  const entries = functionWordsByHash.get(hash) ?? []
  entries.push({ word, language })
  functionWordsByHash.set(hash, entries)
}

const noEntries: readonly { word: string; language: 'it' | 'en' }[] = []

/** The language of the function word that `text[start, end)` (ASCII letters with that hash) is, ignoring case. */
function asciiFunctionWord(text: string, start: number, end: number, hash: number): 'it' | 'en' | undefined {
  for (const { word, language } of functionWordsByHash.get(hash) ?? noEntries) {
    if (word.length !== end - start) continue
    let k = 0
    while (k < word.length && word.charCodeAt(k) === (text.charCodeAt(start + k) | 0x20)) k++
    if (k === word.length) return language
  }
  return undefined
}

/**
 * Function words of each language among the word tokens of `text`, as `tokenize(text)` would give them,
 * without building every token: no token spans an ASCII unit other than a letter or digit (it is a space
 * or one punctuation token), so the text is cut there into pieces tokenized alone. A piece of ASCII
 * letters is one word whose key is the lowercase piece, compared in place; only pieces with other
 * units go to `tokenize`.
 */
function countFunctionWords(text: string): { italian: number; english: number } {
  let italian = 0
  let english = 0
  const length = text.length
  let at = 0
  while (at < length) {
    const code = text.charCodeAt(at)
    if (code < 128 && asciiAlphanumeric[code] === 0) {
      at++
      continue
    }
    let end = at
    let ascii = true
    let digits = false
    let hash = 0
    while (end < length) {
      const c = text.charCodeAt(end)
      if (c >= 128) ascii = false
      else if (asciiAlphanumeric[c] === 0) break
      else if (c <= 57) digits = true
      else hash = nextHash(hash, c)
      end++
    }
    if (!ascii) {
      for (const token of tokenize(text.slice(at, end))) {
        const language = token.kind === 'word' ? functionWords.get(token.norm) : undefined
        if (language === 'it') italian++
        else if (language === 'en') english++
      }
    } else if (!digits && end - at <= longestFunctionWord) {
      // Letters only (a function word has no digit): one word token.
      const language = asciiFunctionWord(text, at, end, hash)
      if (language === 'it') italian++
      else if (language === 'en') english++
    }
    at = end
  }
  return { italian, english }
}

/** How much of a long text language detection looks at: enough to decide, bounded in time. */
const SAMPLE_LENGTH = 20_000
/** Function words needed, and the factor by which one language must lead, for the count to decide alone. */
const DECISIVE_COUNT = 4
const DECISIVE_RATIO = 2

/**
 * Detects whether a text is Italian or English. Function words decide first, counted over the whole
 * sample, so names and other proper nouns weigh nothing; only when they do not decide clearly does
 * trigram detection (franc-min restricted to Italian and English) run, on the lowercase words alone.
 * Returns `und` when nothing decides.
 *
 * @example
 * detectLanguage('Esperienza di tre anni come cameriera presso un ristorante') // 'it'
 */
export function detectLanguage(text: string): 'it' | 'en' | 'und' {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text
  const { italian, english } = countFunctionWords(sample)
  const byWords = italian > english ? 'it' : english > italian ? 'en' : 'und'
  const most = Math.max(italian, english)
  const least = Math.min(italian, english)
  if (most >= DECISIVE_COUNT && most >= DECISIVE_RATIO * least) return byWords
  const letters = sample.replace(/[^\p{L}]+/gu, '').length
  if (letters < 200 && byWords !== 'und') return byWords
  let lowercase = ''
  for (const token of tokenize(sample)) {
    if (token.kind !== 'word') continue
    const raw = sample.slice(token.start, token.end)
    // Capitalised words (names, places, companies) say nothing about the language of the prose.
    if (raw === raw.toLowerCase()) lowercase += `${raw} `
  }
  const trigram = franc(lowercase, { only: ['ita', 'eng'], minLength: 10 })
  if (trigram === 'ita') return 'it'
  if (trigram === 'eng') return 'en'
  return byWords
}
