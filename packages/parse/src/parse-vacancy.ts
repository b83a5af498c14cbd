import {
  createDiagnostic,
  IncontroError,
  ParsedVacancySchema,
  tokenize,
  type ContractType,
  type Diagnostic,
  type Document,
  type DocumentFormat,
  type EducationRequirement,
  type Field,
  type Importance,
  type LanguageRequirement,
  type LicenceRequirement,
  type ParsedVacancy,
  type Requirement,
  type SectionKind,
  type Span,
  type Token,
} from '@incontro/core'
import { builtinTaxonomy, createAnnotator, type Annotator, type Taxonomy } from '@incontro/taxonomy'
import { capDiagnostics, reportEmpty, reportLongLines } from './internal/diagnostics.js'
import { findQualifications } from './internal/education.js'
import { vacancySectionHeadings } from './internal/headings.js'
import { checkReadDiagnostics, checkSourceId, readOptionsOf, toDocument } from './internal/input.js'
import type { ReadLimits } from './internal/limits.js'
import { findCcnl, findHoursPerWeek, findOrganization, findSalary } from './internal/vacancy-terms.js'
import { findLanguages } from './internal/languages.js'
import { findLicences, uniqueLicences } from './internal/licences.js'
import { foldSameLength, isWordChar, lineAtOffset, makeField, MAX_LINE_LENGTH, splitLines, type Line } from './internal/lines.js'
import { compilePhrases, matchPhrases } from './internal/phrases.js'
import { knownPlaces } from './internal/places.js'
import { segmentSections, type Segmentation } from './internal/sections.js'
import { blocksOf } from './internal/structured-text.js'
import { hasCompanyCue, hasRequirementCue, isLabelLine, isNotEducationLine, markdownHeadingKind } from './internal/vacancy-lines.js'
import { cleanVacancyMarkdown } from './internal/vacancy-markdown.js'
import { statesRole } from './internal/role-cue.js'
import { maskGenderMarkers } from './internal/vacancy-title.js'
import { contractPhrases, durationAdjectives, importanceWords, numberWords, placeLabels } from './internal/vacancy-words.js'

/** Options of {@link parseVacancy}. */
export interface ParseVacancyOptions {
  /** Identifies the source document. */
  sourceId: string
  /** The vacancy's language when known; otherwise detected (Italian when undecided). */
  language?: 'it' | 'en'
  /** Force a format instead of sniffing the content. */
  format?: DocumentFormat
  /** Largest input accepted, in bytes (default 5 MB). */
  maxBytes?: number
  /** Reading limits (see `defaultReadLimits`). */
  limits?: Partial<ReadLimits>
  /** Diagnostics from `readDocumentWithDiagnostics`, merged into the result when `input` is that Document. */
  readDiagnostics?: readonly Diagnostic[]
  /** Taxonomy whose occupation titles name the vacancy's occupation (default: the built-in one). */
  taxonomy?: Taxonomy
}

const annotators = new WeakMap<Taxonomy, Annotator>()

function annotatorOf(taxonomy: Taxonomy): Annotator {
  let annotator = annotators.get(taxonomy)
  if (!annotator) {
    annotator = createAnnotator(taxonomy)
    annotators.set(taxonomy, annotator)
  }
  return annotator
}

/**
 * The occupation named in `field` (for the title: after masking gender markers, which keeps offsets): the
 * longest occupation mention, the first of equally long ones, with its span in the document; outside the
 * title only mentions that state the ad's role count (see {@link statesRole}).
 */
function occupationIn(field: Field, annotator: Annotator, isTitle: boolean, mask = isTitle): ParsedVacancy['occupation'] {
  const text = mask ? maskGenderMarkers(field.text) : field.text
  let best: { concept: string; start: number; end: number } | undefined
  for (const mention of annotator.annotate(text, { kinds: ['occupation'], includeNegated: false })) {
    // In the body an occupation word often names someone else (clients, a department, an adjective):
    // only a role statement, an experience requirement or a title-like line names the ad's role.
    if (!isTitle && !statesRole(text, mention.start, mention.end)) continue
    if (best === undefined || mention.end - mention.start > best.end - best.start) best = mention
  }
  if (best === undefined) return undefined
  return { concept: best.concept, span: { start: field.span.start + best.start, end: field.span.start + best.end } }
}

