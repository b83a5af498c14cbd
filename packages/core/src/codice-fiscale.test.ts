import { describe, expect, it } from 'vitest'
import { codiceFiscaleCheckCharacter, isValidCodiceFiscale, OMOCODIA_LETTERS } from './codice-fiscale.js'

// Synthetic codes: surname, name, year, month letter, day (+40 for women), comune, check character.
const withCheck = (first15: string): string => first15 + codiceFiscaleCheckCharacter(first15)

describe('isValidCodiceFiscale', () => {
  it('computes the check character of the reference example', () => {
    expect(codiceFiscaleCheckCharacter('RSSMRA85T10A562')).toBe('S')
    expect(isValidCodiceFiscale('RSSMRA85T10A562S')).toBe(true)
  })

  it('accepts codes with a correct check character, in any case', () => {
    const man = withCheck('BNCLCU90A01F205')
    const woman = withCheck('VRDGLI92M52F205')
    expect(isValidCodiceFiscale(man)).toBe(true)
    expect(isValidCodiceFiscale(woman)).toBe(true)
    expect(isValidCodiceFiscale(woman.toLowerCase())).toBe(true)
    expect(isValidCodiceFiscale('rssmra85t10a562s')).toBe(true)
  })

  it('rejects a wrong check character, a bad month letter, a bad day and a wrong length', () => {
    const code = withCheck('BNCLCU90A01F205')
    const wrong = code.slice(0, 15) + (code[15] === 'A' ? 'B' : 'A')
    expect(isValidCodiceFiscale(wrong)).toBe(false)
    expect(isValidCodiceFiscale(withCheck('BNCLCU90F01F205'))).toBe(false) // F is not a month letter
    expect(isValidCodiceFiscale(withCheck('BNCLCU90A35F205'))).toBe(false) // day 35
    expect(isValidCodiceFiscale(code.slice(0, 15))).toBe(false)
    expect(isValidCodiceFiscale('')).toBe(false)
    expect(isValidCodiceFiscale('RSSMRA85T10A562T')).toBe(false)
    expect(isValidCodiceFiscale('RSSMRA85Z10A562S')).toBe(false) // Z is not a month letter
  })

  it('accepts omocodia codes, where digits are replaced by letters', () => {
    // 5 → R in the last digit of the comune code, 0 → L in the day.
    const omocodia = withCheck(`BNCLCU90A${OMOCODIA_LETTERS[0]}1F20${OMOCODIA_LETTERS[5]}`)
    expect(omocodia).toMatch(/^BNCLCU90AL1F20R.$/)
    expect(isValidCodiceFiscale(omocodia)).toBe(true)
  })
})
