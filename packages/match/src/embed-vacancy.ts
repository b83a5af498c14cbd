import type { NeutralVacancy } from '@incontro/core'
import type { ConceptSpace } from './create-concept-space.js'
import { defaultSourceWeights } from './internal/score-plan.js'
import { weightedConceptSum } from './internal/weighted-sum.js'

/** Weight of a requirement by importance, and of the vacancy's occupation. */
const IMPORTANCE_WEIGHT = { essential: 1, preferred: 0.5 } as const
const OCCUPATION_WEIGHT = 0.5

/**
 * The retrieval vector of a neutral vacancy: normalize(Σ (essential 1, preferred 0.5) × (weight of where
 * the ad states it, see `defaultSourceWeights`) · concept vector) over its requirements, plus its occupation at 0.5. A concept listed twice counts once, at its highest weight.
 *
 * @example
 * const hits = await profileIndex.query(embedVacancy(vacancy, space), { k: 100 })
 */
export function embedVacancy(vacancy: NeutralVacancy, space: ConceptSpace): Float32Array {
  const weights = new Map<string, number>()
  const add = (concept: string, weight: number): void => {
    weights.set(concept, Math.max(weights.get(concept) ?? 0, weight))
  }
  for (const requirement of vacancy.requirements) {
    add(requirement.concept, IMPORTANCE_WEIGHT[requirement.importance] * defaultSourceWeights[requirement.source ?? 'requirements'])
  }
  if (vacancy.occupation !== undefined) add(vacancy.occupation, OCCUPATION_WEIGHT)
  return weightedConceptSum(weights, space)
}
