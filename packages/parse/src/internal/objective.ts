import type { ParsedProfile, SectionKind, Span } from '@incontro/core'
import { foldSameLength, makeField, type Line } from './lines.js'

/** The first occupation named in a piece of text, offsets relative to it. */
export type FindOccupation = (text: string) => { concept: string; start: number; end: number } | undefined

/** Openings of a line that states the job sought ("Candidatura per la posizione di cameriere", "Seeking a position as a chef"). */
export const objectivePhrases: readonly string[] = [
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

function build(text: string, line: Line, findOccupation: FindOccupation): Objective | undefined {
  const field = makeField(text, line.contentStart, line.end)
  if (field === undefined) return undefined
  const objective: Objective = { text: field.text, span: field.span }
  const found = findOccupation(field.text)
  if (found !== undefined) {
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
 * patente C", "Junior Data Analyst"). The occupation is the first one the taxonomy finds in that line. A
 * summary's prose is no objective: it opens with gendered nouns ("Saleswoman with nine years…") whose
 * variants the taxonomy does not all know, and an objective must not depend on them.
 */
export function extractObjective(
  text: string,
  lines: readonly Line[],
  lineSection: readonly SectionKind[],
  headingLines: ReadonlySet<number>,
  findOccupation: FindOccupation,
  folded: string = foldSameLength(text),
): Objective | undefined {
  let phraseLine: Line | undefined
  let headline: Objective | undefined
  let headerLines = 0
  for (const line of lines) {
    if (line.blank || headingLines.has(line.index)) continue
    const section = lineSection[line.index]
    if (section === 'objective') {
      const objective = build(text, line, findOccupation)
      if (objective !== undefined) return objective
      continue
    }
    if ((section === 'header' || section === 'summary' || section === 'personal') && phraseLine === undefined && startsWithPhrase(folded, line)) {
      phraseLine = line
    }
    if (section === 'header') {
      headerLines++
      if (headline === undefined && headerLines > 1 && headerLines <= HEADLINE_LINES + 1 && mayBeHeadline(text, line)) {
        const candidate = build(text, line, findOccupation)
        if (candidate?.occupation !== undefined) headline = candidate
      }
    }
  }
  if (phraseLine !== undefined) return build(text, phraseLine, findOccupation)
  if (headline !== undefined) return headline
  return undefined
}
