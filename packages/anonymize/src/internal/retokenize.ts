import { tokenize, type Token } from '@incontro/core'
import type { Edit } from './edits.js'

// The tokenizer's whitespace (`\s`): no token spans it and the tokenizer keeps no state across it, so
// the tokens of a text are those of its whitespace-separated chunks, each tokenized alone.
const space = /\s/u

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  // ASCII fast path: `\s` there is tab to carriage return, and space.
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13)
  return space.test(text[i] as string)
}

/**
 * The tokens of `applyEdits(original, edits)` (`edits` sorted and non-overlapping, as `resolveEdits`
 * gives them), from the tokens of `original`: tokens in untouched chunks are shifted, and only the
 * chunks an edit touches (from the whitespace before it to the whitespace after it) are tokenized again.
 * Equal to `tokenize(edited)`, in time proportional to the edited chunks plus the number of tokens.
 */
export function retokenize(original: string, tokens: readonly Token[], edits: readonly Edit[], edited: string): Token[] {
  if (edits.length === 0) return [...tokens]
  const out: Token[] = []
  let t = 0
  let delta = 0
  let e = 0
  while (e < edits.length) {
    const first = edits[e] as Edit
    // The dirty window in original offsets: from after the whitespace before the edit to the whitespace after it.
    let from = first.start
    while (from > 0 && !isSpace(original, from - 1)) from--
    // Tokens entirely before the window are unchanged, shifted by the edits so far.
    while (t < tokens.length && (tokens[t] as Token).end <= from) {
      const token = tokens[t] as Token
      out.push(delta === 0 ? token : shifted(token, delta))
      t++
    }
    const fromEdited = from + delta
    let to = first.end
    delta += first.replacement.length - (first.end - first.start)
    e++
    for (;;) {
      while (to < original.length && !isSpace(original, to)) to++
      const next = edits[e]
      // An edit starting inside or right after the window (before its closing whitespace is passed) joins it.
      if (next === undefined || next.start > to) break
      to = Math.max(to, next.end)
      delta += next.replacement.length - (next.end - next.start)
      e++
    }
    for (const token of tokenize(edited.slice(fromEdited, to + delta))) {
      out.push(shifted(token, fromEdited))
    }
    // Skip the original tokens of the window.
    while (t < tokens.length && (tokens[t] as Token).start < to) t++
  }
  for (; t < tokens.length; t++) {
    const token = tokens[t] as Token
    out.push(delta === 0 ? token : shifted(token, delta))
  }
  return out
}

/** A token moved by `delta`: a literal in the tokenizer's field order, cheaper than a spread, and of the same shape. */
function shifted(token: Token, delta: number): Token {
  return { start: token.start + delta, end: token.end + delta, norm: token.norm, kind: token.kind }
}
