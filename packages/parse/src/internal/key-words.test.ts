import { tokenize } from '@incontro/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createKeyWordPattern, findKeyWords, markKeyLines } from './key-words.js'
import { foldSameLength, splitLines } from './lines.js'

const keys = new Set(['inglese', 'english', 'patente', 'b2', 'eta', 'nome'])
const pattern = createKeyWordPattern(keys)
const words = ['Inglese', 'INGLESE', 'inglesE', 'english', 'Patente', 'patenti', 'B2', 'b22', 'Età', 'eta', 'nome', 'Nome:', 'nomeX', 'xnome', '_nome', 'Ing\u00adlese', 'énglish', 'ﬁ', 'İ', 'à', '•', '- ', '1. ', '-', ' ', '\t', '\n', '\n\n', '\u00a0', ':', '/', '(', '2019']
const textArbitrary = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(''))

describe('markKeyLines', () => {
  it('marks every line whose content has a token with one of the keys', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const lines = splitLines(text)
        const marked = markKeyLines(text, lines, findKeyWords(foldSameLength(text), lines, pattern), keys)
        for (const line of lines) {
          const hasKey = tokenize(text.slice(line.contentStart, line.end)).some((token) => keys.has(token.norm))
          if (hasKey) expect({ line: line.index, marked: marked[line.index] }).toEqual({ line: line.index, marked: 1 })
        }
      }),
      { numRuns: 1000 },
    )
  })
  it('finds whole ASCII words only, with their lines', () => {
    const text = 'Nome: Anna\n  Inglese B2, nomeX\nEtà 30'
    const lines = splitLines(text)
    expect(findKeyWords(foldSameLength(text), lines, pattern).map(({ word, line }) => `${line}:${word}`)).toEqual(['0:nome', '1:inglese', '1:b2', '2:eta'])
  })
})
