import type { Evidence, ItemCredit } from '@incontro/core'
import type { Taxonomy } from './model.js'

const relationOrder = { exact: 0, narrower: 1, broader: 2, related: 3, sibling: 4, none: 5 } as const

/**
 * The best credit a profile gets for one required concept: 1 when it holds the concept, partial
 * credit through a narrower, broader, related or sibling concept (see `Taxonomy.similarity`), else 0.
 * Deterministic: equal credits are decided by relation, then by concept id.
 */
export function conceptCredit(required: string, have: ReadonlyMap<string, readonly Evidence[]>, taxonomy: Taxonomy): ItemCredit {
  const exact = have.get(required)
  if (exact) return { required, via: required, relation: 'exact', credit: 1, evidence: [...exact] }
  let best: ItemCredit = { required, relation: 'none', credit: 0, evidence: [] }
  for (const [concept, evidence] of have) {
    const { value, relation } = taxonomy.similarity(required, concept)
    if (value <= 0 || relation === 'exact') continue
    const better =
      value > best.credit ||
      (value === best.credit &&
        (relationOrder[relation] < relationOrder[best.relation as keyof typeof relationOrder] ||
          (relationOrder[relation] === relationOrder[best.relation as keyof typeof relationOrder] && concept < (best.via ?? '\uffff'))))
    if (better) best = { required, via: concept, relation, credit: value, evidence: [...evidence] }
  }
  return best
}
