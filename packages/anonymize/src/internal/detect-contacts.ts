import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js'
import { isValidCodiceFiscale } from '@incontro/core'
import { matchAllInTokens, matchAllNear, type ScrubContext } from './context.js'
import { placeholderOf, type Candidate } from './edits.js'
import { isValidIban } from './iban.js'

const localChar = /[A-Za-z0-9._%+\-\u00AD\u200B-\u200F\u2060-\u2064\uFEFF\p{L}]/u
const domainChar = /[A-Za-z0-9.\-\p{L}]/u
const urlStop = /[\s<>"'()[\]{}]/

/** Emails, found from each "@" outwards (linear, no backtracking). */
export function detectEmails({ text }: ScrubContext): Candidate[] {
  const out: Candidate[] = []
  let lastEnd = 0
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at
    while (s > lastEnd && localChar.test(text[s - 1] as string)) s--
    let e = at + 1
    while (e < text.length && domainChar.test(text[e] as string)) e++
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--
    const domain = text.slice(at + 1, e)
    if (s === at || !/\.[\p{L}]{2,}$/u.test(domain)) continue
    out.push({ start: s, end: e, replacement: '[EMAIL]', category: 'email', priority: 90 })
    lastEnd = e
  }
  return out
}

export const urlStart = /\b(?:https?:\/\/|www\.)|\b[a-z0-9-]{2,63}\.(?:com|it|org|net|io|eu|dev|me|info|biz|co|app|page|site)\//gi

/**
 * Every match of `urlStart` holds a "/" after a letter or ":" (`http://`, `domain.tld/`: at most 68 code
 * units after its start) or starts with "www." in any case: the first of them at or after `from`, or -1.
 */
export function nextUrlAnchor(text: string, from: number): number {
  let slash = text.indexOf('/', from)
  while (slash >= 0 && !(slash > 0 && /[A-Za-z:]/.test(text.charAt(slash - 1)))) slash = text.indexOf('/', slash + 1)
  for (let dot = text.indexOf('.', from + 3); dot >= 0 && (slash < 0 || dot - 3 < slash); dot = text.indexOf('.', dot + 1)) {
    if (/^www$/i.test(text.slice(dot - 3, dot))) return dot - 3
  }
  return slash
}

/** Whether `at` is a word boundary in the sense of `\b` without the `u` flag (ASCII word characters). */
export function atWordBoundary(text: string, at: number): boolean {
  return isAsciiWordChar(text.charCodeAt(at - 1)) !== isAsciiWordChar(text.charCodeAt(at))
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
}

/** URLs: `http(s)://…`, `www.…` and bare `domain.tld/path`. */
export function detectUrls({ text }: ScrubContext): Candidate[] {
  const out: Candidate[] = []
  let lastEnd = 0
  for (const match of matchAllNear(urlStart, text, nextUrlAnchor, 68, atWordBoundary)) {
    const s = match.index
    if (s < lastEnd) continue
    let e = s
    while (e < text.length && !urlStop.test(text[e] as string)) e++
    while (e > s && /[.,;:!?]/.test(text[e - 1] as string)) e--
    if (e - s < 6) continue
    out.push({ start: s, end: e, replacement: '[URL]', category: 'url', priority: 85 })
    lastEnd = e
  }
  // Social links without scheme or slash ("linkedin.com/in/…" is above; "github.com" alone is not personal).
  return out
}

const datePattern = /^(?:\d{1,2}[./-]\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|(?:19|20)\d{2} ?[-/] ?(?:19|20)\d{2}|(?:\d{1,2}[./-])?\d{4} ?- ?(?:\d{1,2}[./-])?\d{4})$/

/**
 * Law references ("D.Lgs. 196/2003", "GDPR 2016/679", "L. 68/99") are in most Italian CVs and are not
 * phone numbers: a window of this shape (with the character before it) that libphonenumber rejected once
 * is not parsed again. Only this shape is remembered, never a digit run that could be personal, and at
 * most a few hundred of them.
 */
