/**
 * Bias benchmark: several rankers side by side on one population, with every metric of @incontro/fairness.
 * Rankers: Incontro (createEngine, neutral profiles), Okapi BM25 over the raw CV text, BM25 over the neutral
 * profile's text, and concept matching on the raw (not anonymized) text. Populations are generated
 * (@incontro/fairness/testing: Italian and English CVs in both gender variants) in two modes:
 *
 *   correlated  gender tied to the occupation (sector), career breaks and part-time work, as in real labour
 *               markets: selection gaps then partly follow job content;
 *   cues-only   content independent of gender, which shows only through cues (names, pronouns, "laureata",
 *               gendered titles): whatever a probe still predicts from what a ranker reads is leakage.
 *
 * For each ranker: selection rate per group with its ratio to the best group (bootstrap CI), skew@k, NDKL,
 * exposure ratio, the counterfactual flip rate (every CV's cues swapped), and a cross-validated
 * logistic-regression probe's AUROC of gender from what the ranker reads (neutral profile or raw text),
 * overall and within occupations.
 *
 *   pnpm bench:bias [--profiles 10000] [--vacancies 50] [--top 10] [--depth 100] [--population both|correlated|cues-only]
 *                   [--seed N] [--report bias.html] [--markdown bias.md] [--csv bias.csv]
 *   pnpm bench:bias --cvs <dir> --vacancies <dir> --attributes <csv> [--protected gender] [--strata occupation]
 *
 * With a folder of CVs, one of vacancies and an attributes CSV (header; column `source` = CV file name) it
 * audits the same rankers on your data (no counterfactual: your CVs have no swapped variant).
 * Writes benchmarks/results/bias.json.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { predictabilityProbe, profileFeatures, textFeatures, type PredictabilityProbe } from '@incontro/fairness'
import { auditRankings, renderReportCsv, renderReportHtml, renderReportMarkdown, type FairnessReport, type RankerAudit } from '@incontro/fairness/report'
import { samplePopulation, vacancyPairArbitrary, type PopulationCorrelations, type PopulationMember } from '@incontro/fairness/testing'
import { benchmarkArgs, environment, writeResult } from '../internal/stats.js'
import { cpuSeconds, neutralize, rankBm25, rankConceptsRaw, rankIncontro, type BenchCv, type BenchVacancy, type RankerRun } from './bias-rankers.js'

const { values: flags } = parseArgs({
  args: benchmarkArgs(),
  options: {
    profiles: { type: 'string', default: '10000' },
    vacancies: { type: 'string', default: '50' },
    top: { type: 'string', default: '10' },
    depth: { type: 'string', default: '100' },
    seed: { type: 'string', default: '20261207' },
    population: { type: 'string', default: 'both' },
    resamples: { type: 'string', default: '1000' },
    report: { type: 'string' },
    markdown: { type: 'string' },
    csv: { type: 'string' },
    cvs: { type: 'string' },
    attributes: { type: 'string' },
    protected: { type: 'string', default: 'gender' },
    strata: { type: 'string' },
  },
})
const round = (seconds: number) => Math.round(seconds * 100) / 100
const out = (line: string) => process.stdout.write(`${line}\n`)
const positive = (name: string, value: string): number => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`)
  return n
}
const top = positive('top', flags.top)
const depth = Math.max(top, positive('depth', flags.depth))
const seed = positive('seed', flags.seed)
const resamples = positive('resamples', flags.resamples)
const key = 'bias-benchmark-key-0000'

/** The correlations of each generated mode. */
const modes: Record<string, PopulationCorrelations> = {
  correlated: { sector: 0.6, careerBreak: 0.3, partTime: 0.3 },
  'cues-only': {},
}

interface Population {
  name: string
  cvs: BenchCv[]
  swapped?: BenchCv[]
  vacancies: BenchVacancy[]
  /** Protected attribute and stratum by source id. */
  group: Map<string, string>
  stratum: Map<string, string>
  cues?: Map<string, string[]>
  settings: Record<string, string | number | boolean>
}

