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
 *
 * Cost: each (source id, text) is neutralized once per run (the second population reuses the CVs it shares
 * with the first), each text tokenized and annotated once, and a swapped side whose input is identical to
 * the original's for every id (Incontro's neutral profiles, the neutral texts) keeps the original rankings
 * instead of ranking again: the rankers are deterministic, so the figures are those of ranking again. Every
 * population prints its processor seconds per phase (generation, neutralization, ranking by ranker,
 * features, probe, metrics, report) and their one-core total beside the 60 s target, with the load average.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import type { NeutralProfile } from '@incontro/core'
import { predictabilityProbe, profileFeatures, textFeatures } from '@incontro/fairness'
import { auditRankings, renderReportCsv, renderReportHtml, renderReportMarkdown, type FairnessReport, type RankerAudit } from '@incontro/fairness/report'
import { samplePopulation, vacancyPairArbitrary, type PopulationCorrelations, type PopulationMember } from '@incontro/fairness/testing'
import { benchmarkArgs, environment, writeResult } from '../internal/stats.js'
import { cpuSeconds, createBiasWorkspace, rankBm25, rankBm25Swapped, rankConceptsRaw, rankConceptsRawSwapped, rankIncontro, rankIncontroSwapped, type BenchCv, type BenchVacancy, type RankerRun } from './bias-rankers.js'

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

/** Processor seconds of one population by phase; `ranking` also by ranker. */
interface Phases {
  generation: number
  neutralization: number
  ranking: number
  features: number
  probe: number
  metrics: number
  report: number
  rankers: Record<string, number>
  /** CVs neutralized in this population (the others were neutralized earlier in the run), of all CVs it has. */
  neutralized: { now: number; total: number }
  /** Per ranker, ids whose swapped input differs from the original (0: the original rankings were reused). */
  swappedDiffering: Record<string, number>
}

const workspace = createBiasWorkspace(key)