const referenceShape = /^[^0-9]?\d{1,4}\/\d{2,4}$/
const knownNonPhones = new Set<string>()

function rememberNonPhone(windowText: string): void {
  if (knownNonPhones.size >= 512) knownNonPhones.clear()
  knownNonPhones.add(windowText)
}

/**
 * Bodies (the digit window without the character before it) for which libphonenumber's matcher examines
 * only the whole body as a candidate, apart from runs of at most five digits: a run of digits ("12345678901"
 * matches its candidate pattern whole, and none of its inner-match splitters, "/", "(", " - ", ".", " ",
 * occurs), or two runs of at most five digits around " - " ("136 - 20102", a street number and a CAP: the
 * inner matches are the two runs alone, which are never phone numbers, see the exhaustive test).
 */
const wholeBodyOnly = /^(?:\d+|\d{1,5} - \d{1,5})$/

/** Characters that can start libphonenumber's candidate pattern: digits of any script, plus signs and opening brackets. */
const candidateStart = /[\p{Nd}+\uFF0B(\[\uFF08\uFF3B]/u

/**
 * Whether `findPhoneNumbersInText(windowText, 'IT')` certainly finds nothing, decided without its matcher.
 * `bodyStart` (0 or 1) is where the digit window starts, after the character before it. Exact, because for
 * a body of {@link wholeBodyOnly} shape, after a character that cannot start a candidate, the matcher
 * accepts at most the whole body, and it rejects that
 * - after a Latin letter (leniency VALID skips numbers glued to letters, "AI1234567"), or
 * - when `parsePhoneNumberFromString(body, 'IT')` (the parse the matcher itself runs, with the same
 *   metadata) is not a valid number.
 * Checked against the plain library call by a property test.
 */
export function surelyNoPhone(windowText: string, bodyStart: number): boolean {
  if (bodyStart > 0 && candidateStart.test(windowText.charAt(0))) return false
  const body = windowText.slice(bodyStart)
  if (!wholeBodyOnly.test(body)) return false
  if (bodyStart > 0 && /^[A-Za-z]$/.test(windowText.charAt(0))) return true
  return parsePhoneNumberFromString(body, 'IT')?.isValid() !== true
}

/** `findPhoneNumbersInText(windowText, 'IT')`, without running it where it certainly finds nothing. */
export function phonesInWindow(windowText: string, bodyStart: number): ReturnType<typeof findPhoneNumbersInText> {
  // A body that is one plainly written number ("+39 333 123 4567", "02 1234 5678", "3331234567") after a
  // space or nothing: the matcher's answer is the whole body when it parses as a valid number; one parse
  // instead of the matcher (checked against the plain library call by the property test).
  if (bodyStart === 0 || windowText.charCodeAt(0) === 32) {
    const body = bodyStart === 0 ? windowText : windowText.slice(bodyStart)
    if (plainNumber.test(body)) {
      const number = parsePhoneNumberFromString(body, 'IT')
      if (number !== undefined && number.isValid()) return [{ number, startsAt: bodyStart, endsAt: windowText.length }]
    }
  }
  return surelyNoPhone(windowText, bodyStart) ? [] : findPhoneNumbersInText(windowText, 'IT')
}

/** One number written plainly: an optional plus, groups of digits separated by single spaces. */
const plainNumber = /^\+?\d{2,4}(?: \d{2,8}){0,3}$/

/**
 * Most digit windows parsed by libphonenumber in one text (each costs 0.1–2 ms). A CV holds a handful of
 * phone numbers; past this budget (a hostile or generated text), windows of 8 to 15 digits are redacted
 * as phone numbers without parsing, which over-redacts digits but keeps the time linear.
 */
export const MAX_PARSED_PHONE_WINDOWS = 200

/** Phone numbers: libphonenumber (default country IT) on windows of digits, plus labelled digit runs. */
export function detectPhones({ text, identity }: ScrubContext): Candidate[] {
  const out: Candidate[] = []
  let parsed = 0
  // The parser's identity items are redacted with a higher priority: a window inside one needs no parsing
  // (whatever it held would overlap the item and lose to it).
  const items = (identity?.items ?? []).flatMap((item) => (item.span ? [item.span] : []))
  // Windows of digits and phone punctuation holding at least 6 digits; libphonenumber runs only there.
  const windowPattern = /\+?[0-9][0-9 ./()\-\u00A0]{4,30}[0-9]/g
  for (const match of text.matchAll(windowPattern)) {
    const end = match.index + match[0].length
    if (items.some((span) => span.start <= match.index && end <= span.end)) continue
    const digits = match[0].replace(/\D/g, '').length
    // More than 15 digits: numbers written one after another; libphonenumber's text search finds each.
    if (digits < 6) continue
    // Dates and periods ("06/2025", "12/03/1990", "2019 - 2021") are not phone numbers.
    if (datePattern.test(match[0].trim())) continue
    if (++parsed > MAX_PARSED_PHONE_WINDOWS) {
      if (digits >= 8) out.push({ start: match.index, end, replacement: '[PHONE]', category: 'phone', priority: 80 })
      continue
    }
    const from = Math.max(0, match.index - 1)
    const windowText = text.slice(from, match.index + match[0].length)
    let found = false
    // "(+39) 02-…": brackets around the country code confuse the parser; blanking them keeps the offsets.
    const reference = referenceShape.test(windowText)
    const bodyStart = match.index - from
    const candidates = reference && knownNonPhones.has(windowText) ? [] : phonesInWindow(windowText, bodyStart)
    const phones = candidates.length > 0 || !windowText.includes(')') ? candidates : phonesInWindow(windowText.replace(/[()]/g, ' '), bodyStart)
    if (reference && phones.length === 0) rememberNonPhone(windowText)
    for (const phone of phones) {
      let start = from + phone.startsAt
      const end = from + phone.endsAt
      if (text[start - 1] === '(' && text.slice(start, end).includes(')')) start--
      out.push({ start, end, replacement: '[PHONE]', category: 'phone', priority: 80 })
      found = true
    }
    if (found) continue
    // Numbers written one after another ("333 1234567 02 1234 5678"): libphonenumber reads the run as one
    // candidate; its groups are tried from each start, the longest valid number first.
    if (digits > 15) {
      if (phoneGroups.test(match[0]) && !isAsciiLetter(text.charCodeAt(match.index - 1))) parsed += groupedPhones(text, match.index, end, out)
      continue
    }
    // A number after a phone label that libphonenumber rejects ("tel. 02 1234 5678" with odd grouping).
    const before = text.slice(Math.max(0, match.index - 16), match.index).toLowerCase()
    if (/(?:tel|telefono|cell|cellulare|mobile|phone|fax|whatsapp)\.?\s*:?\s*$/.test(before) && digits >= 8) {
      out.push({ start: match.index, end: match.index + match[0].length, replacement: '[PHONE]', category: 'phone', priority: 80 })
    }
  }
  return out
}

export const cfCandidate = /\b[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]\b/g

/** Codici fiscali (validated by their check character, or labelled "codice fiscale"/"C.F."). */
export function detectCodiciFiscali(context: ScrubContext): Candidate[] {
  const { text } = context
  const out: Candidate[] = []
  // A candidate is 16 letters and digits in a row, so inside one token of 16 or more.
  for (const match of matchAllInTokens(cfCandidate, context, 16)) {
    const before = text.slice(Math.max(0, match.index - 20), match.index).toLowerCase()
    if (isValidCodiceFiscale(match[0]) || /(?:codice fiscale|c\.\s?f\.?|\bcf)\s*:?\s*$/.test(before)) {
      out.push({ start: match.index, end: match.index + 16, replacement: '[CF]', category: 'codice-fiscale', priority: 83 })
    }
  }
  return out
}

const ibanCandidate = /\b[A-Za-z]{2}[0-9]{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,4})?\b/g

/** IBANs (Italian and other), validated by the mod-97 check. */
export function detectIbans({ text }: ScrubContext): Candidate[] {
  const out: Candidate[] = []
  for (const match of text.matchAll(ibanCandidate)) {
    if (isValidIban(match[0])) out.push({ start: match.index, end: match.index + match[0].length, replacement: '[IBAN]', category: 'iban', priority: 84 })
  }
  return out
}

/** "+44 7700 900123", "+40 (0)721 234 567": a plus, a country code and up to six groups of digits. */
const internationalNumber = /\+[1-9]\d{0,2}(?:[ .-]?\(0\))?(?:[ .\-/]?\d{1,5}){2,6}/g
/** A UK mobile number written nationally ("07700 900123"). */
const ukMobile = /(?<![\d+])07\d{3} ?\d{3} ?\d{3}(?!\d)/g
/** A UK postcode ("NW1 6XE", "LE2 1AB", "EC1A 1BB"), upper case as written on letters and CVs. */
const ukPostcode = /(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\p{L}\d])/gu
/** A flat or apartment number of a UK address ("Flat 3", "Apt 12B"). */
const flatNumber = /(?<![\p{L}])(?:Flat|Apartment|Apt\.?) \d{1,4}[A-Z]?(?!\d)/gu

