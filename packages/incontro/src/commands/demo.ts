import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { IncontroError, type MatchResult, type NeutralProfile, type NeutralVacancy, type YearMonth } from '@incontro/core'
import { counterfactualAudit } from '@incontro/fairness'
import type { Taxonomy } from '@incontro/taxonomy'
import { createEngine, type Engine } from '../create-engine.js'
import { formatExplanation } from '../internal/format.js'
import { formatCompetences, formatGaps, formatTraining } from './assess.js'
import { developmentKey, listDirectory, type CliIo } from '../internal/io.js'

/**
 * The example data shipped in the repository (`examples/data`), found by walking up from this module
 * (it runs from `src/commands/` in tests and from the bundled `dist/cli.js`).
 */
export function defaultDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'examples', 'data')
    if (existsSync(join(candidate, 'cvs'))) return candidate
    const parent = resolve(dir, '..')
    if (parent === dir) break
    dir = parent
  }
  return resolve('examples', 'data')
}

/** One CV written in a female and a male variant. */
interface Pair {
  base: string
  female: string
  male: string
}

function findPairs(dir: string): Pair[] {
  const files = listDirectory(dir)
  const pairs: Pair[] = []
  for (const female of files.filter((f) => /\.f\.(txt|json)$/.test(f))) {
    const male = female.replace(/\.f\.(txt|json)$/, '.m.$1')
    if (!files.includes(male)) continue
    pairs.push({ base: basename(female).replace(/\.f\.(txt|json)$/, ''), female, male })
  }
  return pairs
}

/** What the demo found, also printed as JSON with `--json`. */
export interface DemoReport {
  taxonomy: { version: string; concepts: number }
  vacancies: { source: string; title: string; candidates: { cv: string; score: number; components: MatchResult['components'] }[] }[]
  pairs: { cv: string; language: string; neutralProfileIdentical: boolean; differingPaths: string[]; scoresIdentical: boolean; rankPositionsIdentical: boolean }[]
  allIdentical: boolean
}

async function rankAll(engine: Engine, vacancies: readonly NeutralVacancy[], k: number): Promise<MatchResult[][]> {
  const out: MatchResult[][] = []
  for (const vacancy of vacancies) out.push(await engine.candidatesFor(vacancy, { k }))
  return out
}

/**
 * `incontro demo`: the whole pipeline on the example data: every CV pair neutralized, the female
 * variants and the male variants indexed in two engines, every vacancy ranked in both, and the
 * results compared — neutral profiles and scores must be identical for every pair.
 */
export async function runDemo(options: { data?: string; top: number; json: boolean; today?: YearMonth; index: 'hnsw' | 'exact'; taxonomy?: Taxonomy }, io: CliIo): Promise<DemoReport> {
  const dataDir = options.data ?? defaultDataDir()
  const cvDir = join(dataDir, 'cvs')
  const vacancyDir = join(dataDir, 'vacancies')
  if (!existsSync(cvDir) || !existsSync(vacancyDir)) {
    throw new IncontroError('CLI_IO', `No example data at ${dataDir} (expected cvs/ and vacancies/). Pass --data <dir>.`, { dataDir })
  }
  const engineOptions = {
    key: developmentKey,
    index: options.index,
    ...(options.today ? { today: options.today } : {}),
    ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
  }
  const femaleEngine = createEngine(engineOptions)
  const maleEngine = createEngine(engineOptions)
  const taxonomy = femaleEngine.taxonomy
  const pairs = findPairs(cvDir)
  const read = (path: string) => new Uint8Array(readFileSync(path))

  // Both variants of a CV describe one person, so they share the source id (the base file name).
  const audit = await counterfactualAudit(
    pairs.map((pair) => ({ id: pair.base, a: pair.female, b: pair.male })),
    (path: string) => femaleEngine.neutralizeCv(read(path), { sourceId: basename(path).replace(/\.[fm]\.(txt|json)$/, '') }).profile,
  )
  const cvOf = new Map<string, string>()
  const femaleProfiles: NeutralProfile[] = []
  const maleProfiles: NeutralProfile[] = []
  for (const pair of pairs) {
    const female = femaleEngine.neutralizeCv(read(pair.female), { sourceId: pair.base }).profile
    const male = maleEngine.neutralizeCv(read(pair.male), { sourceId: pair.base }).profile
    cvOf.set(female.id, pair.base)
    cvOf.set(male.id, pair.base)
    femaleProfiles.push(female)
    maleProfiles.push(male)
  }
  await femaleEngine.addProfiles(femaleProfiles)
  await maleEngine.addProfiles(maleProfiles)
  const vacancyFiles = listDirectory(vacancyDir)
  const vacancies = vacancyFiles.map((path) => femaleEngine.neutralizeVacancy(read(path), { sourceId: basename(path) }))
  const all = pairs.length
  const femaleRankings = await rankAll(femaleEngine, vacancies, all)
  const maleRankings = await rankAll(maleEngine, vacancies, all)

  const report: DemoReport = {
    taxonomy: { version: taxonomy.version, concepts: taxonomy.size },
    vacancies: vacancies.map((vacancy, i) => ({
      source: basename(vacancyFiles[i] ?? ''),
      title: vacancy.title,
      candidates: (femaleRankings[i] ?? []).slice(0, options.top).map((r) => ({ cv: cvOf.get(r.profileId) ?? r.profileId, score: r.score, components: r.components })),
    })),
    pairs: [],
    allIdentical: true,
  }
  for (const pair of pairs) {
    const differing = audit.differing.find((d) => d.id === pair.base)
    let scoresIdentical = true
    let positionsIdentical = true
    vacancies.forEach((_, i) => {
      const f = femaleRankings[i] ?? []
      const m = maleRankings[i] ?? []
      const fi = f.findIndex((r) => cvOf.get(r.profileId) === pair.base)
      const mi = m.findIndex((r) => cvOf.get(r.profileId) === pair.base)
      if (fi !== mi) positionsIdentical = false
      if (JSON.stringify(f[fi]) !== JSON.stringify(m[mi])) scoresIdentical = false
    })
    const entry = {
      cv: pair.base,
      language: femaleProfiles[pairs.indexOf(pair)]?.language ?? 'it',
      neutralProfileIdentical: differing === undefined,
      differingPaths: differing?.paths ?? [],
      scoresIdentical,
      rankPositionsIdentical: positionsIdentical,
    }
    if (!entry.neutralProfileIdentical || !scoresIdentical || !positionsIdentical) report.allIdentical = false
    report.pairs.push(entry)
  }

  if (options.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return report
  }
  io.stdout(`Incontro demo — taxonomy ${taxonomy.version} (${taxonomy.size} concepts), ${pairs.length} CVs × 2 gender variants, ${vacancies.length} vacancies\n`)
  io.stdout(`Matching sees only neutral profiles; every score is the sum of its components (weight × value).\n`)
  io.stdout('Pseudonymous ids use the demo\'s own fixed, public key (not secret); anonymize and match need your key (--key or INCONTRO_KEY).\n')
  vacancies.forEach((vacancy, i) => {
    io.stdout(`\n■ ${report.vacancies[i]?.source}: ${vacancy.title}\n`)
    ;(femaleRankings[i] ?? []).slice(0, options.top).forEach((result, rank) => {
      io.stdout(`  ${rank + 1}. ${cvOf.get(result.profileId)}  score ${result.score.toFixed(3)}\n${formatExplanation(result, taxonomy, vacancy.language)}\n`)
    })
  })
  io.stdout('\nGender swap check (each CV in a female and a male variant):\n')
  io.stdout(`  ${'CV'.padEnd(24)} ${'neutral profile'.padEnd(16)} ${'scores'.padEnd(10)} ranks\n`)
  for (const p of report.pairs) {
    const mark = (ok: boolean) => (ok ? 'identical' : 'DIFFERENT')
    io.stdout(`  ${p.cv.padEnd(24)} ${mark(p.neutralProfileIdentical).padEnd(16)} ${mark(p.scoresIdentical).padEnd(10)} ${mark(p.rankPositionsIdentical)}\n`)
    if (!p.neutralProfileIdentical) io.stdout(`      differing fields: ${p.differingPaths.slice(0, 8).join(', ')}\n`)
  }
  const same = report.pairs.filter((p) => p.neutralProfileIdentical && p.scoresIdentical && p.rankPositionsIdentical).length
  io.stdout(`\n${same}/${report.pairs.length} pairs identical in neutral profile, scores and ranks.\n`)
  showAssessment(femaleEngine, femaleProfiles, vacancies, io)
  return report
}

