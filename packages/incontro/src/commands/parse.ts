import type { Engine } from '../create-engine.js'
import { guessKind, type CliIo, type InputFile } from '../internal/io.js'

/** `incontro parse`: typed CV or vacancy records; identity stays in its own part of the output. */
export function runParse(engine: Engine, files: readonly InputFile[], options: { json: boolean; kind?: 'cv' | 'vacancy' }, io: CliIo): void {
  for (const file of files) {
    const kind = options.kind ?? guessKind(file.bytes)
    const result = kind === 'cv' ? engine.parseCv(file.bytes, { sourceId: file.source }) : engine.parseVacancy(file.bytes, { sourceId: file.source })
    if (options.json) {
      io.stdout(`${JSON.stringify({ source: file.source, kind, result })}\n`)
      continue
    }
    io.stdout(`${file.source}: ${kind}, ${result.language}, ${result.sections.length} sections, ${result.diagnostics.length} diagnostics\n`)
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
