import { isIncontroError } from '@incontro/core'
import type { Engine } from '../create-engine.js'
import { printable, type CliIo, type ReadInput } from '../internal/io.js'

/**
 * `incontro anonymize`: neutral profiles and redaction reports (JSON Lines with `--json`); with `blind`
 * the file name is replaced by the profile's pseudonymous id.
 */
export function runAnonymize(engine: Engine, inputs: readonly ReadInput[], options: { json: boolean; blind?: boolean }, io: CliIo): void {
  // One batch call (stage by stage, faster for many files); the first file that fails stops the run, after
  // the files before it are written, as one call per file would.
  const results = engine.neutralizeCvs(inputs.map((file) => ({ input: file.document, sourceId: file.sourceId, readDiagnostics: file.diagnostics })))
  for (const [i, file] of inputs.entries()) {
    const result = results[i]
    if (isIncontroError(result)) throw result
    if (result === undefined) continue
    const { profile, report } = result
    if (options.json) {
      io.stdout(`${JSON.stringify({ source: options.blind ? profile.id : file.source, profile, report })}\n`)
      continue
    }
    const counts = Object.entries(report.counts)
      .map(([category, count]) => `${category} ${count}`)
      .join(', ')
    io.stdout(`=== ${options.blind ? profile.id : `${printable(file.source)} → ${profile.id}`}\nredacted: ${counts || 'nothing'}\n\n${profile.text}\n\n`)
  }
}
