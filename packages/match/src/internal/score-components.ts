import { IncontroError, cefrRank } from '@incontro/core'
import type { ComponentName, NeutralProfile } from '@incontro/core'

/**
 * Pieces of the exact score shared by `scoreMatch` (which explains) and the score plan (which only
 * counts): both must compute every number the same way, in the same order, so their scores are equal
 * bit for bit.
 */

/** Default component weights; components a vacancy does not ask for are left out and the rest renormalized. */
export const defaultMatchWeights: Readonly<Record<ComponentName, number>> = Object.freeze({
  essential: 0.33,
  preferred: 0.09,
  occupation: 0.2,
  experience: 0.07,
  languages: 0.08,
  education: 0.05,
  licences: 0.03,
  lexical: 0.15,
})

export const componentOrder: readonly ComponentName[] = ['essential', 'preferred', 'occupation', 'experience', 'languages', 'education', 'licences', 'lexical']
/** Credit lost per missing CEFR or EQF level. */
const LEVEL_STEP = 0.25

export function levelCredit(gap: number): number {
  return gap <= 0 ? 1 : Math.max(0, 1 - LEVEL_STEP * gap)
}

/** The profile's strongest level in a language (the first of equal ones), if it speaks it. */
export function bestLanguage(profile: NeutralProfile, code: string): NeutralProfile['languages'][number] | undefined {
  let best: NeutralProfile['languages'][number] | undefined
  for (const spoken of profile.languages) {
    if (spoken.code === code && (best === undefined || cefrRank(spoken.level) > cefrRank(best.level))) best = spoken
  }
  return best
}

/** The highest EQF level of the profile and its education entries. */
export function heldEqfLevel(profile: NeutralProfile): number | undefined {
  let held = profile.eqfLevel
  for (const education of profile.education) {
    if (education.eqfLevel !== undefined && (held === undefined || education.eqfLevel > held)) held = education.eqfLevel
  }
  return held
}

/** Weights of the present components, renormalized so that Σ weight ≤ 1. */
export function resolveWeights(overrides: Partial<Record<ComponentName, number>> | undefined, present: readonly ComponentName[]): number[] {
  const raw = present.map((name) => {
    const weight = overrides?.[name] ?? defaultMatchWeights[name]
    if (!Number.isFinite(weight) || weight < 0) {
      throw new IncontroError('CORE_INVALID_INPUT', `The weight of component "${name}" is ${String(weight)}; expected a finite number ≥ 0.`, {
        component: name,
      })
    }
    return weight
  })
  const total = raw.reduce((sum, weight) => sum + weight, 0)
  if (total === 0) return raw.map(() => 0)
  const weights = raw.map((weight) => weight / total)
  // Renormalized weights may add up to 1 + ε in floating point; nudge the largest down so that
  // Σ weight ≤ 1, hence Σ weight·value ≤ 1 and the score is exactly the sum of contributions.
  for (let guard = 0; guard < 64 && weights.reduce((sum, weight) => sum + weight, 0) > 1; guard++) {
    let largest = 0
    for (let i = 1; i < weights.length; i++) if ((weights[i] as number) > (weights[largest] as number)) largest = i
    weights[largest] = (weights[largest] as number) - Number.EPSILON
  }
  return weights
}
