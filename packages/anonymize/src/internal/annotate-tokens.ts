import type { Token } from '@incontro/core'
import type { AnnotateOptions, AnnotatedMention, Annotator } from '@incontro/taxonomy'

type AnnotateWithTokens = (text: string, options: AnnotateOptions, tokens: readonly Token[]) => AnnotatedMention[]

/**
 * Annotates a text whose tokens are already known (`tokens` must be `tokenize(text)`). The built-in
 * annotator takes them as a third argument and skips its own tokenizing pass; another implementation
 * of `Annotator` ignores the extra argument and tokenizes as before.
 */
export function annotateTokens(annotator: Annotator, text: string, options: AnnotateOptions, tokens: readonly Token[]): AnnotatedMention[] {
  return (annotator.annotate as AnnotateWithTokens).call(annotator, text, options, tokens)
}
