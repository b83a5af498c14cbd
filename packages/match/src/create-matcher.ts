import { IncontroError, keyedHash } from '@incontro/core'
import type { ComponentName, MatchResult, NeutralProfile, NeutralVacancy, RequirementSource } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import { createConceptSpace, type ConceptSpace } from './create-concept-space.js'
import { createExactIndex } from './create-exact-index.js'
import { embedProfile } from './embed-profile.js'
import { embedVacancy } from './embed-vacancy.js'
import { createConceptPostings } from './internal/concept-postings.js'
import { createCreditSources } from './internal/credit-sources.js'
import { createExactCandidates } from './internal/exact-candidates.js'
import { createProfileStore, type ProfileStore } from './internal/profile-store.js'
import { createScoreInputs, createScorePlan, type ScoreInputs } from './internal/score-plan.js'
import { profileAttributes, vacancyAttributes, type RecordFilter } from './record-filter.js'
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
  /**
   * Loads full profiles by id, in the order asked, to explain the returned page. When given, the matcher
   * keeps only compact records (about 0.3 KB per profile instead of the whole profile); without it, it
   * keeps every profile in memory as well.
   */
  loadProfiles?: (ids: readonly string[]) => Promise<readonly (NeutralProfile | undefined)[]>
  /** Records and population restored by `loadMatcherRecords` (the indexes are loaded separately). */
  restored?: MatcherRecords
  /**
   * How `candidatesFor` finds profiles without a `where` filter: `'postings'` (default) walks inverted
   * lists of concepts and occupations and returns exactly the page scoring every profile would give,
   * falling back to the profile index only when it cannot rule out profiles that share no concept with
   * the ad; `'index'` always re-scores the index's `candidatesFactor · k` nearest neighbours (approximate).
   * Filtered queries always use the index, which applies the filter inside its search.
   */
  retrieval?: 'postings' | 'index'
  /**
   * Vacancies already in a restored `vacancyIndex` (loaded with `loadHnswIndex` or `loadExactIndex`): kept
   * for scoring without being embedded and indexed again.
   */
  restoredVacancies?: Iterable<NeutralVacancy>
}

/** The compact records of a matcher and the population statistics they were counted into. */
export interface MatcherRecords {
  store: ProfileStore
  population: ScoreInputs
}

/** Options of a match query. */
export interface MatchQueryOptions {
  /** How many results at most. */
  k: number
  /** `'report'` (default) keeps results with unmet hard constraints and lists them; `'filter'` drops them. */
  hardConstraints?: HardConstraintMode
  /** Overrides the matcher's `candidatesFactor` for this query (more candidates: higher recall, slower). */
  candidatesFactor?: number
  /** Hard filters applied inside the index search (licences, languages, EQF, place, contract, hours). */
  where?: RecordFilter
  /** Results to skip, for pagination (default 0): `{ k: 10, offset: 10 }` is the second page. */
  offset?: number
  /** Overrides the matcher's `retrieval` for this query (`candidatesFor` only). */
  retrieval?: 'postings' | 'index'
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
  /** The compact record store and population, for `saveMatcherRecords` and memory figures. */
  records(): MatcherRecords
}

/** Tie hashes kept at most (a cache: hashes are recomputed when evicted). */
const TIE_CACHE_LIMIT = 65_536

function checkQuery(options: MatchQueryOptions): void {
  if (!Number.isInteger(options.k) || options.k < 0) {
    throw new IncontroError('CORE_INVALID_INPUT', `k must be a non-negative integer, got ${String(options.k)}; pass e.g. { k: 10 }.`, { k: options.k })
  }
  if (options.offset !== undefined && (!Number.isInteger(options.offset) || options.offset < 0)) {
    throw new IncontroError('CORE_INVALID_INPUT', `offset must be a non-negative integer, got ${String(options.offset)}; omit it for the first page.`, { offset: options.offset })
  }
}

