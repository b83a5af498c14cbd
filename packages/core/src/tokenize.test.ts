import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { INVISIBLE_CHARACTERS, foldKey } from './normalize.js'
import { tokenize, type Token } from './tokenize.js'

// The pattern-based tokenizer the fast one replaced: the specification of its behaviour.
const tokenPattern = /[\p{L}\p{M}\p{N}\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]+|[^\s\p{L}\p{M}\p{N}\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu
function referenceTokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0]
    const start = match.index
    if (!(raw.length > 1 || /[\p{L}\p{M}\p{N}]/u.test(raw))) {
      tokens.push({ start, end: start + raw.length, norm: raw, kind: 'punct' })
      continue
    }
    const visible = raw.replace(INVISIBLE_CHARACTERS, '')
    if (visible.length === 0) continue
    const norm = foldKey(visible)
    if (norm.length === 0) continue
    tokens.push({ start, end: start + raw.length, norm, kind: /^\p{N}+$/u.test(norm) ? 'number' : 'word' })
  }
  return tokens
}
const alphabet = [
  ...'aZ09 .,;:\'’-+#&/\n\t',
  'à', 'È', 'é', 'ç', 'ñ', 'ß', 'İ', 'ŉ', 'æ', 'ø', '²', '¼', 'ª', '\u00A0', '\u00AD', '\u200B', '\u200D', '\u202E', '\uFEFF',
  'а', 'і', 'Ｍ', 'ﬁ', 'e\u0301', '\u0301', 'ə', 'Σ', 'ς', '٣', '😀', '𝐀', '\uD800', '\u2028', '•',
]

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

  it('gives exactly the tokens, offsets and keys of the pattern-based tokenizer on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        expect(tokenize(text)).toEqual(referenceTokenize(text))
      }),
      { numRuns: 3000 },
    )
    const sample = "Dell'Esperienza: 3 anni in C++, PERCHÉ Ｍаrіа, naïve ﬁle 😀 e\u0301 ma\u200Bria \u00AD x"
    expect(tokenize(sample)).toEqual(referenceTokenize(sample))
  })

  it('gives the same keys to repeated words in any case, whatever the word cache holds', () => {
    // Words in random case over a tiny alphabet, so capitalised words hit, miss and collide in the cache of keys.
    const word = fc.constantFrom('Excel', 'EXCEL', 'excel', 'ExCeL', 'HACCP', 'HAxCP', 'haccp', 'SAP', 'sap', 'R2', 'b2', 'B2')
    const piece = fc.oneof(word, fc.stringMatching(/^[ABab01]{1,8}$/), fc.stringMatching(/^[A-Za-z0-9]{1,40}$/), fc.constantFrom(' ', '\n', ', ', '’', 'à', '\u00AD'))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        expect(tokenize(text)).toEqual(referenceTokenize(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('handles a megabyte of mixed punctuation in one pass', () => {
    const tokens = tokenize('a-'.repeat(500_000))
    expect(tokens).toHaveLength(1_000_000)
  })
})
