// Values of characters in odd positions (1st, 3rd, …) for the check character, per the Ministry of Finance (DM 23/12/1976).
const oddValues: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
}
// Digits may be replaced by these letters (omocodia) in the numeric positions.
const digitOrOmocode = '[0-9LMNPQRSTUV]'
const shape = new RegExp(`^[A-Z]{6}${digitOrOmocode}{2}[ABCDEHLMPRST]${digitOrOmocode}{2}[A-Z]${digitOrOmocode}{3}[A-Z]$`)

/**
 * Whether a string is a well-formed Italian codice fiscale (personal tax code) with a correct check
 * character (omocodia letters accepted, case-insensitive).
 *
 * @example
 * isValidCodiceFiscale('RSSMRA85T10A562S') // true
 */
export function isValidCodiceFiscale(value: string): boolean {
  const code = value.toUpperCase()
  if (code.length !== 16 || !shape.test(code)) return false
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const char = code[i] as string
    if (i % 2 === 0) sum += oddValues[char] ?? 0
    else sum += /[0-9]/.test(char) ? Number(char) : char.charCodeAt(0) - 65
  }
  return code[15] === String.fromCharCode(65 + (sum % 26))
}
