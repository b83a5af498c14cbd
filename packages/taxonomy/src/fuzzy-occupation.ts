import { foldKey, tokenize } from '@incontro/core'
import { jaroWinkler } from './internal/jaro-winkler.js'
import type { Taxonomy } from './model.js'

/** Least Jaro–Winkler similarity of each word of a title to the word of a label it stands for. */
export const FUZZY_WORD_SIMILARITY = 0.9
/** Words this short must match exactly (a typo in "al", "di" or "OSS" is not a typo). */
const EXACT_BELOW = 4

interface FuzzyLabel {
  concept: string
  words: readonly string[]
}

interface FuzzyIndex {
  /** Labels by the first two letters of their first word. */
  byStart: Map<string, FuzzyLabel[]>
  /** Every label as a whole folded title, short and context-bound ones ("OSS") included. */
  whole: Map<string, string>
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
      if (first.length < EXACT_BELOW) continue
      const bucket = first.slice(0, 2)
      const list = index.get(bucket) ?? []
      list.push({ concept: concept.id, words: labelWords })
      index.set(bucket, list)
    }
  }
  const built = { byStart: index, whole }
  indexes.set(taxonomy, built)
  return built
}

function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1
  if (a.length < EXACT_BELOW || b.length < EXACT_BELOW || Math.abs(a.length - b.length) > 2) return 0
  return jaroWinkler(a, b)
}

/**
 * The occupation a job title names when it is misspelt or written in a form no label has ("Checout
 * operator", "Baista", "Addettə al serviizo in sala"): the occupation label whose words all match
 * consecutive words of the title with a Jaro–Winkler similarity of at least {@link FUZZY_WORD_SIMILARITY}
 * (`natural`'s implementation; words under four letters must be equal). The label covering the most words
 * wins, then the best mean similarity, then the concept id, so the answer is deterministic. A title that is exactly a
 * label, short or context-bound ones included ("OSS"), names its occupation. Use it only when the
 * annotator found no occupation: exact labels are always preferred.
 *
 * @example
 * fuzzyOccupation('Baista', builtinTaxonomy()) // 'occ.barista'
 */
export function fuzzyOccupation(title: string, taxonomy: Taxonomy): string | undefined {
  const { byStart: index, whole } = indexOf(taxonomy)
  const titleWords = words(foldKey(title))
  // A title that is exactly a label the annotator needs context for ("OSS") names that occupation.
  const exact = whole.get(titleWords.join(' '))
  if (exact !== undefined) return exact
  let best: { concept: string; score: number; length: number } | undefined
  for (let start = 0; start < titleWords.length; start++) {
    const first = titleWords[start] as string
    if (first.length < EXACT_BELOW) continue
    for (const label of index.get(first.slice(0, 2)) ?? []) {
      if (start + label.words.length > titleWords.length) continue
      let sum = 0
      let ok = true
      for (let i = 0; i < label.words.length && ok; i++) {
        const similarity = wordSimilarity(titleWords[start + i] as string, label.words[i] as string)
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
