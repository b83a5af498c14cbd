import type { Span, Token, YearMonth } from '@incontro/core'
import { monthNames, presentWords, rangeConnectors, rangeOpeners } from './months.js'

/** A month or a bare year read from text. */
export interface MonthPoint {
  year: number
  month?: number
}

/** A date range found in a line; `end` is `undefined` only when the text gave no end at all. */
export interface FoundRange {
  start: MonthPoint
  end: MonthPoint | 'present'
  /** Index of the first and last token of the range in the token list. */
  first: number
  last: number
  span: Span
}

/** A date-looking piece that cannot be read (month 13, end before start). */
export interface UnreadableDate {
  span: Span
  reason: 'month-out-of-range' | 'end-before-start'
}

// Looked up for every word of the lines searched for dates: a Map hashes a token's key once, where a
// property lookup must intern it.
const monthNumbers: ReadonlyMap<string, number> = new Map(Object.entries(monthNames))

// U+2011 (non-breaking hyphen) becomes U+2010 under NFKC; both are listed.
const dashes = new Set(['-', '‐', '‑', '‒', '–', '—', '~', '→', '/', '÷'])

function isYear(token: Token | undefined): boolean {
  if (token?.kind !== 'number' || token.norm.length !== 4) return false
  const value = Number(token.norm)
  return value >= 1950 && value <= 2100
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start
}

function isNumericSeparator(token: Token | undefined): boolean {
  return token?.kind === 'punct' && (token.norm === '/' || token.norm === '.' || token.norm === '-')
}

type PointResult = { point: MonthPoint; next: number } | { invalid: true; next: number } | undefined

/** Reads one date point starting at token `i`. */
function readPoint(tokens: readonly Token[], i: number): PointResult {
  const token = tokens[i]
  if (token === undefined) return undefined
  if (token.kind === 'number') {
    const next = tokens[i + 1]
    const after = tokens[i + 2]
    if (isYear(token)) {
      // ISO 2019-03 or 2019-03-01.
      if (next?.norm === '-' && adjacent(token, next) && adjacent(next, after) && after?.kind === 'number' && after.norm.length <= 2) {
        const month = Number(after.norm)
        if (month >= 1 && month <= 12) {
          let end = i + 3
          const dayDash = tokens[i + 3]
          const day = tokens[i + 4]
          if (dayDash?.norm === '-' && adjacent(after, dayDash) && adjacent(dayDash, day) && day?.kind === 'number' && day.norm.length <= 2) end = i + 5
          return { point: { year: Number(token.norm), month }, next: end }
        }
      }
      return { point: { year: Number(token.norm) }, next: i + 1 }
    }
    if (token.norm.length <= 2) {
      // 03/2019, 3.2019, 03-2019; 12/03/2019 (day/month/year).
      if (isNumericSeparator(next) && adjacent(token, next) && adjacent(next, after) && after?.kind === 'number') {
        if (isYear(after)) {
          const month = Number(token.norm)
          if (month < 1 || month > 12) return { invalid: true, next: i + 3 }
          return { point: { year: Number(after.norm), month }, next: i + 3 }
        }
        const sep2 = tokens[i + 3]
        const year = tokens[i + 4]
        if (after.norm.length <= 2 && isNumericSeparator(sep2) && adjacent(after, sep2) && adjacent(sep2, year) && isYear(year)) {
          const month = Number(after.norm)
          if (month < 1 || month > 12) return { invalid: true, next: i + 5 }
          return { point: { year: Number(year?.norm), month }, next: i + 5 }
        }
      }
      // 12 marzo 2019
      if (next?.kind === 'word' && monthNumbers.has(next.norm)) return readPoint(tokens, i + 1)
    }
    return undefined
  }
  if (token.kind === 'word') {
    const month = monthNumbers.get(token.norm)
    if (month === undefined) return undefined
    let j = i + 1
    if (tokens[j]?.norm === '.') j++
    if (tokens[j]?.norm === ',' || tokens[j]?.norm === 'del' || tokens[j]?.norm === 'of') j++
    const year = tokens[j]
    if (isYear(year)) return { point: { year: Number(year?.norm), month }, next: j + 1 }
  }
  return undefined
}

