import { createAnnotator, type Annotator, type Taxonomy } from '@incontro/taxonomy'

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
