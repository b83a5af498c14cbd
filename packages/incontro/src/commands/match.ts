import type { Engine } from '../create-engine.js'
import { formatExplanation } from '../internal/format.js'
import { readDocuments, readInputs, type CliIo } from '../internal/io.js'

/** `incontro match`: ranks the CVs of one directory for every vacancy of another. */
export async function runMatch(engine: Engine, options: { cvs: string; vacancies: string; top: number; json: boolean }, io: CliIo): Promise<void> {
  const cvFiles = await readDocuments(await readInputs([options.cvs], io))
  const vacancyFiles = await readDocuments(await readInputs([options.vacancies], io))
  const sourceOf = new Map<string, string>()
  const profiles = cvFiles.map((file) => {
    const { profile } = engine.neutralizeCv(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics })
    sourceOf.set(profile.id, file.source)
    return profile
  })
  await engine.addProfiles(profiles)
  const out: { vacancy: string; results: unknown[] }[] = []
  for (const file of vacancyFiles) {
    const vacancy = engine.neutralizeVacancy(file.document, { sourceId: file.sourceId, readDiagnostics: file.diagnostics })
    const results = await engine.candidatesFor(vacancy, { k: options.top })
    if (options.json) {
      out.push({
        vacancy: file.source,
        results: results.map((r) => ({ source: sourceOf.get(r.profileId), id: r.profileId, score: r.score, components: r.components, unmet: r.unmet })),
      })
      continue
    }
    io.stdout(`\n${file.source}: ${vacancy.title}\n`)
    results.forEach((r, i) => {
      io.stdout(`  ${i + 1}. ${sourceOf.get(r.profileId)}  score ${r.score.toFixed(3)}\n${formatExplanation(r, engine.taxonomy, vacancy.language)}\n`)
    })
  }
  if (options.json) io.stdout(`${JSON.stringify(out, null, 2)}\n`)
}