/**
 * Creates a matcher: neutral records are embedded into the concept space and kept in vector indexes;
 * a query retrieves `candidatesFactor · (offset + k)` neighbours that pass the hard filters (inside the
 * index search), re-scores them exactly and returns the requested page, ties broken by a keyed hash of
 * the id so the order never depends on insertion order. What re-scoring reads of a profile is kept in a
 * compact record store (varint-packed, no object per profile); candidates are scored in the order of an
 * upper bound that skips the word component, and scoring stops once the bound falls below the last
 * score of the page, so the page is exactly the one scoring every candidate would give.
 *
 * @example
 * const matcher = createMatcher({ taxonomy, profileIndex: createHnswIndex({ dimensions: 128 }) })
 * await matcher.upsertProfiles(profiles)
 * const top = await matcher.candidatesFor(vacancy, { k: 10, where: { licences: ['B'] } })
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
  const inputs = options.restored?.population ?? createScoreInputs()
  const planOptions = {
    taxonomy,
    sources,
    population: inputs,
    ...(options.weights === undefined ? {} : { weights: options.weights }),
    ...(options.sourceWeights === undefined ? {} : { sourceWeights: options.sourceWeights }),
  }
  const store = options.restored?.store ?? createProfileStore()
  const retrievalOf = (mode: string | undefined): 'postings' | 'index' => {
    if (mode === undefined || mode === 'postings' || mode === 'index') return mode ?? 'postings'
    throw new IncontroError('CORE_INVALID_INPUT', `retrieval must be 'postings' or 'index', got ${String(mode)}.`, { retrieval: String(mode) })
  }
  const retrievalMode = retrievalOf(options.retrieval)
  const postings = createConceptPostings()
  for (const [, slot] of store.entries()) postings.put(slot, store.read(slot, false))
  const exactCandidates = createExactCandidates(postings, store)
  if (store.size > 0 && options.loadProfiles === undefined) {
    throw new IncontroError('CORE_INVALID_INPUT', 'A matcher restored from saved records needs loadProfiles, to explain results (the records keep no profile texts).')
  }
  // Full profiles are kept only when no loader is given (they are needed to explain the returned page).
  const loadProfiles = options.loadProfiles
  const kept = new Map<string, NeutralProfile>()
  const vacancies = new Map<string, NeutralVacancy>()
  for (const vacancy of options.restoredVacancies ?? []) vacancies.set(vacancy.id, vacancy)
  const tieHashes = new Map<string, string>()
  const tieHash = (id: string): string => {
    let hash = tieHashes.get(id)
    if (hash === undefined) {
      hash = keyedHash(tieKey, id)
      if (tieHashes.size >= TIE_CACHE_LIMIT) tieHashes.clear()
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
  const page = <T>(ranked: readonly T[], query: MatchQueryOptions): T[] => ranked.slice(query.offset ?? 0, (query.offset ?? 0) + query.k)

  const profilesOf = async (ids: readonly string[]): Promise<NeutralProfile[]> => {
    if (loadProfiles === undefined) return ids.map((id) => kept.get(id) as NeutralProfile)
    const loaded = await loadProfiles(ids)
    return ids.map((id, i) => {
      const profile = loaded[i]
      if (profile === undefined || profile.id !== id) {
        throw new IncontroError('CORE_INVALID_INPUT', 'loadProfiles returned no profile, or another one, for a stored id; it must return the profiles in the order of the ids it gets.', { position: i })
      }
      return profile
    })
  }

  return {
    async upsertProfiles(records) {
      const vectors = records.map((profile) => ({ id: profile.id, vector: embedProfile(profile, space), attributes: profileAttributes(profile, taxonomy) }))
      await profileIndex.upsert(vectors)
      for (const profile of records) {
        const slot = store.slotOf(profile.id)
        if (slot !== undefined) {
          const old = store.copy(slot)
          inputs.remove(old)
          postings.remove(slot, old)
        }
        const input = inputs.inputOf(profile)
        inputs.add(input)
        postings.put(store.put(profile.id, input), input)
        if (loadProfiles === undefined) kept.set(profile.id, profile)
      }
    },
    async removeProfiles(ids) {
      await profileIndex.remove(ids)
      for (const id of ids) {
        const slot = store.slotOf(id)
        if (slot === undefined) continue
        const old = store.copy(slot)
        inputs.remove(old)
        postings.remove(slot, old)
        store.remove(id)
        kept.delete(id)
      }
    },
    async upsertVacancies(records) {
      const vectors = records.map((vacancy) => ({ id: vacancy.id, vector: embedVacancy(vacancy, space), attributes: vacancyAttributes(vacancy) }))
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
      const wanted = (query.offset ?? 0) + query.k
      const vector = embedVacancy(vacancy, space)
      // A vacancy without any concept has the zero vector, which finds no neighbours worth the name:
      // then every stored profile (that passes the filters) is a candidate (its words still rank them).
      const everyone = isZero(vector)
      const candidates = Math.ceil(factorOf(query) * wanted)
      const plan = createScorePlan(vacancy, planOptions)
      const filter = (query.hardConstraints ?? 'report') === 'filter'
      if ((query.retrieval === undefined ? retrievalMode : retrievalOf(query.retrieval)) === 'postings' && !everyone && query.where === undefined) {
        const exact = exactCandidates(plan, wanted, filter, byScoreThenTie)
        if (exact !== undefined) {
          const chosen = page(exact, query)
          const profiles = await profilesOf(chosen.map((entry) => entry.id))
          return chosen.map((entry, i) => plan.explain(profiles[i] as NeutralProfile, store.copy(entry.slot)))
        }
      }
      const hits: readonly { id: string }[] =
        everyone && query.where === undefined
          ? [...store.entries()].map(([id]) => ({ id }))
          : await profileIndex.query(vector, {
              k: everyone ? store.size : candidates,
              ...(query.where === undefined ? {} : { where: query.where }),
            })
      // Pass 1: the cheap upper bound of every candidate (concept components, the word component counted in full).
      const slots = new Int32Array(hits.length)
      const partials = new Float64Array(hits.length)
      const bounds = new Float64Array(hits.length)
      let n = 0
      for (const hit of hits) {
        const slot = store.slotOf(hit.id)
        if (slot === undefined) continue
        // Bounds and hard constraints never read words: their terms are not decoded.
        const input = store.read(slot, false)
        if (filter && plan.hasUnmet(input)) continue
        slots[n] = slot
        const before = plan.partial(input)
        partials[n] = before
        bounds[n] = before + plan.lexicalWeight
        n++
      }
      const order = new Uint32Array(n)
      for (let i = 0; i < n; i++) order[i] = i
      order.sort((a, b) => (bounds[b] as number) - (bounds[a] as number) || a - b)
      // Pass 2: exact scores in bound order, best first; once a bound is below the last score of a full
      // page, no later candidate can enter it (FP addition is monotonic, so the bound holds bit for bit).
      type Scored = { score: number; id: string; slot: number }
      const best: Scored[] = []
      for (let i = 0; i < n; i++) {
        const at = order[i] as number
        const last = best[best.length - 1]
        if (best.length === wanted && last !== undefined && (bounds[at] as number) < last.score) break
        const slot = slots[at] as number
        // Only the word component is left to compute: the rest is the partial sum of pass 1.
        const candidate: Scored = { score: plan.complete(store.read(slot), partials[at] as number), id: store.idOf(slot) as string, slot }
        if (best.length === wanted && last !== undefined && byScoreThenTie(candidate, last) >= 0) continue
        let position = best.length
        while (position > 0 && byScoreThenTie(candidate, best[position - 1] as Scored) < 0) position--
        best.splice(position, 0, candidate)
        if (best.length > wanted) best.pop()
      }
      const chosen = page(best, query)
      const profiles = await profilesOf(chosen.map((entry) => entry.id))
      return chosen.map((entry, i) => plan.explain(profiles[i] as NeutralProfile, store.copy(entry.slot)))
    },
    async vacanciesFor(profile, query) {
      checkQuery(query)
      if (query.k === 0) return []
      const wanted = (query.offset ?? 0) + query.k
      const hits = await vacancyIndex.query(embedProfile(profile, space), {
        k: Math.ceil(factorOf(query) * wanted),
        ...(query.where === undefined ? {} : { where: query.where }),
      })
      const slot = store.slotOf(profile.id)
      const input = slot === undefined ? inputs.inputOf(profile) : store.copy(slot)
      const results: MatchResult[] = []
      for (const hit of hits) {
        const vacancy = vacancies.get(hit.id)
        if (vacancy !== undefined) results.push(createScorePlan(vacancy, planOptions).explain(profile, input))
      }
      const mode = query.hardConstraints ?? 'report'
      const ranked = (mode === 'filter' ? results.filter((result) => result.unmet.length === 0) : results)
        .map((result) => ({ result, tie: tieHash(result.vacancyId) }))
        .sort((a, b) => b.result.score - a.result.score || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0))
        .map(({ result }) => result)
      return page(ranked, query)
    },
    profileCount: () => profileIndex.count(),
    vacancyCount: () => vacancyIndex.count(),
    population: () => inputs,
    records: () => ({ store, population: inputs }),
  }
}

function isZero(vector: Float32Array): boolean {
  for (let i = 0; i < vector.length; i++) if (vector[i] !== 0) return false
  return true
}