function generated(mode: string, profiles: number, vacancies: number): Population {
  const correlations = modes[mode]
  if (correlations === undefined) throw new Error(`--population must be both, correlated or cues-only`)
  const people: PopulationMember[] = samplePopulation({ size: profiles, seed, correlations })
  const ads = fc.sample(vacancyPairArbitrary(), { numRuns: vacancies, seed: seed + 1 })
  return {
    name: mode,
    cvs: people.map((p) => ({ sourceId: p.sourceId, text: p.cv })),
    swapped: people.map((p) => ({ sourceId: p.sourceId, text: p.counterfactual })),
    // Ads in the generic masculine, as most Italian ads are still written; unique ids by position.
    vacancies: ads.map((ad, i) => ({ sourceId: `${ad.sourceId}-${i}`, text: ad.masculine })),
    group: new Map(people.map((p) => [p.sourceId, p.gender])),
    stratum: new Map(people.map((p) => [p.sourceId, p.occupation])),
    cues: new Map(people.map((p) => [p.sourceId, p.cues])),
    settings: { population: mode, seed, ...Object.fromEntries(Object.entries(correlations).map(([k, v]) => [`correlation.${k}`, v as number])) },
  }
}

function readFolder(dir: string): BenchCv[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ sourceId: name, text: readFileSync(join(dir, name), 'utf8') }))
}

