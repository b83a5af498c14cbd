import { tokenize } from '@incontro/core'

/**
 * The word features of a text for the predictability probe: `word:<w>` for every distinct word token
 * (case- and accent-folded by the core tokenizer), numbers and punctuation left out. Used on neutral text,
 * and on raw CV text as the reference line of what a probe finds when nothing is removed.
 *
 * @example
 * textFeatures('Cameriera di sala, 5 anni') // ['word:anni', 'word:cameriera', 'word:di', 'word:sala']
 */
export function textFeatures(text: string): string[] {
  const words = new Set<string>()
  for (const token of tokenize(text)) if (token.kind === 'word') words.add(`word:${token.norm}`)
  return [...words].sort()
}
