import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.js'

describe('tokenize', () => {
  it('splits words, numbers and punctuation with offsets into the original text', () => {
    const text = "Dell'esperienza: 3 anni in C++"
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.norm)).toEqual(['dell', "'", 'esperienza', ':', '3', 'anni', 'in', 'c', '+', '+'])
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Dell', "'", 'esperienza', ':', '3', 'anni', 'in', 'C', '+', '+'])
    expect(tokens[4]?.kind).toBe('number')
  })

  it('keeps a word whole across invisible characters, with its original span', () => {
    const text = 'Ma\u200Bria Ros\u00ADsi'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.norm)).toEqual(['maria', 'rossi'])
    expect(tokens[0]).toMatchObject({ start: 0, end: 6 })
  })

  it('folds case, accents, full-width and Cyrillic look-alikes in the key', () => {
    expect(tokenize('PERCHÉ Ｍаrіа').map((t) => t.norm)).toEqual(['perche', 'maria'])
  })

  it('handles a megabyte of mixed punctuation in one pass', () => {
    const tokens = tokenize('a-'.repeat(500_000))
    expect(tokens).toHaveLength(1_000_000)
  })
})
