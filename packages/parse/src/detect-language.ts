import { tokenize } from '@incontro/core'
import { franc } from 'franc-min'

// Frequent function words that differ between the two languages ("in" and "a" are shared, so left out).
const italianWords = new Set([
  'di', 'e', 'il', 'la', 'le', 'lo', 'gli', 'che', 'per', 'con', 'del', 'della', 'dei', 'delle', 'un', 'una', 'non', 'sono',
  'ho', 'nel', 'nella', 'alla', 'al', 'presso', 'anni', 'esperienza', 'esperienze', 'lavoro', 'conoscenza', 'oggi', 'da',
])
const englishWords = new Set([
  'the', 'and', 'of', 'to', 'with', 'for', 'is', 'at', 'on', 'my', 'i', 'have', 'years', 'experience', 'work', 'skills',
  'knowledge', 'we', 'you', 'our', 'are', 'present', 'from',
])

/** How much of a long text language detection looks at: enough to decide, bounded in time. */
const SAMPLE_LENGTH = 20_000

/**
 * Detects whether a text is Italian or English: trigram detection (franc-min restricted to Italian and
 * English) for longer texts, a count of function words for short ones; `und` when nothing decides.
 *
 * @example
 * detectLanguage('Esperienza di tre anni come cameriera presso un ristorante') // 'it'
 */
export function detectLanguage(text: string): 'it' | 'en' | 'und' {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text
  let italian = 0
  let english = 0
  for (const token of tokenize(sample)) {
    if (token.kind !== 'word') continue
    if (italianWords.has(token.norm)) italian++
    else if (englishWords.has(token.norm)) english++
  }
  const byWords = italian > english ? 'it' : english > italian ? 'en' : 'und'
  const letters = sample.replace(/[^\p{L}]+/gu, '').length
  if (letters < 200 && byWords !== 'und') return byWords
  const trigram = franc(sample, { only: ['ita', 'eng'], minLength: 10 })
  if (trigram === 'ita') return 'it'
  if (trigram === 'eng') return 'en'
  return byWords
}
