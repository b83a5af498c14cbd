import { IncontroError } from '@incontro/core'
import { detectDocumentKind } from '@incontro/parse'
import type { Engine } from '../create-engine.js'
import type { CliIo, ReadInput } from '../internal/io.js'

/** `incontro parse`: typed CV or vacancy records; identity stays in its own part of the output. */
export function runParse(engine: Engine, inputs: readonly ReadInput[], options: { json: boolean; kind?: 'cv' | 'vacancy' }, io: CliIo): void {
  for (const input of inputs) {
    const detected = options.kind ?? detectDocumentKind(input.document)
    if (detected === 'und') {
      throw new IncontroError('CLI_USAGE', `Cannot tell whether ${input.source} is a CV or a vacancy; pass --kind cv or --kind vacancy.`, { source: input.source })
    }
    const parseOptions = { sourceId: input.sourceId, readDiagnostics: input.diagnostics }
    const result = detected === 'cv' ? engine.parseCv(input.document, parseOptions) : engine.parseVacancy(input.document, parseOptions)
    if (options.json) {
      io.stdout(`${JSON.stringify({ source: input.source, kind: detected, result })}\n`)
      continue
    }
    io.stdout(`${input.source}: ${detected}, ${input.document.format}, ${result.language}, ${result.sections.length} sections, ${result.diagnostics.length} diagnostics\n`)
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