/** Runs every ranker on a population and audits them; returns the report and the seconds each phase took. */
async function benchmark(population: Population, generation: number): Promise<{ report: FairnessReport; wall: number; phases: Phases }> {
  const start = performance.now()
  const phases: Phases = { generation, neutralization: 0, ranking: 0, features: 0, probe: 0, metrics: 0, report: 0, rankers: {}, neutralized: { now: 0, total: 0 }, swappedDiffering: {} }
  const timed = <T>(phase: 'neutralization' | 'ranking' | 'features' | 'probe' | 'metrics', run: () => T): T => {
    const t = cpuSeconds()
    const result = run()
    phases[phase] += cpuSeconds() - t
    return result
  }
  const timedAsync = async <T>(phase: 'ranking', run: () => Promise<T>): Promise<T> => {
    const t = cpuSeconds()
    const result = await run()
    phases[phase] += cpuSeconds() - t
    return result
  }

  // Neutralization: each (source id, text) once in the run; the vacancies with the same engine.
  const original = timed('neutralization', () => workspace.neutralizeCvs(population.cvs))
  const swapped = population.swapped ? timed('neutralization', () => workspace.neutralizeCvs(population.swapped as BenchCv[])) : undefined
  const vacancies = timed('neutralization', () => workspace.neutralizeVacancies(population.vacancies))
  phases.neutralized = { now: original.neutralized + (swapped?.neutralized ?? 0), total: original.profiles.length + (swapped?.profiles.length ?? 0) }
  const byId = <T>(bySource: ReadonlyMap<string, T>): Map<string, T> => {
    const map = new Map<string, T>()
    for (const [source, value] of bySource) {
      const id = original.idOf.get(source)
      if (id !== undefined) map.set(id, value)
    }
    return map
  }
  const groups = byId(population.group)
  const strata = byId(population.stratum)
  const cues = population.cues ? byId(population.cues) : undefined
  const rawDocs = (cvs: readonly BenchCv[]) => cvs.map((cv) => ({ id: original.idOf.get(cv.sourceId) as string, text: cv.text }))
  const vacancyTexts = population.vacancies.map((v, i) => ({ id: vacancies[i]?.id as string, text: v.text }))
  const neutralDocs = (profiles: readonly NeutralProfile[]) => profiles.map((p) => ({ id: p.id, text: p.text }))

  // Ranking: the original side, then the swapped side (reusing the original rankings when its input is identical).
  const rank = async <T extends RankerRun>(name: string, run: () => T | Promise<T>): Promise<T> => {
    const t = cpuSeconds()
    const result = await timedAsync('ranking', async () => run())
    phases.rankers[name] = (phases.rankers[name] ?? 0) + (cpuSeconds() - t)
    if (result.differing !== undefined) phases.swappedDiffering[name] = result.differing
    return result
  }
  const raw = rawDocs(population.cvs)
  const rawSwapped = population.swapped ? rawDocs(population.swapped) : undefined
  const neutral = neutralDocs(original.profiles)
  const incontro = await rank('incontro', () => rankIncontro(workspace, original.profiles, vacancies, depth))
  const bm25Raw = await rank('bm25-raw', () => rankBm25(workspace, raw, vacancyTexts, depth))
  const bm25Neutral = await rank('bm25-neutral', () => rankBm25(workspace, neutral, vacancyTexts, depth))
  const conceptsRaw = await rank('concepts-raw', () => rankConceptsRaw(workspace, raw, vacancies, depth))
  const runs: { name: string; description: string; input: 'neutral' | 'raw'; run: RankerRun; swapped?: RankerRun; features: () => Map<string, readonly string[]> }[] = [
    {
      name: 'incontro',
      description: 'Incontro: neutral profiles (parse → anonymize → concepts), explained matching, exact index',
      input: 'neutral',
      run: incontro,
      ...(swapped ? { swapped: await rank('incontro', () => rankIncontroSwapped(workspace, incontro, original.profiles, swapped.profiles, vacancies, depth)) } : {}),
      features: () => new Map(original.profiles.map((p) => [p.id, profileFeaturesOf(p)])),
    },
    {
      name: 'bm25-raw',
      description: 'Okapi BM25 (k1 1.2, b 0.75) over the raw CV text, stemmed, stop words removed',
      input: 'raw',
      run: bm25Raw,
      ...(rawSwapped ? { swapped: await rank('bm25-raw', () => rankBm25Swapped(workspace, bm25Raw, raw, rawSwapped, vacancyTexts, depth)) } : {}),
      features: () => new Map(raw.map((d) => [d.id, wordsOf(d.text)])),
    },
    {
      name: 'bm25-neutral',
      description: "Okapi BM25 over the neutral profile's text (what the anonymizer leaves)",
      input: 'neutral',
      run: bm25Neutral,
      ...(swapped ? { swapped: await rank('bm25-neutral', () => rankBm25Swapped(workspace, bm25Neutral, neutral, neutralDocs(swapped.profiles), vacancyTexts, depth)) } : {}),
      features: () => new Map(neutral.map((d) => [d.id, wordsOf(d.text)])),
    },
    {
      name: 'concepts-raw',
      description: 'concept matching on the raw, not anonymized, text: taxonomy annotations vs the vacancy requirements',
      input: 'raw',
      run: conceptsRaw,
      ...(rawSwapped ? { swapped: await rank('concepts-raw', () => rankConceptsRawSwapped(workspace, conceptsRaw, rawSwapped, vacancies, depth)) } : {}),
      features: () => new Map([...conceptsRaw.concepts].map(([id, held]) => [id, [...held].map((c) => `concept:${c}`)])),
    },
  ]

  const rankers: RankerAudit[] = []
  for (const r of runs) {
    const rankerStart = cpuSeconds()
    const features = timed('features', r.features)
    const samples = timed('features', () =>
      [...features].flatMap(([id, f]) => {
        const label = groups.get(id)
        if (label === undefined) return []
        const stratum = strata.get(id)
        return [{ id, features: f, label, ...(stratum ? { stratum } : {}) }]
      }),
    )
    const probe = timed('probe', () => predictabilityProbe(samples, { seed }))
    const ranked = (phases.rankers[r.name] ?? 0) + (r.name === 'incontro' ? original.seconds + (swapped?.seconds ?? 0) : 0)
    rankers.push(
      timed('metrics', () =>
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
            seconds: ranked + (cpuSeconds() - rankerStart),
          },
          { resamples, seed },
        ),
      ),
    )
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
  return { report, wall: (performance.now() - start) / 1000, phases }
}

/** Word features of a text (`textFeatures`), once per text in the run. */
const wordCache = new Map<string, readonly string[]>()
function wordsOf(text: string): readonly string[] {
  let words = wordCache.get(text)
  if (words === undefined) {
    words = textFeatures(text)
    wordCache.set(text, words)
  }
  return words
}
/** `profileFeatures(profile)`, with the words of the neutral text from `wordsOf`. */
function profileFeaturesOf(profile: NeutralProfile): string[] {
  return [...new Set([...profileFeatures(profile, { words: false }), ...wordsOf(profile.text)])].sort()
}

