import {
  createDiagnostic,
  type Diagnostic,
  type Document,
  type DocumentFormat,
  type LanguageSkill,
  type Licence,
  type ParsedProfile,
  type YearMonth,
} from '@incontro/core'
import { currentYearMonth } from './internal/dates.js'
import { extractEducation } from './internal/education.js'
import { extractExperiences } from './internal/experiences.js'
import { extractIdentity, identityKeyWords } from './internal/identity.js'
import { createKeyWordPattern, findKeyWords, markKeyLines } from './internal/key-words.js'
import { createLineTokens } from './internal/line-tokens.js'
import { capDiagnostics, reportEmpty, reportLongLines } from './internal/diagnostics.js'
import { checkReadDiagnostics, checkSourceId, checkToday, readOptionsOf, toDocument } from './internal/input.js'
import type { ReadLimits } from './internal/limits.js'
import { findLanguages, highestPerLanguage, languageTriggers } from './internal/languages.js'
import { findLicences, licenceTriggers, uniqueLicences } from './internal/licences.js'
import { foldSameLength, MAX_LINE_LENGTH, splitLines, type Line } from './internal/lines.js'
import { splitCvLines } from './internal/cv-lines.js'
import { segmentCv } from './internal/cv-sections.js'
import { extractObjective, type FindOccupation } from './internal/objective.js'
import { builtinTaxonomy, createAnnotator, type Annotator, type Taxonomy } from '@incontro/taxonomy'

/** Keys of the tokens a language or licence mention starts from: findLanguages and findLicences find nothing in a line without one. */
const mentionKeys: ReadonlySet<string> = new Set([...languageTriggers, ...licenceTriggers])
/** One search of the whole text for the words that the identity scan and the mention finders start from. */
const keyWordPattern = createKeyWordPattern([...identityKeyWords, ...mentionKeys])

/** Options of {@link parseCv}. */
export interface ParseCvOptions {
  /** Identifies the source document (kept in the result and the identity record). */
  sourceId: string
  /** Force a format instead of sniffing the content (PDF and DOCX: read them first with `readDocumentWithDiagnostics`). */
  format?: DocumentFormat
  /** The CV's language when known; otherwise detected (Italian when undecided). */
  language?: 'it' | 'en'
  /** The month "present"/"ad oggi" stands for when counting months (default: the current month). */
  today?: YearMonth
  /** Largest input accepted, in bytes (default 5 MB). */
  maxBytes?: number
  /** Reading limits (see `defaultReadLimits`). */
  limits?: Partial<ReadLimits>
  /** Diagnostics from `readDocumentWithDiagnostics`, merged into the result when `input` is that Document. */
  readDiagnostics?: readonly Diagnostic[]
  /** Taxonomy whose occupation titles name the objective's occupation (default: the built-in one); pass the one the anonymizer uses. */
  taxonomy?: Taxonomy
}

/** At most this many short texts (titles, header lines) are remembered per taxonomy. */
const occupationCacheSize = 512
const finders = new WeakMap<Taxonomy, FindOccupation>()

/**
 * The first occupation the taxonomy finds in a text, with an annotator built once per taxonomy. Titles and
 * header lines repeat across CVs ("Cameriere di sala", "Milano"), so the answers for the last few hundred
 * are kept: a small bounded cache, emptied when full.
 */
function occupationFinder(taxonomy: Taxonomy): FindOccupation {
  let finder = finders.get(taxonomy)
  if (finder === undefined) {
    const annotator: Annotator = createAnnotator(taxonomy)
    const cache = new Map<string, ReturnType<FindOccupation>>()
    finder = (text) => {
      if (cache.has(text)) return cache.get(text)
      const mention = annotator.annotate(text, { kinds: ['occupation'], includeNegated: false })[0]
      const found = mention === undefined ? undefined : { concept: mention.concept, start: mention.start, end: mention.end }
      if (cache.size >= occupationCacheSize) cache.clear()
      cache.set(text, found)
      return found
    }
    finders.set(taxonomy, finder)
  }
  return finder
}

/**
 * Parses a CV (a string, bytes of any synchronously readable format, or a read {@link Document}) into a {@link ParsedProfile}:
 * sections (inline and flattened headings included), experiences with dates and months, education with EQF
 * level, languages with CEFR level, licences, the stated objective with its occupation, and the identity
 * record kept apart. Data problems are returned as diagnostics.
 *
 * @example
 * const profile = parseCv('Maria Rossi\n\nEsperienze\n03/2019 – 06/2021 Cameriera presso Bar Roma', { sourceId: 'cv-1' })
 * profile.experiences[0]?.months // 28
 */
