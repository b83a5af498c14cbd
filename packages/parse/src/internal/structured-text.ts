import { normalizeText, type Block } from '@incontro/core'
import { headingKind, cvHeadings, vacancyHeadings } from './headings.js'
import { splitLines } from './lines.js'
import { fixMojibake } from './mojibake.js'

/** A line of text with the structural role its source gave it, if any. */
export interface StructuredLine {
  text: string
  kind?: 'heading' | 'paragraph' | 'list-item'
}

const allHeadings = { ...vacancyHeadings, ...cvHeadings }

/** Joins structured lines into normalized text; a line of a list item keeps a "- " marker so the extractors see a list. */
export function joinStructured(lines: readonly StructuredLine[]): { text: string; kinds: Map<number, Block['kind']> } {
  const parts: string[] = []
  const kinds = new Map<number, Block['kind']>()
  let previousBlank = true
  for (const line of lines) {
    const clean = normalizeText(fixMojibake(line.text).text).replace(/\s+/g, ' ').trim()
    if (clean.length === 0) {
      if (!previousBlank) parts.push('')
      previousBlank = true
      continue
    }
    if (line.kind === 'heading' && !previousBlank) parts.push('')
    const body = line.kind === 'list-item' && !/^[-•*·–▪◦]/.test(clean) ? `- ${clean}` : clean
    if (line.kind !== undefined) kinds.set(parts.length, line.kind)
    parts.push(body)
    previousBlank = false
  }
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  return { text: parts.join('\n'), kinds }
}

/** One block per non-empty line: the source's own structure when it has one, else headings by the lexicon, list items, lines. */
export function blocksOf(text: string, kinds?: ReadonlyMap<number, Block['kind']>): Block[] {
  const blocks: Block[] = []
  for (const line of splitLines(text)) {
    if (line.blank) continue
    const lineText = text.slice(line.start, line.end)
    const given = kinds?.get(line.index)
    const isHeading = given === 'heading' || ((!line.listItem || /^\d/.test(lineText)) && headingKind(lineText, allHeadings) !== undefined)
    const kind: Block['kind'] = isHeading ? 'heading' : line.listItem ? 'list-item' : (given ?? 'line')
    blocks.push({ kind, span: { start: line.start, end: line.end } })
  }
  return blocks
}
