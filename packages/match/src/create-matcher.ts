import { IncontroError, keyedHash } from '@incontro/core'
import type { ComponentName, MatchResult, NeutralProfile, NeutralVacancy, RequirementSource } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import { createConceptSpace, type ConceptSpace } from './create-concept-space.js'
import { createExactIndex } from './create-exact-index.js'
import { embedProfile } from './embed-profile.js'
import { embedVacancy } from './embed-vacancy.js'
import { createCreditSources } from './internal/credit-sources.js'
import { createScoreInputs, createScorePlan, type ScoreInput } from './internal/score-plan.js'
import type { MatchPopulation } from './score-match.js'
import type { VectorIndex } from './vector-index.js'

/**
 * Candidates retrieved per requested result by default. Ranking a candidate costs well under a
 * microsecond (only the best `k` are explained), so the matcher can afford 70 per result: on the
 * 100k-profile benchmark this finds the exact top 10 (recall ≥ 0.99 against scoring every profile)
 * where 10 per result found 72%. See docs/benchmarks.md, "Matching".
 */
export const defaultCandidatesFactor = 70

/** What to do with results that miss an essential language, education level or licence. */
export type HardConstraintMode = 'report' | 'filter'

/** Options of {@link createMatcher}. */
export interface MatcherOptions {
  taxonomy: Taxonomy
  /** Concept space for embeddings (default: `createConceptSpace(taxonomy)`). */
  space?: ConceptSpace
  /** Index of profile vectors (default: an exact index). */
  profileIndex?: VectorIndex
  /** Index of vacancy vectors (default: an exact index). */
  vacancyIndex?: VectorIndex
  /** Key of the hash that breaks score ties (default `'incontro'`); never insertion order. */
  tieKey?: string
  /** Candidates retrieved per requested result before exact re-scoring (default {@link defaultCandidatesFactor}). */
  candidatesFactor?: number
  /** Component weights for `scoreMatch`. */
  weights?: Partial<Record<ComponentName, number>>
  /** Requirement weights by where the ad states them, for `scoreMatch`. */
  sourceWeights?: Partial<Record<RequirementSource, number>>
}

/** Options of a match query. */
export interface MatchQueryOptions {
  /** How many results at most. */
  k: number
  /** `'report'` (default) keeps results with unmet hard constraints and lists them; `'filter'` drops them. */
  hardConstraints?: HardConstraintMode
  /** Overrides the matcher's `candidatesFactor` for this query (more candidates: higher recall, slower). */
  candidatesFactor?: number
}

/** Matches neutral profiles and vacancies in both directions, with incremental updates. */
export interface Matcher {
  /** Adds or replaces profiles. */
  upsertProfiles(profiles: readonly NeutralProfile[]): Promise<void>
  /** Removes profiles by id; unknown ids are ignored. */
  removeProfiles(ids: readonly string[]): Promise<void>
  /** Adds or replaces vacancies. */
  upsertVacancies(vacancies: readonly NeutralVacancy[]): Promise<void>
  /** Removes vacancies by id; unknown ids are ignored. */
  removeVacancies(ids: readonly string[]): Promise<void>
  /** The best `k` profiles for a vacancy, by exact score, ties broken by a keyed hash of the profile id. */
  candidatesFor(vacancy: NeutralVacancy, options: MatchQueryOptions): Promise<MatchResult[]>
  /** The best `k` vacancies for a profile, by exact score, ties broken by a keyed hash of the vacancy id. */
  vacanciesFor(profile: NeutralProfile, options: MatchQueryOptions): Promise<MatchResult[]>
  /** Number of profiles. */
  profileCount(): Promise<number>
  /** Number of vacancies. */
  vacancyCount(): Promise<number>
  /**
   * The statistics of the stored profiles that weigh concepts and words in scores; pass it to
   * `scoreMatch` to get exactly the scores the matcher gives. It changes as profiles are added or removed.
   */
  population(): MatchPopulation
}

/** Up to this k, the best candidates are kept by insertion; above it, all are sorted once. */
const SMALL_K = 64

