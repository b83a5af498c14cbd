import { headingKind, vacancySectionHeadings } from './headings.js'

/** Characters markdown escapes with a backslash ("\-", "\&", "\*", "\+", "\.", "\|" …). */
const escapable = new Set(['-', '&', '*', '+', '.', '_', '(', ')', '[', ']', '#', '!', '|', '>', '<', '~', '`', '=', '{', '}', "'", '"', '\\', ':'])
/** The characters that may start a change ("\\", a line break, ":", "*"). */
const special = /[\\\n:*]/g
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
  let line = ''
  let changed = false
  const length = text.length
  let i = 0
  /** Whether the line after the current source line starts a list (known up to `checkedUntil`). */
  let checkedUntil = -1
  let listFollows = false
  const newLine = (): void => {
    done.push(trimEnd(line), '\n')
    line = ''
  }
  while (i < length) {
    const char = text[i] as string
    if (char === '\\') {
      const next = text[i + 1]
      if (next !== undefined && escapable.has(next)) {
        line += next
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
      done.push(line, '\n')
      line = ''
      i++
      continue
    }
    if (char === ':' && (text[i + 1] === '*' || text[i + 1] === '-' || text[i + 1] === '•') && text[i + 2] === ' ' && hasText(line)) {
      // "Heading:* item": the heading's words go on their own line, the item on the next.
      const at = headingWordsStart(line)
      if (at > 0) {
        const heading = line.slice(at)
        line = line.slice(0, at)
        newLine()
        line = heading
      }
      line += ':'
      newLine()
      changed = true
      i++
      continue
    }
    if (char === '*' && text[i + 1] === ' ' && line.length > 0 && !isBlank(line[line.length - 1]) && !isDigitOrStar(line[line.length - 1])) {
      // "…in Italy.* Perform …", "Your profile* University degree …": a list item flattened onto the line
      // before, when a list follows on the next line or a heading precedes ("Cameriere* di sala" stays).
      if (i > checkedUntil) {
        const end = text.indexOf('\n', i)
        checkedUntil = end === -1 ? length : end
        listFollows = end !== -1 && listStart.test(text.slice(end + 1, end + 8))
      }
      const at = headingWordsStart(line)
      if (at <= 0 && !listFollows) {
        line += char
        i++
        continue
      }
      if (at > 0) {
        const heading = line.slice(at)
        line = line.slice(0, at)
        newLine()
        line = heading
      }
      newLine()
      changed = true
      line += char
      i++
      continue
    }
    if (char === '*' && text[i + 1] === '*' && text[i + 2] !== '*') {
      const window = text.slice(i + 2, i + 4 + MAX_BOLD)
      const found = window.indexOf('**')
      const close = found === -1 ? -1 : i + 2 + found
      const inner = found === -1 ? '' : window.slice(0, found)
      if (found > 0 && !inner.includes('\n')) {
        const last = line[line.length - 1]
        const glued = line.length > 0 && !isBlank(last) && last !== '(' && last !== '['
        const after = text[close + 2]
        const endsLine = after === undefined || after === '\n' || (after === ' ' && (text[close + 3] === '\n' || text[close + 3] === ' ' || text[close + 3] === undefined))
        const known = inner.trim().length > 0 && headingKind(inner, vacancySectionHeadings) !== undefined
        if (hasWords(line) && (glued ? endsLine || known : known)) {
          newLine()
          changed = true
        }
        line += text.slice(i, close + 2)
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
    line += text.slice(i, to)
    i = to
  }
  done.push(line)
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
  for (let i = 0; i < line.length; i++) if (!isBlank(line[i])) return true
  return false
}

function isDigitOrStar(char: string | undefined): boolean {
  return char === '*' || (char !== undefined && char >= '0' && char <= '9')
}

/** Whether `line` has a character other than blanks and markdown decoration ("### ", "> ", "- "). */
function hasWords(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (!isBlank(char) && char !== '#' && char !== '>' && char !== '-' && char !== '*' && char !== '_') return true
  }
  return false
}
