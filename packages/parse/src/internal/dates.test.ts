import { tokenize } from '@incontro/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDateRanges } from './dates.js'

describe('findDateRanges', () => {
  // extractExperiences does not tokenize the lines this holds for.
  it('finds nothing, not even an unreadable date, in ASCII text without digits', () => {
    const words = ['marzo', 'gen', 'Jan', 'present', 'ad oggi', 'dal', 'da', 'a', '–', '-', '/', '.', 'in corso', 'to', ' ', 'oggi', 'May', 'del']
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ unit: fc.integer({ min: 0, max: 127 }).filter((code) => code < 48 || code > 57).map((code) => String.fromCharCode(code)), maxLength: 4 })), { maxLength: 30 })
    fc.assert(
      fc.property(text, (parts) => {
        expect(findDateRanges(tokenize(parts.join(' ')), 0)).toEqual({ ranges: [], unreadable: [] })
      }),
      { numRuns: 1000 },
    )
  })
})
