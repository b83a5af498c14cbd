import type { NeutralProfile } from '@incontro/core'
import type { ConceptSpace } from './create-concept-space.js'
import { weightedConceptSum } from './internal/weighted-sum.js'

/** Options of {@link embedProfile}. */
export interface EmbedProfileOptions {
  /** A weight per concept (e.g. IDF over the population); concepts not listed weigh 1. */
  weights?: ReadonlyMap<string, number>
}

/**
 * The retrieval vector of a neutral profile: normalize(Σ weight · (1 + ln(1 + evidence count)) ·
 * concept vector) over its claims and the occupations of its experiences (each experience counts as one
 * piece of evidence). A profile without concepts gets the zero vector, which indexes store and rank last.
 *
 * @example
 * const vector = embedProfile(profile, createConceptSpace(taxonomy))
 */
export function embedProfile(profile: NeutralProfile, space: ConceptSpace, options: EmbedProfileOptions = {}): Float32Array {
  const evidence = new Map<string, number>()
  for (const claim of profile.claims) evidence.set(claim.concept, (evidence.get(claim.concept) ?? 0) + claim.evidence.length)
  for (const experience of profile.experiences) {
    if (experience.occupation !== undefined) evidence.set(experience.occupation, (evidence.get(experience.occupation) ?? 0) + 1)
  }
  const weights = new Map<string, number>()
  for (const [concept, count] of evidence) {
    weights.set(concept, (options.weights?.get(concept) ?? 1) * (1 + Math.log1p(count)))
  }
  return weightedConceptSum(weights, space)
}
