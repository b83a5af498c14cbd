import { reviewVacancy, type VacancyFinding } from '@incontro/anonymize'
import { parseVacancy } from '@incontro/parse'
import type { Taxonomy } from '@incontro/taxonomy'
import type { CliIo, ReadInput } from '../internal/io.js'
import { sourceLabel } from '../internal/source-label.js'

/** Options of {@link runReviewVacancy}. */
export interface ReviewVacancyCommandOptions {
  /** JSON Lines: `{ source, findings, inclusive, coding, rewritten? }` per file. */
  json: boolean
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
export function runReviewVacancy(files: readonly ReadInput[], options: ReviewVacancyCommandOptions, io: CliIo): number {
  let code = 0
  for (const file of files) {
    const parsed = parseVacancy(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics })
    const text = parsed.document.text
    const review = reviewVacancy(parsed, { neutralize: options.fix, ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}) })
    if (review.findings.some((f) => f.severity === 'error')) code = 1
    if (options.json) {
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
      io.stdout(`${JSON.stringify(line)}\n`)
      continue
    }
    const errors = review.findings.filter((f) => f.severity === 'error').length
    const warnings = review.findings.filter((f) => f.severity === 'warning').length
    io.stdout(`=== ${sourceLabel(file, options.blindKey, true)}\n${errors} errors, ${warnings} warnings; ${review.inclusive ? 'inclusive' : 'not inclusive'}; coding: ${review.coding.label} (masculine ${review.coding.masculine}, feminine ${review.coding.feminine})\n`)
    const starts = lineStarts(text)
    for (const finding of review.findings) io.stdout(`${describe(text, starts, finding)}\n`)
    if (options.fix) io.stdout(`\n--- rewritten\n${review.rewritten ?? ''}\n`)
    io.stdout('\n')
  }
  return code
}

/** Offsets where each line of `text` starts, for line and column numbers in linear time. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

function describe(text: string, starts: readonly number[], finding: VacancyFinding): string {
  // The last line start at or before the finding (binary search: an ad can have 100,000 findings).
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((starts[mid] as number) <= finding.start) low = mid
    else high = mid - 1
  }
  const line = low + 1
  const column = finding.start - (starts[low] as number) + 1
  const quoted = finding.end > finding.start ? ` "${text.slice(finding.start, finding.end)}"` : ''
  const suggestion = finding.suggestion !== undefined ? ` → ${finding.suggestion}` : ''
  const reference = finding.reference !== undefined ? ` [${finding.reference}]` : ''
  return `  ${line}:${column} ${finding.severity} ${finding.category}${quoted}: ${finding.message}${suggestion}${reference}`
}
