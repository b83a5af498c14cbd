/**
 * The rankers of the bias benchmark, each over an original population and its counterfactual (every CV's
 * gender cues swapped): Incontro's public engine, Okapi BM25 over the raw CV text, BM25 over the neutral
 * profile's text, and concept matching on the raw (not anonymized) text. Each ranks every vacancy to a
 * fixed depth.
 *
 * Work is done once per distinct input: a `BiasWorkspace` neutralizes each (source id, text) once, tokenizes
 * and annotates each text once, and keeps them for the next population of the run. A swapped side whose
 * input is identical to the original's (the same neutral profiles, texts or concept sets for every id) is
 * not ranked again: the rankers are deterministic functions of their input, so its rankings are the
 * original's; the run says how many inputs differed.
 */
import type { NeutralProfile, NeutralVacancy } from '@incontro/core'
import { createEngine, type Engine } from 'incontro'
import { createBm25Index } from './bm25-index.js'
import { bm25Tokens } from './match-quality-bm25.js'

/** One CV of a population: a stable source id and the text (original or counterfactual). */
export interface BenchCv {
  sourceId: string
  text: string
}
/** One vacancy, with its raw text. */
export interface BenchVacancy {
  sourceId: string
  text: string
}
/** The ranking of one vacancy, best first, by pseudonymous profile id. */
export interface Ranked {
  query: string
  ranked: { id: string; score: number }[]
}
/** Processor seconds (user + system) of this process: time on one core, whatever else the machine runs. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/** The rankings of one ranker over one side, with its processor seconds and whether they were reused. */
export interface RankerRun {
  rankings: Ranked[]
  seconds: number
  /** Ids whose input differs from the original side's (swapped sides only); 0 means the rankings were reused. */
  differing?: number
}

/** One side (original or swapped) neutralized: profiles in CV order and their ids by source id. */
export interface NeutralSide {
  profiles: NeutralProfile[]
  idOf: Map<string, string>
  /** Processor seconds spent neutralizing (0 for what the workspace had already). */
  seconds: number
  /** CVs neutralized now, the others came from earlier in the run. */
  neutralized: number
}

/** What a run computes once and reuses: one engine for the pipeline, neutral records, tokens, annotations. */
export interface BiasWorkspace {
  key: string
  engine: Engine
  neutralizeCvs(cvs: readonly BenchCv[]): NeutralSide
  neutralizeVacancies(vacancies: readonly BenchVacancy[]): NeutralVacancy[]
  /** `bm25Tokens(text)`, once per text. */
  tokens(text: string): readonly string[]
  /** The concepts the taxonomy annotates on a text, once per text. */
  concepts(text: string): ReadonlySet<string>
}

/** A workspace for one key (the same key gives the same pseudonymous ids). */
export function createBiasWorkspace(key: string): BiasWorkspace {
  const engine = createEngine({ key, index: 'exact' })
  const profiles = new Map<string, NeutralProfile>()
  const vacancies = new Map<string, NeutralVacancy>()
  const tokens = new Map<string, readonly string[]>()
  const concepts = new Map<string, ReadonlySet<string>>()
  const cacheKey = (sourceId: string, text: string) => `${sourceId}\u0000${text}`
  return {
    key,
    engine,
    neutralizeCvs(cvs) {
      const start = cpuSeconds()
      const missing = cvs.filter((cv) => !profiles.has(cacheKey(cv.sourceId, cv.text)))
      const results = engine.neutralizeCvs(missing.map((cv) => ({ input: cv.text, sourceId: cv.sourceId })))
      results.forEach((result, i) => {
        if (result instanceof Error) throw result
        const cv = missing[i] as BenchCv
        profiles.set(cacheKey(cv.sourceId, cv.text), result.profile)
      })
      const out = cvs.map((cv) => profiles.get(cacheKey(cv.sourceId, cv.text)) as NeutralProfile)
      const idOf = new Map(cvs.map((cv, i) => [cv.sourceId, (out[i] as NeutralProfile).id]))
      return { profiles: out, idOf, seconds: cpuSeconds() - start, neutralized: missing.length }
    },
    neutralizeVacancies(list) {
      return list.map((v) => {
        const k = cacheKey(v.sourceId, v.text)
        let vacancy = vacancies.get(k)
        if (vacancy === undefined) {
          vacancy = engine.neutralizeVacancy(v.text, { sourceId: v.sourceId })
          vacancies.set(k, vacancy)
        }
        return vacancy
      })
    },
    tokens(text) {
      let t = tokens.get(text)
      if (t === undefined) {
        t = bm25Tokens(text)
        tokens.set(text, t)
      }
      return t
    },
    concepts(text) {
      let c = concepts.get(text)
      if (c === undefined) {
        c = new Set(engine.annotate(text).map((m) => m.concept))
        concepts.set(text, c)
      }
      return c
    },
  }
}

/** How many positions of two equally long lists differ under `same`. */
function differing<T>(original: readonly T[], swapped: readonly T[], same: (a: T, b: T) => boolean): number {
  if (original.length !== swapped.length) return Math.max(original.length, swapped.length)
  let count = 0
  for (let i = 0; i < original.length; i += 1) if (!same(original[i] as T, swapped[i] as T)) count += 1
  return count
}

/** Incontro: the neutral profiles in a fresh engine's exact index, explained matching. */
export async function rankIncontro(workspace: BiasWorkspace, profiles: readonly NeutralProfile[], vacancies: readonly NeutralVacancy[], depth: number): Promise<RankerRun> {
  const start = cpuSeconds()
  const engine = createEngine({ key: workspace.key, index: 'exact' })
  await engine.addProfiles(profiles)
  const rankings: Ranked[] = []
  for (const vacancy of vacancies) {
    const results = await engine.candidatesFor(vacancy, { k: depth })
    rankings.push({ query: vacancy.id, ranked: results.map((r) => ({ id: r.profileId, score: r.score })) })
  }
  await engine.close()
  return { rankings, seconds: cpuSeconds() - start }
}

