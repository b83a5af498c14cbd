import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from '@incontro/core'
import { matchAllInTokens, matchAllNear, type ScrubContext } from './context.js'
import { atWordBoundary, cfCandidate, nextUrlAnchor, urlStart } from './detect-contacts.js'
import { documentNumber } from './detect-documents.js'
import { handleAnchors, handlePattern } from './detect-gazetteer-names.js'

// Pieces that make URL and handle matches likely, and near misses.
const piece = fc.constantFrom(
  'a', 'Z', 'w', 'W', '0', '9', '.', '/', '@', ' ', '\n', '-', '_', '%', 'é', 'ш', ':', '12/2020', 'm/f', 'Sales/Marketing', 'www.', 'WwW.', 'ww.', 'http://', 'HTTPS://',
  'https:/', '.com', '.it/', '.info/', 'example', 'linkedin.com/in/', 'github.com/', 'x.com/', 'tiktok.com/@', 'instagram.com/',
  'anna.rossi', 'mario-rossi90', 'x'.repeat(70),
)
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))
const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0], m[1], m[2]])

describe('matchAllNear', () => {
  it('finds exactly the matches of matchAll for the URL pattern (property)', () => {
    fc.assert(fc.property(text, (t) => {
      expect(spans(matchAllNear(urlStart, t, nextUrlAnchor, 68, atWordBoundary))).toEqual(spans(t.matchAll(urlStart)))
    }), { numRuns: 3000 })
  })

  it('finds exactly the matches of matchAll for the handle pattern (property)', () => {
    fc.assert(fc.property(text, (t) => {
      expect(spans(matchAllNear(handlePattern, t, handleAnchors, 64))).toEqual(spans(t.matchAll(handlePattern)))
    }), { numRuns: 3000 })
  })

  it('needs a global pattern', () => {
    expect(() => [...matchAllNear(/a/, 'a', () => 0, 1)]).toThrow(/g flag/)
  })
})

// Pieces that make codice fiscale and document-number matches likely, and near misses.
const codePiece = fc.constantFrom(
  'RSSMRA85T10A562S', 'rssmra85t10a562s', 'RSSMRALMTLMALMNS', 'AB1234567', 'AB12345CD', 'A1234567', 'U1ABCDEFGH', '12AB34567', 'CA00000AA',
  'A', 'Z', 'a', 'M', '0', '7', '_', '-', '.', ' ', '\n', 'é', 'à', 'ш', '\u00AD', '\u200B', '/', ':', 'x'.repeat(20),
)
const codeText = fc.array(codePiece, { maxLength: 30 }).map((parts) => parts.join(''))
const contextOf = (t: string) => ({ text: t, tokens: tokenize(t) }) as unknown as ScrubContext

describe('matchAllInTokens', () => {
  it('finds exactly the matches of matchAll for the codice fiscale pattern (property)', () => {
    fc.assert(fc.property(codeText, (t) => {
      expect(spans(matchAllInTokens(cfCandidate, contextOf(t), 16))).toEqual(spans(t.matchAll(cfCandidate)))
    }), { numRuns: 3000 })
  })

  it('finds exactly the matches of matchAll for the document-number pattern (property)', () => {
    fc.assert(fc.property(codeText, (t) => {
      expect(spans(matchAllInTokens(documentNumber, contextOf(t), 8, true))).toEqual(spans(t.matchAll(documentNumber)))
    }), { numRuns: 3000 })
  })

  it('needs a global pattern', () => {
    expect(() => matchAllInTokens(/a/, contextOf('a'), 1)).toThrow(/g flag/)
  })
})
