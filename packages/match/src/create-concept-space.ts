import type { Taxonomy } from '@incontro/taxonomy'
import { gaussian, seededRandom } from './internal/prng.js'
import { checkDimensions, writeNormalized } from './internal/vectors.js'

/** Options of {@link createConceptSpace}. */
export interface ConceptSpaceOptions {
  /** Length of concept vectors (default 128). */
  dimensions?: number
  /** Seed of the pseudo-random base vectors (default `'incontro'`). */
  seed?: string
}

/** Concept vectors derived from a taxonomy's structure. */
export interface ConceptSpace {
  readonly dimensions: number
  /** The unit vector of a concept (cached; do not modify it). Unknown ids get their own random vector. */
  vectorOf(conceptId: string): Float32Array
}

/** Weight of the parent's base vector; each further level multiplies it again. */
const ANCESTOR_WEIGHT = 0.6
/** Weight of the mean of related concepts' base vectors. */
const RELATED_WEIGHT = 0.3

/**
 * Creates the concept space of a taxonomy: each concept has a deterministic pseudo-random Gaussian base
 * vector (seeded by `seed` and its id, the same on every machine), and its vector is
 * normalize(base + Σ 0.6^depth · ancestor base + 0.3 · mean related base), so concepts that share a
 * parent or are related lie closer together than unrelated ones. Independent of labels and languages.
 *
 * @example
 * const space = createConceptSpace(builtinTaxonomy())
 * const vector = embedProfile(profile, space)
 */
export function createConceptSpace(taxonomy: Taxonomy, options: ConceptSpaceOptions = {}): ConceptSpace {
  const dimensions = options.dimensions ?? 128
  checkDimensions(dimensions)
  const seed = options.seed ?? 'incontro'
  const bases = new Map<string, Float64Array>()
  const vectors = new Map<string, Float32Array>()
  let relatedOf: Map<string, Set<string>> | undefined
  // `related` is symmetric in meaning but may be written on one side only: index both directions once.
  const relatedTo = (id: string): readonly string[] => {
    if (relatedOf === undefined) {
      const map = new Map<string, Set<string>>()
      relatedOf = map
      const link = (a: string, b: string): void => {
        if (a === b || taxonomy.get(b) === undefined) return
        const set = map.get(a) ?? new Set<string>()
        set.add(b)
        map.set(a, set)
      }
      for (const concept of taxonomy.all()) {
        for (const other of concept.related ?? []) {
          link(concept.id, other)
          link(other, concept.id)
        }
      }
    }
    return [...(relatedOf.get(id) ?? [])].sort()
  }

  const baseOf = (id: string): Float64Array => {
    let base = bases.get(id)
    if (base === undefined) {
      const normal = gaussian(seededRandom(`${seed}\u0000${id}`))
      base = new Float64Array(dimensions)
      for (let i = 0; i < dimensions; i++) base[i] = normal()
      bases.set(id, base)
    }
    return base
  }

  const addScaled = (target: Float64Array, source: Float64Array, scale: number): void => {
    for (let i = 0; i < dimensions; i++) target[i] = (target[i] as number) + scale * (source[i] as number)
  }

  const compute = (id: string): Float32Array => {
    const sum = Float64Array.from(baseOf(id))
    const concept = taxonomy.get(id)
    if (concept !== undefined) {
      // Breadth-first over `broader`, so each ancestor counts once, at its shortest depth.
      const seen = new Set([id])
      let level = (concept.broader ?? []).filter((parent) => taxonomy.get(parent) !== undefined)
      let weight = ANCESTOR_WEIGHT
      while (level.length > 0) {
        const next: string[] = []
        for (const ancestor of [...new Set(level)].sort()) {
          if (seen.has(ancestor)) continue
          seen.add(ancestor)
          addScaled(sum, baseOf(ancestor), weight)
          for (const parent of taxonomy.get(ancestor)?.broader ?? []) if (taxonomy.get(parent) !== undefined) next.push(parent)
        }
        level = next
        weight *= ANCESTOR_WEIGHT
      }
      const related = relatedTo(id)
      for (const other of related) addScaled(sum, baseOf(other), RELATED_WEIGHT / related.length)
    }
    const vector = new Float32Array(dimensions)
    writeNormalized(sum, vector)
    return vector
  }

  return {
    dimensions,
    vectorOf(conceptId) {
      let vector = vectors.get(conceptId)
      if (vector === undefined) {
        vector = compute(conceptId)
        vectors.set(conceptId, vector)
      }
      return vector
    },
  }
}
