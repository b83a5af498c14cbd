import type { ConceptSpace } from '../create-concept-space.js'
import { writeNormalized } from './vectors.js'

/**
 * normalize(Σ weight · vectorOf(concept)), summed in concept-id order so the result does not depend on
 * the order claims were listed in. No concepts (or all weights zero) give the zero vector.
 */
export function weightedConceptSum(weights: ReadonlyMap<string, number>, space: ConceptSpace): Float32Array {
  const sum = new Float64Array(space.dimensions)
  for (const concept of [...weights.keys()].sort()) {
    const weight = weights.get(concept) as number
    if (weight === 0) continue
    const vector = space.vectorOf(concept)
    for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + weight * (vector[i] as number)
  }
  const result = new Float32Array(space.dimensions)
  writeNormalized(sum, result)
  return result
}
