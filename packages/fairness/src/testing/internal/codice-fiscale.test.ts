import { describe, expect, it } from 'vitest'
import { codiceFiscaleCheckCharacter as checkCharacter } from '@incontro/core'
import { codiceFiscale } from './codice-fiscale.js'

describe('codiceFiscale', () => {
  it('encodes a man born in Rome (check character U computed by hand: sum 98 mod 26 = 20)', () => {
    expect(
      codiceFiscale({ surname: 'Rossi', givenName: 'Mario', birthDate: { year: 1980, month: 1, day: 1 }, female: false, municipality: 'H501' }),
    ).toBe('RSSMRA80A01H501U')
  })

  it('adds 40 to the birth day of a woman (BNC GLI 92 C 55 F205, check B: sum 105 mod 26 = 1)', () => {
    expect(
      codiceFiscale({ surname: 'Bianchi', givenName: 'Giulia', birthDate: { year: 1992, month: 3, day: 15 }, female: true, municipality: 'F205' }),
    ).toBe('BNCGLI92C55F205B')
  })

  it('takes the 1st, 3rd and 4th consonant of a name with more than three, and pads a short surname with X', () => {
    // Fo → F, O, X; Gianfranco → G N F R N C → G F R; November → S; check R: sum 173 mod 26 = 17.
    expect(
      codiceFiscale({ surname: 'Fo', givenName: 'Gianfranco', birthDate: { year: 1975, month: 11, day: 5 }, female: false, municipality: 'L219' }),
    ).toBe('FOXGFR75S05L219R')
  })

  it('ignores spaces, apostrophes and diacritics in names', () => {
    const cf = codiceFiscale({ surname: "D'Angelo", givenName: 'Ștefania', birthDate: { year: 2001, month: 12, day: 31 }, female: true, municipality: 'Z129' })
    // D'ANGELO → D N G; STEFANIA → S T F N, four consonants → 1st, 3rd, 4th: S F N; 01; December → T; 31 + 40 = 71.
    expect(cf.slice(0, 15)).toBe('DNGSFN01T71Z129')
    expect(cf[15]).toBe(checkCharacter('DNGSFN01T71Z129'))
  })
})
