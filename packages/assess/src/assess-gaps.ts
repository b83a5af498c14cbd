import {
  cefrRank,
  type CefrLevel,
  type Evidence,
  type ItemCredit,
  type NeutralProfile,
  type NeutralVacancy,
} from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import { createCreditLookup } from './internal/held-concepts.js'
import { splitConcepts, transferableSkills } from './internal/split-concepts.js'

/** Concepts of one importance, split into met, partly met (through a related concept) and missing. */
export interface ConceptGaps {
  met: ItemCredit[]
  partial: ItemCredit[]
  missing: ItemCredit[]
  /** Mean credit in [0, 1]; 1 when nothing is asked. */
  coverage: number
}

/** A concept the profile holds that gives partial credit for required ones: a skill that carries over. */
export interface TransferableSkill {
  concept: string
  /** The required concepts it gives credit for, with the relation and the credit. */
  gives: { required: string; relation: ItemCredit['relation']; credit: number }[]
}

/** A language the vacancy asks for, with what the profile declares. */
export interface LanguageGap {
  code: string
  required: CefrLevel
  held?: CefrLevel
  /** CEFR steps still missing (0 when met). */
  steps: number
  importance: 'essential' | 'preferred'
}

/** The gap of a profile against a vacancy, item by item. */
export interface Gaps {
  profileId: string
  vacancyId: string
  essential: ConceptGaps
  preferred: ConceptGaps
  languages: LanguageGap[]
  education?: { required: number; held?: number; steps: number; importance: 'essential' | 'preferred' }
  licences: { code: string; held: boolean; importance: 'essential' | 'preferred' }[]
  experience?: { requiredMonths: number; heldMonths: number; missingMonths: number }
  /** Held concepts that give partial credit for required ones (the skills that carry over), by concept id. */
  transferable: TransferableSkill[]
}

/**
 * What a profile lacks for a vacancy: essential and preferred concepts (met, partly met through a
 * related concept, missing), languages below the CEFR level, education below the EQF level,
 * licences, experience. Works on neutral records only.
 *
 * @example
 * const gaps = assessGaps(profile, vacancy, { taxonomy: builtinTaxonomy() })
 * gaps.essential.missing.map((item) => item.required)
 */
export function assessGaps(profile: NeutralProfile, vacancy: NeutralVacancy, options: { taxonomy: Taxonomy }): Gaps {
  const have = new Map<string, Evidence[]>()
  for (const claim of profile.claims) have.set(claim.concept, claim.evidence)
  const credit = createCreditLookup(have, options.taxonomy)
  const essential = vacancy.requirements.filter((r) => r.importance === 'essential').map((r) => r.concept)
  const preferred = vacancy.requirements.filter((r) => r.importance === 'preferred').map((r) => r.concept)
  const languages = vacancy.languages.map((required): LanguageGap => {
    const held = profile.languages.find((l) => l.code === required.code)?.level
    const steps = held ? Math.max(0, Math.min(cefrRank(required.level), 6) - Math.min(cefrRank(held), 6)) : Math.min(cefrRank(required.level), 6)
    return held
      ? { code: required.code, required: required.level, held, steps, importance: required.importance }
      : { code: required.code, required: required.level, steps, importance: required.importance }
  })
  const gaps: Gaps = {
    profileId: profile.id,
    vacancyId: vacancy.id,
    essential: splitConcepts(essential, credit),
    preferred: splitConcepts(preferred, credit),
    languages,
    licences: vacancy.licences.map((l) => ({ code: l.code, held: profile.licences.includes(l.code), importance: l.importance })),
    transferable: [],
  }
  gaps.transferable = transferableSkills(gaps.essential, gaps.preferred)
  if (vacancy.eqfLevel) {
    const held = profile.eqfLevel
    gaps.education = {
      required: vacancy.eqfLevel.level,
      ...(held === undefined ? {} : { held }),
      steps: Math.max(0, vacancy.eqfLevel.level - (held ?? 0)),
      importance: vacancy.eqfLevel.importance,
    }
  }
  if (vacancy.experienceMonths !== undefined) {
    gaps.experience = {
      requiredMonths: vacancy.experienceMonths,
      heldMonths: profile.experienceMonths,
      missingMonths: Math.max(0, vacancy.experienceMonths - profile.experienceMonths),
    }
  }
  return gaps
}
