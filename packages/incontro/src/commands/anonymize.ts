import type { Engine } from '../create-engine.js'
import type { CliIo, ReadInput } from '../internal/io.js'

/** `incontro anonymize`: neutral profiles and redaction reports (JSON Lines with `--json`). */
export function runAnonymize(engine: Engine, inputs: readonly ReadInput[], options: { json: boolean }, io: CliIo): void {
  for (const file of inputs) {
    const { profile, report } = engine.neutralizeCv(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics })
    if (options.json) {
      io.stdout(`${JSON.stringify({ source: file.source, profile, report })}\n`)
      continue
    }
    const counts = Object.entries(report.counts)
      .map(([category, count]) => `${category} ${count}`)
      .join(', ')
    io.stdout(`=== ${file.source} → ${profile.id}\nredacted: ${counts || 'nothing'}\n\n${profile.text}\n\n`)
  }
}