/** Lines of the body read for the occupation when the title names none. */
const MAX_BODY_OCCUPATION_LINES = 3
/** Longest line read as a terse ad's duty line. */
const MAX_DUTY_LINE = 400
/** Most body lines a terse ad (no requirement or duty section) has for its lines to count as duties. */
const MAX_TERSE_LINES = 3
/** Longest line outside requirement sections read as a requirement for a requirement word or cue. */
const MAX_CUE_LINE = 400
/** Longest line that is not a list item read as a requirement for an importance word alone ("Patente B indispensabile"). */
const MAX_WORD_LINE = 200
/** Words before "required" / "richiesto" that make it no requirement ("as required", "se richiesto"). */
const conditionalWords: ReadonlySet<string> = new Set(['as', 'if', 'when', 'where', 'whenever', 'se', 'ove', 'quando', 'qualora', 'laddove'])

/** Kinds of an inline label heading ("Contratto: …", "Azienda: …") that cover their own line only. */
const lineOnlyKinds: ReadonlySet<SectionKind> = new Set(['offer', 'company', 'description'])

const importanceTable = compilePhrases(importanceWords)
const contractTable = compilePhrases(contractPhrases)
const experienceWords = new Set(['esperienza', 'esperienze', 'experience', 'esperienziale'])
const yearUnits = new Set(['anni', 'anno', 'years', 'year', 'yrs', 'yr'])
const monthUnits = new Set(['mesi', 'mese', 'months', 'month'])
const provincePattern = /\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,3} \([A-Z]{2}\)/u
const placeNames = [...knownPlaces].filter((place) => !['italia', 'italy', 'remoto', 'remote', 'da remoto', 'smart working'].includes(place))

/**
 * Parses a vacancy (a string, bytes of any synchronously readable format, or a read {@link Document})
 * into a {@link ParsedVacancy}: title, sections, requirements with importance (essential or preferred),
 * languages, education (EQF), licences, minimum experience, contract types, place, weekly hours, salary,
 * the CCNL when named and the hiring organisation.
 *
 * @example
 * const vacancy = parseVacancy('Cameriere/a\nRequisiti:\n- Inglese B1\n- Patente B gradita', { sourceId: 'v-1' })
 * vacancy.licences[0] // { code: 'B', importance: 'preferred', span: … }
 */
