import { createAnnotator, fuzzyOccupation, type Annotator, type Taxonomy } from '@incontro/taxonomy'

const annotators = new WeakMap<Taxonomy, Annotator>()

/** The annotator given, or one built once per taxonomy (cached by identity, no global state beyond that). */
export function annotatorFor(options: { taxonomy: Taxonomy; annotator?: Annotator | undefined }): Annotator {
  if (options.annotator) return options.annotator
  let annotator = annotators.get(options.taxonomy)
  if (!annotator) {
    annotator = createAnnotator(options.taxonomy)
    annotators.set(options.taxonomy, annotator)
  }
  return annotator
}

/** At most this many titles are remembered per annotator. */
const titleCacheSize = 256
const titleOccupations = new WeakMap<Annotator, Map<string, string | undefined>>()

/**
 * The occupation of a neutral experience title (its first occupation mention). Titles repeat across CVs
 * ("Cameriere di sala", "Addetto magazzino"), so the answers for the last few hundred neutral titles are
 * kept per annotator: a small bounded cache of already-neutral text, emptied when full.
 */
export function occupationOfTitle(annotator: Annotator, title: string, taxonomy?: Taxonomy): string | undefined {
  let cache = titleOccupations.get(annotator)
  if (!cache) {
    cache = new Map()
    titleOccupations.set(annotator, cache)
  }
  if (cache.has(title)) return cache.get(title)
  // A misspelt title, or a neutral form no label has, is coded by the closest label (Jaro–Winkler).
  const occupation = annotator.annotate(title, { kinds: ['occupation'] })[0]?.concept ?? (taxonomy === undefined ? undefined : fuzzyOccupation(title, taxonomy))
  if (cache.size >= titleCacheSize) cache.clear()
  cache.set(title, occupation)
  return occupation
}
