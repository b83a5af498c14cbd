import type { Evidence, ItemCredit, NeutralProfile } from '@incontro/core'
import { defaultSimilarity, type Taxonomy } from '@incontro/taxonomy'

/**
 * The concepts a profile holds, with their evidence: every claim, plus the essential skills of the
 * occupations of its roles (evidence: the role's span), which a CV often leaves unsaid.
 */
export function heldConcepts(profile: NeutralProfile, taxonomy: Taxonomy, options: { implied: boolean }): Map<string, Evidence[]> {
  const have = new Map<string, Evidence[]>()
  for (const claim of profile.claims) have.set(claim.concept, claim.evidence)
  if (!options.implied) return have
  for (const experience of profile.experiences) {
    if (experience.occupation === undefined) continue
    if (!have.has(experience.occupation)) have.set(experience.occupation, [{ start: experience.span.start, end: experience.span.end }])
    for (const skill of taxonomy.get(experience.occupation)?.essential ?? []) {
      if (!have.has(skill)) have.set(skill, [{ start: experience.span.start, end: experience.span.end }])
    }
  }
  return have
}

const relatedIndexes = new WeakMap<Taxonomy, Map<string, string[]>>()

/** `related` in both directions (a taxonomy may write it on one side only), built once per taxonomy. */
function relatedIndex(taxonomy: Taxonomy): Map<string, string[]> {
  let index = relatedIndexes.get(taxonomy)
  if (index === undefined) {
    const built = new Map<string, string[]>()
    const add = (a: string, b: string) => {
      const list = built.get(a)
      if (list === undefined) built.set(a, [b])
      else list.push(b)
    }
    for (const concept of taxonomy.all()) {
      for (const other of concept.related ?? []) {
        add(concept.id, other)
        add(other, concept.id)
      }
    }
    index = built
    relatedIndexes.set(taxonomy, index)
  }
  return index
}

const relationOrder = { exact: 0, narrower: 1, broader: 2, related: 3, sibling: 4, none: 5 } as const

type Credit = { via: string; value: number; relation: ItemCredit['relation'] }

/**
 * `conceptCredit` for many required concepts against one profile, computed the other way round: each
 * held concept credits its neighbours once — ancestors (narrower held: 0.7), descendants (broader
 * held: 0.5 for a direct parent, 0.3 further up), related (0.4), siblings (0.4), the first that
 * applies, as `Taxonomy.similarity` decides with the default similarity values — keeping the best by
 * `conceptCredit`'s order (credit, then relation, then concept id). A required concept then costs one
 * map lookup. A test checks it against `conceptCredit` over the whole built-in taxonomy.
 */
export function createCreditLookup(have: ReadonlyMap<string, readonly Evidence[]>, taxonomy: Taxonomy): CreditLookup {
  let best: Map<string, Credit> | undefined
  const build = () => {
    const table = new Map<string, Credit>()
    const related = relatedIndex(taxonomy)
    const offer = (required: string, held: string, value: number, relation: ItemCredit['relation'], seen: Set<string>) => {
      if (seen.has(required) || required === held) return
      seen.add(required)
      if (have.has(required)) return
      const current = table.get(required)
      const better =
        current === undefined ||
        value > current.value ||
        (value === current.value &&
          (relationOrder[relation as keyof typeof relationOrder] < relationOrder[current.relation as keyof typeof relationOrder] ||
            (relationOrder[relation as keyof typeof relationOrder] === relationOrder[current.relation as keyof typeof relationOrder] && held < current.via)))
      if (better) table.set(required, { via: held, value, relation })
    }
    for (const held of have.keys()) {
      const seen = new Set<string>()
      for (const ancestor of taxonomy.ancestors(held)) offer(ancestor, held, defaultSimilarity.narrower, 'narrower', seen)
      const children = taxonomy.get(held)?.narrower ?? []
      for (const child of children) offer(child, held, defaultSimilarity.broader, 'broader', seen)
      const stack = [...children]
      const walked = new Set<string>(children)
      while (stack.length > 0) {
        const next = stack.pop() as string
        for (const child of taxonomy.get(next)?.narrower ?? []) {
          if (walked.has(child)) continue
          walked.add(child)
          stack.push(child)
        }
      }
      for (const descendant of walked) offer(descendant, held, defaultSimilarity.distantBroader, 'broader', seen)
      for (const other of related.get(held) ?? []) offer(other, held, defaultSimilarity.related, 'related', seen)
      for (const parent of taxonomy.get(held)?.broader ?? []) {
        for (const sibling of taxonomy.get(parent)?.narrower ?? []) offer(sibling, held, defaultSimilarity.sibling, 'sibling', seen)
      }
    }
    return table
  }
  const lookup = ((required: string): ItemCredit => {
    const exact = have.get(required)
    if (exact) return { required, via: required, relation: 'exact', credit: 1, evidence: [...exact] }
    best ??= build()
    const entry = best.get(required)
    if (entry === undefined) return { required, relation: 'none', credit: 0, evidence: [] }
    return { required, via: entry.via, relation: entry.relation, credit: entry.value, evidence: [...(have.get(entry.via) ?? [])] }
  }) as CreditLookup
  lookup.forEachCredit = (visit) => {
    best ??= build()
    for (const held of have.keys()) visit(held, 1)
    for (const [required, entry] of best) visit(required, entry.value)
  }
  lookup.value = (required) => {
    if (have.has(required)) return 1
    best ??= build()
    return best.get(required)?.value ?? 0
  }
  return lookup
}

/** A credit lookup: the full `ItemCredit`, or `value` for the credit alone (no allocation, for ranking). */
export interface CreditLookup {
  (required: string): ItemCredit
  value(required: string): number
  /** Visits every concept with a credit above 0. */
  forEachCredit(visit: (concept: string, credit: number) => void): void
}