export function parseVacancy(input: string | Uint8Array | Document, options: ParseVacancyOptions): ParsedVacancy {
  const sourceId = checkSourceId(options?.sourceId)
  const read = toDocument(input, readOptionsOf(options), checkReadDiagnostics(options.readDiagnostics))
  let document = read.document
  if (document.format === 'text') {
    // Markdown escapes and flattened headings are undone here, so every span refers to the cleaned text.
    const cleaned = cleanVacancyMarkdown(document.text)
    if (cleaned !== undefined) document = { ...document, text: cleaned, blocks: blocksOf(cleaned) }
  }
  const text = document.text
  const lines = splitLines(text)
  const diagnostics: Diagnostic[] = [...read.diagnostics]
  const segmentation = segmentSections(text, lines, vacancySectionHeadings, {
    inline: true,
    beforeFirst: 'header',
    lineOnly: lineOnlyKinds,
    fallback: markdownHeadingKind,
  })
  const { headingLines, found } = segmentation
  const titleLine = lines.find((line) => !line.blank && line.end - line.start <= MAX_LINE_LENGTH)
  const { sections, lineSection } = markCompanyParagraph(text, lines, segmentation, titleLine?.index ?? -1)
  if (!found) {
    diagnostics.push(createDiagnostic('PARSE_NO_SECTIONS', 'info', 'No section heading was recognised; importance comes from words in each line only.'))
  }
  reportLongLines(lines, diagnostics)
  reportEmpty(text, sections, diagnostics)
  const hasRequirementSections = sections.some((section) => section.kind === 'requirements' || section.kind === 'preferred')
  const hasDutySections = sections.some((section) => section.kind === 'responsibilities')
  const headingEnds = new Map<number, number>()
  for (const section of sections) if (section.heading) headingEnds.set(section.heading.start, section.heading.end)

  let title: Field = { text: '', span: { start: 0, end: 0 } }
  if (titleLine) title = makeField(text, titleLine.start, titleLine.end) ?? { text: text.slice(titleLine.start, titleLine.end), span: { start: titleLine.start, end: titleLine.end } }
  else diagnostics.push(createDiagnostic('PARSE_NO_TITLE', 'warning', 'The vacancy has no line that can serve as its title.'))

  const requirements: Requirement[] = []
  const languages: LanguageRequirement[] = []
  const education: EducationRequirement[] = []
  const licences: LicenceRequirement[] = []
  const contract: ContractType[] = []
  let experienceMonths: { value: number; span: Span } | undefined
  let place: Field | undefined
  let hoursPerWeek: ParsedVacancy['hoursPerWeek']
  let salary: ParsedVacancy['salary']
  let ccnl: Field | undefined
  let organization: Field | undefined

  // A terse ad (public employment centres): a title, a line of duties, place and contract lines, no sections.
  const terse = !hasRequirementSections && !hasDutySections && isTerse(text, lines, titleLine?.index ?? -1)
  const bodyLines: Field[] = []

  for (const line of lines) {
    if (line.blank || line.end - line.start > MAX_LINE_LENGTH) continue
    const section = lineSection[line.index] ?? 'header'
    let contentStart = line.contentStart
    if (headingLines.has(line.index)) {
      const headingEnd = headingEnds.get(line.start) ?? line.end
      if (headingEnd >= line.end) continue
      contentStart = Math.max(contentStart, headingEnd)
    }
    const content = makeField(text, contentStart, line.end)
    if (content === undefined) continue
    const tokens = tokenize(content.text)
    const offset = content.span.start

    for (const match of matchPhrases(tokens, contractTable)) if (!contract.includes(match.value)) contract.push(match.value)
    // Labelled terms are read on the whole line: "Azienda:", "Salary:" are also headings.
    const whole = contentStart === line.contentStart ? content : (makeField(text, line.contentStart, line.end) ?? content)
    place ??= findPlaceLabel(text, whole)
    organization ??= findOrganization(text, whole)
    hoursPerWeek ??= findHoursPerWeek(tokens, offset)
    salary ??= findSalary(whole.text, whole.span.start)
    ccnl ??= findCcnl(text, offset, content.text)
    if (section === 'offer' || section === 'company') continue
    const isTitle = line === titleLine
    const labelLine = isLabelLine(tokens)
    // A line presenting the employer ("X is a leading …") is no requirement and names no occupation of the ad.
    if (!isTitle && sectionImportanceOf(section) === undefined && hasCompanyCue(tokens)) continue
    if (!isTitle && !labelLine && (section === 'header' || section === 'description') && bodyLines.length < MAX_BODY_OCCUPATION_LINES && !headingLines.has(line.index)) {
      bodyLines.push(content)
    }

    const lineImportance = importanceOf(tokens)
    const sectionImportance = sectionImportanceOf(section)
    let importance = sectionImportance === undefined ? undefined : (lineImportance ?? sectionImportance)
    if (importance === undefined && !isTitle && !labelLine) {
      const length = content.text.length
      const byWord = lineImportance !== undefined && (line.listItem || length <= MAX_WORD_LINE)
      if (length <= MAX_CUE_LINE && (byWord || hasRequirementCue(tokens, section))) importance = lineImportance ?? 'essential'
      else if (terse && length <= MAX_DUTY_LINE) importance = 'essential'
    }
    // A lead-in ending with ":" ("To be successful, you will bring:") introduces requirements; it is none.
    const leadIn = text.charCodeAt(line.end - 1) === 0x3a
    if (importance !== undefined && !isTitle && !leadIn && !labelLine) requirements.push({ text: content.text, importance, span: content.span })

    experienceMonths ??= findExperienceMonths(tokens, offset)
    const eligible = !isTitle && (importance !== undefined || !hasRequirementSections)
    if (!eligible) continue
    const effective = importance ?? 'essential'
    for (const mention of findLanguages(content.text, offset, tokens)) {
      if (mention.level !== undefined) languages.push({ code: mention.code, level: mention.level, importance: effective, span: mention.span })
      else {
        diagnostics.push(
          createDiagnostic('PARSE_UNKNOWN_LANGUAGE_LEVEL', 'info', 'A language is asked for without a level that can be read.', { place: mention.span }),
        )
      }
    }
    const qualifications = isNotEducationLine(tokens) ? [] : findQualifications(content.text, tokens)
    if (qualifications.length > 0) {
      // "Diploma o laurea": the minimum level named is what the vacancy requires.
      const lowest = qualifications.reduce((min, candidate) => (candidate.rule.level < min.rule.level ? candidate : min))
      education.push({ eqfLevel: lowest.rule.level, importance: effective, span: { start: offset + lowest.start, end: offset + lowest.end } })
    }
    for (const mention of findLicences(content.text, offset, tokens)) licences.push({ code: mention.code, importance: effective, span: mention.span })
  }
  place ??= findPlaceFallback(text, lines)

  const language = options.language ?? (document.language === 'und' ? 'it' : document.language)
  const vacancy: ParsedVacancy = {
    sourceId,
    language,
    document,
    title,
    sections,
    requirements,
    languages: uniqueByCode(languages),
    education,
    licences: uniqueLicences(licences),
    contract,
    diagnostics: capDiagnostics(diagnostics),
  }
  const occupation = findOccupation(title, bodyLines, requirements, annotatorOf(options.taxonomy ?? builtinTaxonomy()))
  if (occupation) vacancy.occupation = occupation
  if (experienceMonths) vacancy.experienceMonths = experienceMonths
  if (place) vacancy.place = place
  if (hoursPerWeek) vacancy.hoursPerWeek = hoursPerWeek
  if (salary) vacancy.salary = salary
  if (ccnl) vacancy.ccnl = ccnl
  if (organization) vacancy.organization = organization
  const checked = ParsedVacancySchema.safeParse(vacancy)
  if (!checked.success) {
    throw new IncontroError('CORE_SCHEMA_VIOLATION', 'The parsed vacancy does not satisfy ParsedVacancySchema; this is a bug in @incontro/parse.', {
      issues: checked.error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code })),
    })
  }
  return checked.data
}

