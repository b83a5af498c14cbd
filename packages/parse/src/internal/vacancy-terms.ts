import type { Field, ParsedVacancy, Span, Token } from '@incontro/core'
import { foldSameLength, makeField } from './lines.js'

type Salary = NonNullable<ParsedVacancy['salary']>

const hourUnits = new Set(['ore', 'ora', 'hours', 'hour', 'hrs', 'h'])
const weekWords = new Set(['settimanali', 'settimanale', 'settimana', 'week', 'weekly', 'sett', 'wk'])
const salaryWords = ['retribuzione', 'stipendio', 'ral', 'compenso', 'salario', 'salary', 'pay', 'paga', 'lordo', 'lordi', 'netto', 'netti', '€', 'eur', 'euro']
const periodWords: readonly (readonly [string, Salary['period']])[] = [
  ['annui', 'year'], ['annuo', 'year'], ['annua', 'year'], ['anno', 'year'], ['ral', 'year'], ['year', 'year'], ['annual', 'year'], ['annum', 'year'], ['yearly', 'year'],
  ['mensili', 'month'], ['mensile', 'month'], ['mese', 'month'], ['month', 'month'], ['monthly', 'month'],
  ['settimana', 'week'], ['week', 'week'], ['weekly', 'week'],
  ['giorno', 'day'], ['giornata', 'day'], ['day', 'day'], ['daily', 'day'],
  ['orari', 'hour'], ['orario', 'hour'], ['ora', 'hour'], ['hour', 'hour'], ['hourly', 'hour'],
]

/** "40 ore settimanali", "part-time 24 ore a settimana", "30 hours per week", "Orario: 20 h/settimana". */
export function findHoursPerWeek(tokens: readonly Token[], offset: number): { value: number; span: Span } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    let value: number | undefined
    let unitAt = i + 1
    if (token.kind === 'number' && token.norm.length <= 3) value = Number(token.norm)
    else if (/^\d{1,3}h$/.test(token.norm)) {
      value = Number(token.norm.slice(0, -1))
      unitAt = i
    }
    if (value === undefined || value <= 0 || value > 168) continue
    if (unitAt !== i && !hourUnits.has(tokens[unitAt]?.norm ?? '')) continue
    const window = tokens.slice(unitAt + 1, unitAt + 4)
    const week = window.find((candidate) => weekWords.has(candidate.norm))
    if (week) return { value, span: { start: offset + token.start, end: offset + week.end } }
  }
  return undefined
}

/** Parses "28.000", "28,000", "1.400,50", "1400" into a number; `undefined` when it is not an amount. */
function amount(raw: string): number | undefined {
  if (!/^\d/.test(raw)) return undefined
  let text = raw
  if (/^\d{1,3}([.,]\d{3})+([.,]\d{1,2})?$/.test(text)) {
    const decimals = /[.,]\d{1,2}$/.test(text) ? text.slice(-3).replace(',', '.') : ''
    if (decimals) text = text.slice(0, -3)
    text = text.replace(/[.,]/g, '') + decimals
  } else text = text.replace(',', '.')
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}

/**
 * A salary in one line: amounts near a currency sign or word, a range ("25.000 - 30.000"), an optional "k",
 * and a period word ("annui", "RAL", "al mese", "per hour"). Scans characters once; no backtracking.
 */
