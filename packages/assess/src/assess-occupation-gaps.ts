import { IncontroError, type ItemCredit, type NeutralProfile } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import type { ConceptGaps, TransferableSkill } from './assess-gaps.js'
import { createCreditLookup, heldConcepts } from './internal/held-concepts.js'
import { splitConcepts, transferableSkills } from './internal/split-concepts.js'

/** The gap of a profile against an occupation's essential and optional skills. */
export interface OccupationGaps {
  profileId: string
  occupation: string
  essential: ConceptGaps
  optional: ConceptGaps
  /** Held concepts that give partial credit for the occupation's skills. */
  transferable: TransferableSkill[]
}

/** Options of {@link assessOccupationGaps}. */
export interface AssessOccupationGapsOptions {
  taxonomy: Taxonomy
  /** @internal A credit lookup shared across occupations (orientation). */
  credit?: (required: string) => ItemCredit
}

/**
 * What a profile lacks for an occupation: its essential and optional skills (the built-in ones, or
 * ESCO's occupation–skill relations when ESCO is imported) met, partly met through a related concept,
 * or missing, and the held skills that carry over. The profile holds its claims and the essential
 * skills of the occupations of its roles. Throws `TAXONOMY_UNKNOWN_CONCEPT` for an unknown id and
 * `CORE_INVALID_INPUT` when the concept is not an occupation.
 *
 * @example
 * const gaps = assessOccupationGaps(profile, 'occ.cook', { taxonomy })
 * gaps.essential.missing.map((item) => item.required)
 */
export function assessOccupationGaps(profile: NeutralProfile, occupation: string, options: AssessOccupationGapsOptions): OccupationGaps {
  const concept = options.taxonomy.require(occupation)
  if (concept.kind !== 'occupation') {
    throw new IncontroError('CORE_INVALID_INPUT', `Concept "${occupation}" is a ${concept.kind}, not an occupation.`, { id: occupation })
  }
  const credit = options.credit ?? createCreditLookup(heldConcepts(profile, options.taxonomy, { implied: true }), options.taxonomy)
  const essential = splitConcepts(concept.essential ?? [], credit)
  const optional = splitConcepts(concept.optional ?? [], credit)
  return { profileId: profile.id, occupation, essential, optional, transferable: transferableSkills(essential, optional) }
}
