import { isIncontroError } from '@incontro/core'
import type { Engine } from '../create-engine.js'
import { errorLine, type BatchReport } from '../internal/batch-report.js'
import { printable, type CliIo, type ReadInput } from '../internal/io.js'

/** Options of {@link runAnonymize}. */
export interface AnonymizeCommandOptions {
  /** `text` (default), `jsonl` (`{ source, profile, report }` per file, then `{ source, error }` per failure) or `json` (`{ results, errors }`). */
  format: 'text' | 'json' | 'jsonl'
  /** Name records by pseudonymous id instead of file name. */
  blind?: boolean
  /** Worker threads; the processors available by default, 1 for this thread only. */
  workers?: number
}

/**
 * `incontro anonymize`: neutral profiles and redaction reports; with `blind` the file name is replaced by
 * the profile's pseudonymous id. A file that fails is reported (stderr and the JSON output) and the others
 * go on.
 */
export async function runAnonymize(engine: Engine, inputs: readonly ReadInput[], options: AnonymizeCommandOptions, batch: BatchReport, io: CliIo): Promise<void> {
  const records: unknown[] = []
  // Slices of the batch are neutralized and written one after the other: the results of a whole
  // directory (~30 kB each with the parsed record) are never all held at once, which kept the garbage
  // collector busy for a fifth of the run.
  for (let from = 0; from < inputs.length; from += outputSlice) {
    const slice = inputs.slice(from, from + outputSlice)
    const results = await engine.neutralizeCvsAsync(
      slice.map((file) => ({ input: file.document, sourceId: file.sourceId, readDiagnostics: file.diagnostics })),
      { ...(options.workers !== undefined ? { workers: options.workers } : {}), onProgress: (done) => batch.progress('anonymize', from + done, inputs.length) },
    )
    let out = ''
    for (const [i, file] of slice.entries()) {
      const result = results[i]
      if (result === undefined) continue
      if (isIncontroError(result)) {
        batch.fail(result, file)
        continue
      }
      batch.ok()
      const { profile, report } = result
      if (options.format !== 'text') {
        const record = { source: options.blind ? profile.id : file.source, profile, report }
        if (options.format === 'jsonl') out += `${JSON.stringify(record)}\n`
        else records.push(record)
        continue
      }
      const counts = Object.entries(report.counts)
        .map(([category, count]) => `${category} ${count}`)
        .join(', ')
      out += `=== ${options.blind ? profile.id : `${printable(file.source)} → ${profile.id}`}\nredacted: ${counts || 'nothing'}\n\n${profile.text}\n\n`
    }
    // One write per slice: standard output redirected to a file is written synchronously.
    if (out !== '') io.stdout(out)
  }
  if (options.format === 'jsonl') for (const error of batch.errors) io.stdout(errorLine(error))
  if (options.format === 'json') io.stdout(`${JSON.stringify({ results: records, errors: batch.errors })}\n`)
}

/** CVs neutralized and written at a time: a few chunks for every worker, a few MB of results. */
const outputSlice = 512
