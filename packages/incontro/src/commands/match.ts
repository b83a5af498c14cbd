import { ComponentNameSchema, isIncontroError, type NeutralProfile, type NeutralVacancy } from '@incontro/core'
import type { Engine } from '../create-engine.js'
import { errorLine, toCsv, type BatchReport } from '../internal/batch-report.js'
import { formatExplanation } from '../internal/format.js'
import { printable, type CliIo, type ReadInput } from '../internal/io.js'

/** Options of {@link runMatch}. */
export interface MatchCommandOptions {
  cvs: readonly ReadInput[]
  vacancies: readonly ReadInput[]
  top: number
  /**
   * `text`, `json` (one document `{ matches: [{ vacancy, results }], errors }`), `jsonl` (one
   * `{ vacancy, results }` per vacancy, then `{ source, error }` per failure), `csv` (one row per candidate),
   * or `array`: what `--json` prints by the CLI contract, the bare `[{ vacancy, results }]` (failures on
   * stderr only).
   */
  format: 'text' | 'json' | 'jsonl' | 'csv' | 'array'
  blind?: boolean
  /** Worker threads for neutralizing the CVs; the processors available by default. */
  workers?: number
}

/**
 * `incontro match`: ranks the CVs of one directory for every vacancy of another. The operator's output
 * names the files; with `blind`, CVs and vacancies are named by their pseudonymous ids only. A CV or
 * vacancy that fails is reported (stderr and the JSON output) and the others go on.
 */
export async function runMatch(engine: Engine, options: MatchCommandOptions, batch: BatchReport, io: CliIo): Promise<void> {
  const sourceOf = new Map<string, string>()
  const neutralized = await engine.neutralizeCvsAsync(
    options.cvs.map((file) => ({ input: file.document, sourceId: file.sourceId, readDiagnostics: file.diagnostics })),
    { ...(options.workers !== undefined ? { workers: options.workers } : {}), onProgress: (done, total) => batch.progress('match: CVs', done, total) },
  )
  const profiles: NeutralProfile[] = []
  options.cvs.forEach((file, i) => {
    const result = neutralized[i]
    if (result === undefined) return
    if (isIncontroError(result)) {
      batch.fail(result, file)
      return
    }
    batch.ok()
    sourceOf.set(result.profile.id, file.source)
    profiles.push(result.profile)
  })
  await engine.addProfiles(profiles)
  const cvName = (id: string, text: boolean): string => {
    if (options.blind) return id
    const source = sourceOf.get(id) ?? id
    return text ? printable(source) : source
  }
  const matches: { vacancy: string; results: unknown[] }[] = []
  const rows: unknown[][] = []
  const components = ComponentNameSchema.options
  for (const [done, file] of options.vacancies.entries()) {
    batch.progress('match: vacancies', done, options.vacancies.length)
    let vacancy: NeutralVacancy
    try {
      vacancy = engine.neutralizeVacancy(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics })
    } catch (error) {
      if (!isIncontroError(error)) throw error
      batch.fail(error, file)
      continue
    }
    batch.ok()
    const results = await engine.candidatesFor(vacancy, { k: options.top })
    const vacancyName = options.blind ? vacancy.id : file.source
    if (options.format === 'csv') {
      results.forEach((r, i) => {
        const value = new Map(r.components.map((c) => [c.name, c.value]))
        rows.push([vacancyName, vacancy.id, i + 1, cvName(r.profileId, false), r.profileId, r.score, ...components.map((name) => value.get(name) ?? ''), r.unmet.length])
      })
      continue
    }
    if (options.format !== 'text') {
      const record = { vacancy: vacancyName, results: results.map((r) => ({ source: cvName(r.profileId, false), id: r.profileId, score: r.score, components: r.components, unmet: r.unmet })) }
      if (options.format === 'jsonl') io.stdout(`${JSON.stringify(record)}\n`)
      else matches.push(record)
      continue
    }
    io.stdout(`\n${options.blind ? vacancy.id : printable(file.source)}: ${vacancy.title}\n`)
    results.forEach((r, i) => {
      io.stdout(`  ${i + 1}. ${cvName(r.profileId, true)}  score ${r.score.toFixed(3)}\n${formatExplanation(r, engine.taxonomy, vacancy.language)}\n`)
    })
  }
  batch.progress('match: vacancies', options.vacancies.length, options.vacancies.length)
  if (options.format === 'jsonl') for (const error of batch.errors) io.stdout(errorLine(error))
  if (options.format === 'json') io.stdout(`${JSON.stringify({ matches, errors: batch.errors }, null, 2)}\n`)
  if (options.format === 'array') io.stdout(`${JSON.stringify(matches, null, 2)}\n`)
  if (options.format === 'csv') io.stdout(toCsv(['vacancy', 'vacancy_id', 'rank', 'candidate', 'candidate_id', 'score', ...components, 'unmet'], rows))
}
