import type { SectionKind, Token } from '@incontro/core'
import { tokenize } from '@incontro/core'
import { findDateRanges } from './dates.js'
import { cvHeadings, headingKind, MAX_HEADING_LENGTH } from './headings.js'
import { foldSameLength, type Line } from './lines.js'
import { objectivePhrases } from './objective.js'

/** Lines of a CV with the inline headings cut out, and which headings open a section of one line only. */
export interface CvLines {
  lines: Line[]
  /** Indices of heading lines whose section is only the rest of their physical line ("Competenze: Excel" inside an entry). */
  oneLine: Set<number>
  /** The section kind of each heading line, whole or cut out of a line, by line index. */
  headings: Map<number, SectionKind>
}

/** A physical line at least this long, cut at an inline heading, is a flattened CV: Title Case headings count there too. */
const FLATTENED_LENGTH = 150
/** Longest heading key in words ("esperienze di lavoro e professionali" is not one; four is enough). */
const MAX_KEY_WORDS = 4
/** Section kinds whose entries may carry a labelled line ("Competenze: …") that does not end the section. */
const entrySections: ReadonlySet<SectionKind> = new Set(['experience', 'education', 'volunteering'])
/** Kinds a line may open without a colon, at its start, in any case ("References available on request", "Lingue Inglese B2"). */
const bareStartKinds: ReadonlySet<SectionKind> = new Set(['references', 'languages', 'interests'])
/** Kinds whose flattened content is cut at date ranges, one entry per range. */
const datedKinds: ReadonlySet<SectionKind> = new Set(['experience', 'education', 'volunteering'])
/** Characters that separate items inside a flattened line. */
const inlineBullets: ReadonlySet<number> = new Set([0x2022, 0x25aa, 0x25e6, 0x25cf, 0x25a0, 0x25ba, 0xfffd, 0x00b7, 0x2023, 0x27a2])
/** Lowercase words that join a heading word to the text before or after it: then it is prose, not a heading. */
const connectors: ReadonlySet<string> = new Set([
  'di', 'del', 'della', 'dei', 'delle', 'in', 'e', 'ed', 'a', 'la', 'il', 'le', 'per', 'con', 'da', 'of', 'and', 'in', 'the', 'my', 'with', 'for', 'on', 'to', 'as',
])

const kinds: ReadonlyMap<string, SectionKind> = new Map(Object.entries(cvHeadings))
/** First words of the heading keys: a key lookup starts only at one of them. */
const firstWords: ReadonlySet<string> = new Set(Object.keys(cvHeadings).map((key) => key.split(' ')[0] as string))

interface Word {
  start: number
  end: number
  /** Folded (lowercase, no accents). */
  key: string
  upper: boolean
  capital: boolean
}

interface Cut {
  /** Where the heading starts and ends (its colon included). */
  start: number
  end: number
  kind: SectionKind
  /** Whether a colon ends it. */
  colon: boolean
}

function isLetter(code: number): boolean {
  return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
}

function isUpper(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}

/** The words (runs of letters) of `text[start, end)`, with their folded form and case. */
function wordsOf(text: string, folded: string, start: number, end: number): Word[] {
  const words: Word[] = []
  let i = start
  while (i < end) {
    if (!isLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    const from = i
    let upper = true
    while (i < end && isLetter(text.charCodeAt(i))) {
      const code = text.charCodeAt(i)
      if (!isUpper(code)) upper = false
      i++
    }
    words.push({ start: from, end: i, key: folded.slice(from, i), upper, capital: isUpper(text.charCodeAt(from)) })
  }
  return words
}

/** Whether only blanks (or an "&", read as "e") stand between two words of a heading. */
function joinable(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (!isBlank(code) && code !== 0x26 && code !== 0x2f) return false
  }
  return true
}

