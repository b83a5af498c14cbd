import {
  createDiagnostic,
  isValidCodiceFiscale,
  type Diagnostic,
  type IdentityItem,
  type IdentityRecord,
  type RedactionCategory,
  type SectionKind,
} from '@incontro/core'
import { findPhoneNumbersInText } from 'libphonenumber-js'
import { headerNameSpan, honorificNameSpans } from './header-name.js'
import type { KeyWord } from './key-words.js'
import { foldSameLength, isWordChar, MAX_LINE_LENGTH, trimSpan, type Line } from './lines.js'

/** Most items of one category kept from one document; beyond it the input is not a CV. */
const MAX_ITEMS_PER_CATEGORY = 500

interface Label {
  words: string
  category: RedactionCategory | 'given-name' | 'surname' | 'full-name' | 'photo'
  /** `start`: only when the label opens the line and a colon follows; `colon`: anywhere, with a colon. */
  field: 'start' | 'colon' | false
  /** The label's first word, where a whole-word occurrence of it starts. */
  first: string
}

// Labels of identifying fields, folded. `field` labels need "Label:" at the start of a line.
const labelList: readonly Omit<Label, 'first'>[] = [
  { words: 'data e luogo di nascita', category: 'birth-date', field: false },
  { words: 'data di nascita', category: 'birth-date', field: false },
  { words: 'nata il', category: 'birth-date', field: false },
  { words: 'nato il', category: 'birth-date', field: false },
  { words: 'nata/o il', category: 'birth-date', field: false },
  { words: 'date of birth', category: 'birth-date', field: false },
  { words: 'birth date', category: 'birth-date', field: false },
  { words: 'born on', category: 'birth-date', field: false },
  { words: 'luogo di nascita', category: 'birthplace', field: false },
  { words: 'place of birth', category: 'birthplace', field: false },
  { words: 'birthplace', category: 'birthplace', field: false },
  { words: 'nata a', category: 'birthplace', field: false },
  { words: 'nato a', category: 'birthplace', field: false },
  { words: 'born in', category: 'birthplace', field: false },
  { words: 'nazionalita', category: 'nationality', field: false },
  { words: 'cittadinanza', category: 'nationality', field: false },
  { words: 'nationality', category: 'nationality', field: false },
  { words: 'citizenship', category: 'nationality', field: false },
  { words: 'stato civile', category: 'marital-status', field: false },
  { words: 'marital status', category: 'marital-status', field: false },
  { words: 'eta', category: 'age', field: 'colon' },
  { words: 'age', category: 'age', field: 'colon' },
  { words: 'indirizzo', category: 'address', field: 'start' },
  { words: 'address', category: 'address', field: 'start' },
  { words: 'residenza', category: 'address', field: 'start' },
  { words: 'domicilio', category: 'address', field: 'start' },
  { words: 'nome e cognome', category: 'full-name', field: 'start' },
  { words: 'full name', category: 'full-name', field: 'start' },
  { words: 'name', category: 'full-name', field: 'start' },
  { words: 'nome', category: 'given-name', field: 'start' },
  { words: 'first name', category: 'given-name', field: 'start' },
  { words: 'given name', category: 'given-name', field: 'start' },
  { words: 'cognome', category: 'surname', field: 'start' },
  { words: 'surname', category: 'surname', field: 'start' },
  { words: 'last name', category: 'surname', field: 'start' },
  { words: 'family name', category: 'surname', field: 'start' },
  { words: 'foto', category: 'photo', field: 'start' },
  { words: 'fotografia', category: 'photo', field: 'start' },
  { words: 'photo', category: 'photo', field: 'start' },
]
const labels: readonly Label[] = labelList.map((label) => ({ ...label, first: firstWordOf(label.words) }))

const maritalWords = ['coniugata', 'coniugato', 'nubile', 'celibe', 'sposata', 'sposato', 'divorziata', 'divorziato', 'vedova', 'vedovo']
const maritalWordsEnglish = ['married', 'single', 'divorced', 'widowed']
const maritalWordsAll = [...maritalWords, ...maritalWordsEnglish]
const noPositions: readonly number[] = []
const noLabels: readonly Label[] = []
const noWords: ReadonlyMap<string, number[]> = new Map()

/** The first word of a label (its letters and digits up to the first other character). */
function firstWordOf(words: string): string {
  let end = 0
  while (end < words.length && isWordChar(words, end)) end++
  return words.slice(0, end)
}

