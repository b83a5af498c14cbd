/**
 * Text normalization shared by every package: the same folding is applied to labels, names and
 * document tokens, so that a match does not depend on case, accents, width, invisible characters
 * or look-alike letters from other scripts.
 */

/** Characters that render as nothing and are used to split words invisibly. */
export const INVISIBLE_CHARACTERS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g

// Cyrillic and Greek letters that look like Latin ones (Unicode confusables, lowercase after folding).
const confusables: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ζ: 'z',
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe',
}
const confusablePattern = new RegExp(`[${Object.keys(confusables).join('')}]`, 'g')

/** Removes combining marks after canonical decomposition: "perché" → "perche". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '')
}

/**
 * The matching key of a word or label: NFKC, invisible characters removed, lowercase,
 * look-alike letters folded to Latin, accents removed.
 *
 * @example
 * foldKey('Ｍаrіа') // 'maria' (full-width M, Cyrillic а and і)
 */
export function foldKey(text: string): string {
  const fast = foldLatin(text, 0, text.length)
  return fast ?? foldKeySlow(text)
}

function foldKeySlow(text: string): string {
  const lowered = text.normalize('NFKC').replace(INVISIBLE_CHARACTERS, '').toLowerCase()
  return foldAccents(lowered.replace(confusablePattern, (char) => confusables[char] ?? char))
}

// Below this code point every character is a starter with no context-dependent casing, so folding a
// word is folding its characters one by one: a table lookup instead of NFKC, lowercasing and NFD.
const latinEnd = 0x250
let latinFolds: string[] | undefined

/**
 * The folded key of `text.slice(start, end)` when every character is below U+0250 (ASCII and the
 * Latin supplements, which covers Italian and English), or undefined when another character needs
 * the full Unicode path. Same result as the full path, without normalizing.
 *
 * @internal Used by `tokenize`; not part of the public API.
 */
export function foldLatin(text: string, start: number, end: number): string | undefined {
  let ascii = true
  let lower = true
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80) {
      if (code >= latinEnd) return undefined
      ascii = false
    } else if (code >= 0x41 && code <= 0x5a) lower = false
  }
  if (ascii) {
    const slice = text.slice(start, end)
    return lower ? slice : slice.toLowerCase()
  }
  latinFolds ??= Array.from({ length: latinEnd }, (_, code) => foldKeySlow(String.fromCharCode(code)))
  let out = ''
  for (let i = start; i < end; i++) out += latinFolds[text.charCodeAt(i)] as string
  return out
}

/**
 * Normalizes a document's text for reading: NFKC, line endings to `\n`, no NUL or other control
 * characters (tabs and newlines kept). Invisible characters are kept so that evasion stays visible
 * to the anonymizer; tokenization skips them.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ')
}
