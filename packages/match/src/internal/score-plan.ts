import { cefrRank } from '@incontro/core'
import type { ComponentName, NeutralProfile, NeutralVacancy } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import type { CreditSources } from './credit-sources.js'
import { bestLanguage, heldEqfLevel, levelCredit, presentComponents, requiredConcepts, resolveWeights } from './score-components.js'

/** Dense numbers for concept ids, so that scoring indexes arrays instead of hashing strings. */
export interface ConceptNumbers {
  /** The number of a concept if it has one. */
  find(concept: string): number | undefined
  /** How many numbers are assigned (numbers are 0 … size − 1). */
  readonly size: number
}

/** What scoring reads of a profile, compacted once when the profile is stored (see {@link createScoreInputs}). */
export interface ScoreInput {
  /** Numbers of the concepts held (claims and occupations of experiences), without repetition. */
  readonly held: readonly number[]
  /** Numbers of held concepts without any evidence (they do not prove a licence); almost always empty. */
  readonly unevidenced: readonly number[]
  /** Licence codes listed by the profile, trimmed and upper-cased. */
  readonly licences: readonly string[]
  /** The best CEFR rank per language code spoken. */
  readonly languages: readonly { readonly code: string; readonly rank: number }[]
  readonly eqfLevel: number | undefined
  readonly experienceMonths: number
}

/** Makes {@link ScoreInput}s, numbering their concepts; plans must use the same {@link ConceptNumbers}. */
export interface ScoreInputs {
  readonly numbers: ConceptNumbers
  inputOf(profile: NeutralProfile): ScoreInput
}

const none: readonly never[] = []

/**
 * Creates a maker of score inputs. Inputs are small (a few hundred bytes per profile) because the
 * lists most profiles share (languages with levels, licences) are stored once and shared.
 */
export function createScoreInputs(): ScoreInputs {
  const numbers = new Map<string, number>()
  const numberOf = (concept: string): number => {
    let number = numbers.get(concept)
    if (number === undefined) {
      number = numbers.size
      numbers.set(concept, number)
    }
    return number
  }
  const shared = new Map<string, readonly unknown[]>()
  const share = <T>(key: string, make: () => readonly T[]): readonly T[] => {
    let list = shared.get(key) as readonly T[] | undefined
    if (list === undefined) {
      list = Object.freeze(make())
      shared.set(key, list)
    }
    return list
  }
  return {
    numbers: {
      find: (concept) => numbers.get(concept),
      get size() {
        return numbers.size
      },
    },
    inputOf(profile) {
      const evidence = new Map<string, number>()
      for (const claim of profile.claims) evidence.set(claim.concept, (evidence.get(claim.concept) ?? 0) + claim.evidence.length)
      for (const experience of profile.experiences) {
        if (experience.occupation !== undefined) evidence.set(experience.occupation, (evidence.get(experience.occupation) ?? 0) + 1)
      }
      const held: number[] = []
      let unevidenced: number[] | undefined
      for (const [concept, count] of evidence) {
        held.push(numberOf(concept))
        if (count === 0) (unevidenced ??= []).push(numberOf(concept))
      }
      const languages = [...new Set(profile.languages.map((spoken) => spoken.code))].map((code) => ({
        code,
        rank: cefrRank((bestLanguage(profile, code) as NeutralProfile['languages'][number]).level),
      }))
      const licences = profile.licences.map((code) => code.trim().toUpperCase())
      return {
        held,
        unevidenced: unevidenced ?? none,
        licences: licences.length === 0 ? none : share(`licences ${JSON.stringify(licences)}`, () => licences),
        languages: languages.length === 0 ? none : share(`languages ${JSON.stringify(languages)}`, () => languages),
        eqfLevel: heldEqfLevel(profile),
        experienceMonths: profile.experienceMonths,
      }
    },
  }
}

/** Scores profiles against one vacancy without explanations. */
export interface ScorePlan {
  /** Exactly `scoreMatch(vacancy, profile).score`, bit for bit. */
  score(input: ScoreInput): number
  /** Whether `scoreMatch(vacancy, profile).unmet` would be non-empty. */
  hasUnmet(input: ScoreInput): boolean
}

/** Options of {@link createScorePlan}. */
export interface ScorePlanOptions {
  taxonomy: Taxonomy
  sources: CreditSources
  /** The numbers the scored inputs were made with. */
  numbers: ConceptNumbers
  weights?: Partial<Record<ComponentName, number>>
}

/**
 * Compiles a vacancy into a plan that scores a profile with a few array lookups over its concepts: the
 * vacancy's requirements become one table from held concept to the requirement slots it credits, and
 * their credit. Every component is computed as `scoreMatch` computes it (same helpers, same order of
 * additions), so the matcher can rank all candidates with the plan and explain only the best `k`.
 */
export function createScorePlan(vacancy: NeutralVacancy, options: ScorePlanOptions): ScorePlan {
  const { taxonomy, numbers } = options
  const essential = requiredConcepts(vacancy, 'essential')
  const preferred = requiredConcepts(vacancy, 'preferred')
  // Per concept number, a linked list of (slot, credit) entries: head[concept] → next[entry] → …
  const head = new Int32Array(numbers.size).fill(-1)
  const next: number[] = []
  const slotOf: number[] = []
  const creditOf: number[] = []
  ;[...essential, ...preferred].forEach((required, slot) => {
    for (const [held, credit] of options.sources(required)) {
      const number = numbers.find(held)
      // A concept without a number is held by no stored profile.
      if (number === undefined) continue
      next.push(head[number] as number)
      head[number] = slotOf.length
      slotOf.push(slot)
      creditOf.push(credit)
    }
  })
  const best = new Float64Array(essential.length + preferred.length)
  const meanOf = (from: number, to: number): number => {
    let sum = 0
    for (let i = from; i < to; i++) sum += best[i] as number
    return sum / (to - from)
  }

  const present = presentComponents(vacancy)
  const weights = resolveWeights(options.weights, present)
  const requiredMonths = vacancy.experienceMonths ?? 0
  const languages = vacancy.languages.map((requirement) => ({ ...requirement, rank: cefrRank(requirement.level) }))
  const licences = vacancy.licences.map((requirement) => {
    const concept = taxonomy.byCode('licence', requirement.code)
    return { ...requirement, normalized: requirement.code.trim().toUpperCase(), concept: concept === undefined ? undefined : numbers.find(concept.id) }
  })

  const languageCredit = (input: ScoreInput, code: string, rank: number): number => {
    for (const spoken of input.languages) if (spoken.code === code) return levelCredit(rank - spoken.rank)
    return 0
  }
  // `scoreMatch` counts a licence held when the profile lists it or holds its concept with some evidence.
  const holdsLicence = (input: ScoreInput, normalized: string, concept: number | undefined): boolean =>
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
      case 'occupation':
      case 'lexical':
        return 0
    }
  }

  return {
    score(input) {
      best.fill(0)
      const { held } = input
      for (let i = 0; i < held.length; i++) {
        const concept = held[i] as number
        for (let entry = concept < head.length ? (head[concept] as number) : -1; entry >= 0; entry = next[entry] as number) {
          const slot = slotOf[entry] as number
          const credit = creditOf[entry] as number
          if (credit > (best[slot] as number)) best[slot] = credit
        }
      }
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
