import type { Engine } from '../create-engine.js'
import { formatExplanation } from '../internal/format.js'
import { printable, type CliIo, type ReadInput } from '../internal/io.js'

/**
 * `incontro match`: ranks the CVs of one directory for every vacancy of another. The operator's output
 * names the files; with `blind`, CVs and vacancies are named by their pseudonymous ids only.
 */
export async function runMatch(
  engine: Engine,
  options: { cvs: readonly ReadInput[]; vacancies: readonly ReadInput[]; top: number; json: boolean; blind?: boolean },
  io: CliIo,
): Promise<void> {
  const sourceOf = new Map<string, string>()
  const profiles = options.cvs.map((file) => {
    const { profile } = engine.neutralizeCv(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics })
    sourceOf.set(profile.id, file.source)
    return profile
  })
  await engine.addProfiles(profiles)
  const cvName = (id: string, text: boolean): string => {
    if (options.blind) return id
    const source = sourceOf.get(id) ?? id
    return text ? printable(source) : source
  }
  const out: { vacancy: string; results: unknown[] }[] = []
  for (const file of options.vacancies) {
    const vacancy = engine.neutralizeVacancy(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics })
    const results = await engine.candidatesFor(vacancy, { k: options.top })
    if (options.json) {
      out.push({
        vacancy: options.blind ? vacancy.id : file.source,
        results: results.map((r) => ({ source: cvName(r.profileId, false), id: r.profileId, score: r.score, components: r.components, unmet: r.unmet })),
      })
      continue
    }
    io.stdout(`\n${options.blind ? vacancy.id : printable(file.source)}: ${vacancy.title}\n`)
    results.forEach((r, i) => {
      io.stdout(`  ${i + 1}. ${cvName(r.profileId, true)}  score ${r.score.toFixed(3)}\n${formatExplanation(r, engine.taxonomy, vacancy.language)}\n`)
    })
  }
  if (options.json) io.stdout(`${JSON.stringify(out, null, 2)}\n`)
}
