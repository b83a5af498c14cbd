import { headingKind, vacancySectionHeadings } from './headings.js'

/** Characters markdown escapes with a backslash ("\-", "\&", "\*", "\+", "\.", "\|" …). */
const escapable = new Set(['-', '&', '*', '+', '.', '_', '(', ')', '[', ']', '#', '!', '|', '>', '<', '~', '`', '=', '{', '}', "'", '"', '\\', ':'])
/** The characters that may start a change ("\\", a line break, ":", "*"). */
const special = /[\\\n:*]/g
/** Longest line scanned for text before a marker. */
const MAX_SCAN = 200
/** A list item at the start of a line. */
const listStart = /^[ \t]{0,4}[*•-] /
/** Longest bold run `**…**` looked at as a possible heading glued to other text. */
const MAX_BOLD = 80

function isBlank(char: string | undefined): boolean {
  return char === undefined || char === ' ' || char === '\t' || char === '\n' || char === '\u00a0'
}

/**
 * Undoes the flattening of markdown vacancy texts so that lines carry their structure: drops escaping
 * backslashes ("co\-medication" → "co-medication", a trailing "\" line break), starts a new line before a
 * bold run glued to the text before it ("Office**Job Description**") or naming a known heading, after such
 * a heading when text follows it on the line, and after a colon that a list marker follows
 * ("Attività principali:* Mantenimento …", moving the heading words before the colon to their own line
 * when they are a known heading). Returns `undefined` when nothing changes. One pass; the work per
 * character is bounded (look-ahead of one bold run, look-behind within the current line).
 */
export function cleanVacancyMarkdown(text: string): string | undefined {
  if (text.indexOf('\\') === -1 && text.indexOf('*') === -1) return undefined
  const done: string[] = []
  /** The line being written. */
  const line = new LineBuffer()
  let changed = false
  const length = text.length
  let i = 0
  /** Whether the line after the current source line starts a list (known up to `checkedUntil`). */
  let checkedUntil = -1
  let listFollows = false
  const newLine = (): void => {
    done.push(trimEnd(line.text()), '\n')
    line.reset()
  }
  /** Moves the heading words that end the line (from `at` in its tail) to a line of their own. */
  const splitBefore = (at: number): void => {
    const full = line.text()
    const cut = full.length - line.tail.length + at
    line.set(full.slice(0, cut))
    newLine()
    line.set(full.slice(cut))
  }
  while (i < length) {
    const char = text[i] as string
    if (char === '\\') {
      const next = text[i + 1]
      if (next !== undefined && escapable.has(next)) {
        line.append(next)
        i += 2
        changed = true
        continue
      }
      if (next === '\n' || next === undefined) {
        i++
        changed = true
        continue
      }
    }
    if (char === '\n') {
      done.push(line.text(), '\n')
      line.reset()
      i++
      continue
    }
    if (char === ':' && (text[i + 1] === '*' || text[i + 1] === '-' || text[i + 1] === '•') && text[i + 2] === ' ' && line.hasText()) {
      // "Heading:* item": the heading's words go on their own line, the item on the next.
      const at = headingWordsStart(line.tail)
      if (at > 0) splitBefore(at)
      line.append(':')
      newLine()
      changed = true
      i++
      continue
    }
    if (char === '*' && text[i + 1] === ' ' && line.length > 0 && !isBlank(line.last) && !isDigitOrStar(line.last)) {
      // "…in Italy.* Perform …", "Your profile* University degree …": a list item flattened onto the line
      // before, when a list follows on the next line or a heading precedes ("Cameriere* di sala" stays).
      if (i > checkedUntil) {
        const end = text.indexOf('\n', i)
        checkedUntil = end === -1 ? length : end
        listFollows = end !== -1 && listStart.test(text.slice(end + 1, end + 8))
      }
      const at = headingWordsStart(line.tail)
      if (at <= 0 && !listFollows) {
        line.append(char)
        i++
        continue
      }
      if (at > 0) splitBefore(at)
      newLine()
      changed = true
      line.append(char)
      i++
      continue
    }
    if (char === '*' && text[i + 1] === '*' && text[i + 2] !== '*') {
      const window = text.slice(i + 2, i + 4 + MAX_BOLD)
      const found = window.indexOf('**')
      const close = found === -1 ? -1 : i + 2 + found
      const inner = found === -1 ? '' : window.slice(0, found)
      if (found > 0 && !inner.includes('\n')) {
        const last = line.last
        const glued = line.length > 0 && !isBlank(last) && last !== '(' && last !== '['
        const after = text[close + 2]
        const endsLine = after === undefined || after === '\n' || (after === ' ' && (text[close + 3] === '\n' || text[close + 3] === ' ' || text[close + 3] === undefined))
        const known = inner.trim().length > 0 && headingKind(inner, vacancySectionHeadings) !== undefined
        if (line.hasWords() && (glued ? endsLine || known : known)) {
          newLine()
          changed = true
        }
        line.append(text.slice(i, close + 2))
        i = close + 2
        if (known && !endsLine && text[i] === ' ') {
          // "**Requisiti** diploma": the heading ends its line.
          let j = i
          while (text[j] === ' ') j++
          if (j < length && text[j] !== '\n') {
            newLine()
            i = j
            changed = true
          }
        }
        continue
      }
    }
    // Copy the run of ordinary characters up to the next one this function looks at.
    special.lastIndex = i + 1
    const next = special.exec(text)
    const to = next === null ? length : next.index
    line.append(text.slice(i, to))
    i = to
  }
  done.push(line.text())
  return changed ? done.join('') : undefined
}