/**
 * Phone numbers and postcodes of the countries a Milan job centre sees, beside the Italian rules of
 * {@link detectPhones} and the address detector: an international number whose country code
 * libphonenumber knows and whose length is possible for that country (its full metadata, not the Italian
 * rules alone, and so also numbers of the fictional ranges that it calls invalid, such as "+44 7700
 * 900123"), a UK mobile written nationally, UK postcodes and flat numbers. Linear: every expression is
 * anchored on a fixed character class and bounded.
 */
export function detectInternationalContacts(context: ScrubContext): Candidate[] {
  const { text } = context
  const out: Candidate[] = []
  if (text.indexOf('+') >= 0) {
    let parses = 0
    for (const m of text.matchAll(internationalNumber)) {
      // The expression takes up to six groups: numbers written one after another ("+44 7700 900123 333 …")
      // give a match too long to be possible; its shorter prefixes, down to two groups, are tried too.
      // Past a budget of parses (a generated or hostile text), a match of 8 to 15 digits is a number
      // without parsing: it over-redacts digits but keeps the time linear.
      // Italian numbers ("+39 …") are the phone detector's, which parses them with the Italian metadata.
      if (m[0].startsWith('+39') && detectsItalian(m[0])) continue
      let end: number
      if (parses < MAX_INTERNATIONAL_PARSES) {
        end = possibleNumberEnd(m[0])
        parses += 5
      } else {
        const digits = countDigits(m[0])
        end = digits >= 8 && digits <= 15 ? m[0].length : 0
      }
      if (end > 0) out.push({ start: m.index, end: m.index + end, replacement: placeholderOf('phone'), category: 'phone', priority: internationalPriority })
    }
  }
  if (text.indexOf('07') >= 0) for (const m of text.matchAll(ukMobile)) out.push({ start: m.index, end: m.index + m[0].length, replacement: placeholderOf('phone'), category: 'phone', priority: internationalPriority })
  // Postcodes and flats only where addresses are written: the header (first lines) or a personal section.
  const headerEnd = nthNewline(text, 6)
  const parts: { start: number; end: number }[] = [{ start: 0, end: headerEnd }]
  for (const p of context.personal) if (p.end > headerEnd) parts.push({ start: Math.max(p.start, headerEnd), end: p.end })
  for (const part of parts) scanAddressPart(text, part.start, part.end, out)
  return out
}