/** Incontro on the swapped side: ranked again only when some neutral profile differs from the original's. */
export async function rankIncontroSwapped(workspace: BiasWorkspace, original: RankerRun, originalProfiles: readonly NeutralProfile[], swappedProfiles: readonly NeutralProfile[], vacancies: readonly NeutralVacancy[], depth: number): Promise<RankerRun> {
  const start = cpuSeconds()
  const count = differing(originalProfiles, swappedProfiles, (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b))
  if (count === 0) return { rankings: original.rankings, seconds: cpuSeconds() - start, differing: 0 }
  const run = await rankIncontro(workspace, swappedProfiles, vacancies, depth)
  return { ...run, seconds: cpuSeconds() - start, differing: count }
}

/** BM25 over texts keyed by profile id (`raw` CV text or the neutral profile's text); vacancies as raw text. */
export function rankBm25(workspace: BiasWorkspace, documents: readonly { id: string; text: string }[], vacancies: readonly { id: string; text: string }[], depth: number): RankerRun {
  const start = cpuSeconds()
  const index = createBm25Index(documents.map((d) => ({ id: d.id, tokens: workspace.tokens(d.text) })))
  const rankings = vacancies.map((v) => ({ query: v.id, ranked: index.search(workspace.tokens(v.text), depth) }))
  return { rankings, seconds: cpuSeconds() - start }
}

/** BM25 on the swapped side: ranked again only when some document's text differs from the original's. */
export function rankBm25Swapped(workspace: BiasWorkspace, original: RankerRun, originalDocuments: readonly { id: string; text: string }[], documents: readonly { id: string; text: string }[], vacancies: readonly { id: string; text: string }[], depth: number): RankerRun {
  const start = cpuSeconds()
  const count = differing(originalDocuments, documents, (a, b) => a.id === b.id && a.text === b.text)
  if (count === 0) return { rankings: original.rankings, seconds: cpuSeconds() - start, differing: 0 }
  const run = rankBm25(workspace, documents, vacancies, depth)
  return { ...run, seconds: cpuSeconds() - start, differing: count }
}

/**
 * Concept matching on raw text: the taxonomy's annotator run on the CV as written (names, pronouns and
 * gendered titles left in), scored by the vacancy's requirements it covers (essential 1, preferred 0.5) and
 * its occupation (1); ties broken by id.
 */
export function rankConceptsRaw(workspace: BiasWorkspace, cvs: readonly { id: string; text: string }[], vacancies: readonly NeutralVacancy[], depth: number): RankerRun & { concepts: Map<string, ReadonlySet<string>> } {
  const start = cpuSeconds()
  const concepts = new Map<string, ReadonlySet<string>>()
  for (const cv of cvs) concepts.set(cv.id, workspace.concepts(cv.text))
  const rankings = scoreConcepts(concepts, vacancies, depth)
  return { rankings, concepts, seconds: cpuSeconds() - start }
}

/** Concept matching on the swapped side: scored again only when some CV's concept set differs from the original's. */
export function rankConceptsRawSwapped(workspace: BiasWorkspace, original: RankerRun & { concepts: Map<string, ReadonlySet<string>> }, cvs: readonly { id: string; text: string }[], vacancies: readonly NeutralVacancy[], depth: number): RankerRun {
  const start = cpuSeconds()
  const concepts = new Map<string, ReadonlySet<string>>()
  for (const cv of cvs) concepts.set(cv.id, workspace.concepts(cv.text))
  const sameSet = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string>) => a !== undefined && a.size === b.size && [...b].every((c) => a.has(c))
  let count = concepts.size === original.concepts.size ? 0 : concepts.size
  if (count === 0) for (const [id, held] of concepts) if (!sameSet(original.concepts.get(id), held)) count += 1
  if (count === 0) return { rankings: original.rankings, seconds: cpuSeconds() - start, differing: 0 }
  return { rankings: scoreConcepts(concepts, vacancies, depth), seconds: cpuSeconds() - start, differing: count }
}

/**
 * Each vacancy's ranking: score descending, ties by id ascending. Scores are sums of 1 and 0.5, exact in
 * any order; only the candidates at or above the `depth`-th best score are sorted (stably, over the ids in
 * ascending order), which gives the same list as sorting everyone.
 */
function scoreConcepts(concepts: ReadonlyMap<string, ReadonlySet<string>>, vacancies: readonly NeutralVacancy[], depth: number): Ranked[] {
  const ids = [...concepts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const held = ids.map((id) => concepts.get(id) as ReadonlySet<string>)
  const scores = new Float64Array(ids.length)
  return vacancies.map((vacancy) => {
    for (let i = 0; i < ids.length; i += 1) {
      const set = held[i] as ReadonlySet<string>
      let score = vacancy.occupation !== undefined && set.has(vacancy.occupation) ? 1 : 0
      for (const requirement of vacancy.requirements) if (set.has(requirement.concept)) score += requirement.importance === 'essential' ? 1 : 0.5
      scores[i] = score
    }
    const sorted = scores.slice().sort()
    const threshold = sorted.length === 0 ? 0 : (sorted[Math.max(0, sorted.length - depth)] as number)
    const candidates: number[] = []
    for (let i = 0; i < ids.length; i += 1) if ((scores[i] as number) >= threshold) candidates.push(i)
    candidates.sort((a, b) => (scores[b] as number) - (scores[a] as number))
    return { query: vacancy.id, ranked: candidates.slice(0, depth).map((i) => ({ id: ids[i] as string, score: scores[i] as number })) }
  })
}