/** The importance the words of a line give it: the first importance word not used conditionally ("as required"). */
function importanceOf(tokens: readonly Token[]): Importance | undefined {
  for (const match of matchPhrases(tokens, importanceTable)) {
    const before = tokens[match.first - 1]
    if (before === undefined || !conditionalWords.has(before.norm)) return match.value
  }
  return undefined
}

/** The importance a section gives its lines: essential in requirements, preferred in preferred, else none. */
function sectionImportanceOf(section: SectionKind): Importance | undefined {
  return section === 'requirements' ? 'essential' : section === 'preferred' ? 'preferred' : undefined
}

function uniqueByCode<T extends { code: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>()
  return items.filter((item) => (seen.has(item.code) ? false : (seen.add(item.code), true)))
}

function numberAt(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined
  if (token.kind === 'number' && token.norm.length <= 2) return Number(token.norm)
  return Object.hasOwn(numberWords, token.norm) ? numberWords[token.norm] : undefined
}

/** "almeno 2 anni di esperienza", "esperienza di 3 anni", "3+ years of experience", "6 mesi", "esperienza triennale". */
function findExperienceMonths(tokens: readonly Token[], offset: number): { value: number; span: Span } | undefined {
  if (!tokens.some((token) => experienceWords.has(token.norm))) return undefined
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const adjective = Object.hasOwn(durationAdjectives, token.norm) ? durationAdjectives[token.norm] : undefined
    if (adjective !== undefined) {
      const before = tokens.slice(Math.max(0, i - 3), i)
      if (before.some((t) => experienceWords.has(t.norm))) return { value: adjective, span: { start: offset + token.start, end: offset + token.end } }
      continue
    }
    const value = numberAt(token)
    if (value === undefined) continue
    let j = i + 1
    // "3+ years", "2-3 anni", "2 o più anni", "3 or more years"
    if (tokens[j]?.norm === '+') j++
    else if (['-', '–', 'a', 'to'].includes(tokens[j]?.norm ?? '') && numberAt(tokens[j + 1]) !== undefined) j += 2
    else if (['o', 'or'].includes(tokens[j]?.norm ?? '') && ['piu', 'more'].includes(tokens[j + 1]?.norm ?? '')) j += 2
    const unit = tokens[j]
    if (unit === undefined) continue
    if (yearUnits.has(unit.norm)) return { value: value * 12, span: { start: offset + token.start, end: offset + unit.end } }
    if (monthUnits.has(unit.norm)) return { value, span: { start: offset + token.start, end: offset + unit.end } }
  }
  return undefined
}