export function parseCv(input: string | Uint8Array | Document, options: ParseCvOptions): ParsedProfile {
  const sourceId = checkSourceId(options?.sourceId)
  checkToday(options.today)
  const { document, diagnostics: readDiagnostics } = toDocument(input, readOptionsOf(options), checkReadDiagnostics(options.readDiagnostics))
  const today = options.today ?? currentYearMonth()
  const text = document.text
  // Inline headings ("… ISTRUZIONE Diploma …", "Competenze: Excel") are cut onto lines of their own.
  const folded = foldSameLength(text)
  const { lines, oneLine, headings } = splitCvLines(text, splitLines(text), folded)
  const diagnostics: Diagnostic[] = [...readDiagnostics]
  const { sections, lineSection, headingLines, found } = segmentCv(lines, headings, oneLine)
  if (!found) {
    diagnostics.push(createDiagnostic('PARSE_NO_SECTIONS', 'warning', 'No section heading was recognised; the whole text is read as a header.'))
  }
  reportLongLines(lines, diagnostics)
  reportEmpty(text, sections, diagnostics)

  const tokensOf = createLineTokens(text)
  const keyWords = findKeyWords(folded, lines, keyWordPattern)
  const identity = extractIdentity(text, lines, lineSection, sourceId, folded, keyWords)
  for (const diagnostic of identity.diagnostics) diagnostics.push(diagnostic)
  const findOccupation = occupationFinder(options.taxonomy ?? builtinTaxonomy())
  const experienceResult = extractExperiences(text, lines, lineSection, headingLines, today, tokensOf, (value) => findOccupation(value) !== undefined)
  for (const diagnostic of experienceResult.diagnostics) diagnostics.push(diagnostic)
  const education = extractEducation(text, lines, lineSection, headingLines, tokensOf)

  const languages: LanguageSkill[] = []
  const licences: Licence[] = []
  const mayMention = markKeyLines(text, lines, keyWords, mentionKeys)
  let lastHeading: Line | undefined
  for (const line of lines) {
    if (line.blank) continue
    if (headingLines.has(line.index)) {
      lastHeading = line
      continue
    }
    const after = lastHeading !== undefined && lines[line.index - 1] === lastHeading ? lastHeading : undefined
    lastHeading = undefined
    // A licence line right under its heading ("Patente\nB", "Driving licence: B") is read with the heading's words.
    const withHeading = after !== undefined && lineSection[line.index] === 'licences'
    if ((mayMention[line.index] === 0 && !withHeading) || line.end - line.start > MAX_LINE_LENGTH) continue
    const content = text.slice(line.contentStart, line.end)
    const tokens = tokensOf(line)
    const section = lineSection[line.index]
    if (withHeading && after !== undefined) {
      const joined = text.slice(after.start, line.end)
      for (const mention of findLicences(joined, after.start)) licences.push({ code: mention.code, span: mention.span })
    }
    for (const mention of findLanguages(content, line.contentStart, tokens)) {
      if (mention.level !== undefined) languages.push({ code: mention.code, level: mention.level, span: mention.span })
      else if (section === 'languages') {
        diagnostics.push(
          createDiagnostic('PARSE_UNKNOWN_LANGUAGE_LEVEL', 'info', 'A language is named without a level that can be read.', { place: mention.span }),
        )
      }
    }
    for (const mention of findLicences(content, line.contentStart, tokens)) licences.push({ code: mention.code, span: mention.span })
  }

  const objective = extractObjective(text, lines, lineSection, headingLines, findOccupation, folded)
  const language = options.language ?? (document.language === 'und' ? 'it' : document.language)
  // Built in ParsedProfileSchema's shape and key order (a caller's Document and readDiagnostics were
  // checked on the way in), so it is returned as built: checking it again with zod would cost as much as
  // all the extraction. parse-cv.test.ts checks on random inputs that parsing it with the schema changes
  // nothing.
  return {
    sourceId,
    language,
    document,
    identity: identity.identity,
    sections,
    experiences: experienceResult.experiences,
    education,
    languages: highestPerLanguage(languages),
    licences: uniqueLicences(licences),
    ...(objective === undefined ? {} : { objective }),
    diagnostics: capDiagnostics(diagnostics),
  }
}