function checkQuery(options: MatchQueryOptions): void {
  if (!Number.isInteger(options.k) || options.k < 0) {
    throw new IncontroError('CORE_INVALID_INPUT', `k must be a non-negative integer, got ${String(options.k)}; pass e.g. { k: 10 }.`, { k: options.k })
  }
}

/**
 * Creates a matcher: neutral records are embedded into the concept space and kept in vector indexes;
 * a query retrieves `candidatesFactor · k` neighbours, re-scores them exactly with {@link scoreMatch}
 * and returns the best `k`, ties broken by a keyed hash of the id so the order never depends on
 * insertion order. Same inputs give byte-identical results.
 *
 * @example
 * const matcher = createMatcher({ taxonomy, profileIndex: createHnswIndex({ dimensions: 128 }) })
 * await matcher.upsertProfiles(profiles)
 * const top = await matcher.candidatesFor(vacancy, { k: 10 })
 */
export function createMatcher(options: MatcherOptions): Matcher {
  const { taxonomy } = options
  const space = options.space ?? createConceptSpace(taxonomy)
  const profileIndex = options.profileIndex ?? createExactIndex({ dimensions: space.dimensions })
  const vacancyIndex = options.vacancyIndex ?? createExactIndex({ dimensions: space.dimensions })
  for (const [name, index] of [
    ['profileIndex', profileIndex],
    ['vacancyIndex', vacancyIndex],
  ] as const) {
    if (index.dimensions !== space.dimensions) {
      throw new IncontroError(
        'MATCH_DIMENSION_MISMATCH',
        `The ${name} holds vectors of ${index.dimensions} dimensions but the concept space makes ${space.dimensions}; create both with the same dimensions.`,
        { index: name, expected: space.dimensions, actual: index.dimensions },
      )
    }
  }
  const tieKey = options.tieKey ?? 'incontro'
  const factor = options.candidatesFactor ?? defaultCandidatesFactor
  const factorOf = (query: MatchQueryOptions): number => {
    const f = query.candidatesFactor ?? factor
    if (!Number.isFinite(f) || f < 1) {
      throw new IncontroError('CORE_INVALID_INPUT', `candidatesFactor must be a number ≥ 1, got ${String(f)}; omit it to use ${defaultCandidatesFactor}.`, { candidatesFactor: f })
    }
    return f
  }
  factorOf({ k: 1 })
  const sources = createCreditSources(taxonomy)
  const inputs = createScoreInputs()
  const planOptions = {
    taxonomy,
    sources,
    population: inputs,
    ...(options.weights === undefined ? {} : { weights: options.weights }),
    ...(options.sourceWeights === undefined ? {} : { sourceWeights: options.sourceWeights }),
  }
  const profiles = new Map<string, { profile: NeutralProfile; input: ScoreInput }>()
  const vacancies = new Map<string, NeutralVacancy>()
  const tieHashes = new Map<string, string>()
  const tieHash = (id: string): string => {
    let hash = tieHashes.get(id)
    if (hash === undefined) {
      hash = keyedHash(tieKey, id)
      tieHashes.set(id, hash)
    }
    return hash
  }

  const byScoreThenTie = (a: { score: number; id: string }, b: { score: number; id: string }): number => {
    if (a.score !== b.score) return b.score - a.score
    const ta = tieHash(a.id)
    const tb = tieHash(b.id)
    return ta < tb ? -1 : ta > tb ? 1 : 0
  }

  const rank = (results: MatchResult[], idOf: (result: MatchResult) => string, k: number, mode: HardConstraintMode): MatchResult[] => {
    const kept = mode === 'filter' ? results.filter((result) => result.unmet.length === 0) : results
    return kept
      .map((result) => ({ result, tie: tieHash(idOf(result)) }))
      .sort((a, b) => b.result.score - a.result.score || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0))
      .slice(0, k)
      .map(({ result }) => result)
  }

  return {
    async upsertProfiles(records) {
      const vectors = records.map((profile) => ({ id: profile.id, vector: embedProfile(profile, space) }))
      await profileIndex.upsert(vectors)
      for (const profile of records) {
        const old = profiles.get(profile.id)
        if (old !== undefined) inputs.remove(old.input)
        const input = inputs.inputOf(profile)
        inputs.add(input)
        profiles.set(profile.id, { profile, input })
      }
    },
    async removeProfiles(ids) {
      await profileIndex.remove(ids)
      for (const id of ids) {
        const old = profiles.get(id)
        if (old === undefined) continue
        inputs.remove(old.input)
        profiles.delete(id)
      }
    },
    async upsertVacancies(records) {
      const vectors = records.map((vacancy) => ({ id: vacancy.id, vector: embedVacancy(vacancy, space) }))
      await vacancyIndex.upsert(vectors)
      for (const vacancy of records) vacancies.set(vacancy.id, vacancy)
    },
    async removeVacancies(ids) {
      await vacancyIndex.remove(ids)
      for (const id of ids) vacancies.delete(id)
    },
    async candidatesFor(vacancy, query) {
      checkQuery(query)
      if (query.k === 0) return []
      const vector = embedVacancy(vacancy, space)
      // A vacancy without any concept has the zero vector, which finds no neighbours worth the name:
      // then every stored profile is a candidate (its words still rank them).
      const hits = isZero(vector)
        ? [...profiles.keys()].map((id) => ({ id, similarity: 0 }))
        : await profileIndex.query(vector, { k: Math.ceil(factorOf(query) * query.k) })
      // Rank every candidate with the score plan (the exact score, without explanations), then explain
      // only the best k: same results as scoring them all with scoreMatch, much cheaper.
      const plan = createScorePlan(vacancy, planOptions)
      const filter = (query.hardConstraints ?? 'report') === 'filter'
      type Scored = { score: number; id: string; profile: NeutralProfile }
      const scored: Scored[] = []
      // For small k, keep only the best k so far, best first: a candidate enters only if it beats the last.
      const insert = query.k <= SMALL_K
      for (const hit of hits) {
        const stored = profiles.get(hit.id)
        if (stored === undefined || (filter && plan.hasUnmet(stored.input))) continue
        // Exact pruning: a candidate whose upper bound is below the k-th best cannot enter the top k, so
        // its words (the costliest component) are not scored.
        const full = scored.length === query.k ? scored[scored.length - 1] : undefined
        if (insert && full !== undefined && plan.bound(stored.input) < full.score) continue
        const score = plan.score(stored.input)
        if (!insert) {
          scored.push({ score, id: hit.id, profile: stored.profile })
          continue
        }
        const last = scored[scored.length - 1]
        if (scored.length === query.k && last !== undefined && (score < last.score || (score === last.score && byScoreThenTie({ score, id: hit.id }, last) >= 0))) continue
        const candidate: Scored = { score, id: hit.id, profile: stored.profile }
        let at = scored.length
        while (at > 0 && byScoreThenTie(candidate, scored[at - 1] as Scored) < 0) at--
        scored.splice(at, 0, candidate)
        if (scored.length > query.k) scored.pop()
      }
      const best = insert ? scored : scored.sort(byScoreThenTie).slice(0, query.k)
      const results = best.map(({ profile, id }) => plan.explain(profile, (profiles.get(id) as { input: ScoreInput }).input))
      return rank(results, (result) => result.profileId, query.k, query.hardConstraints ?? 'report')
    },
    async vacanciesFor(profile, query) {
      checkQuery(query)
      if (query.k === 0) return []
      const hits = await vacancyIndex.query(embedProfile(profile, space), { k: Math.ceil(factorOf(query) * query.k) })
      const results: MatchResult[] = []
      const input = profiles.get(profile.id)?.input ?? inputs.inputOf(profile)
      for (const hit of hits) {
        const vacancy = vacancies.get(hit.id)
        if (vacancy !== undefined) results.push(createScorePlan(vacancy, planOptions).explain(profile, input))
      }
      return rank(results, (result) => result.vacancyId, query.k, query.hardConstraints ?? 'report')
    },
    profileCount: () => profileIndex.count(),
    vacancyCount: () => vacancyIndex.count(),
    population: () => inputs,
  }
}

function isZero(vector: Float32Array): boolean {
  for (let i = 0; i < vector.length; i++) if (vector[i] !== 0) return false
  return true
}