function findPlaceLabel(text: string, content: Field): Field | undefined {
  const folded = foldSameLength(content.text)
  for (const label of placeLabels) {
    if (!folded.startsWith(label)) continue
    let at = label.length
    while (content.text[at] === ' ') at++
    if (content.text[at] !== ':') continue
    const end = placeEnd(content.text, folded, at + 1)
    const found = makeField(text, content.span.start + at + 1, content.span.start + Math.min(end, at + 1 + 80))
    return found !== undefined && notPlaces.has(foldSameLength(found.text)) ? undefined : found
  }
  return undefined
}

// Module constants: the build turns a `\p{…}` literal into a `new RegExp` call at each use.
const lowercaseLetter = /\p{Ll}/u
const aLetter = /\p{L}/u

/** Words that start another statement after a place ("Sede: Napoli Contratto CCNL …"). */
const afterPlaceWords: ReadonlySet<string> = new Set([
  'contratto', 'contract', 'orario', 'orari', 'ccnl', 'retribuzione', 'stipendio', 'salary', 'tipologia', 'inquadramento',
  'durata', 'duration', 'requisiti', 'requirements', 'mansioni', 'offriamo', 'full', 'part', 'tempo', 'ral',
])

/**
 * Where the place after a label ends: at ";", "|", " - ", " – ", a sentence end (". ", not after an
 * initial such as "S."), ", " before a lowercase word, or a word that starts another statement. One pass.
 */
function placeEnd(line: string, folded: string, from: number): number {
  const limit = Math.min(line.length, from + 80)
  let wordStart = -1
  for (let i = from; i < limit; i++) {
    const char = line[i] as string
    if (char === ';' || char === '|') return i
    if ((char === '-' || char === '–') && line[i - 1] === ' ' && line[i + 1] === ' ') return i
    if (char === '.' && (line[i + 1] === ' ' || i + 1 === line.length) && wordStart !== -1 && i - wordStart > 2) return i
    if (char === ',' && line[i + 1] === ' ' && lowercaseLetter.test(line[i + 2] ?? '')) return i
    if (char === ' ' || char === ',' || char === '.' || char === '(') {
      wordStart = -1
      continue
    }
    if (wordStart === -1) {
      wordStart = i
      let wordEnd = i
      while (wordEnd < limit && aLetter.test(line[wordEnd] as string)) wordEnd++
      if (i > from + 1 && afterPlaceWords.has(folded.slice(i, wordEnd))) return i
    }
  }
  return limit
}

/** Italian province codes (sigle automobilistiche), so that "Gastrointestinal (GI)" is no "Town (XX)". */
const italianProvinces: ReadonlySet<string> = new Set(
  ('AG AL AN AO AR AP AT AV BA BT BL BN BG BI BO BZ BS BR CA CL CB CI CE CT CZ CH CO CS CR KR CN EN FM FE FI FG FC FR GE GO GR ' +
    'IM IS SP AQ LT LE LC LI LO LU MC MN MS MT ME MI MO MB NA NO NU OG OT OR PD PA PR PV PG PU PE PC PI PT PN PZ PO RG RA RC RE ' +
    'RI RN RM RO SA VS SS SV SI SR SO SU TA TE TR TO TP TN TV TS UD VA VE VB VC VR VV VI VT').split(' '),
)
/** Values after a place label that name no place ("Sede di lavoro: Di persona"). */
const notPlaces: ReadonlySet<string> = new Set(['di persona', 'in persona', 'in presenza', 'in person', 'on site', 'onsite', 'on-site', 'ibrido', 'hybrid'])

