import type { Token } from '@incontro/core'
import { inPersonal, lineEnd, lineStart, longestDigitToken, matchAllInTokens, type ScrubContext } from './context.js'
import type { Candidate } from './edits.js'

/** Whether 11 digits are a partita IVA: the Luhn-like check of the Agenzia delle Entrate. */
export function isValidPartitaIva(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^0{11}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 10; i++) {
    let d = Number(digits[i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return (10 - (sum % 10)) % 10 === Number(digits[10])
}

const vatPattern = /\b(?:IT ?)?(\d{11})\b/g
const vatLabel = /(?:partita iva|p\.?\s?iva|vat(?: number| no\.?)?|c\.f\.\s*\/\s*p\.\s?iva)\s*[:.n°º]*\s*$/i

/** Partite IVA: 11 digits with a valid check digit, labelled or prefixed "IT". */
export function detectPartitaIva(context: ScrubContext): Candidate[] {
  const { text } = context
  const out: Candidate[] = []
  // Eleven digits in a row lie inside one token of 11 or more holding a digit.
  if (longestDigitToken(context) < 11) return out
  for (const m of vatMatches(context)) {
    const digits = m[1] as string
    const before = text.slice(Math.max(0, m.index - 24), m.index)
    const labelled = vatLabel.test(before)
    if (!isValidPartitaIva(digits) || !(labelled || m[0].startsWith('IT'))) continue
    out.push({ start: m.index, end: m.index + m[0].length, replacement: '[ID]', category: 'id-number', priority: 86 })
  }
  return out
}

const vatSticky = new RegExp(vatPattern.source, 'y')

/**
 * `text.matchAll(vatPattern)`, trying the pattern only where a match can start: its eleven digits lie inside
 * one word or number token of 11 or more code units (the tokenizer never splits a run of ASCII digits), and
 * the match starts at most three code units ("IT ") before them. So the starts are at most three before such
 * a token and at least eleven before its end; tried in order, each after the end of the last match, as
 * `matchAll` does. Tested equal to `matchAll` on random texts.
 */
export function vatMatches(context: ScrubContext): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let from = 0
  for (const token of context.tokens) {
    if (token.end - token.start < 11 || token.kind === 'punct') continue
    for (let at = Math.max(from, token.start - 3); at <= token.end - 11; at++) {
      vatSticky.lastIndex = at
      const match = vatSticky.exec(context.text)
      if (match === null) continue
      out.push(match)
      from = match.index + match[0].length
      at = from - 1
    }
  }
  return out
}

/** Identity card (paper "AX1234567", electronic "CA00000AA"), passport ("YA1234567"), driving licence ("MI1234567X"), permit numbers. */
export const documentNumber = /\b(?:[A-Z]{2}\d{5}[A-Z]{2}|[A-Z]{2}\d{7}[A-Z]?|[A-Z]\d{7,8}|U1[A-Z0-9]{8}|\d{2}[A-Z]{2}\d{5})\b/g
const documentLabel =
  /(?:carta d[’']identit[aà]|c\.\s?i\.|\bci\b|cie\b|documento(?: di riconoscimento| d[’']identit[aà])?|passaporto|passport|patente(?: di guida)?(?: [a-e]{1,2})?|driving licen[cs]e|licen[cs]e|permesso di soggiorno|residence permit|id card|identity card|tessera sanitaria)[^\n]{0,24}$/i

/** Document numbers next to a document word on the same line ("Patente B n. MI1234567X", "passport YA1234567"). */
export function detectDocumentNumbers(context: ScrubContext): Candidate[] {
  const { text } = context
  const out: Candidate[] = []
  // Every number shape is 8 or more letters and digits in a row, digits included: inside one such token.
  for (const m of matchAllInTokens(documentNumber, context, 8, true)) {
    const ls = lineStart(context, m.index)
    const before = text.slice(Math.max(ls, m.index - 60), m.index)
    if (!documentLabel.test(before)) continue
    out.push({ start: m.index, end: m.index + m[0].length, replacement: '[ID]', category: 'id-number', priority: 82 })
  }
  return out
}

