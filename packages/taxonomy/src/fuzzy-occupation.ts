import { foldKey, tokenize } from '@incontro/core'
import { damerauLevenshtein, jaroWinkler } from './internal/natural.js'
import type { Taxonomy } from './model.js'

/** Least Jaro–Winkler similarity of each word of a title to the word of a label it stands for. */
export const FUZZY_WORD_SIMILARITY = 0.9
/** Words this short must match exactly (a typo in "al", "di", "OSS" or "tier" is not a typo). */
const EXACT_BELOW = 5
/** A label or title position whose first word is shorter than this is not looked up ("al", "di"). */
const MIN_FIRST_WORD = 4
/**
 * Most edits (Damerau–Levenshtein) between a title word and a label word: one below eight letters, two
 * from eight. Jaro–Winkler alone forgives a different ending, which in English and Italian is another
 * word of the family ("development" is no "developer", "accounts" no "accountant"); a typo is an edit.
 */
const maxEdits = (length: number): number => (length >= 8 ? 2 : 1)

interface FuzzyLabel {
  concept: string
  words: readonly string[]
}

interface FuzzyIndex {
  /** Labels by the first two letters of their first word. */
  byStart: Map<string, FuzzyLabel[]>
  /** Every label as a whole folded title, short and context-bound ones ("OSS") included. */
  whole: Map<string, string>
  /** Every word of every label of the taxonomy: a real word, never read as a misspelling of another ("governance" is no "governante"). */
  vocabulary: Set<string>
}

const indexes = new WeakMap<Taxonomy, FuzzyIndex>()

function words(text: string): string[] {
  const out: string[] = []
  for (const token of tokenize(text)) if (token.kind !== 'punct') out.push(token.norm)
  return out
}

/** Occupation labels indexed for fuzzy lookup, built once per taxonomy. */
function indexOf(taxonomy: Taxonomy): FuzzyIndex {
  const known = indexes.get(taxonomy)
  if (known !== undefined) return known
  const index = new Map<string, FuzzyLabel[]>()
  const whole = new Map<string, string>()
  for (const concept of taxonomy.byKind('occupation')) {
    const seen = new Set<string>()
    for (const label of concept.labels) {
      const labelWords = words(label.text)
      const key = labelWords.join(' ')
      if (labelWords.length > 0 && !whole.has(key)) whole.set(key, concept.id)
      if (labelWords.length === 0 || labelWords.length > 6 || seen.has(key)) continue
      seen.add(key)
      const first = labelWords[0] as string
      if (first.length < MIN_FIRST_WORD) continue
      const bucket = first.slice(0, 2)
      const list = index.get(bucket) ?? []
      list.push({ concept: concept.id, words: labelWords })
      index.set(bucket, list)
    }
  }
  const vocabulary = new Set<string>()
  for (const concept of taxonomy.all()) for (const label of concept.labels) for (const word of words(label.text)) vocabulary.add(word)
  const built = { byStart: index, whole, vocabulary }
  indexes.set(taxonomy, built)
  return built
}

/** Whether two words of different lengths share all but their last letters: another ending ("education" / "educator"), not a typo. */
function differsOnlyAtEnd(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length)
  let common = 0
  while (common < shorter && a.charCodeAt(common) === b.charCodeAt(common)) common++
  return common >= shorter - 2
}

/** Endings that inflect one word (Italian plurals and English -s/-es), in either order after the common stem. */
const inflections: ReadonlySet<string> = new Set(['o|i', 'e|i', 'a|e', 'a|i', 'co|chi', 'ca|che', 'go|ghi', 'ga|ghe', 'o|', '|s', '|es', 'y|ies'])

/** Whether two words are forms of one word ("cuoco" / "cuochi", "operaio" / "operai", "nurse" / "nurses"). */
function isInflection(a: string, b: string): boolean {
  let common = 0
  while (common < a.length && common < b.length && a.charCodeAt(common) === b.charCodeAt(common)) common++
  const x = a.slice(common)
  const y = b.slice(common)
  return inflections.has(`${x}|${y}`) || inflections.has(`${y}|${x}`)
}

/** Whether two words differ in their last letter only ("addettə" / "addetto"): forms of one word, whatever the vocabulary. */
function isGenderVariant(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length - 1; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false
  return true
}

function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1
  if (a.length < EXACT_BELOW || b.length < EXACT_BELOW || Math.abs(a.length - b.length) > 2) return 0
  const similarity = jaroWinkler(a, b)
  if (similarity < FUZZY_WORD_SIMILARITY) return similarity
  if (a.length !== b.length && differsOnlyAtEnd(a, b) && !isInflection(a, b)) return 0
  return damerauLevenshtein(a, b) <= maxEdits(Math.min(a.length, b.length)) ? similarity : 0
}

/**
 * The occupation a job title names when it is misspelt or written in a form no label has ("Checout
 * operator", "Baista", "Addettə al serviizo in sala"): the occupation label whose words all match
 * consecutive words of the title with a Jaro–Winkler similarity of at least {@link FUZZY_WORD_SIMILARITY}
 * and at most one edit (two from eight letters; `natural`'s implementations; words under five letters must be
 * equal). The label covering the most words
 * wins, then the best mean similarity, then the concept id, so the answer is deterministic. A title that is exactly a
 * label, short or context-bound ones included ("OSS"), names its occupation. Use it only when the
 * annotator found no occupation: exact labels are always preferred.
 *
 * @example
 * fuzzyOccupation('Baista', builtinTaxonomy()) // 'occ.barista'
 */
export function fuzzyOccupation(title: string, taxonomy: Taxonomy): string | undefined {
  const { byStart: index, whole, vocabulary } = indexOf(taxonomy)
  const titleWords = words(foldKey(title))
  // A title that is exactly a label the annotator needs context for ("OSS") names that occupation.
  const exact = whole.get(titleWords.join(' '))
  if (exact !== undefined) return exact
  let best: { concept: string; score: number; length: number } | undefined
  for (let start = 0; start < titleWords.length; start++) {
    const first = titleWords[start] as string
    if (first.length < MIN_FIRST_WORD) continue
    for (const label of index.get(first.slice(0, 2)) ?? []) {
      if (start + label.words.length > titleWords.length) continue
      let sum = 0
      let ok = true
      for (let i = 0; i < label.words.length && ok; i++) {
        const titleWord = titleWords[start + i] as string
        const labelWord = label.words[i] as string
        const similarity = titleWord !== labelWord && vocabulary.has(titleWord) && !isGenderVariant(titleWord, labelWord) ? 0 : wordSimilarity(titleWord, labelWord)
        if (similarity < FUZZY_WORD_SIMILARITY) ok = false
        sum += similarity
      }
      if (!ok) continue
      const score = sum / label.words.length
      const length = label.words.length
      // The label covering most words wins ("operatorə di cassa" is a cashier, not any "operatore").
      if (
        best === undefined ||
        length > best.length ||
        (length === best.length && (score > best.score || (score === best.score && label.concept < best.concept)))
      ) {
        best = { concept: label.concept, score, length }
      }
    }
  }
  return best?.concept
}
