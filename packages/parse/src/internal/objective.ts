import type { ParsedProfile, SectionKind, Span } from '@incontro/core'
import { foldSameLength, makeField, type Line } from './lines.js'

/** The first occupation named in a piece of text, offsets relative to it. */
export type FindOccupation = (text: string) => { concept: string; start: number; end: number } | undefined

/** Openings of a line that states the job sought ("Candidatura per la posizione di cameriere", "Seeking a position as a chef"). */
const objectivePhrases = [
  'candidatura per',
  'candidatura come',
  'candidata per',
  'candidato per',
  'mi candido per',
  'mi candido come',
  'cerco lavoro come',
  'cerco impiego come',
  'in cerca di lavoro come',
  'in cerca di impiego come',
  'alla ricerca di un impiego come',
  'alla ricerca di una posizione come',
  'alla ricerca di lavoro come',
  'disponibile a lavorare come',
  'seeking a position as',
  'seeking a role as',
  'seeking employment as',
  'seeking work as',
  'looking for a position as',
  'looking for a role as',
  'looking for work as',
  'looking for a job as',
  'to obtain a position as',
  'applying for the position of',
  'applying for the role of',
]

/** Header lines after the first (the name) that may hold a headline ("Junior Data Analyst"). */
const HEADLINE_LINES = 4
/** Longest headline. */
const MAX_HEADLINE_LENGTH = 70

type Objective = NonNullable<ParsedProfile['objective']>

function build(text: string, line: Line, findOccupation: FindOccupation, atStart: boolean): Objective | undefined {
  const field = makeField(text, line.contentStart, line.end)
  if (field === undefined) return undefined
  const objective: Objective = { text: field.text, span: field.span }
  const found = findOccupation(field.text)
  if (found !== undefined && (!atStart || found.start === 0)) {
    const span: Span = { start: field.span.start + found.start, end: field.span.start + found.end }
    objective.occupation = { concept: found.concept, span }
  }
  return objective
}

function startsWithPhrase(folded: string, line: Line): boolean {
  for (const phrase of objectivePhrases) {
    if (folded.startsWith(phrase, line.contentStart)) return true
  }
  return false
}

/** Whether a header line may be a headline: short, no contact, no number. */
function mayBeHeadline(text: string, line: Line): boolean {
  if (line.end - line.contentStart > MAX_HEADLINE_LENGTH) return false
  for (let i = line.contentStart; i < line.end; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 48 && code <= 57) || code === 0x40 || code === 0x3a) return false
  }
  return true
}

/**
 * The objective a CV states, in order of strength: the first line of an objective section ("Obiettivo:",
 * "Posizione desiderata", "Career objective"); a line that says what job is sought ("Candidatura per …",
 * "Seeking a position as …"); a headline under the name that names an occupation ("Magazziniere con
 * patente C", "Junior Data Analyst"); the first line of a summary when it opens with an occupation
 * ("Elettricista industriale con 8 anni di esperienza"). The occupation is the first one the
 * taxonomy finds in that line.
 */
export function extractObjective(
  text: string,
  lines: readonly Line[],
  lineSection: readonly SectionKind[],
  headingLines: ReadonlySet<number>,
  findOccupation: FindOccupation,
): Objective | undefined {
  let phraseLine: Line | undefined
  let headline: Objective | undefined
  let summaryLine: Line | undefined
  let headerLines = 0
  const folded = foldSameLength(text)
  for (const line of lines) {
    if (line.blank || headingLines.has(line.index)) continue
    const section = lineSection[line.index]
    if (section === 'objective') {
      const objective = build(text, line, findOccupation, false)
      if (objective !== undefined) return objective
      continue
    }
    if ((section === 'header' || section === 'summary' || section === 'personal') && phraseLine === undefined && startsWithPhrase(folded, line)) {
      phraseLine = line
    }
    if (section === 'header') {
      headerLines++
      if (headline === undefined && headerLines > 1 && headerLines <= HEADLINE_LINES + 1 && mayBeHeadline(text, line)) {
        const candidate = build(text, line, findOccupation, false)
        if (candidate?.occupation !== undefined) headline = candidate
      }
    }
    if (section === 'summary' && summaryLine === undefined) summaryLine = line
  }
  if (phraseLine !== undefined) return build(text, phraseLine, findOccupation, false)
  if (headline !== undefined) return headline
  if (summaryLine !== undefined) {
    const objective = build(text, summaryLine, findOccupation, true)
    if (objective?.occupation !== undefined) return objective
  }
  return undefined
}
