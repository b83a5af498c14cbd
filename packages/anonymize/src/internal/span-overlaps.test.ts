import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { spanOverlaps } from './span-overlaps.js'

describe('spanOverlaps', () => {
  it('answers as a scan of every span does, for any spans (unsorted, nested, empty) and any query', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }))
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 20 }), (spans, queries) => {
        const overlaps = spanOverlaps(spans)
        for (const q of queries) expect(overlaps.any(q.start, q.end)).toBe(spans.some((s) => s.start < q.end && q.start < s.end))
      }),
      { numRuns: 500 },
    )
  })
})