/** The longest heading key starting at word `w`, with its word count, or `undefined`. */
function keyAt(text: string, words: readonly Word[], w: number): { kind: SectionKind; count: number } | undefined {
  let key = ''
  let found: { kind: SectionKind; count: number } | undefined
  for (let n = 0; n < MAX_KEY_WORDS && w + n < words.length; n++) {
    const word = words[w + n] as Word
    if (n > 0) {
      const previous = words[w + n - 1] as Word
      if (!joinable(text, previous.end, word.start)) break
      key += text.slice(previous.end, word.start).includes('&') ? ' e ' : ' '
    }
    key += word.key
    const kind = kinds.get(key)
    if (kind !== undefined) found = { kind, count: n + 1 }
  }
  return found
}

/** The offset after blanks from `i`. */
function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && isBlank(text.charCodeAt(i))) i++
  return i
}

/** Whether only markers (bullets, markdown, numbering, blanks) stand in `text[from, to)`. */
function onlyMarkers(text: string, from: number, to: number): boolean {
  // Bounded first, so that a caller may ask it of any stretch without a scan of it.
  if (to - from > 6) return false
  for (let i = from; i < to; i++) {
    if (isLetter(text.charCodeAt(i))) return false
  }
  return true
}

const noCuts: Cut[] = []

/**
 * Whether a line may hold an inline heading, without allocating: it has a colon, a run of four capitals,
 * 150 characters or more, or opens with a word that opens a heading. Most lines have none of these.
 */
function mayHoldCut(text: string, folded: string, line: Line): boolean {
  if (line.end - line.start >= FLATTENED_LENGTH) return true
  let capitals = 0
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x3a) return true
    if (isUpper(code)) {
      if (++capitals >= 4) return true
    } else capitals = 0
  }
  let end = line.contentStart
  while (end < line.end && isLetter(text.charCodeAt(end))) end++
  return end > line.contentStart && firstWords.has(folded.slice(line.contentStart, end))
}

/**
 * The inline headings of one line: UPPERCASE heading words anywhere ("… Bar Roma ISTRUZIONE Diploma …"),
 * a heading with a colon ("Competenze: Excel", "… Hobby: calcio"), and in a long (flattened) line
 * Title Case heading words followed by content that starts a new phrase ("… Ltd Education BSc …").
 */
function findCuts(text: string, folded: string, line: Line): Cut[] {
  if (!mayHoldCut(text, folded, line)) return noCuts
  const words = wordsOf(text, folded, line.start, line.end)
  const cuts: Cut[] = []
  const long = line.end - line.start >= FLATTENED_LENGTH
  let w = 0
  while (w < words.length) {
    const found = firstWords.has((words[w] as Word).key) ? keyAt(text, words, w) : undefined
    if (found === undefined) {
      w++
      continue
    }
    const first = words[w] as Word
    const last = words[w + found.count - 1] as Word
    const afterBlank = skipBlanks(text, last.end, line.end)
    const colon = text.charCodeAt(afterBlank) === 0x3a
    const end = colon ? afterBlank + 1 : last.end
    const contentAt = skipBlanks(text, end, line.end)
    const atStart = onlyMarkers(text, line.start, first.start)
    const previous = words[w - 1]
    const next = words[w + found.count]
    const nextStartsContent = contentAt < line.end && (next === undefined || next.start !== contentAt || next.capital || next.upper)
    let allUpper = last.end - first.start >= 4
    for (let k = w; k < w + found.count && allUpper; k++) allUpper = (words[k] as Word).upper
    const prose = (previous !== undefined && !atStart && connectors.has(previous.key) && !previous.upper) || (next !== undefined && next.start === contentAt && connectors.has(next.key) && !next.upper && !colon)
    let accept = false
    if (atStart && contentAt >= line.end) accept = false // a whole-line heading: the segmentation reads it
    else if (colon) accept = atStart || first.capital
    else if (allUpper) accept = !prose && (atStart || previous === undefined || !previous.upper || !joinable(text, previous.end, first.start))
    else if (atStart && bareStartKinds.has(found.kind)) accept = !prose
    else if (long && first.capital) accept = !prose && nextStartsContent
    if (accept) {
      cuts.push({ start: first.start, end, kind: found.kind, colon })
      w += found.count
    } else w++
  }
  return cuts
}

/** Sections in which a line that opens with an objective phrase ("Seeking a position as …") is an objective. */
const objectiveHosts: ReadonlySet<SectionKind> = new Set(['header', 'personal', 'summary'])

