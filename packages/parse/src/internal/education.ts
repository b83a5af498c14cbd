import { tokenize, type Education, type EqfLevel, type SectionKind, type Token } from '@incontro/core'
import { findDateRanges } from './dates.js'
import { eqfRules, type EqfRule } from './eqf-rules.js'
import type { LineTokens } from './line-tokens.js'
import { makeField, MAX_LINE_LENGTH, type Line } from './lines.js'
import { compilePhrases, matchPhrases } from './phrases.js'

/** Short phrases that name a qualification only as written in capitals ("ITS", "BA", "MA", not "its", "ma"). */
const upperOnly: ReadonlyMap<string, string> = new Map([
  ['its', 'ITS'],
  ['ba', 'BA'],
])
const eqfTable = compilePhrases(eqfRules.map((rule) => [rule.phrase, rule] as const))
const institutionSeparators = [' presso ', ' at ', ' – ', ' — ', ' - ', ' | ', ', ']

// Patterns with `\p{…}` are module constants: the build turns such a literal into a `new RegExp` call at each use.
const aLetter = /\p{L}/u

/** EQF rules that name a qualification in a line, each with the tokens it covers. */
export function findQualifications(lineText: string, tokens: readonly Token[] = tokenize(lineText)): { rule: EqfRule; start: number; end: number }[] {
  return matchPhrases(tokens, eqfTable)
    .filter((match) => !upperOnly.has(match.value.phrase) || upperOnly.get(match.value.phrase) === lineText.slice((tokens[match.first] as Token).start, (tokens[match.first] as Token).end))
    .map((match) => ({ rule: match.value, start: (tokens[match.first] as Token).start, end: (tokens[match.last] as Token).end, rank: match.rank }))
    .sort((a, b) => a.rank - b.rank)
}

/** The most specific qualification named in a line (the EQF table's precedence), if any. */
export function bestQualification(lineText: string, tokens?: readonly Token[]): EqfRule | undefined {
  return findQualifications(lineText, tokens)[0]?.rule
}

function yearOf(lines: readonly Line[], tokensOf: LineTokens): number | undefined {
  let year: number | undefined
  for (const line of lines) {
    for (const token of tokensOf(line)) {
      if (token.kind === 'number' && token.norm.length === 4) {
        const value = Number(token.norm)
        if (value >= 1950 && value <= 2100) year = value
      }
    }
  }
  return year
}

/** Education entries of a CV: each qualification in the education section, with EQF level and year. */
export function extractEducation(
  text: string,
  lines: readonly Line[],
  lineSection: readonly SectionKind[],
  headingLines: ReadonlySet<number>,
  tokensOf: LineTokens,
): Education[] {
  const result: Education[] = []
  let run: Line[] = []
  for (const line of lines) {
    if (headingLines.has(line.index)) {
      run = flushRun(text, run, tokensOf, result)
      continue
    }
    if (lineSection[line.index] === 'education') {
      if (!line.blank && line.end - line.start <= MAX_LINE_LENGTH) run.push(line)
      else if (line.blank) run.push(line)
    } else run = flushRun(text, run, tokensOf, result)
  }
  flushRun(text, run, tokensOf, result)
  return result
}

/** Adds the entries of a run of lines to `result`; returns the next (empty) run. */
function flushRun(text: string, run: Line[], tokensOf: LineTokens, result: Education[]): Line[] {
  if (run.length === 0) return run
  for (const entry of parseRun(text, run, tokensOf)) result.push(entry)
  return []
}

interface Entry {
  lines: Line[]
  titleLine?: Line
  rule?: EqfRule
}

function isDateOnly(line: Line, tokensOf: LineTokens): boolean {
  const tokens = tokensOf(line)
  const { ranges } = findDateRanges(tokens, 0, 1)
  const range = ranges[0]
  if (range === undefined) return false
  return tokens.every((token, index) => token.kind === 'punct' || (index >= range.first && index <= range.last) || ['da', 'dal', 'from'].includes(token.norm))
}