function findPlaceFallback(text: string, lines: ReturnType<typeof splitLines>): Field | undefined {
  // Whole-text searches (no match crosses a line break), each line judged once: one pass per pattern or
  // place name instead of one call per line and name, which a text of 100,000 short lines made slow.
  const lineAt = (offset: number): Line => lineAtOffset(lines, offset)
  const readable = (line: Line): boolean => !line.blank && line.end - line.start <= MAX_LINE_LENGTH
  // The first province match of each line decides for that line ("Milano (MI)"; "Parigi (FR)" is no province).
  const pattern = new RegExp(provincePattern.source, 'gu')
  let judged = -1
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const line = lineAt(match.index)
    if (line.index === judged || !readable(line)) continue
    judged = line.index
    if (italianProvinces.has(match[0].slice(-3, -1))) return makeField(text, match.index, match.index + match[0].length)
  }
  // Else the first line naming a known place (capitalised, a whole word); within a line, the first name of the list.
  const folded = foldSameLength(text)
  let best: { line: number; at: number; name: string } | undefined
  names: for (const name of placeNames) {
    for (let at = folded.indexOf(name); at !== -1; at = folded.indexOf(name, at + 1)) {
      const line = lineAt(at)
      // A later name wins only on an earlier line.
      if (best !== undefined && line.index >= best.line) continue names
      if (!readable(line) || isWordChar(folded, at - 1) || isWordChar(folded, at + name.length) || isWordChar(text, at + name.length)) continue
      const first = text[at] ?? ''
      if (first !== first.toUpperCase()) continue
      best = { line: line.index, at, name }
      continue names
    }
  }
  return best === undefined ? undefined : makeField(text, best.at, best.at + best.name.length)
}

/** Whether the ad is terse: at most a few body lines besides its title and its place / contract lines. */
function isTerse(text: string, lines: ReturnType<typeof splitLines>, titleIndex: number): boolean {
  let body = 0
  for (const line of lines) {
    if (line.blank || line.index === titleIndex) continue
    if (line.end - line.start > MAX_DUTY_LINE) return false
    if (isLabelLine(tokenize(text.slice(line.contentStart, line.end)))) continue
    if (++body > MAX_TERSE_LINES) return false
  }
  return true
}

/**
 * Marks the paragraph that presents the employer ("X is a leading …", "è un'azienda leader nel settore …")
 * among the lines before the first heading as a `company` section; the lines after it and before the
 * first heading become the `description`. One pass over those lines.
 */
function markCompanyParagraph(
  text: string,
  lines: ReturnType<typeof splitLines>,
  segmentation: Segmentation,
  titleIndex: number,
): { sections: Segmentation['sections']; lineSection: SectionKind[] } {
  const { sections, lineSection, headingLines } = segmentation
  const first = sections[0]
  if (first === undefined || first.kind !== 'header' || first.heading !== undefined) return { sections, lineSection }
  let companyFrom = -1
  let companyTo = -1
  for (const line of lines) {
    if (headingLines.has(line.index) || lineSection[line.index] !== 'header' || line.start > first.span.end) break
    if (line.blank || line.index <= titleIndex || line.end - line.start > MAX_LINE_LENGTH) {
      if (line.blank && companyFrom !== -1) break
      continue
    }
    if (companyFrom !== -1) companyTo = line.index
    else if (hasCompanyCue(tokenize(text.slice(line.start, line.end)))) companyFrom = companyTo = line.index
  }
  if (companyFrom === -1) return { sections, lineSection }
  const marked = [...lineSection]
  const rebuilt: Segmentation['sections'] = []
  let current: { kind: SectionKind; start: number; end: number } | undefined
  for (const line of lines) {
    if (line.start > first.span.end) break
    if (lineSection[line.index] !== 'header' || headingLines.has(line.index)) break
    const kind: SectionKind = line.index < companyFrom ? 'header' : line.index <= companyTo ? 'company' : 'description'
    marked[line.index] = kind
    if (line.blank) continue
    if (current !== undefined && current.kind === kind) current.end = line.end
    else {
      if (current !== undefined) rebuilt.push({ kind: current.kind, span: { start: current.start, end: current.end } })
      current = { kind, start: line.start, end: line.end }
    }
  }
  if (current !== undefined) rebuilt.push({ kind: current.kind, span: { start: current.start, end: current.end } })
  return { sections: [...rebuilt, ...sections.slice(1)], lineSection: marked }
}

/**
 * The vacancy's occupation: named by the title (gender markers masked), else by the first lines of the
 * body, else by a requirement or duty line.
 */
function findOccupation(title: Field, bodyLines: readonly Field[], requirements: readonly Requirement[], annotator: Annotator): ParsedVacancy['occupation'] {
  if (title.text !== '') {
    const found = occupationIn(title, annotator, true)
    if (found) return found
  }
  for (const line of bodyLines) {
    const found = occupationIn(line, annotator, false, true)
    if (found) return found
  }
  for (const requirement of requirements) {
    const found = occupationIn({ text: requirement.text, span: requirement.span }, annotator, false)
    if (found) return found
  }
  return undefined
}