/** The end of the objective phrase a line opens with, or -1. */
function objectivePhraseEnd(folded: string, line: Line): number {
  for (const phrase of objectivePhrases) {
    const end = line.contentStart + phrase.length
    if (end < line.end && folded.startsWith(phrase, line.contentStart) && !isLetter(folded.charCodeAt(end))) return end
  }
  return -1
}

/** A line for `[start, end)` after trimming blanks, with its list marker (a bullet) read; `undefined` when empty. */
function pieceLine(text: string, start: number, end: number): Line | undefined {
  let s = start
  let e = end
  while (s < e && isBlank(text.charCodeAt(s))) s++
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--
  if (s >= e) return undefined
  let contentStart = s
  let listItem = false
  const code = text.charCodeAt(s)
  if (inlineBullets.has(code) || code === 0x2d || code === 0x2a || code === 0x2013) {
    listItem = true
    contentStart = skipBlanks(text, s + 1, e)
    if (contentStart >= e) return undefined
  }
  return { index: 0, start: s, end: e, contentStart, blank: false, listItem }
}

/** Offsets of the inline bullets in `text[start, end)` (a bullet between blanks, or U+FFFD anywhere). */
function bulletsIn(text: string, start: number, end: number): number[] {
  const found: number[] = []
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i)
    if (inlineBullets.has(code) && (code === 0xfffd || (isBlank(text.charCodeAt(i - 1)) && isBlank(text.charCodeAt(i + 1))))) found.push(i)
  }
  return found
}

/** In a flattened entry, the offset where a title starts after bullet text: the first Title Case word after a lowercase one. */
function titleStartAfterBullet(text: string, folded: string, line: Line, before: number): number | undefined {
  const words = wordsOf(text, folded, line.contentStart, before)
  for (let i = 1; i < words.length; i++) {
    const previous = words[i - 1] as Word
    const word = words[i] as Word
    if (!previous.capital && word.capital && !word.upper && !connectors.has(previous.key)) return word.start
  }
  return undefined
}

/** Cuts flattened entry pieces at their date ranges: before each range when entries open with dates, after each otherwise. */
function cutAtDates(text: string, folded: string, pieces: Line[]): Line[] {
  const ranged = pieces.map((piece) => {
    const tokens: Token[] = tokenize(text.slice(piece.contentStart, piece.end))
    return findDateRanges(tokens, piece.contentStart).ranges.map((range) => ({ range, tokens }))
  })
  const firstIndex = ranged.findIndex((ranges) => ranges.length > 0)
  if (firstIndex === -1) return pieces
  const firstPiece = pieces[firstIndex] as Line
  const firstRange = (ranged[firstIndex] as { range: { span: { start: number } } }[])[0] as { range: { span: { start: number; end: number } } }
  const datesFirst = onlyMarkers(text, firstPiece.contentStart, firstRange.range.span.start)
  const out: Line[] = []
  pieces.forEach((piece, p) => {
    const ranges = ranged[p] as { range: { span: { start: number; end: number }; first: number }; tokens: Token[] }[]
    let from = piece.start
    const push = (start: number, end: number): void => {
      const line = pieceLine(text, start, end)
      if (line !== undefined) out.push(line)
    }
    for (const { range, tokens } of ranges) {
      if (datesFirst) {
        // An opener ("dal", "from") belongs to the range.
        const opener = tokens[range.first - 1]
        const at = opener && ['da', 'dal', 'dall', 'from', 'since'].includes(opener.norm) ? piece.contentStart + opener.start : range.span.start
        if (at > from && !onlyMarkers(text, from, at)) {
          push(from, at)
          from = at
        }
      } else {
        let end = range.span.end
        while (end < piece.end && (text.charCodeAt(end) === 0x29 || text.charCodeAt(end) === 0x5d)) end++
        if (piece.listItem && from === piece.start) {
          const title = titleStartAfterBullet(text, folded, piece, range.span.start)
          if (title !== undefined) {
            push(from, title)
            from = title
          }
        }
        if (end < piece.end && !onlyMarkers(text, end, piece.end)) {
          push(from, end)
          from = end
        }
      }
    }
    push(from, piece.end)
  })
  return out
}

