/**
 * Gender markers in job titles: "(m/w/d)", "(m/f)", "(h/f)", "m/f/d", "(M/F)", "(all genders)", "(uomo/donna)",
 * the feminine endings "/a", "/e", "/essa", "/trice" (and the masculine "/o" after a feminine form) and a gender star. Bounded quantifiers only (no backtracking).
 */
const markerPatterns: readonly RegExp[] = [
  /\(\s{0,2}[mwfhdxu]\s{0,2}(?:[/,|]\s{0,2}[mwfhdxu*]\s{0,2}){1,3}\)/gi,
  /(?<![\p{L}\p{N}])[mwfhd](?:\/[mwfhdx*]){1,3}(?![\p{L}\p{N}])/giu,
  /\(\s{0,2}(?:all genders|any gender|tutti i generi|uomo\s{0,2}\/\s{0,2}donna|donna\s{0,2}\/\s{0,2}uomo|entrambi i sessi|ambosessi|a|e|essa|trice|ice)\s{0,2}\)/giu,
  /(?<=\p{L})\/(?:a|e|i|o|essa|trice|ice|ssa)(?![\p{L}\p{N}])/giu,
  /(?<=\p{L})\*(?:in|innen)?(?![\p{L}\p{N}])/giu,
]

/**
 * The title with its gender markers replaced by spaces, so that every offset in the result is the same
 * offset in the title: the occupation found in it keeps a span into the document.
 */
export function maskGenderMarkers(title: string): string {
  let masked = title
  for (const pattern of markerPatterns) {
    pattern.lastIndex = 0
    masked = masked.replace(pattern, (found) => ' '.repeat(found.length))
  }
  return masked
}