const total = (p: Phases): number => p.generation + p.neutralization + p.ranking + p.features + p.probe + p.metrics + p.report
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' / ')

function print(report: FairnessReport, wall: number, phases: Phases): void {
  out(`\n${report.title}: ${report.profiles} profiles × ${report.vacancies} vacancies, top ${report.top}`)
  out(report.groups.map((g) => `${g.group} ${g.count}`).join(', '))
  const lines = renderReportMarkdown(report).split('\n')
  out(lines.slice(lines.findIndex((l) => l.startsWith('| metric'))).filter((l) => l.startsWith('|')).join('\n'))
  const swappedNote = Object.entries(phases.swappedDiffering)
    .map(([name, n]) => `${name} ${n === 0 ? 'identical (rankings reused)' : `${n} differ (ranked again)`}`)
    .join(', ')
  if (swappedNote) out(`swapped input vs original: ${swappedNote}`)
  out(
    `processor seconds: generation ${round(phases.generation)}, neutralization ${round(phases.neutralization)} (${phases.neutralized.now} of ${phases.neutralized.total} CVs neutralized now, the rest earlier in the run), ranking ${round(phases.ranking)} (${Object.entries(phases.rankers)
      .map(([k, v]) => `${k} ${round(v)}`)
      .join(', ')}), features ${round(phases.features)}, probe ${round(phases.probe)}, metrics ${round(phases.metrics)}, report ${round(phases.report)}`,
  )
  out(`total ${total(phases).toFixed(1)} s on one core (target ≤ 60 s at 10,000 × 50), ${wall.toFixed(1)} s wall; load average ${load()}`)
}

const vacancyDirOrCount = flags.vacancies
const results: { population: string; wall: number; phases: Phases; report: FairnessReport }[] = []
const user = flags.cvs !== undefined || flags.attributes !== undefined
if (user && (flags.cvs === undefined || flags.attributes === undefined || /^\d+$/.test(vacancyDirOrCount))) {
  throw new Error('User data needs --cvs <dir>, --vacancies <dir> and --attributes <csv>.')
}
const names = user ? ['user'] : flags.population === 'both' ? ['cues-only', 'correlated'] : [flags.population]
/** `bias.html` for one population, `bias.cues-only.html` and so on for several. */
const named = (file: string, population: string): string => (names.length === 1 ? file : file.replace(/(\.[^./]+)?$/, (ext) => `.${population}${ext}`))
for (const name of names) {
  const generationStart = cpuSeconds()
  const population = user
    ? userData(flags.cvs as string, vacancyDirOrCount, flags.attributes as string)
    : generated(name, positive('profiles', flags.profiles), positive('vacancies', vacancyDirOrCount))
  const { report, wall, phases } = await benchmark(population, cpuSeconds() - generationStart)
  const reportStart = cpuSeconds()
  if (flags.report) writeFileSync(named(flags.report, name), renderReportHtml(report))
  if (flags.markdown) writeFileSync(named(flags.markdown, name), renderReportMarkdown(report))
  if (flags.csv) writeFileSync(named(flags.csv, name), renderReportCsv(report))
  phases.report = cpuSeconds() - reportStart
  print(report, wall, phases)
  results.push({ population: name, wall, phases, report })
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
for (const r of results) {
  out(`${r.population}: ${total(r.phases).toFixed(1)} s on one core (${r.wall.toFixed(1)} s wall) for generation, all rankers, metrics and reports (target ≤ 60 s at 10,000 × 50); load average ${load()}`)
}
const path = writeResult('bias', {
  date: new Date().toISOString().slice(0, 10),
  environment: environment(),
  loadAverage: loadavg(),
  settings: { top, depth, seed, resamples },
  populations: results.map((r) => ({
    population: r.population,
    processorSeconds: round(total(r.phases)),
    wallSeconds: round(r.wall),
    phases: {
      generation: round(r.phases.generation),
      neutralization: round(r.phases.neutralization),
      ranking: round(r.phases.ranking),
      features: round(r.phases.features),
      probe: round(r.phases.probe),
      metrics: round(r.phases.metrics),
      report: round(r.phases.report),
      rankers: Object.fromEntries(Object.entries(r.phases.rankers).map(([k, v]) => [k, round(v)])),
      neutralized: r.phases.neutralized,
      swappedDiffering: r.phases.swappedDiffering,
    },
    report: JSON.parse(JSON.stringify(r.report, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))) as unknown,
  })),
  targets,
})
out(`\nwrote ${path}`)