function parseRun(text: string, run: readonly Line[], tokensOf: LineTokens): Education[] {
  const content = run.filter((line) => !line.blank)
  const rules = content.map((line) => bestQualification(text.slice(line.contentStart, line.end), tokensOf(line)))
  const anyRule = rules.some((rule) => rule !== undefined)
  const entries: Entry[] = []
  const hasBlank = run.some((line) => line.blank)
  let pendingDate: Line | undefined
  content.forEach((line, position) => {
    const rule = rules[position]
    const blankBefore = position > 0 && line.index - (content[position - 1] as Line).index > 1
    const current = entries[entries.length - 1]
    if (isDateOnly(line, tokensOf)) {
      const nextRule = rules[position + 1]
      if (nextRule !== undefined || current === undefined) {
        pendingDate = line
        return
      }
    }
    let starts: boolean
    if (current === undefined) starts = true
    else if (!anyRule) starts = blankBefore || (!hasBlank && !line.listItem)
    else if (rule !== undefined) {
      if (current.rule === undefined && !blankBefore) {
        current.lines.push(line)
        current.rule = rule
        current.titleLine = line
        return
      }
      // "Diploma di maturità" then "Liceo Einstein, Milano": the second line names the school.
      const continuation = !blankBefore && current.lines.length === 1 && yearOf(current.lines.slice(0, 1), tokensOf) === undefined
      starts = !continuation
    } else starts = blankBefore && !line.listItem
    if (starts) {
      const entry: Entry = { lines: pendingDate ? [pendingDate, line] : [line], titleLine: line }
      if (rule) entry.rule = rule
      entries.push(entry)
      pendingDate = undefined
      return
    }
    current?.lines.push(line)
  })
  const out: Education[] = []
  for (const entry of entries) {
    const titleLine = entry.titleLine ?? (entry.lines[0] as Line)
    const first = entry.lines[0] as Line
    const last = entry.lines[entry.lines.length - 1] as Line
    // The title is the line without its dates; an institution follows " presso ", " at ", ", " or the next line.
    const tokens = tokensOf(titleLine)
    const { ranges } = findDateRanges(tokens, titleLine.contentStart, 1)
    let titleStart = titleLine.contentStart
    let titleEnd = titleLine.end
    const range = ranges[0]
    if (range) {
      if (range.span.start - titleLine.contentStart < 3 || tokens.slice(0, range.first).every((t) => t.kind === 'punct' || ['da', 'dal', 'from'].includes(t.norm))) titleStart = range.span.end
      else titleEnd = range.span.start
    }
    const whole = makeField(text, titleStart, titleEnd)
    if (whole === undefined) continue
    let title = whole
    let institution
    for (const separator of institutionSeparators) {
      const at = whole.text.indexOf(separator)
      if (at > 0) {
        const before = makeField(text, whole.span.start, whole.span.start + at)
        const after = makeField(text, whole.span.start + at + separator.length, whole.span.end)
        if (before && after && aLetter.test(after.text) && !/^(in|di|of)\b/i.test(after.text)) {
          // Keep "Laurea triennale in Economia, Università X": the qualification words stay in the title.
          title = before
          institution = after
          break
        }
      }
    }
    if (institution === undefined) {
      const next = entry.lines[entry.lines.indexOf(titleLine) + 1]
      if (next && !next.listItem && !isDateOnly(next, tokensOf)) institution = makeField(text, next.contentStart, next.end)
    }
    // "GCSEs, Leeds High School": the qualification the title names wins over one in the institution's name.
    const rule = (institution !== undefined && title !== whole ? bestQualification(title.text) : undefined) ?? entry.rule
    const year = yearOf(entry.lines, tokensOf)
    // Keys in EducationSchema's order, as parsing the result with it would give them.
    const education = { title } as Education
    if (rule) {
      education.eqfLevel = rule.level as EqfLevel
      education.qualification = rule.qualification
    }
    if (institution) education.institution = institution
    if (year !== undefined) education.year = year
    education.span = { start: first.start, end: last.end }
    out.push(education)
  }
  return out
}