/**
 * A window of groups of digits that may hold several phone numbers: groups separated by single spaces,
 * not a single run of digits (an account number) and not groups of four (an IBAN or a card number).
 */
const phoneGroups = /^(?!\d+$)(?!(?:\d{4} )+\d{1,4}$)\+?\d+(?: \d+)+$/

/** Most numbers parsed per digit window by {@link groupedPhones}. */
const MAX_GROUP_PARSES = 12

/**
 * Italian phone numbers among the space-separated groups of digits in `text[start, end)`: from each group,
 * the longest run of groups (at most 12 digits) that libphonenumber calls a valid number. Adds them to `out`
 * and returns the number of parses made (at most {@link MAX_GROUP_PARSES}).
 */
function groupedPhones(text: string, start: number, end: number, out: Candidate[]): number {
  const groups: { start: number; end: number; digits: number }[] = []
  let k = start
  while (k < end) {
    while (k < end && !isDigit(text.charCodeAt(k))) k++
    const s = k
    while (k < end && isDigit(text.charCodeAt(k))) k++
    if (k > s) groups.push({ start: s, end: k, digits: k - s })
  }
  let parses = 0
  for (let g = 0; g < groups.length && parses < MAX_GROUP_PARSES; g++) {
    let h = g
    let digits = (groups[g] as { digits: number }).digits
    while (h + 1 < groups.length && digits + (groups[h + 1] as { digits: number }).digits <= 12 && text.charCodeAt((groups[h] as { end: number }).end) === 32 && (groups[h + 1] as { start: number }).start === (groups[h] as { end: number }).end + 1) {
      h++
      digits += (groups[h] as { digits: number }).digits
    }
    for (; h >= g && parses < MAX_GROUP_PARSES; h--) {
      const first = groups[g] as { start: number }
      const last = groups[h] as { end: number }
      let total = 0
      for (let q = g; q <= h; q++) total += (groups[q] as { digits: number }).digits
      if (total < 6) break
      parses++
      if (parsePhoneNumberFromString(text.slice(first.start, last.end), 'IT')?.isValid() === true) {
        out.push({ start: first.start, end: last.end, replacement: '[PHONE]', category: 'phone', priority: 80 })
        g = h
        break
      }
    }
  }
  return parses
}

