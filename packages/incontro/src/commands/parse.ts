import { IncontroError, isIncontroError, type ParsedProfile, type ParsedVacancy } from '@incontro/core'
import { detectDocumentKind } from '@incontro/parse'
import type { Engine } from '../create-engine.js'
import { errorLine, toCsv, type BatchReport } from '../internal/batch-report.js'
import type { CliIo, ReadInput } from '../internal/io.js'
import { sourceLabel } from '../internal/source-label.js'

/** Options of {@link runParse}. */
export interface ParseCommandOptions {
  /** `text`, `jsonl` (`{ source, kind, result }` per file), `json` (`{ results, errors }`) or `csv` (one summary row per file). */
  format: 'text' | 'json' | 'jsonl' | 'csv'
  kind?: 'cv' | 'vacancy'
  blindKey?: string
}

/**
 * `incontro parse`: typed CV or vacancy records; identity stays in its own part of the output. A file
 * that fails is reported (stderr and the JSON output) and the others go on.
 */
export function runParse(engine: Engine, inputs: readonly ReadInput[], options: ParseCommandOptions, batch: BatchReport, io: CliIo): void {
  const records: unknown[] = []
  const rows: unknown[][] = []
  for (const [done, input] of inputs.entries()) {
    batch.progress('parse', done, inputs.length)
    const label = sourceLabel(input, options.blindKey, true)
    let detected: 'cv' | 'vacancy'
    let result: ParsedProfile | ParsedVacancy
    try {
      const kind = options.kind ?? detectDocumentKind(input.document)
      if (kind === 'und') {
        throw new IncontroError('CLI_USAGE', `Cannot tell whether ${label} is a CV or a vacancy; pass --kind cv or --kind vacancy.`, { source: options.blindKey !== undefined ? label : input.source })
      }
      detected = kind
      // With --blind the record's source id is the pseudonymous id too, so no path is left in the output.
      const parseOptions = { sourceId: options.blindKey !== undefined ? label : input.sourceId, readDiagnostics: input.diagnostics }
      result = detected === 'cv' ? engine.parseCv(input.document, parseOptions) : engine.parseVacancy(input.document, parseOptions)
    } catch (error) {
      if (!isIncontroError(error)) throw error
      batch.fail(error, input)
      continue
    }
    batch.ok()
    const source = sourceLabel(input, options.blindKey, false)
    if (options.format === 'jsonl') {
      io.stdout(`${JSON.stringify({ source, kind: detected, result })}\n`)
      continue
    }
    if (options.format === 'json') {
      records.push({ source, kind: detected, result })
      continue
    }
    if (options.format === 'csv') {
      const cv = 'experiences' in result ? result : undefined
      const vacancy = 'requirements' in result ? result : undefined
      rows.push([
        source,
        detected,
        input.document.format,
        result.language,
        result.sections.length,
        cv ? cv.experiences.length : '',
        cv ? cv.education.length : '',
        cv ? cv.languages.map((l) => `${l.code}:${l.level}`).join(' ') : '',
        vacancy ? vacancy.requirements.length : '',
        result.diagnostics.length,
      ])
      continue
    }
    io.stdout(`${label}: ${detected}, ${input.document.format}, ${result.language}, ${result.sections.length} sections, ${result.diagnostics.length} diagnostics\n`)
    if ('experiences' in result) {
      for (const e of result.experiences) io.stdout(`  experience: ${e.title.text} (${e.start ?? '?'} – ${e.end ?? '?'}, ${e.months ?? '?'} months)\n`)
      for (const e of result.education) io.stdout(`  education: ${e.title.text}${e.eqfLevel ? ` (EQF ${e.eqfLevel})` : ''}\n`)
      for (const l of result.languages) io.stdout(`  language: ${l.code} ${l.level}\n`)
      for (const l of result.licences) io.stdout(`  licence: ${l.code}\n`)
    } else {
      io.stdout(`  title: ${result.title.text}\n`)
      for (const r of result.requirements) io.stdout(`  ${r.importance}: ${r.text}\n`)
    }
    for (const d of result.diagnostics) io.stdout(`  ${d.severity} ${d.code}: ${d.message}\n`)
  }
  batch.progress('parse', inputs.length, inputs.length)
  if (options.format === 'jsonl') for (const error of batch.errors) io.stdout(errorLine(error))
  if (options.format === 'json') io.stdout(`${JSON.stringify({ results: records, errors: batch.errors })}\n`)
  if (options.format === 'csv') io.stdout(toCsv(['source', 'kind', 'format', 'language', 'sections', 'experiences', 'education', 'languages', 'requirements', 'diagnostics'], rows))
}
