import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Edit } from './edits.js'
import { mapSpan, spanMapper } from './map-span.js'
import { spanLookup } from './span-lookup.js'

describe('mapSpan', () => {
  const edits = [
    { start: 0, end: 4, replacement: '[NAME]', category: 'name' as const },
    { start: 10, end: 12, replacement: '', category: 'honorific' as const },
  ]
  it('shifts spans after edits and snaps spans inside a replacement to its edges', () => {
    expect(mapSpan(edits, { start: 5, end: 9 })).toEqual({ start: 7, end: 11 })
    expect(mapSpan(edits, { start: 12, end: 15 })).toEqual({ start: 12, end: 15 })
    expect(mapSpan(edits, { start: 2, end: 6 })).toEqual({ start: 0, end: 8 })
  })

  // Sorted, non-overlapping edits (insertions included) over a text of 200 code units.
  const sortedEdits = fc
    .array(fc.record({ gap: fc.nat({ max: 8 }), length: fc.nat({ max: 6 }), replacement: fc.constantFrom('', '[NAME]', 'ləi', 'x') }), { maxLength: 30 })
    .map((parts) => {
      const out: Edit[] = []
      let at = 0
      for (const { gap, length, replacement } of parts) {
        const start = at + gap + (out.length > 0 && gap === 0 && length === 0 ? 1 : 0)
        out.push({ start, end: start + length, replacement, category: 'name' })
        at = start + length
      }
      return out
    })
  const span = fc.tuple(fc.nat({ max: 220 }), fc.nat({ max: 220 })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }))

  it('maps like one walk over the edits per span (property)', () => {
    fc.assert(
      fc.property(sortedEdits, fc.array(span, { maxLength: 20 }), (edits, spans) => {
        const map = spanMapper(edits)
        for (const s of spans) expect(map(s)).toEqual(mapSpanByWalking(edits, s))
      }),
      { numRuns: 2000 },
    )
  })
})

/** The first definition: one walk over the edits per offset. */
function mapSpanByWalking(edits: readonly Edit[], span: { start: number; end: number }): { start: number; end: number } {
  const mapOffset = (offset: number, side: 'start' | 'end'): number => {
    let delta = 0
    for (const edit of edits) {
      if (edit.start >= offset) break
      if (edit.end <= offset) {
        delta += edit.replacement.length - (edit.end - edit.start)
        continue
      }
      const base = edit.start + delta
      return side === 'start' ? base : base + edit.replacement.length
    }
    return offset + delta
  }
  const start = mapOffset(span.start, 'start')
  return { start, end: Math.max(start, mapOffset(span.end, 'end')) }
}

describe('spanLookup', () => {
  const spans = fc.array(fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 8 })).map(([start, length]) => ({ start, end: start + length })), { maxLength: 12 })
  // Sorted and disjoint, as sections are (empty spans included).
  const disjoint = fc.array(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 6 })), { maxLength: 12 }).map((parts) => {
    let at = 0
    return parts.map(([gap, length]) => {
      const start = at + gap
      at = start + length
      return { start, end: at }
    })
  })
  const check = (items: { start: number; end: number }[], offset: number, length: number) => {
    const lookup = spanLookup(items, (s) => s)
    expect(lookup.at(offset)).toBe(items.find((s) => offset >= s.start && offset < s.end))
    const range = { start: offset, end: offset + length }
    expect(lookup.around(range)).toBe(items.find((s) => range.start >= s.start && range.end <= s.end))
  }

  it('finds what find finds (ranges are never empty: mentions), for sorted disjoint spans and for any spans (property)', () => {
    fc.assert(fc.property(disjoint, fc.nat({ max: 70 }), fc.integer({ min: 1, max: 5 }), check), { numRuns: 2000 })
    fc.assert(fc.property(spans, fc.nat({ max: 70 }), fc.integer({ min: 1, max: 5 }), check), { numRuns: 2000 })
  })
})
