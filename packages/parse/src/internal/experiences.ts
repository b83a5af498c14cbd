import { createDiagnostic, type Diagnostic, type Experience, type Field, type SectionKind, type Token, type YearMonth } from '@incontro/core'
import { findDateRanges, monthsBetween, toYearMonth, type FoundRange, type UnreadableDate } from './dates.js'
import type { LineTokens } from './line-tokens.js'
import { foldSameLength, makeField, MAX_LINE_LENGTH, type Line } from './lines.js'
import { knownPlaces } from './places.js'

/** Separators between a job title and its employer, in order of preference. */
const employerSeparators = [' presso ', ' at ', ' @ ', ' c/o ', ' C/O ', '\t', ' – ', ' — ', ' ‑ ', ' ‐ ', ' - ', ' | ']
/** Separators that say which side is the employer ("Cameriera presso Bar Roma"); around the others either side may be. */
const directedSeparators: ReadonlySet<string> = new Set([' presso ', ' at ', ' @ ', ' c/o ', ' C/O '])
/** Words that mark a company name ("Greenway Hotels plc", "Logistica Nord Srl"), folded. */
const companyWords: ReadonlySet<string> = new Set([
  'srl', 'srls', 'spa', 's.p.a', 's.r.l', 'snc', 'sas', 'ltd', 'limited', 'plc', 'llp', 'inc', 'llc', 'gmbh', 'group', 'gruppo', 'holding',
  'hotel', 'hotels', 'ristorante', 'restaurant', 'trattoria', 'pizzeria', 'bar', 'pub', 'cafe', 'caffe', 'azienda', 'company', 'coop', 'cooperativa',
  'studio', 'agenzia', 'agency', 'ospedale', 'hospital', 'clinic', 'clinica', 'school', 'scuola', 'istituto', 'university', 'universita', 'college',
])
/** A gender marker after a title: "(m/f)", "(M/W)", "m/f/d", "(h/f)". */
const genderMarker = /\s*\(?\s*[mfhwMFHW]\s*\/\s*[mfhwMFHW](?:\s*\/\s*[dxDX])?\s*\)?$/
/** Words that open an employer on a line of its own ("presso Famiglia privata", "at Acme Ltd"). */
const employerOpeners = /^(?:presso|at|c\/o|@)\s+/i

/** Finds the occupation named in a text, if any (the CV parser passes the taxonomy's annotator). */
export type HasOccupation = (text: string) => boolean

/** A date range on a line that carries an entry: the line's dates stand at its start or end. */
export interface DatedLine {
  line: Line
  range: FoundRange
  /** The line with the dates removed, when something (a title) is left. */
  rest?: Field
}

// Patterns with `\p{…}` are module constants: the build turns such a literal into a `new RegExp` call at each use.
const aLetter = /\p{L}/u
const placeWithProvince = /^\p{Lu}[\p{L}' ]{1,40}\([A-Z]{2}\)$/u
const knownPlaceWithCountry = /^[\p{L}]+[ ]?(\([A-Z]{2}\)|, ?italia|, ?italy)?$/iu
/** Words that may open a date range ("dal 2019"): a title is no text before the dates if it is only these. */
const rangeOpeners: ReadonlySet<string> = new Set(['da', 'dal', 'dall', 'from', 'since'])

/** Whether a token of `tokens[from, to)` is neither punctuation nor (with `skipOpeners`) a range opener. */
function hasWordToken(tokens: readonly Token[], from: number, to: number, skipOpeners: boolean): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token
    if (token.kind !== 'punct' && !(skipOpeners && rangeOpeners.has(token.norm))) return true
  }
  return false
}

/** The line as a dated entry when its first date range (`range`, found in `tokens`) opens or closes it. */
export function datedLine(text: string, line: Line, tokens: readonly Token[], range: FoundRange | undefined): DatedLine | undefined {
  if (range === undefined) return undefined
  // Tested in place rather than on filtered copies of the tokens before and after the range.
  const atStart = !hasWordToken(tokens, 0, Math.min(range.first, tokens.length), true)
  const atEnd = !hasWordToken(tokens, range.last + 1, tokens.length, false)
  if (!atStart && !atEnd) return undefined
  const restStart = atStart ? range.span.end : line.contentStart
  const restEnd = atStart ? line.end : (tokens[range.first]?.start ?? 0) + line.contentStart
  const rest = makeField(text, restStart, restEnd)
  const opener = tokens[range.first - 1]
  const trimmedRest =
    rest && atEnd && opener && rangeOpeners.has(opener.norm)
      ? makeField(text, rest.span.start, opener.start + line.contentStart)
      : rest
  return trimmedRest && aLetter.test(trimmedRest.text) ? { line, range, rest: trimmedRest } : { line, range }
}

