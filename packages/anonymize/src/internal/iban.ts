/** Whether a string (spaces allowed) is an IBAN with a correct ISO 13616 mod-97 check. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/ /g, '').toUpperCase()
  if (iban.length < 15 || iban.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false
  if (iban.startsWith('IT') && iban.length !== 27) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const digits = /[0-9]/.test(char) ? char : String(char.charCodeAt(0) - 55)
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}
