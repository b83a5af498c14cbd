import type { Section, SectionKind, Span } from '@incontro/core'
import type { Line } from './lines.js'
import type { Segmentation } from './sections.js'

interface Open {
  kind: SectionKind
  heading?: Span
  start: number
  end: number
}

/**
 * Cuts a CV into sections at the heading lines `splitCvLines` found (`headings`: whole-line headings of the
 * lexicon and headings cut out of lines). A heading in `oneLine` opens a section for the next line
 * only ("Competenze: Excel" inside an experience entry); the section it interrupted then goes on.
 * Text before the first heading is the `header`.
 */
export function segmentCv(
  lines: readonly Line[],
  headings: ReadonlyMap<number, SectionKind>,
  oneLine: ReadonlySet<number>,
): Segmentation {
  const sections: Section[] = []
  const lineSection: SectionKind[] = []
  const headingLines = new Set<number>()
  let current: Open = { kind: 'header', start: 0, end: 0 }
  let hasContent = false
  /** The kind to go back to after the one-line section, and whether its line was read. */
  let resume: SectionKind | undefined
  let resumeArmed = false
  for (const line of lines) {
    if (line.blank) {
      lineSection.push(current.kind)
      continue
    }
    if (resume !== undefined && resumeArmed) {
      if (hasContent || current.heading !== undefined) close(sections, current)
      current = { kind: resume, start: line.start, end: line.end }
      hasContent = false
      resume = undefined
    }
    const kind = headings.get(line.index)
    if (kind !== undefined) {
      if (hasContent || current.heading !== undefined) close(sections, current)
      if (oneLine.has(line.index)) {
        resume = resume ?? current.kind
        resumeArmed = false
      } else resume = undefined
      current = { kind, heading: { start: line.start, end: line.end }, start: line.start, end: line.end }
      hasContent = false
      headingLines.add(line.index)
      lineSection.push(kind)
      continue
    }
    if (!hasContent && current.heading === undefined) current.start = line.start
    hasContent = true
    current.end = line.end
    lineSection.push(current.kind)
    if (resume !== undefined) resumeArmed = true
  }
  if (hasContent || current.heading !== undefined) close(sections, current)
  return { sections, lineSection, headingLines, found: headingLines.size > 0 }
}

function close(sections: Section[], current: Open): void {
  // Keys in SectionSchema's order, as parsing the result with it would give them.
  const { kind, heading } = current
  const span = { start: current.start, end: current.end }
  sections.push(heading === undefined ? { kind, span } : { kind, heading, span })
}