/**
 * Cuts the lines of a CV at inline headings, so that every heading stands on a line of its own: a CV
 * flattened onto one line ("ESPERIENZE LAVORATIVE 2019-2022 Cameriera presso … ISTRUZIONE Diploma …"),
 * "Competenze: Excel, SAP" and "Hobby: cucina" lines. In a flattened line the items after inline bullets
 * ("• servizio ai tavoli") become list items and entries are cut at their date ranges. Lines are only
 * cut, never changed: every line still points into `text`. Linear in the text's length.
 */
export function splitCvLines(text: string, lines: Line[], folded: string = foldSameLength(text)): CvLines {
  const out: Line[] = []
  const oneLine = new Set<number>()
  const headings = new Map<number, SectionKind>()
  let kind: SectionKind = 'header'
  let previousBlank = true
  const add = (line: Line): void => {
    line.index = out.length
    out.push(line)
  }
  // The lines are splitLines' own, fresh objects: they are renumbered in place, not copied.
  for (const line of lines as Line[]) {
    if (line.blank) {
      add(line)
      previousBlank = true
      continue
    }
    const afterBlank = previousBlank
    previousBlank = false
    let cuts = findCuts(text, folded, line)
    if (cuts.length === 0 && objectiveHosts.has(kind)) {
      const end = objectivePhraseEnd(folded, line)
      if (end !== -1) cuts = [{ start: line.contentStart, end, kind: 'objective', colon: false }]
    }
    if (cuts.length === 0) {
      // A long line or a list item (but "1. Esperienze") is no heading: its text is not sliced for that.
      const firstDigit = text.charCodeAt(line.start) >= 48 && text.charCodeAt(line.start) <= 57
      const mayBeHeading = line.end - line.start <= MAX_HEADING_LENGTH && (!line.listItem || firstDigit)
      const whole = mayBeHeading ? headingKind(text.slice(line.start, line.end), cvHeadings) : undefined
      add(line)
      if (whole !== undefined) {
        kind = whole
        headings.set(line.index, whole)
      }
      continue
    }
    const flattened = cuts.length > 1 || (cuts[0] as Cut).start > line.contentStart || line.end - line.start >= FLATTENED_LENGTH
    // The text before the first heading stays in the section it was in.
    const leading = onlyMarkers(text, line.start, (cuts[0] as Cut).start) ? undefined : pieceLine(text, line.start, (cuts[0] as Cut).start)
    if (leading !== undefined) {
      if (line.listItem && leading.start === line.start) {
        leading.listItem = true
        leading.contentStart = line.contentStart
      }
      add(leading)
    }
    cuts.forEach((cut, c) => {
      const heading: Line = { index: 0, start: cut.start, end: cut.end, contentStart: cut.start, blank: false, listItem: false }
      add(heading)
      headings.set(heading.index, cut.kind)
      // Inside an entry (no blank line before it) a labelled line does not end the entry's section; in the
      // header, "Patente: B" or "Competenze: Excel" does not make the address under it part of another section.
      const inEntry = entrySections.has(kind) && !afterBlank
      const inHeader = (kind === 'header' || kind === 'personal') && !entrySections.has(cut.kind)
      if (!flattened && (inEntry || inHeader || cut.kind === 'objective')) oneLine.add(heading.index)
      else kind = cut.kind
      const contentEnd = (cuts[c + 1] as Cut | undefined)?.start ?? line.end
      if (!flattened) {
        const content = pieceLine(text, cut.end, contentEnd)
        if (content !== undefined) add(content)
        return
      }
      let pieces: Line[] = []
      let from = cut.end
      for (const at of bulletsIn(text, cut.end, contentEnd)) {
        const piece = pieceLine(text, from, at)
        if (piece !== undefined) pieces.push(piece)
        from = at
      }
      const last = pieceLine(text, from, contentEnd)
      if (last !== undefined) pieces.push(last)
      if (datedKinds.has(cut.kind)) pieces = cutAtDates(text, folded, pieces)
      for (const piece of pieces) add(piece)
    })
  }
  return { lines: out, oneLine, headings }
}
