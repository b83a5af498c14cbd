import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchAllNear } from './context.js'
import { atWordBoundary, nextUrlAnchor, urlStart } from './detect-contacts.js'
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