/** First words of the labels and the marital words: the only words whose positions a line's scan keeps. */
const wantedWords: ReadonlySet<string> = new Set([...labels.map((label) => label.first), ...maritalWordsAll])

/** Keys whose whole-word occurrences `extractIdentity` is given: the first words of the labels and the marital words. */
export const identityKeyWords: ReadonlySet<string> = wantedWords

/**
 * For each line with any, the start offsets (relative to the line) of the whole words of the folded
 * text that are wanted (a label's first word or a marital word), by word, in increasing order: the key
 * words found not next to an ASCII letter or digit, here checked not to be next to another letter or digit.
 */
function wantedWordsByLine(folded: string, lines: readonly Line[], keyWords: readonly KeyWord[]): Map<number, Map<string, number[]>> {
  const byLine = new Map<number, Map<string, number[]>>()
  for (const { word, at, line: index } of keyWords) {
    if (!wantedWords.has(word) || isWordChar(folded, at - 1) || isWordChar(folded, at + word.length)) continue
    const line = lines[index] as Line
    let found = byLine.get(index)
    if (found === undefined) {
      found = new Map()
      byLine.set(index, found)
    }
    const list = found.get(word)
    if (list) list.push(at - line.start)
    else found.set(word, [at - line.start])
  }
  return byLine
}

const nameParticles = new Set(['de', 'di', 'da', 'del', 'della', 'dei', 'van', 'von', 'der', 'den', 'dos', 'das', 'do', 'le', 'la', 'el', 'al', 'bin', 'ben', "d'"])

