import type { Token } from '@incontro/core'
import { onlySpaces } from './context.js'

type LetterRun = { readonly from: number; readonly to: number }

/** The runs of each token list (`tokens` is the tokenization of one `text`): two detectors ask for them. */
const runsOf = new WeakMap<readonly Token[], readonly LetterRun[]>()

/**
 * Runs of single-letter word tokens separated only by spaces or tabs ("M a r i a  R o s s i"), as
 * `[from, to)` token index ranges of at least 3 and at most 40 letters: the shape of a letter-spaced name.
 */
export function letterRuns(text: string, tokens: readonly Token[]): readonly LetterRun[] {
  let runs = runsOf.get(tokens)
  if (!runs) {
    runs = findLetterRuns(text, tokens)
    runsOf.set(tokens, runs)
  }
  return runs
}

function findLetterRuns(text: string, tokens: readonly Token[]): LetterRun[] {
  const runs: LetterRun[] = []
  let i = 0
  while (i < tokens.length) {
    let j = i
    while (
      j < tokens.length &&
      (tokens[j] as Token).kind === 'word' &&
      (tokens[j] as Token).norm.length === 1 &&
      // A letter glued to an apostrophe is an elision starting the next word ("D'Angelo", "L'Aquila"), not a spaced letter.
      !isApostrophe(text.charCodeAt((tokens[j] as Token).end)) &&
      (j === i || ((tokens[j] as Token).start - (tokens[j - 1] as Token).end <= 3 && onlySpaces(text, (tokens[j - 1] as Token).end, (tokens[j] as Token).start)))
    ) {
      j++
    }
    if (j - i >= 3 && j - i <= 40) {
      runs.push({ from: i, to: j })
      i = j
    } else i++
  }
  return runs
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc
}
