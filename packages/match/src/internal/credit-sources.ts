import type { Taxonomy } from '@incontro/taxonomy'

/** For a required concept: every concept that gives credit for it, with that credit (`Taxonomy.similarity`). */
export type CreditSources = (required: string) => ReadonlyMap<string, number>

/**
 * Indexes, per required concept, the concepts that give it credit, so a profile is scored with one map
 * lookup per concept it holds instead of a similarity per (required, held) pair. The candidates come
 * from the taxonomy's structure (the concept, its descendants, ancestors, related concepts both ways
 * and siblings, the only relations `similarity` rewards) and each credit is `taxonomy.similarity`
 * itself, so the credits are the same numbers `conceptCredit` finds. Cached per concept: a taxonomy is
 * immutable.
 */
export function createCreditSources(taxonomy: Taxonomy): CreditSources {
  const cache = new Map<string, ReadonlyMap<string, number>>()
  let relatedTo: Map<string, string[]> | undefined
  const related = (id: string): readonly string[] => {
    if (relatedTo === undefined) {
      const map = new Map<string, string[]>()
      const link = (a: string, b: string): void => {
        const list = map.get(a)
        if (list === undefined) map.set(a, [b])
        else list.push(b)
      }
      for (const concept of taxonomy.all()) {
        for (const other of concept.related ?? []) {
          link(concept.id, other)
          link(other, concept.id)
        }
      }
      relatedTo = map
    }
    return relatedTo.get(id) ?? []
  }

  const compute = (required: string): ReadonlyMap<string, number> => {
    const candidates = new Set<string>([required])
    const concept = taxonomy.get(required)
    if (concept !== undefined) {
      const stack = [...concept.narrower]
      while (stack.length > 0) {
        const id = stack.pop() as string
        if (candidates.has(id)) continue
        candidates.add(id)
        for (const narrower of taxonomy.get(id)?.narrower ?? []) stack.push(narrower)
      }
      for (const id of taxonomy.ancestors(required)) candidates.add(id)
      for (const id of related(required)) candidates.add(id)
      for (const parent of concept.broader ?? []) for (const id of taxonomy.get(parent)?.narrower ?? []) candidates.add(id)
    }
    const sources = new Map<string, number>()
    for (const id of [...candidates].sort()) {
      const { value } = taxonomy.similarity(required, id)
      if (value > 0) sources.set(id, value)
    }
    return sources
  }

  return (required) => {
    let sources = cache.get(required)
    if (sources === undefined) {
      sources = compute(required)
      cache.set(required, sources)
    }
    return sources
  }
}
