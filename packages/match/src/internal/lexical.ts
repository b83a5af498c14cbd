import { createRequire } from 'node:module'
import { tokenize, type Language } from '@incontro/core'

/**
 * Words of neutral texts for the lexical score component: folded word tokens, stop words and
 * placeholders left out, reduced to stems with the Porter stemmers of `natural` (Italian and English;
 * deep imports only, since its root pulls in database drivers and dotenv — see DESIGN.md).
 */

const require = createRequire(import.meta.url)
interface Stemmer {
  stem(word: string): string
}
const stemmers: Record<'it' | 'en', Stemmer> = {
  it: require('natural/lib/natural/stemmers/porter_stemmer_it.js') as Stemmer,
  en: require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer,
}
const stopwordLists = require('stopword') as { ita: readonly string[]; eng: readonly string[] }

/**
 * Words that say nothing about what a job or a person does: the Italian and English stop-word lists of
 * the `stopword` package, plus words every CV or ad has (section words, contract words), folded.
 */
const stopWords: ReadonlySet<string> = new Set(
  [
    ...stopwordLists.ita,
    ...stopwordLists.eng,
    // Section and boilerplate words of CVs and ads, Italian and English.
    ...'anni anno mesi mese presso ottimo ottima buona buono conoscenza capacita esperienza esperienze lavoro lavorativa lavorative azienda candidato candidata candidati requisiti requisito offriamo ricerchiamo cerchiamo cercasi sede contratto tempo pieno parziale determinato indeterminato attualmente oggi inviare curriculum vitae cv profilo ruolo settore posizione ricerca personale'.split(' '),
    ...'years year months month experience work working job role company candidate requirements required requirement offer seeking looking position team ideal plus strong good excellent knowledge ability skills skill including based full part time contract apply'.split(' '),
  ].map((word) => foldWord(word)),
)

function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/**
 * Bounded memo of each folded word's term (its stem, or null for a stop word or a number): words repeat
 * across texts, and stemming each occurrence would dominate the cost.
 */
const TERM_CACHE_LIMIT = 65_536
const termCaches: Record<'it' | 'en', Map<string, string | null>> = { it: new Map(), en: new Map() }

function termOf(norm: string, language: 'it' | 'en'): string | null {
  const cache = termCaches[language]
  let term = cache.get(norm)
  if (term === undefined) {
    const first = norm.charCodeAt(0)
    if (stopWords.has(norm) || (first >= 48 && first <= 57)) term = null
    else {
      term = stemmers[language].stem(norm)
      if (term.length < 2) term = norm
    }
    if (cache.size >= TERM_CACHE_LIMIT) cache.clear()
    cache.set(norm, term)
  }
  return term
}

/** One occurrence of a lexical term in a text. */
export interface TermOccurrence {
  /** The stem (the term). */
  term: string
  start: number
  end: number
}

/** The language whose stemmer a text's words go through (Italian unless the text is English). */
export function stemLanguageOf(language: Language): 'it' | 'en' {
  return language === 'en' ? 'en' : 'it'
}

/**
 * The term of a folded word in a stem language (see {@link forEachWord}): its stem, or null for a stop
 * word or a word starting with a digit. Memoized.
 */
export function termOfWord(norm: string, language: 'it' | 'en'): string | null {
  return termOf(norm, language)
}

/**
 * Calls `visit` with the folded form of every word of a text that can be a lexical term: word tokens of
 * at least two letters that are not placeholders (`[NAME]`). {@link termOfWord} turns one into its term;
 * a caller that memoizes by folded word skips the stemmer's memo for words it has seen.
 */
export function forEachWord(text: string, visit: (norm: string, start: number, end: number) => void): void {
  for (const token of tokenize(text)) {
    if (token.kind !== 'word' || token.norm.length < 2) continue
    // Placeholders of the anonymizer are words in brackets: "[NAME]", "[EMAIL]".
    if (text.charCodeAt(token.start - 1) === 91 && text.charCodeAt(token.end) === 93) continue
    visit(token.norm, token.start, token.end)
  }
}

/**
 * Calls `visit` for every lexical term of a text, in order: word tokens of at least two letters that
 * are not numbers, stop words or placeholders (`[NAME]`), stemmed in the text's language. Reading stops
 * when `visit` returns `true`.
 */
export function forEachTerm(text: string, language: Language, visit: (term: string, start: number, end: number) => boolean | void): void {
  const stemLanguage = stemLanguageOf(language)
  for (const token of tokenize(text)) {
    if (token.kind !== 'word' || token.norm.length < 2) continue
    if (text.charCodeAt(token.start - 1) === 91 && text.charCodeAt(token.end) === 93) continue
    const term = termOf(token.norm, stemLanguage)
    if (term !== null && visit(term, token.start, token.end) === true) return
  }
}

/** BM25 term-frequency saturation. */
export const BM25_K1 = 1.2
/** BM25 length normalization. */
export const BM25_B = 0.75

/** Okapi BM25's inverse document frequency (always positive): ln(1 + (N − df + 0.5) / (df + 0.5)). */
export function bm25Idf(documents: number, frequency: number): number {
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))
}

/** The saturated term frequency tf·(k1+1) / (tf + k1·(1 − b + b·dl/avgdl)), in [0, k1 + 1). */
export function bm25Tf(tf: number, length: number, averageLength: number): number {
  if (tf === 0) return 0
  const norm = averageLength > 0 ? 1 - BM25_B + (BM25_B * length) / averageLength : 1
  return (tf * (BM25_K1 + 1)) / (tf + BM25_K1 * norm)
}
