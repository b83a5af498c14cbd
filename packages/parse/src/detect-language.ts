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
  let italian = 0
  let english = 0
  const tokens = tokenize(sample)
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    const language = functionWords.get(token.norm)
    if (language === 'it') italian++
    else if (language === 'en') english++
  }
  const byWords = italian > english ? 'it' : english > italian ? 'en' : 'und'
  const most = Math.max(italian, english)
  const least = Math.min(italian, english)
  if (most >= DECISIVE_COUNT && most >= DECISIVE_RATIO * least) return byWords
  const letters = sample.replace(/[^\p{L}]+/gu, '').length
  if (letters < 200 && byWords !== 'und') return byWords
  let lowercase = ''
  for (const token of tokens) {
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