/** The length of the longest prefix of an international-number match, ending after a group of digits, that is a possible number; 0 when none. */
function possibleNumberEnd(match: string): number {
  let end = match.length
  for (let tries = 0; tries < 5 && end > 0; tries++) {
    if (parsePhoneNumberFromString(match.slice(0, end))?.isPossible() === true) return end
    // Back to the end of the previous group of digits.
    let k = end - 1
    while (k > 0 && isDigit(match.charCodeAt(k))) k--
    while (k > 0 && !isDigit(match.charCodeAt(k))) k--
    end = k + 1
    if (match.indexOf(' ', 1) < 0 && match.indexOf('-', 1) < 0 && match.indexOf('.', 1) < 0 && match.indexOf('/', 1) < 0) return 0
  }
  return 0
}

/** Parses of international numbers per text before the budget of {@link detectInternationalContacts} applies. */
const MAX_INTERNATIONAL_PARSES = 1000

function countDigits(value: string): number {
  let n = 0
  for (let i = 0; i < value.length; i++) if (isDigit(value.charCodeAt(i))) n++
  return n
}

/** Whether an international match is an Italian number of at most 13 digits in all ("+39 333 123 4567"), which {@link detectPhones} finds. */
function detectsItalian(match: string): boolean {
  const digits = countDigits(match)
  return digits >= 8 && digits <= 13
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** UK postcodes and flat numbers in `text[start, end)` (the expressions run on that slice only). */
function scanAddressPart(text: string, start: number, end: number, out: Candidate[]): void {
  if (end <= start) return
  const slice = text.slice(start, end)
  for (const m of slice.matchAll(ukPostcode)) out.push({ start: start + m.index, end: start + m.index + m[0].length, replacement: placeholderOf('address'), category: 'address', priority: internationalPriority })
  if (slice.indexOf('Fl') >= 0 || slice.indexOf('Ap') >= 0) for (const m of slice.matchAll(flatNumber)) out.push({ start: start + m.index, end: start + m.index + m[0].length, replacement: placeholderOf('address'), category: 'address', priority: internationalPriority })
}
const internationalPriority = 73

/** The offset of the `n`-th line break (the text length when there are fewer). */
function nthNewline(text: string, n: number): number {
  let at = -1
  for (let k = 0; k < n; k++) {
    at = text.indexOf('\n', at + 1)
    if (at < 0) return text.length
  }
  return at
}