const datePattern = /[ \t]{0,3}(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]{1,3}\p{L}{3,10}\.?[ \t]{1,3}\d{4}|\p{L}{3,10}[ \t]{1,3}\d{1,2},?[ \t]{1,3}\d{4})/uy
const agePattern = /[ \t]{0,3}(\d{1,3})\b/y
const addressKeyword = /\b(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada|Località|Loc\.|P\.zza|P\.le|V\.le|C\.so)[ \t]{1,3}/g
const addressParticles = new Set(['di', 'del', 'della', 'dei', 'delle', 'degli', 'dello', 'san', 'santa', 'sant', 'xx', 'iv', 'ii'])
const capitalAhead = /^[ \t]{0,3}\p{Lu}/u
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()"'[\]{}]{1,2000}/gi
const socialPattern = /\b(?:linkedin|github|gitlab|behance|dribbble|facebook|instagram|twitter|medium|stackoverflow)\.com\/[^\s<>()"'[\]{}]{1,200}/gi
const comSlash = /\.com\//i
const codiceFiscaleShape = /[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]/iy
const ageInText = /\b(\d{2})[ \t]{1,3}(anni|years[ \t]old|years)\b/g

/** Identity record plus diagnostics of one document. */
export interface IdentityResult {
  identity: IdentityRecord
  diagnostics: Diagnostic[]
}

/**
 * Finds names, contacts and protected attributes in a CV's text (guarantee 1 keeps them apart).
 * `folded` is the text folded with `foldSameLength`; `keyWords` are the matches in it of a
 * `createKeyWordPattern` pattern with (at least) the {@link identityKeyWords}.
 */
export function extractIdentity(
  text: string,
  lines: readonly Line[],
  lineSection: readonly SectionKind[],
  sourceId: string,
  folded: string,
  keyWords: readonly KeyWord[],
): IdentityResult {
  const diagnostics: Diagnostic[] = []
  const claimed = new Uint8Array(text.length)
  const items: IdentityItem[] = []
  const counts = new Map<string, number>()
  let capped = false
  const add = (category: RedactionCategory, start: number, end: number, trim = true): boolean => {
    const span = trim ? trimSpan(text, start, end) : { start, end }
    if (span.end <= span.start) return false
    for (let i = span.start; i < span.end; i++) if (claimed[i] === 1) return false
    const count = counts.get(category) ?? 0
    if (count >= MAX_ITEMS_PER_CATEGORY) {
      capped = true
      return false
    }
    counts.set(category, count + 1)
    claimed.fill(1, span.start, span.end)
    items.push({ category, value: text.slice(span.start, span.end), span })
    return true
  }

  findEmails(text, add)
  for (const match of text.matchAll(urlPattern)) add('url', match.index, match.index + match[0].length)
  // Every profile link has ".com/", which most CVs do not: a quicker search than the pattern's.
  if (comSlash.test(text)) for (const match of text.matchAll(socialPattern)) add('url', match.index, match.index + match[0].length)
  for (const at of sixteenCharacterWords(text)) {
    codiceFiscaleShape.lastIndex = at
    if (!codiceFiscaleShape.test(text)) continue
    const code = text.slice(at, at + 16)
    const valid = isValidCodiceFiscale(code)
    const before = foldSameLength(text.slice(Math.max(0, at - 30), at))
    const labelled = before.includes('codice fiscale') || before.includes('c.f') || /\bcf\b/.test(before)
    if (valid || labelled) add('codice-fiscale', at, at + 16, false)
    if (!valid && labelled) {
      diagnostics.push(
        createDiagnostic('PARSE_INVALID_CODICE_FISCALE', 'warning', 'A labelled codice fiscale has a wrong check character; it is kept as identifying.', {
          place: { start: at, end: at + 16 },
        }),
      )
    }
  }

  let givenNames: string[] = []
  let surnames: string[] = []
  let photo = false
  let headerName: { start: number; end: number } | undefined
  const honorificNames: { start: number; end: number }[] = []
  let firstLines = 0
  // Most lines have none of the wanted words, and so no label and no marital word.
  const wantedByLine = wantedWordsByLine(folded, lines, keyWords)
  // Lines that may hold an age: the search of a line is skipped on the others.
  const withAgeUnit = linesContaining(text, lines, ['anni', 'years'])
  const phoneBudget: PhoneBudget = { left: MAX_PARSED_PHONE_CANDIDATES }
  for (const line of lines) {
    if (line.blank) continue
    const length = line.end - line.start
    if (length > MAX_LINE_LENGTH) continue
    const section = lineSection[line.index] ?? 'other'
    const lineText = text.slice(line.start, line.end)
    const inHeader = section === 'header' || section === 'personal'
    firstLines++

    const starts = wantedByLine.get(line.index) ?? noWords
    const foldedLine = starts.size === 0 ? '' : folded.slice(line.start, line.end)
    for (const label of starts.size === 0 ? noLabels : labels) {
      // A whole-word occurrence of the label starts a word equal to the label's first word.
      const positions = starts.get(label.first)
      if (positions === undefined) continue
      for (const at of positions) {
        if (!foldedLine.startsWith(label.words, at) || isWordChar(foldedLine, at + label.words.length)) continue
        const labelEnd = at + label.words.length
        const colon = skipColon(lineText, labelEnd)
        if (label.field !== false && colon === labelEnd) continue
        if (label.field === 'start' && at !== line.contentStart - line.start) continue
        const valueStart = colon
        if (label.category === 'photo') {
          photo = true
          continue
        }
        if (label.category === 'birth-date') {
          datePattern.lastIndex = valueStart
          const match = datePattern.exec(lineText)
          if (match?.[1] !== undefined) {
            const start = match.index + match[0].length - match[1].length
            add('birth-date', line.start + start, line.start + start + match[1].length)
          }
          if (label.words.startsWith('data e luogo')) {
            const after = match ? match.index + match[0].length : valueStart
            const place = readPhrase(lineText, after, 60)
            if (place) add('birthplace', line.start + place.start, line.start + place.end)
          }
          continue
        }
        if (label.category === 'age') {
          agePattern.lastIndex = valueStart
          const match = agePattern.exec(lineText)
          if (match?.[1] !== undefined) add('age', line.start + match.index + match[0].length - match[1].length, line.start + match.index + match[0].length)
          continue
        }
        if (label.category === 'birthplace' && colon === labelEnd && !capitalAhead.test(lineText.slice(labelEnd, labelEnd + 5))) continue
        const phrase = readPhrase(lineText, valueStart, label.category === 'address' ? 160 : 60, label.category === 'address')
        if (phrase === undefined) continue
        const start = line.start + phrase.start
        const end = line.start + phrase.end
        if (label.category === 'given-name' || label.category === 'surname' || label.category === 'full-name') {
          if (!add('name', start, end)) continue
          const value = text.slice(start, end).trim()
          if (label.category === 'given-name') givenNames = value.split(/\s+/)
          else if (label.category === 'surname') surnames = [value]
          else [givenNames, surnames] = splitName(value)
          continue
        }
        add(label.category, start, end)
        if (label.category === 'birthplace' && !label.field) {
          // "nata a Milano il 12/03/1990", "nato a Dakar (Senegal) il 05/01/2003"
          let after = phrase.end
          const bracket = /^[ \t]{0,3}\([^()\n]{1,40}\)/.exec(foldedLine.slice(after, after + 48))
          if (bracket) after += bracket[0].length
          const rest = foldedLine.slice(after, after + 8)
          const il = /^[ \t,]{0,3}il[ \t]/.exec(rest)
          if (il) {
            datePattern.lastIndex = after + il[0].length - 1
            const match = datePattern.exec(lineText)
            if (match?.[1] !== undefined) {
              const dateStart = match.index + match[0].length - match[1].length
              add('birth-date', line.start + dateStart, line.start + dateStart + match[1].length)
            }
          }
        }
      }
    }

    if (starts.size > 0) {
      for (const word of inHeader ? maritalWordsAll : maritalWords) {
        for (const at of starts.get(word) ?? noPositions) add('marital-status', line.start + at, line.start + at + word.length)
      }
    }
    // `exec` on the shared pattern (`matchAll` would copy it for every line), after the unit words.
    ageInText.lastIndex = 0
    const ages = withAgeUnit[line.index] === 1
    for (let match = ages ? ageInText.exec(lineText) : null; match !== null; match = ageInText.exec(lineText)) {
      const unit = match[2] ?? ''
      const after = foldSameLength(lineText.slice(match.index + match[0].length, match.index + match[0].length + 20))
      if (/^[ \t]{0,3}(di|d'|of|in|nel|nell|as|as a|come)\b/.test(after)) continue
      if (!inHeader && unit !== 'years old') continue
      add('age', line.start + match.index, line.start + match.index + match[0].length)
    }
    findAddresses(lineText, line.start, add)
    findPhones(lineText, line.start, add, phoneBudget)

    if (headerName === undefined && inHeader && firstLines <= 8) {
      const candidate = headerNameSpan(text, line, firstLines === 1)
      if (candidate !== undefined) headerName = candidate
    }
    if (inHeader) {
      for (const span of honorificNameSpans(lineText)) honorificNames.push({ start: line.start + span.start, end: line.start + span.end })
    }
  }

  if (givenNames.length === 0 && surnames.length === 0 && headerName !== undefined) {
    if (add('name', headerName.start, headerName.end)) [givenNames, surnames] = splitName(text.slice(headerName.start, headerName.end))
  }
  // Names after an honorific ("Sig.ra Anna Rossi", "Ms Reyes") are known names too. The set of known
  // names grows with them (rebuilding it per name would be quadratic in a text of thousands of them).
  if (honorificNames.length > 0) {
    givenNames = [...givenNames]
    surnames = [...surnames]
    const known = new Set([...givenNames, ...surnames].map((name) => name.toLowerCase()))
    for (const span of honorificNames) {
      const value = text.slice(span.start, span.end)
      add('name', span.start, span.end)
      const [given, family] = value.split(/[ \t]+/).length === 1 ? [[], [value]] : splitName(value)
      const newGiven = given.filter((name) => !known.has(name.toLowerCase()))
      const newFamily = family.filter((name) => !known.has(name.toLowerCase()))
      if (known.size + newGiven.length + newFamily.length > MAX_ITEMS_PER_CATEGORY) {
        capped = true
        continue
      }
      for (const name of newGiven) givenNames.push(name)
      for (const name of newFamily) surnames.push(name)
      for (const name of [...newGiven, ...newFamily]) known.add(name.toLowerCase())
    }
  }
  if (capped) {
    diagnostics.push(
      createDiagnostic('PARSE_TOO_MANY_ITEMS', 'warning', `More than ${MAX_ITEMS_PER_CATEGORY} identifying items of one kind; the rest were not recorded.`),
    )
  }
  items.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0))
  return { identity: { sourceId, givenNames, surnames, items, photo }, diagnostics }
}

/** Marks (1) the lines that contain one of `words` (letters, so an occurrence is inside one line's content). */
function linesContaining(text: string, lines: readonly Line[], words: readonly string[]): Uint8Array {
  const marked = new Uint8Array(lines.length)
  for (const word of words) {
    let index = 0
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      while (index < lines.length - 1 && (lines[index] as Line).end <= at) index++
      marked[index] = 1
    }
  }
  return marked
}

