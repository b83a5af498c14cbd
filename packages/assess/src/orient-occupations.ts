import type { CourseCatalogue, NeutralProfile } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import { recencyWeight } from './assess-competences.js'
import { assessOccupationGaps, type OccupationGaps } from './assess-occupation-gaps.js'
import { createCreditLookup, heldConcepts } from './internal/held-concepts.js'
import { currentMonth, monthIndex } from './internal/months.js'
import { recommendTraining, type TrainingPath } from './recommend-training.js'

/** Weights of the orientation score: essential coverage, optional coverage, closeness to a held or sought occupation. */
export const orientationWeights = { essential: 0.6, optional: 0.15, closeness: 0.25 } as const

/** One occupation a profile could aim at, with its score, its parts, its gap and the shortest training path. */
export interface OccupationFit {
  occupation: string
  /** Σ weightᵢ·componentᵢ with {@link orientationWeights}. */
  score: number
  essentialCoverage: number
  optionalCoverage: number
  /**
   * The taxonomy similarity to the closest occupation held or sought, times the recency weight of the
   * role (1 within 36 months, 0.5 within 120, else 0.25; 1 for a sought occupation); 0 when none is related.
   */
  closeness: number
  /** That occupation, if any. */
  closestHeld?: string
  gaps: OccupationGaps
  /** Present when a catalogue was given. */
  training?: TrainingPath
}

/** Occupations ranked for a profile. */
export interface Orientation {
  profileId: string
  /** How many occupations were scored. */
  considered: number
  occupations: OccupationFit[]
}

/** Options of {@link orientOccupations}. */
export interface OrientOccupationsOptions {
  taxonomy: Taxonomy
  /** How many occupations to return (default 10). */
  limit?: number
  /** A course catalogue: each returned occupation then gets its shortest training path. */
  catalogue?: CourseCatalogue
  minimize?: 'hours' | 'cost'
  /** The month recency is measured from (`YYYY-MM`); the current month by default. */
  today?: string
}

const round = (x: number) => Math.round(x * 1e6) / 1e6

/**
 * Ranks the taxonomy's occupations for a profile — for someone who lost a job, a NEET or a student —
 * by the coverage of their essential (and optional) skills, with partial credit through related
 * concepts, and by closeness to the occupations the person held or seeks; each with its gap and,
 * given a catalogue, the shortest training path. Occupations without essential skills are skipped.
 * Ties are broken by occupation id. Depends on the neutral profile only.
 *
 * @example
 * const { occupations } = orientOccupations(profile, { taxonomy, catalogue: milanCourseCatalogue(), limit: 5 })
 * occupations[0] // { occupation: 'occ.cook', score: 0.82, gaps: …, training: … }
 */
export function orientOccupations(profile: NeutralProfile, options: OrientOccupationsOptions): Orientation {
  const { taxonomy } = options
  const limit = options.limit ?? 10
  const credit = createCreditLookup(heldConcepts(profile, taxonomy, { implied: true }), taxonomy)
  const now = monthIndex(options.today ?? currentMonth())
  const held = new Map<string, number>()
  const hold = (occupation: string, weight: number) => held.set(occupation, Math.max(weight, held.get(occupation) ?? 0))
  for (const experience of profile.experiences) {
    if (experience.occupation === undefined) continue
    const end = experience.end === undefined || experience.end === 'present' ? now : monthIndex(experience.end)
    hold(experience.occupation, recencyWeight(Math.max(0, now - end)))
  }
  for (const occupation of profile.targetOccupations ?? []) hold(occupation, 1)
  const heldList = [...held].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

  const scored: { occupation: string; score: number; essential: number; optional: number; closeness: number; closestHeld?: string }[] = []
  for (const occupation of taxonomy.byKind('occupation')) {
    const essential = occupation.essential ?? []
    if (essential.length === 0) continue
    let e = 0
    for (const skill of essential) e += credit(skill).credit
    const optional = occupation.optional ?? []
    let o = 0
    for (const skill of optional) o += credit(skill).credit
    let closeness = 0
    let closestHeld: string | undefined
    for (const [h, weight] of heldList) {
      const value = taxonomy.similarity(occupation.id, h).value * weight
      if (value > closeness) {
        closeness = value
        closestHeld = h
      }
    }
    const essentialCoverage = e / essential.length
    const optionalCoverage = optional.length === 0 ? 0 : o / optional.length
    const score = orientationWeights.essential * essentialCoverage + orientationWeights.optional * optionalCoverage + orientationWeights.closeness * closeness
    scored.push({ occupation: occupation.id, score: round(score), essential: essentialCoverage, optional: optionalCoverage, closeness, ...(closestHeld ? { closestHeld } : {}) })
  }
  scored.sort((a, b) => b.score - a.score || (a.occupation < b.occupation ? -1 : a.occupation > b.occupation ? 1 : 0))
  const occupations = scored.slice(0, limit).map((s): OccupationFit => {
    const gaps = assessOccupationGaps(profile, s.occupation, { taxonomy, credit })
    const fit: OccupationFit = {
      occupation: s.occupation,
      score: s.score,
      essentialCoverage: round(s.essential),
      optionalCoverage: round(s.optional),
      closeness: s.closeness,
      ...(s.closestHeld ? { closestHeld: s.closestHeld } : {}),
      gaps,
    }
    if (options.catalogue) fit.training = recommendTraining(gaps, { catalogue: options.catalogue, taxonomy, ...(options.minimize ? { minimize: options.minimize } : {}) })
    return fit
  })
  return { profileId: profile.id, considered: scored.length, occupations }
}