function userData(cvDir: string, vacancyDir: string, attributesFile: string): Population {
  const rows = parse(readFileSync(attributesFile), { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[]
  const byName = new Map(rows.map((row) => [basename(row.source ?? ''), row]))
  const cvs = readFolder(cvDir).filter((cv) => byName.get(cv.sourceId)?.[flags.protected])
  const group = new Map(cvs.map((cv) => [cv.sourceId, byName.get(cv.sourceId)?.[flags.protected] as string]))
  const stratum = new Map<string, string>()
  if (flags.strata !== undefined) for (const cv of cvs) stratum.set(cv.sourceId, byName.get(cv.sourceId)?.[flags.strata] ?? '')
  return { name: 'user data', cvs, vacancies: readFolder(vacancyDir), group, stratum, settings: { data: 'user' } }
}

/** Runs every ranker on a population and audits them; returns the report and the seconds it took. */
async function benchmark(population: Population): Promise<{ report: FairnessReport; seconds: number; wall: number; timing: Record<string, number> }> {
  const start = performance.now()
  const startCpu = cpuSeconds()
  const timing: Record<string, number> = {}
  const original = neutralize(population.cvs, population.vacancies, key)
  const swapped = population.swapped ? neutralize(population.swapped, population.vacancies, key) : undefined
  const byId = <T>(bySource: ReadonlyMap<string, T>): Map<string, T> => {
    const map = new Map<string, T>()
    for (const [source, value] of bySource) {
      const id = original.idOf.get(source)
      if (id !== undefined) map.set(id, value)
    }
    return map
  }
  timing.neutralize = round(original.seconds + (swapped?.seconds ?? 0))
  const groups = byId(population.group)
  const strata = byId(population.stratum)
  const cues = population.cues ? byId(population.cues) : undefined
  const rawDocs = (cvs: readonly BenchCv[]) => cvs.map((cv) => ({ id: original.idOf.get(cv.sourceId) as string, text: cv.text }))
  const vacancyTexts = population.vacancies.map((v, i) => ({ id: original.vacancies[i]?.id as string, text: v.text }))
  const neutralDocs = (profiles: typeof original.profiles) => profiles.map((p) => ({ id: p.id, text: p.text }))

  const runs: { name: string; description: string; input: 'neutral' | 'raw'; run: RankerRun; swapped?: RankerRun }[] = []
  const incontro = await rankIncontro(original, depth, (p) => profileFeatures(p))
  runs.push({
    name: 'incontro',
    description: 'Incontro: neutral profiles (parse → anonymize → concepts), explained matching, exact index',
    input: 'neutral',
    run: incontro,
    ...(swapped ? { swapped: await rankIncontro(swapped, depth, () => []) } : {}),
  })
  runs.push({
    name: 'bm25-raw',
    description: 'Okapi BM25 (k1 1.2, b 0.75) over the raw CV text, stemmed, stop words removed',
    input: 'raw',
    run: rankBm25(rawDocs(population.cvs), vacancyTexts, depth, textFeatures),
    ...(population.swapped ? { swapped: rankBm25(rawDocs(population.swapped), vacancyTexts, depth, () => []) } : {}),
  })
  runs.push({
    name: 'bm25-neutral',
    description: "Okapi BM25 over the neutral profile's text (what the anonymizer leaves)",
    input: 'neutral',
    run: rankBm25(neutralDocs(original.profiles), vacancyTexts, depth, textFeatures),
    ...(swapped ? { swapped: rankBm25(neutralDocs(swapped.profiles), vacancyTexts, depth, () => []) } : {}),
  })
  runs.push({
    name: 'concepts-raw',
    description: 'concept matching on the raw, not anonymized, text: taxonomy annotations vs the vacancy requirements',
    input: 'raw',
    run: rankConceptsRaw(original.engine, rawDocs(population.cvs), original.vacancies, depth),
    ...(population.swapped ? { swapped: rankConceptsRaw(original.engine, rawDocs(population.swapped), original.vacancies, depth) } : {}),
  })

  const rankers: RankerAudit[] = []
  const probes: Record<string, PredictabilityProbe> = {}
  for (const r of runs) {
    const probeStart = cpuSeconds()
    const samples = [...r.run.features].flatMap(([id, features]) => {
      const label = groups.get(id)
      if (label === undefined) return []
      const stratum = strata.get(id)
      return [{ id, features, label, ...(stratum ? { stratum } : {}) }]
    })
    const probe = predictabilityProbe(samples, { seed })
    probes[r.name] = probe
    rankers.push(
      auditRankings(
        {
          ranker: r.name,
          description: r.description,
          groups,
          rankings: r.run.rankings,
          ...(r.swapped ? { swapped: r.swapped.rankings } : {}),
          ...(cues ? { cues } : {}),
          top,
          probe: { input: r.input, result: probe },
          seconds: r.run.seconds + (r.swapped?.seconds ?? 0) + (cpuSeconds() - probeStart),
        },
        { resamples, seed },
      ),
    )
    timing[`${r.name}.probe+audit`] = round(cpuSeconds() - probeStart)
  }
  const counts = new Map<string, number>()
  for (const g of groups.values()) counts.set(g, (counts.get(g) ?? 0) + 1)
  const report: FairnessReport = {
    title: `Bias benchmark: ${population.name} population`,
    protectedAttribute: population.swapped ? 'gender' : flags.protected,
    ...(strata.size > 0 ? { strata: population.swapped ? 'occupation' : (flags.strata as string) } : {}),
    top,
    profiles: groups.size,
    vacancies: population.vacancies.length,
    groups: [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([group, count]) => ({ group, count, share: count / groups.size })),
    rankers,
    settings: { ...population.settings, depth },
  }
  for (const r of runs) timing[`${r.name}.rank`] = round(r.run.seconds + (r.swapped?.seconds ?? 0) - (r.name === 'incontro' ? (timing.neutralize as number) : 0))
  return { report, seconds: cpuSeconds() - startCpu, wall: (performance.now() - start) / 1000, timing }
}

function print(report: FairnessReport, seconds: number, wall: number, timing: Record<string, number>): void {
  out(`\n${report.title}: ${report.profiles} profiles × ${report.vacancies} vacancies, top ${report.top}; ${seconds.toFixed(1)} s on one core (${wall.toFixed(1)} s wall)`)
  out(report.groups.map((g) => `${g.group} ${g.count}`).join(', '))
  const lines = renderReportMarkdown(report).split('\n')
  out(lines.slice(lines.findIndex((l) => l.startsWith('| metric'))).filter((l) => l.startsWith('|')).join('\n'))
  out(`processor seconds: ${Object.entries(timing).map(([k, v]) => `${k} ${v}`).join(', ')}`)
}

const vacancyDirOrCount = flags.vacancies
const results: { population: string; seconds: number; wall: number; timing: Record<string, number>; report: FairnessReport }[] = []
if (flags.cvs !== undefined || flags.attributes !== undefined) {
  if (flags.cvs === undefined || flags.attributes === undefined || /^\d+$/.test(vacancyDirOrCount)) {
    throw new Error('User data needs --cvs <dir>, --vacancies <dir> and --attributes <csv>.')
  }
  const { report, seconds, wall, timing } = await benchmark(userData(flags.cvs, vacancyDirOrCount, flags.attributes))
  print(report, seconds, wall, timing)
  results.push({ population: 'user', seconds, wall, timing, report })
} else {
  const profiles = positive('profiles', flags.profiles)
  const vacancies = positive('vacancies', vacancyDirOrCount)
  const names = flags.population === 'both' ? ['cues-only', 'correlated'] : [flags.population]
  for (const name of names) {
    const { report, seconds, wall, timing } = await benchmark(generated(name, profiles, vacancies))
    print(report, seconds, wall, timing)
    results.push({ population: name, seconds, wall, timing, report })
  }
}

const cuesOnly = results.find((r) => r.population === 'cues-only')
let targets: Record<string, unknown> = {}
if (cuesOnly) {
  const neutral = cuesOnly.report.rankers.find((r) => r.ranker === 'incontro')?.predictability
  const raw = cuesOnly.report.rankers.find((r) => r.ranker === 'bm25-raw')?.predictability
  const within = neutral?.withinStrata?.auroc ?? Number.NaN
  const rawAuroc = raw?.withinStrata?.auroc ?? raw?.auroc ?? Number.NaN
  targets = {
    neutralWithinStrataAuroc: within,
    rawTextAuroc: raw?.auroc,
    rawTextWithinStrataAuroc: raw?.withinStrata?.auroc,
    neutralTarget: 0.55,
    rawTarget: 0.95,
    met: within <= 0.55 && rawAuroc >= 0.95,
  }
  out(`\nCues-only population: probe AUROC within occupation from neutral profiles ${within.toFixed(3)} (target ≤ 0.55) vs raw text ${rawAuroc.toFixed(3)} (target ≥ 0.95): ${targets.met ? 'met' : 'NOT met'}`)
}
for (const r of results) out(`${r.population}: ${r.seconds.toFixed(1)} s on one core (${r.wall.toFixed(1)} s wall) for all rankers and metrics (target ≤ 60 s at 10,000 × 50)`)

/** `bias.html` for one population, `bias.cues-only.html` and so on for several. */
const named = (file: string, population: string): string => (results.length === 1 ? file : file.replace(/(\.[^./]+)?$/, (ext) => `.${population}${ext}`))
for (const r of results) {
  if (flags.report) writeFileSync(named(flags.report, r.population), renderReportHtml(r.report))
  if (flags.markdown) writeFileSync(named(flags.markdown, r.population), renderReportMarkdown(r.report))
  if (flags.csv) writeFileSync(named(flags.csv, r.population), renderReportCsv(r.report))
}
const path = writeResult('bias', {
  date: new Date().toISOString().slice(0, 10),
  environment: environment(),
  settings: { top, depth, seed, resamples },
  populations: results.map((r) => ({ population: r.population, processorSeconds: round(r.seconds), wallSeconds: round(r.wall), timing: r.timing, report: JSON.parse(JSON.stringify(r.report, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))) as unknown })),
  targets,
})
out(`\nwrote ${path}`)