const streetWords = new Set(['via', 'viale', 'v', 'le', 'piazza', 'piazzale', 'p', 'za', 'corso', 'c', 'so', 'largo', 'vicolo', 'strada', 'alzaia', 'ripa', 'street', 'road', 'avenue', 'lane', 'st', 'rd'])
const streetStart = new Set(['via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'strada', 'alzaia', 'ripa'])
const englishStreet = new Set(['street', 'road', 'avenue', 'lane', 'st', 'rd'])

/**
 * Street addresses and CAP where they are the candidate's: in the header or personal sections, or in
 * the first lines of a CV ("Via Esempio 12, 20121 Milano" → "[ADDRESS] Milano"). Addresses of
 * employers elsewhere are places of work and stay.
 */
export function detectAddresses(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  const headerEnd = nthLineEnd(text, 6)
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    // Every address below starts at a street word or at a number: other tokens need no section or line lookup.
    const atStreetWord = streetStart.has(tok.norm)
    if (!atStreetWord && tok.kind !== 'number') continue
    if (!(tok.start < headerEnd || inPersonal(context, tok.start))) continue
    const le = lineEnd(context, tok.start)
    // "Via Esempio 12", "Viale dei Fittizi 3/A"
    if (atStreetWord) {
      let t = i + 1
      let words = 0
      while (t < tokens.length && (tokens[t] as Token).start < le && (tokens[t] as Token).kind === 'word' && words < 6) {
        t++
        words++
      }
      const number = tokens[t]
      if (words === 0 || !number || number.kind !== 'number' || number.start >= le || number.norm.length > 4) continue
      let end = number.end
      let u = t + 1
      // "12/A", "12 bis"
      if (tokens[u]?.norm === '/' && tokens[u + 1] && (tokens[u + 1] as Token).start < le) u += 2
      end = (tokens[u - 1] as Token).end
      // ", 20121"
      if (tokens[u]?.norm === ',') u++
      const cap = tokens[u]
      if (cap && cap.kind === 'number' && cap.norm.length === 5 && cap.start < le) end = cap.end
      out.push({ start: tok.start, end, replacement: '[ADDRESS]', category: 'address', priority: 74 })
      continue
    }
    // "12 Example Street"
    if (tok.kind === 'number' && tok.norm.length <= 4) {
      let t = i + 1
      while (t < tokens.length && t < i + 5 && (tokens[t] as Token).kind === 'word' && !englishStreet.has((tokens[t] as Token).norm) && (tokens[t] as Token).start < le) t++
      const street = tokens[t]
      if (street && englishStreet.has(street.norm) && t > i + 1 && street.start < le) {
        out.push({ start: tok.start, end: street.end, replacement: '[ADDRESS]', category: 'address', priority: 74 })
        continue
      }
    }
    // A bare CAP before a place name ("20121 Milano")
    if (tok.kind === 'number' && tok.norm.length === 5 && /^[0-9]{5}$/.test(tok.norm) && tokens[i + 1]?.kind === 'word' && !streetWords.has(tokens[i + 1]?.norm ?? '')) {
      const prev = tokens[i - 1]
      const previousIsDate = prev !== undefined && ['/', '-', '.'].includes(prev.norm) && prev.end === tok.start
      if (!previousIsDate) out.push({ start: tok.start, end: tok.end, replacement: '[ADDRESS]', category: 'address', priority: 73 })
    }
  }
  return out
}

function nthLineEnd(text: string, n: number): number {
  let at = -1
  for (let k = 0; k < n; k++) {
    at = text.indexOf('\n', at + 1)
    if (at < 0) return text.length
  }
  return at
}

/** Social handles ("@anna_rossi90", "IG: @…"); emails are found apart. */
export function detectHandles({ text }: ScrubContext): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(/(^|[\s(:])@([A-Za-z0-9_][A-Za-z0-9_.]{1,29})/g)) {
    const start = m.index + (m[1] as string).length
    let end = start + 1 + (m[2] as string).length
    while (end > start + 2 && text[end - 1] === '.') end--
    out.push({ start, end, replacement: '[URL]', category: 'url', priority: 84 })
  }
  return out
}
