import { tokenize } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { letterRuns } from './letter-runs.js'

const runs = (text: string) => {
  const tokens = tokenize(text)
  return letterRuns(text, tokens).map(({ from, to }) => text.slice((tokens[from] as { start: number }).start, (tokens[to - 1] as { end: number }).end))
}

describe('letterRuns', () => {
  it('finds letter-spaced words', () => {
    expect(runs('Nome: M a r i a  R o s s i')).toEqual(['M a r i a  R o s s i'])
  })

  it('stops before a letter elided onto the next word, so the run does not depend on the surname that follows', () => {
    // Both gender variants must give runs of the same shape: the "D" of D'Angelo is never a spaced letter.
    expect(runs("A m i n a t a D'Angelo")).toEqual(['A m i n a t a'])
    expect(runs("M a r c o D'Angelo")).toEqual(['M a r c o'])
    expect(runs('M a r c o D’Angelo')).toEqual(['M a r c o'])
  })
})
