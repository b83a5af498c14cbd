import { reviewVacancy, type VacancyFinding } from '@incontro/anonymize'
import { parseVacancy } from '@incontro/parse'
import type { Taxonomy } from '@incontro/taxonomy'
import { isIncontroError } from '@incontro/core'
import { errorLine, toCsv, type BatchReport } from '../internal/batch-report.js'
import type { CliIo, ReadInput } from '../internal/io.js'
import { sourceLabel } from '../internal/source-label.js'

/** Options of {@link runReviewVacancy}. */
export interface ReviewVacancyCommandOptions {
  /** `text`, `jsonl` (`{ source, findings, inclusive, coding, rewritten? }` per file), `json` (`{ results, errors }`) or `csv` (one row per finding). */
  format: 'text' | 'json' | 'jsonl' | 'csv'
  /** Also print the neutral rewrite (`rewritten` in JSON). */
  fix: boolean
  /** A taxonomy whose occupation labels add gendered titles (the built-in word lists are always used). */
  taxonomy?: Taxonomy
  /** With `--blind`: the key whose pseudonymous id replaces the file name. */
  blindKey?: string
}

/**
 * `incontro review-vacancy <file…> [--json] [--fix]`: gendered wording, discriminatory requirements and
 * the missing both-sexes statement of each vacancy. Returns the exit code: 1 when any file has an
 * `error` finding (an illegal requirement), else 0.
 */
export function runReviewVacancy(files: readonly ReadInput[], options: ReviewVacancyCommandOptions, batch: BatchReport, io: CliIo): number {
  let code = 0
  const records: unknown[] = []
  const rows: unknown[][] = []
  for (const [done, file] of files.entries()) {
    batch.progress('review-vacancy', done, files.length)
    let parsed: ReturnType<typeof parseVacancy>
    let review: ReturnType<typeof reviewVacancy>
    try {
      parsed = parseVacancy(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics })
      review = reviewVacancy(parsed, { neutralize: options.fix, ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}) })
    } catch (error) {
      if (!isIncontroError(error)) throw error
      batch.fail(error, file)
      continue
    }
    batch.ok()
    const text = parsed.document.text
    if (review.findings.some((f) => f.severity === 'error')) code = 1
    if (options.format === 'csv') {
      const source = sourceLabel(file, options.blindKey, false)
      for (const f of review.findings) rows.push([source, review.language, f.severity, f.category, f.start, f.end, f.message, f.suggestion ?? ''])
      continue
    }
    if (options.format !== 'text') {
      const findings = review.findings.map((f) => ({
        category: f.category,
        severity: f.severity,
        start: f.start,
        end: f.end,
        message: f.message,
        ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
        ...(f.reference !== undefined ? { reference: f.reference } : {}),
      }))
      const line = { source: sourceLabel(file, options.blindKey, false), language: review.language, findings, inclusive: review.inclusive, coding: review.coding, ...(options.fix ? { rewritten: review.rewritten } : {}) }
      if (options.format === 'jsonl') io.stdout(`${JSON.stringify(line)}\n`)
      else records.push(line)
      continue
    }
    const errors = review.findings.filter((f) => f.severity === 'error').length
    const warnings = review.findings.filter((f) => f.severity === 'warning').length
    const words = review.language === 'it' ? italian : english
    io.stdout(`=== ${sourceLabel(file, options.blindKey, true)}\n${errors} ${words.errors}, ${warnings} ${words.warnings}; ${review.inclusive ? words.inclusive : words.notInclusive}; ${words.coding}: ${words.labels[review.coding.label]} (${words.masculine} ${review.coding.masculine}, ${words.feminine} ${review.coding.feminine})\n`)
    const starts = lineStarts(text)
    for (const finding of review.findings) io.stdout(`${describe(text, starts, finding)}\n`)
    if (options.fix) io.stdout(`\n--- ${words.rewritten}\n${review.rewritten ?? ''}\n`)
    io.stdout('\n')
  }
  batch.progress('review-vacancy', files.length, files.length)
  if (options.format === 'jsonl') for (const error of batch.errors) io.stdout(errorLine(error))
  if (options.format === 'json') io.stdout(`${JSON.stringify({ results: records, errors: batch.errors })}\n`)
  if (options.format === 'csv') io.stdout(toCsv(['source', 'language', 'severity', 'category', 'start', 'end', 'message', 'suggestion'], rows))
  return code
}

type Label = 'strongly feminine-coded' | 'feminine-coded' | 'neutral' | 'masculine-coded' | 'strongly masculine-coded' | 'empty'

/** The words of the readable report, in the ad's language (categories and severities stay as in JSON). */
interface ReportWords {
  errors: string
  warnings: string
  inclusive: string
  notInclusive: string
  coding: string
  masculine: string
  feminine: string
  rewritten: string
  labels: Record<Label, string>
}

const english: ReportWords = {
  errors: 'errors',
  warnings: 'warnings',
  inclusive: 'inclusive',
  notInclusive: 'not inclusive',
  coding: 'coding',
  masculine: 'masculine',
  feminine: 'feminine',
  rewritten: 'rewritten',
  labels: { 'strongly feminine-coded': 'strongly feminine-coded', 'feminine-coded': 'feminine-coded', neutral: 'neutral', 'masculine-coded': 'masculine-coded', 'strongly masculine-coded': 'strongly masculine-coded', empty: 'empty' },
}

const italian: ReportWords = {
  errors: 'errori',
  warnings: 'avvisi',
  inclusive: 'inclusivo',
  notInclusive: 'non inclusivo',
  coding: 'connotazione',
  masculine: 'maschile',
  feminine: 'femminile',
  rewritten: 'riscrittura',
  labels: { 'strongly feminine-coded': 'fortemente femminile', 'feminine-coded': 'femminile', neutral: 'neutra', 'masculine-coded': 'maschile', 'strongly masculine-coded': 'fortemente maschile', empty: 'nessuna parola connotata' },
}

/** Offsets where each line of `text` starts, for line and column numbers in linear time. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

function describe(text: string, starts: readonly number[], finding: VacancyFinding): string {
  // The line of the finding, by binary search over line starts (linear output on a long ad).
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= finding.start) lo = mid
    else hi = mid - 1
  }
  const line = lo + 1
  const column = finding.start - (starts[lo] as number) + 1
  const quoted = finding.end > finding.start ? ` "${text.slice(finding.start, finding.end)}"` : ''
  const suggestion = finding.suggestion !== undefined ? ` → ${finding.suggestion}` : ''
  const reference = finding.reference !== undefined ? ` [${finding.reference}]` : ''
  return `  ${line}:${column} ${finding.severity} ${finding.category}${quoted}: ${finding.message}${suggestion}${reference}`
}
