/** Whether a string (spaces or hyphens between groups allowed) is an IBAN with a correct ISO 13616 mod-97 check. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/[ -]/g, '').toUpperCase()
  if (iban.length < 15 || iban.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false
  if (iban.startsWith('IT') && iban.length !== 27) return false
  // The country code and check digits move to the end; each letter counts as its two-digit number (A = 10 … Z = 35).
  let remainder = 0
  for (let k = 0; k < iban.length; k++) {
    const code = iban.charCodeAt((k + 4) % iban.length)
    remainder = code <= 57 ? (remainder * 10 + (code - 48)) % 97 : (remainder * 100 + (code - 55)) % 97
  }
  return remainder === 1
}
