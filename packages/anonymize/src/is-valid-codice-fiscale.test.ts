import { describe, expect, it } from 'vitest'
import { isValidCodiceFiscale } from './is-valid-codice-fiscale.js'

describe('isValidCodiceFiscale', () => {
  it('accepts a code with its check character, in any case', () => {
    expect(isValidCodiceFiscale('RSSMRA85T10A562S')).toBe(true)
    expect(isValidCodiceFiscale('rssmra85t10a562s')).toBe(true)
  })
  it('rejects a wrong check character or shape', () => {
    expect(isValidCodiceFiscale('RSSMRA85T10A562T')).toBe(false)
    expect(isValidCodiceFiscale('RSSMRA85Z10A562S')).toBe(false)
    expect(isValidCodiceFiscale('RSSMRA85T10A562')).toBe(false)
  })
})
