import type { Engine } from '../create-engine.js'
import type { CliIo, ReadInput } from '../internal/io.js'
import { sourceLabel } from '../internal/source-label.js'

/** `incontro annotate`: concept mentions with spans, one JSON object per input with `--json`. */
export function runAnnotate(engine: Engine, inputs: readonly ReadInput[], options: { json: boolean; blindKey?: string }, io: CliIo): void {
  for (const file of inputs) {
    const { document } = file
    const mentions = engine.annotate(document.text)
    const language = document.language === 'und' ? 'it' : document.language
    if (options.json) {
      const out = {
        source: sourceLabel(file, options.blindKey, false),
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
      io.stdout(`${JSON.stringify(out)}\n`)
    } else {
      io.stdout(`${sourceLabel(file, options.blindKey, true)} (${document.language}): ${mentions.length} mentions\n`)
      for (const m of mentions) {
        io.stdout(`  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${engine.taxonomy.label(m.concept, language)} [${m.concept}]${m.negated ? ' (negated)' : ''}\n`)
      }
    }
  }
}
