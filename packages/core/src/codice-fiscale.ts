// The codice fiscale (Italian personal tax code) and its check character, D.M. 23 dicembre 1976, allegato.
// Check-character tables:
const oddValues: Readonly<Record<string, number>> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
}

/** Letters that replace digits in a codice fiscale issued under omocodia (0 → L … 9 → V). */
export const OMOCODIA_LETTERS = 'LMNPQRSTUV'

const shape = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/

function evenValue(char: string): number {
  const code = char.charCodeAt(0)
  return code >= 48 && code <= 57 ? code - 48 : code - 65
}

/**
 * The check character (16th) of the first 15 characters of a codice fiscale (uppercase input, omocodia
 * letters allowed), by the official algorithm.
 *
 * @example
 * codiceFiscaleCheckCharacter('RSSMRA85T10A562') // 'S'
 */
export function codiceFiscaleCheckCharacter(first15: string): string {
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const char = first15[i] ?? '0'
    // Positions are counted from 1: odd positions use the odd table.
    sum += i % 2 === 0 ? (oddValues[char] ?? 0) : evenValue(char)
  }
  return String.fromCharCode(65 + (sum % 26))
}

/**
 * Whether `value` is a well-formed codice fiscale (Italian tax code) with a correct check character;
 * case-insensitive, omocodia letters accepted, day 1–31 or 41–71 (the +40 a woman's code carries).
 *
 * @example
 * isValidCodiceFiscale('RSSMRA85T10A562S') // true
 */
export function isValidCodiceFiscale(value: string): boolean {
  const code = value.toUpperCase()
  if (!shape.test(code)) return false
  const dayDigits = (code.slice(9, 11))
    .split('')
    .map((char) => (char >= '0' && char <= '9' ? char : String(OMOCODIA_LETTERS.indexOf(char))))
    .join('')
  const day = Number(dayDigits)
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false
  return codiceFiscaleCheckCharacter(code.slice(0, 15)) === code[15]
}
