import { IncontroError, keyedHash } from '@incontro/core'
import type { ComponentName, MatchResult, NeutralProfile, NeutralVacancy } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import { createConceptSpace, type ConceptSpace } from './create-concept-space.js'
import { createExactIndex } from './create-exact-index.js'
import { embedProfile } from './embed-profile.js'
import { embedVacancy } from './embed-vacancy.js'
import { scoreMatch } from './score-match.js'
import type { VectorIndex } from './vector-index.js'

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
  /** Candidates retrieved per requested result before exact re-scoring (default 10). */
  candidatesFactor?: number
  /** Component weights for {@link scoreMatch}. */
  weights?: Partial<Record<ComponentName, number>>
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
}

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
  const factor = options.candidatesFactor ?? 10
  const factorOf = (query: MatchQueryOptions): number => {
    const f = query.candidatesFactor ?? factor
    if (!Number.isFinite(f) || f < 1) {
      throw new IncontroError('CORE_INVALID_INPUT', `candidatesFactor must be a number ≥ 1, got ${String(f)}; omit it to use 10.`, { candidatesFactor: f })
    }
    return f
  }
  factorOf({ k: 1 })
  const scoreOptions = { taxonomy, ...(options.weights === undefined ? {} : { weights: options.weights }) }
  const profiles = new Map<string, NeutralProfile>()
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
      for (const profile of records) profiles.set(profile.id, profile)
    },
    async removeProfiles(ids) {
      await profileIndex.remove(ids)
      for (const id of ids) profiles.delete(id)
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
      const hits = await profileIndex.query(embedVacancy(vacancy, space), { k: Math.ceil(factorOf(query) * query.k) })
      const results: MatchResult[] = []
      for (const hit of hits) {
        const profile = profiles.get(hit.id)
        if (profile !== undefined) results.push(scoreMatch(vacancy, profile, scoreOptions))
      }
      return rank(results, (result) => result.profileId, query.k, query.hardConstraints ?? 'report')
    },
    async vacanciesFor(profile, query) {
      checkQuery(query)
      if (query.k === 0) return []
      const hits = await vacancyIndex.query(embedProfile(profile, space), { k: Math.ceil(factorOf(query) * query.k) })
      const results: MatchResult[] = []
      for (const hit of hits) {
        const vacancy = vacancies.get(hit.id)
        if (vacancy !== undefined) results.push(scoreMatch(vacancy, profile, scoreOptions))
      }
      return rank(results, (result) => result.vacancyId, query.k, query.hardConstraints ?? 'report')
    },
    profileCount: () => profileIndex.count(),
    vacancyCount: () => vacancyIndex.count(),
  }
}
