import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveEdits, type Candidate } from './edits.js'

const text = 'Anna Rossi, nata a Roma: lei è cameriera. Tel 333 1234567'
const candidate = fc
  .record({
    start: fc.nat({ max: text.length }),
    length: fc.nat({ max: 6 }),
    priority: fc.integer({ min: 60, max: 63 }),
    replacement: fc.constantFrom('[NAME]', '[PHONE]', '', 'loro', 'Anna'),
  })
  .map(({ start, length, priority, replacement }): Candidate => ({
    start,
    end: Math.min(text.length, start + length),
    priority,
    replacement,
    category: replacement === '[PHONE]' ? 'phone' : 'name',
  }))

describe('resolveEdits', () => {
  it('orders by one numeric key exactly as by the fields, ties in input order, for short and long lists (property)', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 300 }), (candidates) => {
        // A fractional priority keeps the relative order but takes the field-by-field comparison path.
        const byFields = candidates.map((c) => ({ ...c, priority: c.priority + 0.5 }))
        expect(resolveEdits(text, candidates)).toEqual(resolveEdits(text, byFields))
      }),
      { numRuns: 1000 },
    )
  })
})
