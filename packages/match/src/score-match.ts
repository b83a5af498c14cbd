import type { ComponentName, MatchResult, NeutralProfile, NeutralVacancy, RequirementSource } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import { createCreditSources } from './internal/credit-sources.js'
import { createScoreInputs, createScorePlan, type ScoreInputs } from './internal/score-plan.js'

export { defaultMatchWeights } from './internal/score-components.js'
export { defaultSourceWeights } from './internal/score-plan.js'

/**
 * Statistics of a population of stored profiles (how many hold each concept and use each word), which
 * the scorer weighs concepts and words by; a matcher keeps one (`Matcher.population()`).
 */
export type MatchPopulation = ScoreInputs

/** Options of {@link scoreMatch}. */
export interface ScoreMatchOptions {
  taxonomy: Taxonomy
  /** Overrides of {@link defaultMatchWeights} (non-negative; renormalized over the components present). */
  weights?: Partial<Record<ComponentName, number>>
  /** Overrides of {@link defaultSourceWeights}: how much a required concept weighs by where the ad states it. */
  sourceWeights?: Partial<Record<RequirementSource, number>>
  /**
   * The population whose statistics weigh concepts (specificity) and words (BM25's idf and average
   * length): pass `matcher.population()` to get exactly the matcher's scores. Without it every concept
   * and word weighs the same.
   */
  population?: MatchPopulation
}

const sourcesByTaxonomy = new WeakMap<Taxonomy, ReturnType<typeof createCreditSources>>()

/**
 * Scores one neutral profile against one neutral vacancy, exactly and with explanations: essential and
 * preferred concept coverage (partial credit through narrower, broader, sibling or related concepts;
 * weighted by where the ad states a concept and by its specificity), occupation fit, experience in
 * related occupations, languages (CEFR), education (EQF), licences and a lexical component (BM25 of the
 * ad's words over the neutral text). Only the components the vacancy asks for count; `score` is exactly
 * the sum of their contributions. Unmet essential languages, education and licences are listed in `unmet`.
 *
 * @example
 * const result = scoreMatch(vacancy, profile, { taxonomy })
 * result.components.map((c) => [c.name, c.contribution])
 */
export function scoreMatch(vacancy: NeutralVacancy, profile: NeutralProfile, options: ScoreMatchOptions): MatchResult {
  const { taxonomy } = options
  let sources = sourcesByTaxonomy.get(taxonomy)
  if (sources === undefined) {
    sources = createCreditSources(taxonomy)
    sourcesByTaxonomy.set(taxonomy, sources)
  }
  const population = options.population ?? createScoreInputs()
  const input = population.inputOf(profile)
  const plan = createScorePlan(vacancy, {
    taxonomy,
    sources,
    population,
    ...(options.weights === undefined ? {} : { weights: options.weights }),
    ...(options.sourceWeights === undefined ? {} : { sourceWeights: options.sourceWeights }),
  })
  return plan.explain(profile, input)
}