/**
 * The assessment part of the demo: one competence profile with its gap against a vacancy, one
 * training path (for a CV far from a vacancy) and one orientation, on the example data.
 */
function showAssessment(engine: Engine, profiles: readonly NeutralProfile[], vacancies: readonly NeutralVacancy[], io: CliIo): void {
  const [profile] = profiles
  const [vacancy] = vacancies
  if (profile === undefined || vacancy === undefined) return
  const { taxonomy } = engine
  const lang = profile.language
  io.stdout(`\nAssessment of the first CV (${profile.id.slice(0, 8)}…) against the first vacancy:\n`)
  const competences = engine.competences(profile)
  io.stdout(formatCompetences({ ...competences, competences: competences.competences.slice(0, 8) }, taxonomy, lang))
  if (competences.competences.length > 8) io.stdout(`  … ${competences.competences.length - 8} more\n`)
  io.stdout(formatGaps(engine.assess(profile, vacancy), taxonomy, lang))
  // The training path of the CV and vacancy pair with the widest essential gap that the catalogue can close.
  let widest: { profile: NeutralProfile; vacancy: NeutralVacancy; missing: number } | undefined
  for (const p of profiles) {
    for (const v of vacancies) {
      const g = engine.assess(p, v)
      const missing = g.essential.missing.length + g.essential.partial.length
      if (widest === undefined || missing > widest.missing) widest = { profile: p, vacancy: v, missing }
    }
  }
  if (widest) {
    io.stdout(`\nTraining path for CV ${widest.profile.id.slice(0, 8)}… towards "${widest.vacancy.title}" (example Milan catalogue):\n`)
    io.stdout(formatTraining(engine.train(engine.assess(widest.profile, widest.vacancy)), taxonomy, widest.profile.language))
  }
  const orientation = engine.orient(profile, { limit: 3 })
  io.stdout(`\nOrientation for the first CV (${orientation.considered} occupations scored):\n`)
  orientation.occupations.forEach((fit, i) => {
    const toLearn = [...fit.gaps.essential.missing, ...fit.gaps.essential.partial].map((item) => taxonomy.label(item.required, lang))
    const path = fit.training && fit.training.steps.length > 0 ? `; ${fit.training.steps.length} course(s), ${fit.training.totalHours} h` : ''
    io.stdout(`  ${i + 1}. ${taxonomy.neutralTitle(fit.occupation, lang)}  score ${fit.score.toFixed(3)}; to learn: ${toLearn.length > 0 ? toLearn.join(', ') : 'nothing essential'}${path}\n`)
  })
}
