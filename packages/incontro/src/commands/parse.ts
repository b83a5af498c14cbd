import { IncontroError } from '@incontro/core'
import { detectDocumentKind } from '@incontro/parse'
import type { Engine } from '../create-engine.js'
import { printable, type CliIo, type ReadInput } from '../internal/io.js'
import { sourceLabel } from '../internal/source-label.js'

/** `incontro parse`: typed CV or vacancy records; identity stays in its own part of the output. */
export function runParse(engine: Engine, inputs: readonly ReadInput[], options: { json: boolean; kind?: 'cv' | 'vacancy'; blindKey?: string }, io: CliIo): void {
  for (const input of inputs) {
    const detected = options.kind ?? detectDocumentKind(input.document)
    const label = sourceLabel(input, options.blindKey, true)
    if (detected === 'und') {
      throw new IncontroError('CLI_USAGE', `Cannot tell whether ${label} is a CV or a vacancy; pass --kind cv or --kind vacancy.`, { source: options.blindKey !== undefined ? label : input.source })
    }
    // With --blind the record's source id is the pseudonymous id too, so no path is left in the output.
    const parseOptions = { sourceId: options.blindKey !== undefined ? label : input.sourceId, readDiagnostics: input.diagnostics }
    const result = detected === 'cv' ? engine.parseCv(input.document, parseOptions) : engine.parseVacancy(input.document, parseOptions)
    if (options.json) {
      io.stdout(`${JSON.stringify({ source: sourceLabel(input, options.blindKey, false), kind: detected, result })}\n`)
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
}