/** Splits "Cameriera presso Bar Roma, Milano" into title, employer and an obvious place; "Bar Roma — Cameriera" too. */
export function splitTitle(
  text: string,
  field: Field,
  hasOccupation?: HasOccupation,
): { title: Field; employer?: Field | undefined; place?: Field | undefined } {
  for (const separator of employerSeparators) {
    const at = field.text.indexOf(separator)
    if (at > 0) {
      let title = makeField(text, field.span.start, field.span.start + at)
      let employer = makeField(text, field.span.start + at + separator.length, field.span.end)
      if (employer) employer = employerOnly(text, employer)
      if (title && employer) {
        if (!directedSeparators.has(separator) && employerFirst(title.text, employer.text, hasOccupation)) [title, employer] = [employer, title]
        // The parts splitPlace found, without spreading its result into a new object.
        const split = splitPlace(text, employer)
        return { title: withoutGenderMarker(text, title), employer: split.employer, place: split.place }
      }
    }
  }
  const comma = field.text.indexOf(', ')
  if (comma > 0) {
    const title = makeField(text, field.span.start, field.span.start + comma)
    const rest = makeField(text, field.span.start + comma + 2, field.span.end)
    if (title && rest && isPlace(rest.text)) return { title: withoutGenderMarker(text, title), place: rest }
    // "Forklift Operator, Pennine Logistics, Leeds": an employer that starts with a capital.
    if (title && rest && startsUpper(rest.text) && (hasOccupation === undefined || hasOccupation(title.text) || !hasOccupation(rest.text))) {
      const split = splitPlace(text, rest)
      return { title: withoutGenderMarker(text, title), employer: split.employer, place: split.place }
    }
  }
  return { title: withoutGenderMarker(text, field) }
}

/** Marks that end an employer's name on a flattened line ("presso Bar Roma, Milano: servizio ai tavoli, …"). */
const employerEnds = [': ', ':\t', '; ', '. ']

/**
 * The employer part of a field without the description a flattened CV runs on after it: the text before the
 * first colon, semicolon or full stop followed by a space. An employer is a name, never a sentence of duties.
 */
function employerOnly(text: string, employer: Field): Field {
  let end = employer.text.length
  for (const mark of employerEnds) {
    const at = employer.text.indexOf(mark)
    if (at > 0 && at < end) end = at
  }
  if (end === employer.text.length) return employer
  return makeField(text, employer.span.start, employer.span.start + end) ?? employer
}

function startsUpper(value: string): boolean {
  const first = value[0] ?? ''
  return first !== first.toLowerCase()
}

/** Whether, around an undirected separator, the first part is the employer: it has a company word and the other none, or only the other names an occupation. */
function employerFirst(first: string, second: string, hasOccupation: HasOccupation | undefined): boolean {
  const firstCompany = hasCompanyWord(first)
  const secondCompany = hasCompanyWord(second)
  if (firstCompany !== secondCompany) return firstCompany
  if (hasOccupation === undefined) return false
  return !hasOccupation(first) && hasOccupation(second)
}

function hasCompanyWord(value: string): boolean {
  const folded = foldSameLength(value)
  let start = 0
  for (let i = 0; i <= folded.length; i++) {
    const code = folded.charCodeAt(i)
    const wordChar = (code >= 97 && code <= 122) || code === 46 || code >= 0xc0
    if (wordChar) continue
    if (i > start && companyWords.has(folded.slice(start, i).replace(/\.$/, ''))) return true
    start = i + 1
  }
  return false
}

/** A title without a trailing gender marker ("Autista (m/f)" → "Autista"). */
function withoutGenderMarker(text: string, title: Field): Field {
  // Only the end of the title is searched: the pattern then runs on a bounded string.
  const tail = title.text.length > 16 ? title.text.length - 16 : 0
  const match = genderMarker.exec(title.text.slice(tail))
  if (match === null || tail + match.index === 0) return title
  return makeField(text, title.span.start, title.span.start + tail + match.index) ?? title
}

