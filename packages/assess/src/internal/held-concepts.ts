import type { Evidence, ItemCredit, NeutralProfile } from '@incontro/core'
import { conceptCredit, type Taxonomy } from '@incontro/taxonomy'

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

/** `conceptCredit` remembered per required concept, for many occupations against one profile. */
export function createCreditLookup(have: ReadonlyMap<string, readonly Evidence[]>, taxonomy: Taxonomy): (required: string) => ItemCredit {
  const memo = new Map<string, ItemCredit>()
  return (required) => {
    let credit = memo.get(required)
    if (credit === undefined) {
      credit = conceptCredit(required, have, taxonomy)
      memo.set(required, credit)
    }
    return credit
  }
}
