import { cefrRank } from '@incontro/core'
import type { ComponentName, NeutralProfile, NeutralVacancy } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import type { CreditSources } from './credit-sources.js'
import { bestLanguage, heldEqfLevel, levelCredit, presentComponents, requiredConcepts, resolveWeights } from './score-components.js'

/** What scoring reads of a profile, compacted once when the profile is stored (see {@link scoreInputOf}). */
export interface ScoreInput {
  /** Concepts held: claims and occupations of experiences, without repetition. */
  readonly held: readonly string[]
  /** Held concepts without any evidence (they do not prove a licence); almost always empty. */
  readonly unevidenced: readonly string[]
  /** Licence codes listed by the profile, trimmed and upper-cased. */
  readonly licences: readonly string[]
  /** The best CEFR rank per language code spoken. */
  readonly languages: readonly { readonly code: string; readonly rank: number }[]
  readonly eqfLevel: number | undefined
  readonly experienceMonths: number
}

const empty: readonly string[] = []

/** The {@link ScoreInput} of a profile. */
export function scoreInputOf(profile: NeutralProfile): ScoreInput {
  const evidence = new Map<string, number>()
  for (const claim of profile.claims) evidence.set(claim.concept, (evidence.get(claim.concept) ?? 0) + claim.evidence.length)
  for (const experience of profile.experiences) {
    if (experience.occupation !== undefined) evidence.set(experience.occupation, (evidence.get(experience.occupation) ?? 0) + 1)
  }
  const unevidenced = [...evidence].filter(([, count]) => count === 0).map(([concept]) => concept)
  const codes = [...new Set(profile.languages.map((spoken) => spoken.code))]
  return {
    held: [...evidence.keys()],
    unevidenced: unevidenced.length === 0 ? empty : unevidenced,
    licences: profile.licences.length === 0 ? empty : profile.licences.map((code) => code.trim().toUpperCase()),
    languages: codes.map((code) => ({ code, rank: cefrRank((bestLanguage(profile, code) as NeutralProfile['languages'][number]).level) })),
    eqfLevel: heldEqfLevel(profile),
    experienceMonths: profile.experienceMonths,
  }
}

/** Scores profiles against one vacancy without explanations. */
export interface ScorePlan {
  /** Exactly `scoreMatch(vacancy, profile).score`, bit for bit. */
  score(input: ScoreInput): number
  /** Whether `scoreMatch(vacancy, profile).unmet` would be non-empty. */
  hasUnmet(input: ScoreInput): boolean
}

interface Slot {
  slot: number
  credit: number
}

/**
 * Compiles a vacancy into a plan that scores a profile with a few map lookups over its claims: the
 * vacancy's concepts become one table from held concept to the requirement slots it credits. Every
 * component is computed as `scoreMatch` computes it (same helpers, same order of additions), so the
 * matcher can rank all candidates with the plan and explain only the best `k` with `scoreMatch`.
 */
export function createScorePlan(
  vacancy: NeutralVacancy,
  options: { taxonomy: Taxonomy; sources: CreditSources; weights?: Partial<Record<ComponentName, number>> },
): ScorePlan {
  const { taxonomy } = options
  const essential = requiredConcepts(vacancy, 'essential')
  const preferred = requiredConcepts(vacancy, 'preferred')
  const slots = new Map<string, Slot[]>()
  ;[...essential, ...preferred].forEach((required, slot) => {
    for (const [held, credit] of options.sources(required)) {
      const list = slots.get(held)
      if (list === undefined) slots.set(held, [{ slot, credit }])
      else list.push({ slot, credit })
    }
  })
  const best = new Float64Array(essential.length + preferred.length)
  const credit = (held: string): void => {
    const list = slots.get(held)
    if (list === undefined) return
    for (const { slot, credit } of list) if (credit > (best[slot] as number)) best[slot] = credit
  }
  const meanOf = (from: number, to: number): number => {
    let sum = 0
    for (let i = from; i < to; i++) sum += best[i] as number
    return sum / (to - from)
  }

  const present = presentComponents(vacancy)
  const weights = resolveWeights(options.weights, present)
  const requiredMonths = vacancy.experienceMonths ?? 0
  const languages = vacancy.languages.map((requirement) => ({ ...requirement, rank: cefrRank(requirement.level) }))
  const licences = vacancy.licences.map((requirement) => ({
    ...requirement,
    normalized: requirement.code.trim().toUpperCase(),
    concept: taxonomy.byCode('licence', requirement.code)?.id,
  }))

  const languageCredit = (input: ScoreInput, code: string, rank: number): number => {
    for (const spoken of input.languages) if (spoken.code === code) return levelCredit(rank - spoken.rank)
    return 0
  }
  // `scoreMatch` counts a licence held when the profile lists it or holds its concept with some evidence.
  const holdsLicence = (input: ScoreInput, normalized: string, concept: string | undefined): boolean =>
    input.licences.includes(normalized) || (concept !== undefined && input.held.includes(concept) && !input.unevidenced.includes(concept))

  const value = (name: ComponentName, input: ScoreInput): number => {
    switch (name) {
      case 'essential':
        return meanOf(0, essential.length)
      case 'preferred':
        return meanOf(essential.length, best.length)
      case 'experience':
        return Math.min(1, input.experienceMonths / requiredMonths)
      case 'languages': {
        let sum = 0
        for (const requirement of languages) sum += languageCredit(input, requirement.code, requirement.rank)
        return sum / languages.length
      }
      case 'education':
        return levelCredit((vacancy.eqfLevel?.level ?? 0) - (input.eqfLevel ?? 0))
      case 'licences': {
        let sum = 0
        for (const requirement of licences) sum += holdsLicence(input, requirement.normalized, requirement.concept) ? 1 : 0
        return sum / licences.length
      }
    }
  }

  return {
    score(input) {
      best.fill(0)
      for (const held of input.held) credit(held)
      let score = 0
      for (let i = 0; i < present.length; i++) score += (weights[i] as number) * value(present[i] as ComponentName, input)
      return score
    },
    hasUnmet(input) {
      for (const requirement of languages) {
        if (requirement.importance === 'essential' && languageCredit(input, requirement.code, requirement.rank) < 1) return true
      }
      if (vacancy.eqfLevel?.importance === 'essential' && levelCredit(vacancy.eqfLevel.level - (input.eqfLevel ?? 0)) < 1) return true
      for (const requirement of licences) {
        if (requirement.importance === 'essential' && !holdsLicence(input, requirement.normalized, requirement.concept)) return true
      }
      return false
    },
  }
}