function isPlace(value: string): boolean {
  const trimmed = value.trim()
  const folded = foldSameLength(trimmed)
  if (knownPlaces.has(folded)) return true
  if (placeWithProvince.test(trimmed)) return true
  return knownPlaces.has(firstPiece(folded)) && knownPlaceWithCountry.test(trimmed)
}

/** `value.split(/[ ,(]/)[0]`, without splitting the rest. */
export function firstPiece(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const char = value[i]
    if (char === ' ' || char === ',' || char === '(') return value.slice(0, i)
  }
  return value
}

/** Takes a trailing place off an employer: "Bar Roma, Milano", "Bar Roma (Milano)", "Bar Roma – Milano". */
export function splitPlace(text: string, employer: Field): { employer?: Field; place?: Field } {
  const value = employer.text
  for (const separator of [', ', ' – ', ' - ', ' | ']) {
    const at = value.lastIndexOf(separator)
    if (at > 0) {
      const candidate = makeField(text, employer.span.start + at + separator.length, employer.span.end)
      const rest = makeField(text, employer.span.start, employer.span.start + at)
      if (candidate && rest && isPlace(candidate.text)) return { employer: rest, place: candidate }
    }
  }
  const open = value.lastIndexOf('(')
  if (open > 0 && value.endsWith(')')) {
    const candidate = makeField(text, employer.span.start + open + 1, employer.span.end - 1)
    const rest = makeField(text, employer.span.start, employer.span.start + open)
    if (candidate && rest && isPlace(candidate.text)) return { employer: rest, place: candidate }
  }
  if (isPlace(value)) return { place: employer }
  return { employer }
}

/** Experiences of a CV: one per dated entry of the experience section. */
export function extractExperiences(
  text: string,
  lines: readonly Line[],
  lineSection: readonly SectionKind[],
  headingLines: ReadonlySet<number>,
  today: YearMonth,
  tokensOf: LineTokens,
  /** Whether a text names an occupation: decides which side of "Bar Roma — Cameriera" is the title. */
  hasOccupation?: HasOccupation,
): { experiences: Experience[]; diagnostics: Diagnostic[] } {
  const experiences: Experience[] = []
  const diagnostics: Diagnostic[] = []
  // Contiguous runs of experience-section lines, one run per experience heading.
  let run: Line[] = []
  for (const line of lines) {
    // A heading line ends a run, as does a line of another section.
    if (lineSection[line.index] === 'experience' && !headingLines.has(line.index)) run.push(line)
    else if (run.length > 0) {
      parseRun(text, run, today, tokensOf, experiences, diagnostics, hasOccupation)
      run = []
    }
  }
  if (run.length > 0) parseRun(text, run, today, tokensOf, experiences, diagnostics, hasOccupation)
  return { experiences, diagnostics }
}

function parseRun(
  text: string,
  run: readonly Line[],
  today: YearMonth,
  tokensOf: LineTokens,
  out: Experience[],
  diagnostics: Diagnostic[],
  hasOccupation: HasOccupation | undefined,
): void {
  const dated = new Map<number, DatedLine>()
  // Position in the run of each dated line.
  const positions = new Map<number, number>()
  for (let position = 0; position < run.length; position++) {
    const line = run[position] as Line
    if (line.blank || line.end - line.start > MAX_LINE_LENGTH || !mayHoldNumber(text, line)) continue
    const tokens = tokensOf(line)
    const { ranges, unreadable } = findDateRanges(tokens, line.contentStart, 1)
    const found = datedLine(text, line, tokens, ranges[0])
    if (found) {
      dated.set(line.index, found)
      positions.set(line.index, position)
    } else reportUnreadable(unreadable, diagnostics)
  }
  const content = run.filter((line) => !line.blank)
  if (dated.size === 0) {
    if (content.length > 0) {
      const first = content[0] as Line
      diagnostics.push(
        createDiagnostic('PARSE_MISSING_DATES', 'warning', 'The experience section has entries without a readable date range.', {
          place: { start: first.start, end: (content[content.length - 1] as Line).end },
        }),
      )
    }
    return
  }
  const firstDated = [...dated.values()][0] as DatedLine
  const titleBefore =
    firstDated.rest === undefined && content.some((line) => line.index < firstDated.line.index && !line.listItem)
  // Start line index of each entry, with its dated line.
  const entries: { start: number; dated: DatedLine; titleLines: Line[] }[] = []
  let previousDated = -1
  for (const [index, found] of dated) {
    const position = positions.get(index) ?? 0
    let start = position
    const titleLines: Line[] = []
    if (found.rest === undefined && titleBefore) {
      let back = position - 1
      while (back > previousDated && titleLines.length < 2) {
        const line = run[back] as Line
        if (line.blank || line.listItem || dated.has(line.index)) break
        titleLines.unshift(line)
        start = back
        back--
      }
    }
    if (found.rest === undefined && titleLines.length === 0) {
      for (let ahead = position + 1; ahead < run.length && titleLines.length < 2; ahead++) {
        const line = run[ahead] as Line
        if (line.blank || line.listItem || dated.has(line.index)) break
        titleLines.push(line)
      }
    } else if (found.rest !== undefined) {
      const next = run[position + 1]
      if (next && !next.blank && !next.listItem && !dated.has(next.index)) titleLines.push(next)
    }
    entries.push({ start, dated: found, titleLines })
    previousDated = position
  }
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e] as (typeof entries)[number]
    const nextStart = entries[e + 1]?.start ?? run.length
    let lastPosition = nextStart - 1
    while (lastPosition > entry.start && (run[lastPosition] as Line).blank) lastPosition--
    const span = { start: (run[entry.start] as Line).start, end: (run[lastPosition] as Line).end }
    const experience = buildExperience(text, entry.dated, entry.titleLines, span, today, diagnostics, hasOccupation)
    out.push(experience)
  }
}