export function findSalary(line: string, offset: number): Salary | undefined {
  const folded = foldSameLength(line)
  if (!salaryWords.some((word) => folded.includes(word))) return undefined
  const numbers: { value: number; start: number; end: number }[] = []
  for (let i = 0; i < line.length && numbers.length < 6; i++) {
    if (!/\d/.test(line[i] as string) || (i > 0 && /[\w.,]/.test(line[i - 1] as string))) continue
    let end = i
    while (end < line.length && end - i < 20 && /[\d.,]/.test(line[end] as string)) end++
    while (end > i && /[.,]/.test(line[end - 1] as string)) end--
    let value = amount(line.slice(i, end))
    let stop = end
    if (value !== undefined && /^k\b/i.test(line.slice(end, end + 2).replace(/^k$/i, 'k '))) {
      value *= 1000
      stop = end + 1
    }
    if (value !== undefined) numbers.push({ value, start: i, end: stop })
    i = end
  }
  const currencyAt = (at: number): boolean => /€|\beur\b|\beuro\b/.test(folded.slice(Math.max(0, at - 6), at + 7))
  const money = numbers.filter((number) => currencyAt(number.start) || currencyAt(number.end) || /\b(ral|retribuzione|salary|stipendio|compenso)\b/.test(folded.slice(0, number.start)))
  const first = money[0]
  if (!first || first.value < 1) return undefined
  let last = first
  const next = money[1]
  if (next && next.start - first.end <= 12 && /^\s*(-|–|a|to|e)\s*(€|eur|euro)?\s*$/i.test(line.slice(first.end, next.start))) last = next
  let period: Salary['period']
  for (const [word, value] of periodWords) {
    const at = folded.indexOf(word)
    if (at !== -1 && (at === 0 || !/\w/.test(folded[at - 1] as string)) && !/\w/.test(folded[at + word.length] ?? ' ')) {
      period = value
      break
    }
  }
  if (period === undefined) period = first.value >= 10_000 ? 'year' : first.value >= 500 ? 'month' : undefined
  let end = last.end
  for (const word of ['€', 'euro', 'eur']) {
    const at = folded.indexOf(word, last.end)
    if (at !== -1 && at - last.end <= 2) end = at + word.length
  }
  let start = first.start
  const sign = line.lastIndexOf('€', first.start)
  if (sign !== -1 && first.start - sign <= 2) start = sign
  const min = Math.min(first.value, last.value)
  const max = Math.max(first.value, last.value)
  return { min, max, currency: 'EUR', ...(period === undefined ? {} : { period }), span: { start: offset + start, end: offset + end } }
}

const ccnlStops = new Set([',', ';', '.', '(', ')', '|', ':', '-', '–'])

/** "CCNL Commercio", "CCNL Turismo e Pubblici Esercizi", "contratto collettivo nazionale Metalmeccanici": up to six words after the marker. */
export function findCcnl(text: string, contentStart: number, line: string): Field | undefined {
  const folded = foldSameLength(line)
  let at = -1
  let markerEnd = -1
  for (const marker of ['ccnl', 'c.c.n.l.', 'contratto collettivo nazionale']) {
    const found = folded.indexOf(marker)
    if (found !== -1 && (found === 0 || !/\w/.test(folded[found - 1] as string))) {
      at = found
      markerEnd = found + marker.length
      break
    }
  }
  if (at === -1) return undefined
  let end = markerEnd
  let words = 0
  let i = markerEnd
  while (i < line.length && words < 6) {
    while (i < line.length && line[i] === ' ') i++
    if (i >= line.length || ccnlStops.has(line[i] as string)) break
    let wordEnd = i
    while (wordEnd < line.length && line[wordEnd] !== ' ' && !ccnlStops.has(line[wordEnd] as string)) wordEnd++
    const word = folded.slice(i, wordEnd)
    if (words > 0 && ['applicato', 'applied', 'con', 'with', 'livello', 'level', 'per', 'for'].includes(word)) break
    end = wordEnd
    words++
    i = wordEnd
  }
  if (words === 0) return undefined
  return makeField(text, contentStart + at, contentStart + end)
}

const organizationLabels = ['azienda', 'datore di lavoro', 'societa', 'company', 'employer', 'hiring organization', 'organizzazione']

/** "Azienda: Logistica Nord Srl", "Company: Example Ltd". */
export function findOrganization(text: string, content: Field): Field | undefined {
  const folded = foldSameLength(content.text)
  for (const label of organizationLabels) {
    if (!folded.startsWith(label)) continue
    let at = label.length
    while (content.text[at] === ' ') at++
    if (content.text[at] !== ':') continue
    return makeField(text, content.span.start + at + 1, content.span.start + Math.min(content.text.length, at + 1 + 120))
  }
  return undefined
}
