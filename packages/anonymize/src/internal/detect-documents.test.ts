import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from '@incontro/core'
import type { ScrubContext } from './context.js'
import { detectPartitaIva, vatMatches } from './detect-documents.js'
import { isValidIban } from './iban.js'

const context = (text: string): ScrubContext => ({ text, tokens: tokenize(text), language: 'it', personal: [] }) as unknown as ScrubContext

// Pieces that make partita IVA matches likely, and near misses (synthetic numbers only).
const vatPiece = fc.constantFrom(
  '12345678903', '1234567890', '123456789012', '00000000000', 'IT', 'it', 'IT ', 'XIT', '0', '7', 'a', 'Z', '_', ' ', '  ', '\n', '-', '.', '/', ':',
  'é', 'ш', '٣', '\u00AD', '\u200B', 'P.IVA ', 'VAT ',
)
const vatText = fc.array(vatPiece, { maxLength: 30 }).map((parts) => parts.join(''))
const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0], m[1]])

describe('vatMatches', () => {
  it('finds exactly the matches of matchAll for the partita IVA pattern (property)', () => {
    const pattern = /\b(?:IT ?)?(\d{11})\b/g
    fc.assert(fc.property(vatText, (t) => {
      expect(spans(vatMatches(context(t)))).toEqual(spans(t.matchAll(pattern)))
    }), { numRuns: 5000 })
  })
})

describe('detectPartitaIva', () => {
  it('finds a labelled or IT-prefixed partita IVA with a valid check digit', () => {
    const found = (text: string) => detectPartitaIva(context(text)).map((c) => text.slice(c.start, c.end))
    expect(found('P.IVA 12345678903')).toEqual(['12345678903'])
    expect(found('Fornitore IT12345678903, IT 12345678903')).toEqual(['IT12345678903', 'IT 12345678903'])
    expect(found('P.IVA 12345678901')).toEqual([]) // wrong check digit
    expect(found('Codice 12345678903')).toEqual([]) // neither labelled nor prefixed
  })
})

/** The mod-97 check written out on the string of digits, as ISO 13616 states it. */
function referenceIsValidIban(value: string): boolean {
  const iban = value.replace(/ /g, '').toUpperCase()
  if (iban.length < 15 || iban.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false
  if (iban.startsWith('IT') && iban.length !== 27) return false
  const digits = [...(iban.slice(4) + iban.slice(0, 4))].map((char) => (/[0-9]/.test(char) ? char : String(char.charCodeAt(0) - 55))).join('')
  return BigInt(digits) % 97n === 1n
}

/** A synthetic IBAN with correct check digits: country, "00", body; then the check digits computed. */
function withCheckDigits(country: string, body: string): string {
  const digits = [...(body + country + '00')].map((char) => (/[0-9]/.test(char) ? char : String(char.charCodeAt(0) - 55))).join('')
  return country + String(98n - (BigInt(digits) % 97n)).padStart(2, '0') + body
}

describe('isValidIban', () => {
  const alnum = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')
  const body = fc.string({ unit: alnum, minLength: 8, maxLength: 32 })
  const country = fc.constantFrom('IT', 'DE', 'FR', 'GB', 'SM', 'CH')

  it('accepts synthetic IBANs with correct check digits, with spaces and in lower case', () => {
    const iban = withCheckDigits('IT', 'X0542811101000000123456')
    expect(iban.length).toBe(27)
    expect(isValidIban(iban)).toBe(true)
    expect(isValidIban(iban.toLowerCase().replace(/(.{4})/g, '$1 '))).toBe(true)
    expect(isValidIban(iban.slice(0, 26) + (iban.endsWith('0') ? '1' : '0'))).toBe(false)
  })

  it('agrees with the check computed on the whole number (property)', () => {
    fc.assert(fc.property(country, body, fc.boolean(), fc.nat(99), (c, b, fix, check) => {
      const candidate = fix ? withCheckDigits(c, b) : c + String(check).padStart(2, '0') + b
      expect(isValidIban(candidate)).toBe(referenceIsValidIban(candidate))
    }), { numRuns: 5000 })
  })
})
