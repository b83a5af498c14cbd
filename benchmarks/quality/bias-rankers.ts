/**
 * The rankers of the bias benchmark, each over an original population and its counterfactual (every CV's
 * gender cues swapped): Incontro's public engine, Okapi BM25 over the raw CV text, BM25 over the neutral
 * profile's text, and concept matching on the raw (not anonymized) text. Each ranks every vacancy to a
 * fixed depth and says what its probe should read.
 */
import type { NeutralProfile, NeutralVacancy } from '@incontro/core'
import { createEngine, type Engine } from 'incontro'
import { createBm25Ranker } from './match-quality-bm25.js'

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

/** What a ranker gives for one population. */
export interface RankerRun {
  rankings: Ranked[]
  /** Probe features by profile id: what this ranker reads. */
  features: Map<string, string[]>
  seconds: number
}

/** The neutral side shared by the rankers: profiles and vacancies from one engine, ids by source id. */
export interface NeutralSide {
  engine: Engine
  profiles: NeutralProfile[]
  idOf: Map<string, string>
  vacancies: NeutralVacancy[]
  seconds: number
}

/** Neutralizes a population's CVs and the vacancies with one engine (the same key gives the same ids). */
export function neutralize(cvs: readonly BenchCv[], vacancies: readonly BenchVacancy[], key: string): NeutralSide {
  const start = cpuSeconds()
  const engine = createEngine({ key, index: 'exact' })
  const results = engine.neutralizeCvs(cvs.map((cv) => ({ input: cv.text, sourceId: cv.sourceId })))
  const profiles: NeutralProfile[] = []
  const idOf = new Map<string, string>()
  results.forEach((result, i) => {
    if (result instanceof Error) throw result
    profiles.push(result.profile)
    idOf.set((cvs[i] as BenchCv).sourceId, result.profile.id)
  })
  const neutralVacancies = vacancies.map((v) => engine.neutralizeVacancy(v.text, { sourceId: v.sourceId }))
  return { engine, profiles, idOf, vacancies: neutralVacancies, seconds: cpuSeconds() - start }
}

/** Incontro: the neutral profiles in the engine's exact index, explained matching. */
export async function rankIncontro(side: NeutralSide, depth: number, features: (profile: NeutralProfile) => string[]): Promise<RankerRun> {
  const start = cpuSeconds()
  await side.engine.addProfiles(side.profiles)
  const rankings: Ranked[] = []
  for (const vacancy of side.vacancies) {
    const results = await side.engine.candidatesFor(vacancy, { k: depth })
    rankings.push({ query: vacancy.id, ranked: results.map((r) => ({ id: r.profileId, score: r.score })) })
  }
  return { rankings, features: new Map(side.profiles.map((p) => [p.id, features(p)])), seconds: cpuSeconds() - start + side.seconds }
}

/** BM25 over texts keyed by profile id: `raw` CV text or the neutral profile's text. */
export function rankBm25(documents: readonly { id: string; text: string }[], vacancies: readonly { id: string; text: string }[], depth: number, features: (text: string) => string[]): RankerRun {
  const start = cpuSeconds()
  const bm25 = createBm25Ranker(documents)
  const rankings = vacancies.map((v) => ({ query: v.id, ranked: bm25.search(v.text, depth) }))
  return { rankings, features: new Map(documents.map((d) => [d.id, features(d.text)])), seconds: cpuSeconds() - start }
}

/**
 * Concept matching on raw text: the taxonomy's annotator run on the CV as written (names, pronouns and
 * gendered titles left in), scored by the vacancy's requirements it covers (essential 1, preferred 0.5) and
 * its occupation (1); ties broken by id.
 */
export function rankConceptsRaw(engine: Engine, cvs: readonly { id: string; text: string }[], vacancies: readonly NeutralVacancy[], depth: number): RankerRun {
  const start = cpuSeconds()
  const concepts = new Map<string, Set<string>>()
  for (const cv of cvs) concepts.set(cv.id, new Set(engine.annotate(cv.text).map((m) => m.concept)))
  const rankings = vacancies.map((vacancy) => {
    const scored: { id: string; score: number }[] = []
    for (const [id, held] of concepts) {
      let score = vacancy.occupation !== undefined && held.has(vacancy.occupation) ? 1 : 0
      for (const requirement of vacancy.requirements) if (held.has(requirement.concept)) score += requirement.importance === 'essential' ? 1 : 0.5
      scored.push({ id, score })
    }
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return { query: vacancy.id, ranked: scored.slice(0, depth) }
  })
  return { rankings, features: new Map([...concepts].map(([id, held]) => [id, [...held].map((c) => `concept:${c}`)])), seconds: cpuSeconds() - start }
}
