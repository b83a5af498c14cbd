import fc from 'fast-check'
import { findPhoneNumbersInText } from 'libphonenumber-js'
import { describe, expect, it } from 'vitest'
import { tokenize } from '@incontro/core'
import type { ScrubContext } from './context.js'
import { detectPhones, phonesInWindow, surelyNoPhone } from './detect-contacts.js'

// Synthetic numbers only. A window is the character before a run of digits and phone punctuation, then the run.
const before = fc.constantFrom(
  '', 'A', 'I', 'z', 'x', 'X', 'é', 'ш', ' ', '\u00A0', '\n', ':', ',', '-', '.', '/', '(', ')', '[', '+', '%', '€', '$', '#', '5', '0', '٣', '＋', '（',
)
const lead = fc.constantFrom('', '0', '00', '0039', '39', '3', '1', '8', '43', '55', '70', '02', '06', '333', '800', '89')
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max })
const run = (min: number, max: number) => fc.tuple(lead, digits(min, max)).map(([l, d]) => (l + d).slice(0, Math.max(min, 1) + max) || '0')
const separator = fc.constantFrom(' - ', '-', ' -', '- ', '  - ', ' \u2013 ', ' / ', '/', ' . ', ' ', '  ', ' (', ') ', '.')
const phonePiece = fc.constantFrom(...'0123456789 ./()-+', '\u00A0', '02', '333', '1234', '5678', ' - ', '+39 ')
const body = fc.oneof(
  run(1, 20),
  fc.tuple(run(1, 6), separator, run(1, 6)).map((parts) => parts.join('')),
  fc.tuple(run(1, 4), separator, run(1, 4), separator, run(1, 5)).map((parts) => parts.join('')),
  fc.constantFrom('02 1234 5678', '+39 333 000 0000', '333 0000000', '02 - 12345', '06 - 1234567', '333 - 12345', '(02) 1234 5678', '02-12345678'),
  fc.array(phonePiece, { minLength: 1, maxLength: 16 }).map((parts) => parts.join('')),
)
const windowOf = fc.tuple(before, body)
// What detectPhones reads of each number found (PhoneNumber objects hold metadata and are not compared).
const spans = (found: ReturnType<typeof findPhoneNumbersInText>) => found.map((p) => [p.startsAt, p.endsAt, p.number.number])

describe('phonesInWindow', () => {
  it('finds exactly what findPhoneNumbersInText finds (property)', () => {
    fc.assert(fc.property(windowOf, ([b, rest]) => {
      const windowText = b + rest
      expect(spans(phonesInWindow(windowText, b.length))).toEqual(spans(findPhoneNumbersInText(windowText, 'IT')))
    }), { numRuns: 8000 })
  })

  it('never finds a phone number in a run of at most five digits (exhaustive)', () => {
    // The premise of the " - " shape: the matcher's inner candidates "136" and "20102" are runs this short.
    let found = 0
    for (let length = 1; length <= 5; length++) {
      for (let n = 0; n < 10 ** length; n++) {
        found += findPhoneNumbersInText(` ${String(n).padStart(length, '0')}`, 'IT').length
      }
    }
    expect(found).toBe(0)
  })
})

describe('surelyNoPhone', () => {
  it('skips digits glued to a Latin letter, eleven-digit codes and "number - CAP" shapes', () => {
    expect(surelyNoPhone('I3330000000', 1)).toBe(true)
    expect(surelyNoPhone(' 12345678901', 1)).toBe(true)
    expect(surelyNoPhone(' 136 - 20102', 1)).toBe(true)
    expect(surelyNoPhone('136 - 20102', 0)).toBe(true)
  })

  it('leaves to the library what may be a phone number, or what it may read otherwise', () => {
    expect(surelyNoPhone(' 3330000000', 1)).toBe(false) // a valid mobile number
    expect(surelyNoPhone(' 02 - 12345', 1)).toBe(false) // "0212345" is a valid fixed-line number
    expect(surelyNoPhone('3330000000', 0)).toBe(false) // no character before: nothing glued
    expect(surelyNoPhone(' 02 1234 5678', 1)).toBe(false) // several groups: inner candidates
    expect(surelyNoPhone('(12345678901', 1)).toBe(false) // "(" starts the library's candidate
    expect(surelyNoPhone('512345678901', 1)).toBe(false) // a digit before extends it
  })
})

describe('detectPhones', () => {
  const context = (text: string): ScrubContext => ({ text, tokens: tokenize(text), language: 'it', personal: [] }) as unknown as ScrubContext
  const found = (text: string) => detectPhones(context(text)).map((c) => text.slice(c.start, c.end))

  it('finds phone numbers and leaves codes, addresses and document numbers', () => {
    expect(found('Tel. 02 1234 5678, cell. +39 333 000 0000')).toEqual(['02 1234 5678', '+39 333 000 0000'])
    expect(found('Cellulare: 3330000000')).toEqual(['3330000000'])
    expect(found('Patente AI1234567, P.IVA 12345678901')).toEqual([])
    expect(found('Via Esempio 136 - 20102 Milano')).toEqual([])
    expect(found('Ufficio 02 - 12345')).toEqual(['02 - 12345'])
  })
})

describe('detectPhones on a text of thousands of phone-like numbers', () => {
  it('redacts every number of 8+ digits past the parsing budget, so hostile texts stay linear without leaking digits', () => {
    const numbers: string[] = []
    for (let i = 0; i < 3_000; i++) numbers.push(`333 ${String(1_000_000 + i * 7).slice(0, 3)} ${String(1000 + (i % 9000)).padStart(4, '0')}`)
    const text = numbers.join(', ')
    const found = detectPhones({ text, tokens: tokenize(text) } as unknown as ScrubContext)
    expect(found.length).toBe(numbers.length)
    for (const c of found) expect(c.category).toBe('phone')
  })
})
