import { codiceFiscaleCheckCharacter } from '@incontro/core'
/** A person's data needed for the codice fiscale (Italian tax code). */
export interface CodiceFiscaleInput {
  surname: string
  givenName: string
  birthDate: { year: number; month: number; day: number }
  /** The codice fiscale encodes sex in the birth day (+40); this is what makes it a gender cue. */
  female: boolean
  /** Cadastral (Belfiore) code of the birth municipality, e.g. F205 for Milano, or Z… for a country. */
  municipality: string
}

const monthLetters = 'ABCDEHLMPRST'
const vowels = new Set(['A', 'E', 'I', 'O', 'U'])

function letters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
}

function split(text: string): { consonants: string[]; vowels: string[] } {
  const chars = [...letters(text)]
  return { consonants: chars.filter((c) => !vowels.has(c)), vowels: chars.filter((c) => vowels.has(c)) }
}

function pad(chars: string[]): string {
  return [...chars, 'X', 'X', 'X'].slice(0, 3).join('')
}

/**
 * Computes a codice fiscale (the Italian tax code) from its rules: surname consonants then vowels then X;
 * given name likewise but 1st, 3rd and 4th consonant when it has more than three; two-digit year; month
 * letter; birth day, plus 40 for women; municipality code; check character. Omocodia is not modelled.
 */
export function codiceFiscale(input: CodiceFiscaleInput): string {
  const surname = split(input.surname)
  const given = split(input.givenName)
  const givenConsonants =
    given.consonants.length > 3
      ? [given.consonants[0], given.consonants[2], given.consonants[3]].map(String)
      : given.consonants
  const { year, month, day } = input.birthDate
  const body =
    pad([...surname.consonants, ...surname.vowels]) +
    pad([...givenConsonants, ...given.vowels]) +
    String(year % 100).padStart(2, '0') +
    monthLetters[month - 1] +
    String(day + (input.female ? 40 : 0)).padStart(2, '0') +
    input.municipality.toUpperCase()
  return body + codiceFiscaleCheckCharacter(body)
}
