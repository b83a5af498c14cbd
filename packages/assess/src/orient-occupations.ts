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

interface OccupationTable {
  index: Map<string, number>
  occupations: { id: string; essential: Int32Array; optional: Int32Array }[]
}

const tables = new WeakMap<Taxonomy, OccupationTable>()

/** The occupations with essential skills, their skills as integer indexes, built once per taxonomy. */
function occupationTable(taxonomy: Taxonomy): OccupationTable {
  let table = tables.get(taxonomy)
  if (table === undefined) {
    const index = new Map<string, number>()
    const id = (concept: string) => {
      let i = index.get(concept)
      if (i === undefined) {
        i = index.size
        index.set(concept, i)
      }
      return i
    }
    const occupations = taxonomy
      .byKind('occupation')
      .filter((o) => (o.essential ?? []).length > 0)
      .map((o) => ({ id: o.id, essential: Int32Array.from(o.essential ?? [], id), optional: Int32Array.from(o.optional ?? [], id) }))
    table = { index, occupations }
    tables.set(taxonomy, table)
  }
  return table
}

/** Occupations related to a held one (ancestors, descendants, related, siblings): only they can be close to it. */
function nearOccupations(id: string, taxonomy: Taxonomy): Set<string> {
  const out = new Set<string>([id, ...taxonomy.ancestors(id), ...(taxonomy.get(id)?.related ?? [])])
  for (const concept of taxonomy.byKind('occupation')) if ((concept.related ?? []).includes(id)) out.add(concept.id)
  for (const parent of taxonomy.get(id)?.broader ?? []) for (const sibling of taxonomy.get(parent)?.narrower ?? []) out.add(sibling)
  const stack = [id]
  while (stack.length > 0) {
    for (const child of taxonomy.get(stack.pop() as string)?.narrower ?? []) {
      if (out.has(child)) continue
      out.add(child)
      stack.push(child)
    }
  }
  return out
}

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

  // Closeness: only occupations near a held one can be close to it.
  const closeTo = new Map<string, { value: number; held: string }>()
  for (const [h, weight] of heldList) {
    for (const occupation of nearOccupations(h, taxonomy)) {
      const value = taxonomy.similarity(occupation, h).value * weight
      const current = closeTo.get(occupation)
      if (value > 0 && (current === undefined || value > current.value)) closeTo.set(occupation, { value, held: h })
    }
  }
  // Credits as an array indexed like the occupation table, so scoring 3,000 occupations is array reads.
  const table = occupationTable(taxonomy)
  const credits = new Float64Array(table.index.size)
  credit.forEachCredit((concept, value) => {
    const i = table.index.get(concept)
    if (i !== undefined) credits[i] = value
  })
  const scored: { occupation: string; score: number; essential: number; optional: number; closeness: number; closestHeld?: string }[] = []
  for (const occupation of table.occupations) {
    let e = 0
    for (const i of occupation.essential) e += credits[i] as number
    let o = 0
    for (const i of occupation.optional) o += credits[i] as number
    const close = closeTo.get(occupation.id)
    const closeness = close?.value ?? 0
    const essentialCoverage = e / occupation.essential.length
    const optionalCoverage = occupation.optional.length === 0 ? 0 : o / occupation.optional.length
    const score = orientationWeights.essential * essentialCoverage + orientationWeights.optional * optionalCoverage + orientationWeights.closeness * closeness
    scored.push({ occupation: occupation.id, score: round(score), essential: essentialCoverage, optional: optionalCoverage, closeness, ...(close ? { closestHeld: close.held } : {}) })
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