/** Where the last one to four words of `line` start when they are a known heading, else -1. */
function headingWordsStart(line: string): number {
  let end = line.length
  while (end > 0 && line[end - 1] === ' ') end--
  let at = end
  for (let words = 0; words < 4 && at > 0; words++) {
    while (at > 0 && line[at - 1] === ' ') at--
    while (at > 0 && line[at - 1] !== ' ') at--
    if (at === 0) break
    if (headingKind(line.slice(at, end), vacancySectionHeadings) !== undefined) return at
  }
  return -1
}

/** `text` without trailing spaces and tabs (a loop: a regex anchored at the end rescans every run). */
function trimEnd(text: string): string {
  let end = text.length
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  return end === text.length ? text : text.slice(0, end)
}

/** Whether `line` has a character other than blanks (stops at the first one). */
function hasText(line: string): boolean {
  // A long line is taken to have text: scanning it at every marker would be quadratic.
  if (line.length > MAX_SCAN) return true
  for (let i = 0; i < line.length; i++) if (!isBlank(line[i])) return true
  return false
}

function isDigitOrStar(char: string | undefined): boolean {
  return char === '*' || (char !== undefined && char >= '0' && char <= '9')
}

/** Whether `line` has a character other than blanks and markdown decoration ("### ", "> ", "- "). */
function hasWords(line: string): boolean {
  if (line.length > MAX_SCAN) return true
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (!isBlank(char) && char !== '#' && char !== '>' && char !== '-' && char !== '*' && char !== '_') return true
  }
  return false
}

/**
 * The line being written, as pieces (appending to one string and then reading a character of it would
 * flatten the whole string each time: quadratic), with its length, last character and last characters.
 */
class LineBuffer {
  private pieces: string[] = []
  length = 0
  last: string | undefined = undefined
  /** The last (at most {@link MAX_SCAN}) characters. */
  tail = ''

  append(piece: string): void {
    if (piece.length === 0) return
    this.pieces.push(piece)
    this.length += piece.length
    this.last = piece[piece.length - 1]
    this.tail = piece.length >= MAX_SCAN ? piece.slice(-MAX_SCAN) : (this.tail + piece).slice(-MAX_SCAN)
  }

  set(text: string): void {
    this.reset()
    this.append(text)
  }

  reset(): void {
    this.pieces = []
    this.length = 0
    this.last = undefined
    this.tail = ''
  }

  text(): string {
    return this.pieces.join('')
  }

  /** Whether the line has a character other than blanks (a long line is taken to have one). */
  hasText(): boolean {
    return this.length > MAX_SCAN || hasText(this.tail)
  }

  /** Whether the line has a character other than blanks and markdown decoration. */
  hasWords(): boolean {
    return this.length > MAX_SCAN || hasWords(this.tail)
  }
}