/**
 * Whether a line's content may have a number token, without which it has no date (every date point has
 * a year): tokens of ASCII text are numbers only if made of ASCII digits, other units are not looked into.
 */
function mayHoldNumber(text: string, line: Line): boolean {
  for (let i = line.contentStart; i < line.end; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 48 && code <= 57) || code >= 128) return true
  }
  return false
}

function buildExperience(
  text: string,
  found: DatedLine,
  titleLines: readonly Line[],
  span: { start: number; end: number },
  today: YearMonth,
  diagnostics: Diagnostic[],
  hasOccupation: HasOccupation | undefined,
): Experience {
  const primary = found.rest ?? (titleLines[0] ? lineField(text, titleLines[0]) : undefined)
  const secondary = found.rest ? (titleLines[0] ? lineField(text, titleLines[0]) : undefined) : titleLines[1] ? lineField(text, titleLines[1]) : undefined
  let title: Field = { text: '', span: { start: found.range.span.start, end: found.range.span.start } }
  let employer: Field | undefined
  let place: Field | undefined
  if (primary) {
    const split = splitTitle(text, primary, hasOccupation)
    title = split.title
    employer = split.employer
    place = split.place
  } else {
    diagnostics.push(createDiagnostic('PARSE_MISSING_TITLE', 'info', 'An experience has dates but no title line.', { place: found.range.span }))
  }
  if (employer === undefined && secondary) {
    const opener = employerOpeners.exec(secondary.text)
    const employerLine = opener === null ? secondary : (makeField(text, secondary.span.start + opener[0].length, secondary.span.end) ?? secondary)
    const split = splitPlace(text, employerLine)
    employer = split.employer
    place ??= split.place
  }
  const start = toYearMonth(found.range.start, false)
  const end = found.range.end === 'present' ? 'present' : toYearMonth(found.range.end, true)
  const months = monthsBetween(start, end === 'present' ? today : end)
  // Keys in ExperienceSchema's order, as parsing the result with it would give them.
  const experience = { title } as Experience
  if (employer) experience.employer = employer
  if (place) experience.place = place
  experience.start = start
  experience.end = end
  if (months !== undefined) experience.months = months
  experience.span = span
  if (months === undefined) {
    diagnostics.push(
      createDiagnostic('PARSE_UNREADABLE_DATE', 'warning', 'An experience starts after the reference date; its duration is unknown.', {
        place: found.range.span,
      }),
    )
  }
  return experience
}

/** The content of a line (after its list marker) as a field. */
function lineField(text: string, line: Line): Field | undefined {
  return makeField(text, line.contentStart, line.end)
}

function reportUnreadable(unreadable: readonly UnreadableDate[], diagnostics: Diagnostic[]): void {
  for (const problem of unreadable) {
    diagnostics.push(
      createDiagnostic(
        'PARSE_UNREADABLE_DATE',
        'warning',
        problem.reason === 'end-before-start' ? 'A date range ends before it starts.' : 'A date has a month outside 1–12.',
        { place: problem.span },
      ),
    )
  }
}