function isPresent(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]
  if (token?.kind !== 'word' || !presentWords.has(token.norm)) return false
  if (token.norm === 'corso') return tokens[j - 1]?.norm === 'in'
  return true
}

function order(point: MonthPoint, isEnd: boolean): number {
  return point.year * 12 + (point.month ?? (isEnd ? 12 : 1))
}

/**
 * Finds date ranges in the tokens of one line, in order: "03/2019 – 06/2021", "2019-2021",
 * "da marzo 2019 a oggi", "Jan 2020 – present", "dal 2016 ad oggi", a lone "06/2020". Linear in the
 * number of tokens: each start position does a bounded amount of work.
 */
export function findDateRanges(
  tokens: readonly Token[],
  offset: number,
  limit = Number.POSITIVE_INFINITY,
): { ranges: FoundRange[]; unreadable: UnreadableDate[] } {
  const ranges: FoundRange[] = []
  const unreadable: UnreadableDate[] = []
  let i = 0
  while (i < tokens.length && ranges.length < limit) {
    const first = readPoint(tokens, i)
    if (first === undefined) {
      i++
      continue
    }
    const startToken = tokens[i] as Token
    if ('invalid' in first) {
      const endToken = tokens[first.next - 1] as Token
      unreadable.push({ span: { start: offset + startToken.start, end: offset + endToken.end }, reason: 'month-out-of-range' })
      i = first.next
      continue
    }
    let j = first.next
    let steps = 0
    let sawDash = false
    while (j < tokens.length && steps < 4) {
      const token = tokens[j] as Token
      if (isPresent(tokens, j)) break
      if (token.kind === 'punct' && dashes.has(token.norm)) sawDash = true
      else if (!(token.kind === 'word' && rangeConnectors.has(token.norm))) break
      j++
      steps++
    }
    let end: MonthPoint | 'present' | undefined
    let last = first.next - 1
    let next = first.next
    if (steps > 0 || isPresent(tokens, j)) {
      if (isPresent(tokens, j)) {
        end = 'present'
        last = j
        next = j + 1
      } else {
        const second = readPoint(tokens, j)
        if (second !== undefined && !('invalid' in second)) {
          end = second.point
          last = second.next - 1
          next = second.next
        } else if (second !== undefined) {
          const bad = tokens[j] as Token
          unreadable.push({ span: { start: offset + bad.start, end: offset + (tokens[second.next - 1] as Token).end }, reason: 'month-out-of-range' })
          next = second.next
        }
      }
    }
    const opener = tokens[i - 1]
    if (end === undefined) {
      const opened = opener !== undefined && opener.kind === 'word' && rangeOpeners.has(opener.norm)
      // "03/2019 –" at the end of a line is open-ended; "2019 – Cameriera" is a single year.
      end = opened || (sawDash && j >= tokens.length) ? 'present' : first.point
    }
    const lastToken = tokens[last] as Token
    const span = { start: offset + startToken.start, end: offset + lastToken.end }
    if (end !== 'present' && order(end, true) < order(first.point, false)) {
      unreadable.push({ span, reason: 'end-before-start' })
    } else {
      ranges.push({ start: first.point, end, first: i, last, span })
    }
    i = next
  }
  return { ranges, unreadable }
}

/** `YYYY-MM` of a point; a bare year starts in January and ends in December. */
export function toYearMonth(point: MonthPoint, isEnd: boolean): YearMonth {
  const month = point.month ?? (isEnd ? 12 : 1)
  return `${String(point.year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/** Months since year 0 of a `YYYY-MM` value. */
function monthIndex(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7))
}

/** Inclusive number of months between two `YYYY-MM` values (03/2019–06/2021 → 28), or `undefined` if negative. */
export function monthsBetween(start: YearMonth, end: YearMonth): number | undefined {
  const months = monthIndex(end) - monthIndex(start) + 1
  return months >= 0 ? months : undefined
}

/** Today's month as `YYYY-MM` (UTC). */
export function currentYearMonth(): YearMonth {
  const now = new Date()
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`
}
