import type { ItemCredit } from '@incontro/core'
import type { ConceptGaps, TransferableSkill } from '../assess-gaps.js'

/** Splits required concepts by the credit a profile gets for each. */
export function splitConcepts(required: readonly string[], credit: (concept: string) => ItemCredit): ConceptGaps {
  const gaps: ConceptGaps = { met: [], partial: [], missing: [], coverage: 1 }
  let total = 0
  for (const concept of required) {
    const item = credit(concept)
    total += item.credit
    if (item.credit >= 1) gaps.met.push(item)
    else if (item.credit > 0) gaps.partial.push(item)
    else gaps.missing.push(item)
  }
  if (required.length > 0) gaps.coverage = total / required.length
  return gaps
}

/** The held concepts behind the partial credits of some gaps, sorted by concept id. */
export function transferableSkills(...gaps: readonly ConceptGaps[]): TransferableSkill[] {
  const by = new Map<string, TransferableSkill>()
  for (const g of gaps) {
    for (const item of g.partial) {
      if (item.via === undefined) continue
      const entry = by.get(item.via) ?? { concept: item.via, gives: [] }
      entry.gives.push({ required: item.required, relation: item.relation, credit: item.credit })
      by.set(item.via, entry)
    }
  }
  return [...by.values()].sort((a, b) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0))
}

