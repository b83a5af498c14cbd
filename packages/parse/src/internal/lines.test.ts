import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldSameLength } from './lines.js'

/** The definition: each UTF-16 unit on its own, lowercased, then the first unit of its NFD form. */
function foldUnitByUnit(text: string): string {
  let out = ''
  for (const unit of text.split('')) {
    const lower = unit.toLowerCase()
    const base = lower.length === 1 ? (lower.normalize('NFD')[0] ?? lower) : unit
    out += base.length === 1 ? base : unit
  }
  return out
}

describe('foldSameLength', () => {
  const pieces = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('Età', 'NAZIONALITÀ', 'İ', 'ΣΑΣ', '𐐀', 'ß', '–', 'É', 'Ǆ')), { maxLength: 40 })
  it('folds one unit at a time, whatever the mix of ASCII and other units', () => {
    fc.assert(
      fc.property(pieces, (parts) => {
        const text = parts.join('')
        expect(foldSameLength(text)).toBe(foldUnitByUnit(text))
      }),
      { numRuns: 500 },
    )
  })
  it('folds a long text with many other units the same way', () => {
    const text = 'Età Ωmega İ 𐐀 Perché '.repeat(5000)
    expect(foldSameLength(text)).toBe(foldUnitByUnit(text))
  })
})
