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
// Official values of characters in odd positions (1st, 3rd, …); digits map like A, B, C, …
const oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

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

function charValue(char: string): number {
  const code = char.charCodeAt(0)
  return code <= 57 ? code - 48 : code - 65
}

/** The check character of the first 15 characters (odd/even tables, sum mod 26). */
export function checkCharacter(first15: string): string {
  let sum = 0
  for (let i = 0; i < first15.length; i += 1) {
    const value = charValue(first15[i] as string)
    // Positions are 1-based in the rules: index 0 is position 1, an odd position.
    sum += i % 2 === 0 ? (oddValues[value] as number) : value
  }
  return String.fromCharCode(65 + (sum % 26))
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
  return body + checkCharacter(body)
}