/** Code units of `\w` in a regular expression without the `u` flag: ASCII letters, digits and `_`. */
const regexWordUnits = new Uint8Array(128)
for (let code = 0; code < 128; code++) regexWordUnits[code] = /\w/.test(String.fromCharCode(code)) ? 1 : 0

function isRegexWordUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code < 128 && regexWordUnits[code] === 1
}

/**
 * Starts of the maximal runs of exactly sixteen `\w` units: where `\b<16 word units>\b`, the shape of
 * a codice fiscale, can match. A run of sixteen starting anywhere in `[at, at + 15]` covers `at + 15`,
 * so the scan looks there first and skips sixteen units when it is not a word unit.
 */
function sixteenCharacterWords(text: string): number[] {
  const found: number[] = []
  // Invariant: `at` is 0 or follows a unit that is not a word unit.
  let at = 0
  while (at + 16 <= text.length) {
    const probe = at + 15
    if (!isRegexWordUnit(text, probe)) {
      at = probe + 1
      continue
    }
    let start = probe
    while (start > at && isRegexWordUnit(text, start - 1)) start--
    let end = probe + 1
    while (end < text.length && isRegexWordUnit(text, end)) end++
    if (end - start === 16) found.push(start)
    at = end + 1
  }
  return found
}

function skipColon(lineText: string, from: number): number {
  let i = from
  while (i < lineText.length && i - from < 4 && (lineText[i] === ' ' || lineText[i] === '\t')) i++
  if (lineText[i] === ':' || lineText[i] === '-' || lineText[i] === '–') {
    i++
    while (i < lineText.length && i - from < 8 && (lineText[i] === ' ' || lineText[i] === '\t')) i++
    return i
  }
  return from
}

