import { isIncontroError } from '@incontro/core'
import type { Engine } from '../create-engine.js'
import { errorLine, toCsv, type BatchReport } from '../internal/batch-report.js'
import type { CliIo, ReadInput } from '../internal/io.js'
import { sourceLabel } from '../internal/source-label.js'

/**
 * `incontro annotate`: concept mentions with spans; `jsonl` gives one object per input, `json` one
 * document `{ results, errors }`, `csv` one row per mention. A file that fails is reported and skipped.
 */
export function runAnnotate(engine: Engine, inputs: readonly ReadInput[], options: { format: 'text' | 'json' | 'jsonl' | 'csv'; blindKey?: string }, batch: BatchReport, io: CliIo): void {
  const records: unknown[] = []
  const rows: unknown[][] = []
  for (const [done, file] of inputs.entries()) {
    batch.progress('annotate', done, inputs.length)
    const { document } = file
    let mentions: ReturnType<Engine['annotate']>
    try {
      mentions = engine.annotate(document.text)
    } catch (error) {
      if (!isIncontroError(error)) throw error
      batch.fail(error, file)
      continue
    }
    batch.ok()
    const language = document.language === 'und' ? 'it' : document.language
    if (options.format === 'text') {
      io.stdout(`${sourceLabel(file, options.blindKey, true)} (${document.language}): ${mentions.length} mentions\n`)
      for (const m of mentions) {
        io.stdout(`  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${engine.taxonomy.label(m.concept, language)} [${m.concept}]${m.negated ? ' (negated)' : ''}\n`)
      }
      continue
    }
    const source = sourceLabel(file, options.blindKey, false)
    if (options.format === 'csv') {
      for (const m of mentions) rows.push([source, document.language, m.concept, engine.taxonomy.label(m.concept, language), m.start, m.end, m.negated ? 'true' : 'false'])
      continue
    }
    const out = {
      source,
      language: document.language,
      mentions: mentions.map((m) => {
        const concept = engine.taxonomy.get(m.concept)
        return {
          concept: { id: m.concept, label: engine.taxonomy.label(m.concept, language), ...(concept?.escoUri ? { uri: concept.escoUri } : {}) },
          start: m.start,
          end: m.end,
          ...(m.negated ? { negated: true } : {}),
        }
      }),
    }
    if (options.format === 'jsonl') io.stdout(`${JSON.stringify(out)}\n`)
    else records.push(out)
  }
  batch.progress('annotate', inputs.length, inputs.length)
  if (options.format === 'jsonl') for (const error of batch.errors) io.stdout(errorLine(error))
  if (options.format === 'json') io.stdout(`${JSON.stringify({ results: records, errors: batch.errors })}\n`)
  if (options.format === 'csv') io.stdout(toCsv(['source', 'language', 'concept', 'label', 'start', 'end', 'negated'], rows))
}
