import { tokenize, type Token } from '@incontro/core'
import type { Line } from './lines.js'

/** Tokens of a line's content (after its list marker), offsets relative to `line.contentStart`. */
export type LineTokens = (line: Line) => Token[]

/** Tokenizes each line once per parse, however many extractors look at it. */
export function createLineTokens(text: string): LineTokens {
  const cache = new Map<number, Token[]>()
  return (line) => {
    let tokens = cache.get(line.index)
    if (tokens === undefined) {
      tokens = tokenize(text.slice(line.contentStart, line.end))
      cache.set(line.index, tokens)
    }
    return tokens
  }
}