/** A value phrase after a label: up to a separator or `max` characters. */
function readPhrase(lineText: string, from: number, max: number, allowComma = false): { start: number; end: number } | undefined {
  let start = from
  while (start < lineText.length && (lineText[start] === ' ' || lineText[start] === '\t' || lineText[start] === ':')) start++
  let end = start
  const limit = Math.min(lineText.length, start + max)
  while (end < limit) {
    const char = lineText[end]
    if (char === ';' || char === '|' || char === '(' || char === '•' || char === '·' || (!allowComma && char === ',')) break
    if (char === ' ' && !allowComma) {
      const next = lineText.slice(end + 1, end + 4).toLowerCase()
      if (next === 'il ' || next === 'on ' || next.startsWith('- ') || next.startsWith('– ') || next.startsWith('— ')) break
    }
    end++
  }
  while (end > start && (lineText[end - 1] === ' ' || lineText[end - 1] === '.' || lineText[end - 1] === '-')) end--
  return end > start ? { start, end } : undefined
}

function findEmails(text: string, add: (category: RedactionCategory, start: number, end: number) => boolean): void {
  const local = /[A-Za-z0-9._%+\-']/
  const domain = /[A-Za-z0-9.-]/
  let at = text.indexOf('@')
  while (at !== -1) {
    let start = at
    while (start > 0 && at - start < 64 && local.test(text[start - 1] ?? '')) start--
    let end = at + 1
    while (end < text.length && end - at < 254 && domain.test(text[end] ?? '')) end++
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--
    const host = text.slice(at + 1, end)
    const dot = host.lastIndexOf('.')
    if (start < at && dot > 0 && /^[A-Za-z]{2,24}$/.test(host.slice(dot + 1))) add('email', start, end)
    at = text.indexOf('@', Math.max(end, at + 1))
  }
}

function findAddresses(lineText: string, offset: number, add: (category: RedactionCategory, start: number, end: number) => boolean): void {
  // `exec` on the shared pattern: `matchAll` would copy it for every line.
  addressKeyword.lastIndex = 0
  for (let match = addressKeyword.exec(lineText); match !== null; match = addressKeyword.exec(lineText)) {
    const after = match.index + match[0].length
    const firstWord = /^[\p{L}'’.]{1,30}/u.exec(lineText.slice(after, after + 31))?.[0] ?? ''
    const first = firstWord[0] ?? ''
    const capitalised = first !== '' && first === first.toUpperCase() && first !== first.toLowerCase()
    if (!capitalised && !addressParticles.has(firstWord.toLowerCase().replace(/['’]$/, ''))) continue
    if (!capitalised) {
      const second = lineText.slice(after + firstWord.length).trimStart()[0] ?? ''
      if (second === '' || second !== second.toUpperCase() || second === second.toLowerCase()) continue
    }
    const window = lineText.slice(after, after + 120)
    let end = after + window.length
    for (const stop of ['|', ';', '•', '·', '@', ' Tel', ' tel', ' Cell', ' cell', ' E-mail', ' Email', ' email', ' Phone', ' – ', ' - ']) {
      const at = window.indexOf(stop)
      if (at !== -1 && after + at < end) end = after + at
    }
    const value = lineText.slice(match.index, end)
    if (!/\d/.test(value)) continue
    add('address', offset + match.index, offset + end)
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Characters of a written phone number: digits and `+ ( ) . / -`, space and tab. */
function isPhoneChar(code: number): boolean {
  return isDigit(code) || code === 0x2b || code === 0x28 || code === 0x29 || code === 0x2e || code === 0x2f || code === 0x2d || code === 0x20 || code === 0x09
}

const yearRange = /^\D*(\d{4})\D+(\d{4})\D*$/

/**
 * "2019 - 2021", "2016/2020": two years and no "+". Their eight digits start with 1 or 2, and no
 * Italian number of eight digits does (parse-cv.test.ts checks it against libphonenumber's metadata),
 * so libphonenumber, the costliest step of the phone search, would find nothing of eight digits there.
 */
function isYearRange(candidate: string): boolean {
  const match = yearRange.exec(candidate)
  if (match === null || candidate.includes('+')) return false
  const [from, to] = [Number(match[1]), Number(match[2])]
  return from >= 1950 && from <= 2100 && to >= 1950 && to <= 2100
}

/**
 * Eight digits in a run of phone-number characters: what a line needs to hold a number (see `findPhones`).
 * It starts at a digit, not a "+", so that no run of separators is scanned from more than eight places.
 */
const eightDigits = /[0-9](?:[+()./\- \t]*[0-9]){7}/

/**
 * Most phone candidates one text sends to libphonenumber (each call costs 0.05–2 ms). A CV holds a handful
 * of numbers; past this budget (a hostile or generated text), a candidate of 8 to 15 digits is recorded as
 * a phone number without parsing: more digits are taken out than needed, and the time stays linear.
 */
export const MAX_PARSED_PHONE_CANDIDATES = 200

/** What is left of {@link MAX_PARSED_PHONE_CANDIDATES} for one text. */
interface PhoneBudget {
  left: number
}

function findPhones(lineText: string, offset: number, add: (category: RedactionCategory, start: number, end: number) => boolean, budget: PhoneBudget): void {
  if (!eightDigits.test(lineText)) return
  let i = 0
  while (i < lineText.length) {
    const code = lineText.charCodeAt(i)
    if (!(code === 0x2b || isDigit(code)) || isWordChar(lineText, i - 1)) {
      i++
      continue
    }
    let end = i
    let digits = 0
    let slashes = 0
    while (end < lineText.length && isPhoneChar(lineText.charCodeAt(end))) {
      const char = lineText.charCodeAt(end)
      if (isDigit(char)) digits++
      else if (char === 0x2f) slashes++
      end++
    }
    // Real numbers have at most one slash and a few dots; "1/1/1/…" and long digit runs are not phones.
    if (digits >= 8 && digits <= 24 && end - i <= 48 && slashes <= 1 && !isWordChar(lineText, end)) {
      const candidate = lineText.slice(i, end)
      if (digits === 8 && isYearRange(candidate)) {
        i = end
        continue
      }
      if (budget.left <= 0) {
        if (digits <= 15) add('phone', offset + i, offset + end)
        i = end
        continue
      }
      budget.left--
      const numbers = findPhoneNumbersInText(candidate, { defaultCountry: 'IT' })
      for (const found of numbers) {
        const raw = candidate.slice(found.startsAt, found.endsAt)
        const count = raw.replace(/\D/g, '').length
        // Dates such as "06/2021" parse as Rome numbers; real numbers have 8 or more digits.
        if (count < 8 || /^\d{1,2}\/\d{4}$/.test(raw.trim())) continue
        add('phone', offset + i + found.startsAt, offset + i + found.endsAt)
      }
    }
    i = Math.max(end, i + 1)
  }
}

/** "Anna Maria de Souza" → given ["Anna", "Maria"], surnames ["de Souza"]: the last word with its particles. */
export function splitName(value: string): [string[], string[]] {
  const words = value.trim().split(/\s+/).filter((word) => word.length > 0)
  if (words.length < 2) return [words, []]
  let surnameStart = words.length - 1
  while (surnameStart > 1 && nameParticles.has((words[surnameStart - 1] ?? '').toLowerCase())) surnameStart--
  return [words.slice(0, surnameStart), [words.slice(surnameStart).join(' ')]]
}
