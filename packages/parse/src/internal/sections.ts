import type { Section, SectionKind, Span } from '@incontro/core'
import { headingKind, MAX_HEADING_LENGTH } from './headings.js'
import type { Line } from './lines.js'

/** Sections of a document and, for each line, the kind of the section it belongs to. */
export interface Segmentation {
  sections: Section[]
  /** Section kind per line index. */
  lineSection: SectionKind[]
  /** Indices of lines that are (or start with) a heading. */
  headingLines: Set<number>
  /** Whether any heading was recognised. */
  found: boolean
}

/**
 * Cuts a document into sections at the lines the lexicon recognises as headings. Text before the
 * first heading is the `header`. With `inline`, "Requisiti: diploma" opens a section on the same line.
 */
export function segmentSections(
  text: string,
  lines: readonly Line[],
  lexicon: Readonly<Record<string, SectionKind>>,
  options: {
    inline: boolean
    beforeFirst: SectionKind
    /** Kinds whose inline heading with text after it ("Contratto: …") covers its own line only. */
    lineOnly?: ReadonlySet<SectionKind>
    /** The kind of a possible heading line the lexicon does not know ("**Work Schedule**"), if it is a heading. */
    fallback?: (lineText: string) => SectionKind | undefined
  },
): Segmentation {
  const sections: Section[] = []
  const lineSection: SectionKind[] = []
  const headingLines = new Set<number>()
  let current: { kind: SectionKind; heading?: Span; start: number; end: number } = {
    kind: options.beforeFirst,
    start: 0,
    end: 0,
  }
  let hasContent = false
  for (const line of lines) {
    if (line.blank) {
      lineSection.push(current.kind)
      continue
    }
    // A long line or a list item (but "1. Esperienze") is no heading: its text is not sliced for that.
    const firstDigit = text.charCodeAt(line.start) >= 48 && text.charCodeAt(line.start) <= 57
    const mayBeHeading = line.end - line.start <= MAX_HEADING_LENGTH && (!line.listItem || firstDigit)
    const lineText = mayBeHeading || options.inline ? text.slice(line.start, line.end) : ''
    let kind = mayBeHeading ? headingKind(lineText, lexicon) : undefined
    let headingEnd = line.end
    let onlyThisLine = false
    if (kind === undefined && options.inline) {
      const colon = lineText.indexOf(':')
      if (colon > 0 && colon <= 40) {
        kind = headingKind(lineText.slice(0, colon), lexicon)
        headingEnd = line.start + colon + 1
        onlyThisLine = kind !== undefined && options.lineOnly?.has(kind) === true && text.slice(headingEnd, line.end).trim() !== ''
      }
      // "Requisiti - diploma di perito", "REQUISITI – patente B": a heading, a dash, then its text.
      const dash = kind === undefined ? dashAfterHeading(lineText) : -1
      if (dash > 0) {
        kind = headingKind(lineText.slice(0, dash), lexicon)
        headingEnd = line.start + dash + 2
        onlyThisLine = kind !== undefined && options.lineOnly?.has(kind) === true
      }
    }
    if (kind === undefined && mayBeHeading && options.fallback !== undefined) kind = options.fallback(lineText)
    if (kind !== undefined && onlyThisLine) {
      // The label covers its line; the lines after it stay in the section they were in.
      if (hasContent || current.heading !== undefined) closeSection(sections, current)
      closeSection(sections, { kind, heading: { start: line.start, end: headingEnd }, start: line.start, end: line.end })
      current = { kind: current.kind, start: line.end, end: line.end }
      hasContent = false
      headingLines.add(line.index)
      lineSection.push(kind)
      continue
    }
    if (kind !== undefined) {
      if (hasContent || current.heading !== undefined) closeSection(sections, current)
      current = { kind, heading: { start: line.start, end: headingEnd }, start: line.start, end: line.end }
      hasContent = headingEnd < line.end
      headingLines.add(line.index)
      lineSection.push(kind)
      continue
    }
    if (!hasContent && current.heading === undefined) current.start = line.start
    hasContent = true
    current.end = line.end
    lineSection.push(current.kind)
  }
  if (hasContent || current.heading !== undefined) closeSection(sections, current)
  return { sections, lineSection, headingLines, found: headingLines.size > 0 }
}

/** Adds the section being read (one with a heading or content) to `sections`. */
function closeSection(sections: Section[], current: { kind: SectionKind; heading?: Span; start: number; end: number }): void {
  // Keys in SectionSchema's order, as parsing the result with it would give them.
  const { kind, heading } = current
  const span = { start: current.start, end: current.end }
  sections.push(heading === undefined ? { kind, span } : { kind, heading, span })
}

/** Where " - " or " – " stands within the first 40 characters of a line, or -1. */
function dashAfterHeading(line: string): number {
  const limit = Math.min(line.length - 2, 40)
  for (let i = 1; i < limit; i++) {
    if (line[i] === ' ' && (line[i + 1] === '-' || line[i + 1] === '–') && line[i + 2] === ' ') return i + 1
  }
  return -1
}
