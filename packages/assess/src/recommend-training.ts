import { cefrRank, type Course, type CourseCatalogue } from '@incontro/core'
import { builtinTaxonomy, type Taxonomy } from '@incontro/taxonomy'
import type { OccupationGaps } from './assess-occupation-gaps.js'
import type { Gaps } from './assess-gaps.js'
import { solveSetCover } from './solve-set-cover.js'

/** One thing a person needs to learn: a concept to a level (skill scale 1–4, CEFR rank for languages, 1 for licences). */
export interface TrainingNeed {
  concept: string
  level: number
  /** Why it is needed: an essential or preferred/optional concept missing or partly met, a language level, a licence. */
  reason: 'essential' | 'optional' | 'language' | 'licence'
}

/** A course chosen for a path, with the needs it covers and why it was chosen. */
export interface TrainingStep {
  course: Course
  covers: TrainingNeed[]
  /** One sentence: what the course closes, at what price per need. */
  why: string
}

/** The courses that close a gap at the least hours or cost, course by course. */
export interface TrainingPath {
  minimize: 'hours' | 'cost'
  /** `exact` (the optimum) or `greedy` (within `bound` × the optimum). */
  method: 'exact' | 'greedy'
  bound: number
  steps: TrainingStep[]
  totalHours: number
  totalCost: number
  needs: TrainingNeed[]
  /** Needs that no course of the catalogue covers. */
  uncovered: TrainingNeed[]
}

/** Options of {@link recommendTraining}. */
export interface RecommendTrainingOptions {
  catalogue: CourseCatalogue
  taxonomy: Taxonomy
  /** What to minimize: total `hours` (default) or total `cost` (list prices); the other breaks ties. */
  minimize?: 'hours' | 'cost'
  /** Also close preferred (vacancy) or optional (occupation) concepts; default only essential ones, languages and licences. */
  includeOptional?: boolean
  /** Level a course must reach for a missing or partly met skill (skill scale; default 2, working). */
  skillLevel?: number
  /** Set cover method (default `auto`: exact for small gaps). */
  method?: 'auto' | 'exact' | 'greedy'
}

const escoIndexes = new WeakMap<Taxonomy, Map<string, string>>()

/** Maps a catalogue concept (built-in id) onto the taxonomy in use: the same id, or the concept with the same ESCO URI. */
function resolver(taxonomy: Taxonomy): (concept: string) => string {
  let byUri = escoIndexes.get(taxonomy)
  if (byUri === undefined) {
    byUri = new Map()
    for (const concept of taxonomy.all()) if (concept.escoUri !== undefined) byUri.set(concept.escoUri, concept.id)
    escoIndexes.set(taxonomy, byUri)
  }
  const index = byUri
  return (concept) => {
    if (taxonomy.get(concept) !== undefined) return concept
    const uri = builtinTaxonomy().get(concept)?.escoUri
    return (uri === undefined ? undefined : index.get(uri)) ?? concept
  }
}

function needsOf(target: Gaps | OccupationGaps | readonly TrainingNeed[], options: RecommendTrainingOptions): TrainingNeed[] {
  if (Array.isArray(target)) return [...(target as readonly TrainingNeed[])]
  const level = options.skillLevel ?? 2
  const needs: TrainingNeed[] = []
  const push = (concept: string, need: number, reason: TrainingNeed['reason']) => {
    if (!needs.some((n) => n.concept === concept)) needs.push({ concept, level: need, reason })
  }
  const gaps = target as Gaps | OccupationGaps
  for (const item of [...gaps.essential.missing, ...gaps.essential.partial]) push(item.required, level, 'essential')
  if (options.includeOptional === true) {
    const other = 'occupation' in gaps ? gaps.optional : gaps.preferred
    for (const item of [...other.missing, ...other.partial]) push(item.required, level, 'optional')
  }
  if ('vacancyId' in gaps) {
    for (const language of gaps.languages) {
      if (language.steps <= 0 || (language.importance !== 'essential' && options.includeOptional !== true)) continue
      push(options.taxonomy.byCode('language', language.code)?.id ?? `lang.${language.code}`, Math.min(cefrRank(language.required), 6), 'language')
    }
    for (const licence of gaps.licences) {
      if (licence.held || (licence.importance !== 'essential' && options.includeOptional !== true)) continue
      push(options.taxonomy.byCode('licence', licence.code)?.id ?? `lic.${licence.code.toLowerCase()}`, 1, 'licence')
    }
  }
  return needs
}

const euro = (n: number) => `€${Math.round(n)}`

/**
 * The courses of a catalogue that close a gap at the least total hours (or cost): a weighted set
 * cover of the needs — essential concepts missing or partly met, language levels, licences — solved
 * exactly for small gaps and greedily (within H(d) of the optimum) for large ones, with each course's
 * reason. A course covers a need when it teaches the concept (or the concept with the same ESCO URI)
 * to at least the level needed. Needs no course covers are listed apart.
 *
 * @example
 * const path = recommendTraining(assessGaps(profile, vacancy, { taxonomy }), { catalogue: milanCourseCatalogue(), taxonomy, minimize: 'hours' })
 * path.steps.map((step) => step.course.id)
 */
export function recommendTraining(target: Gaps | OccupationGaps | readonly TrainingNeed[], options: RecommendTrainingOptions): TrainingPath {
  const minimize = options.minimize ?? 'hours'
  const needs = needsOf(target, options)
  const resolve = resolver(options.taxonomy)
  const index = new Map(needs.map((need, i) => [need.concept, i]))
  const useful: { course: Course; covers: number[] }[] = []
  for (const course of options.catalogue.courses) {
    const covers: number[] = []
    for (const outcome of course.teaches) {
      const i = index.get(resolve(outcome.concept))
      if (i !== undefined && outcome.level >= (needs[i]?.level ?? 0) && !covers.includes(i)) covers.push(i)
    }
    if (covers.length > 0) useful.push({ course, covers: covers.sort((a, b) => a - b) })
  }
  useful.sort((a, b) => (a.course.id < b.course.id ? -1 : a.course.id > b.course.id ? 1 : 0))
  const weight = (course: Course) => (minimize === 'hours' ? course.hours : course.cost)
  const tie = (course: Course) => (minimize === 'hours' ? course.cost : course.hours)
  const solution = solveSetCover(
    { elements: needs.length, sets: useful.map((u) => ({ weight: weight(u.course), tie: tie(u.course), covers: u.covers })) },
    options.method ? { method: options.method } : {},
  )
  const steps: TrainingStep[] = []
  const done = new Set<number>()
  for (const s of solution.chosen) {
    const chosen = useful[s]
    if (chosen === undefined) continue
    const fresh = chosen.covers.filter((i) => !done.has(i))
    for (const i of fresh) done.add(i)
    const covers = fresh.map((i) => needs[i] as TrainingNeed)
    const w = weight(chosen.course)
    const price = minimize === 'hours' ? `${Math.round((w / Math.max(1, fresh.length)) * 10) / 10} h` : euro(w / Math.max(1, fresh.length))
    const funding = chosen.course.funding.filter((f) => f !== 'none')
    const why =
      `Covers ${covers.length} need${covers.length === 1 ? '' : 's'} (${price} per need); ${chosen.course.hours} h, ${euro(chosen.course.cost)}` +
      `${funding.length > 0 ? ` (fundable: ${funding.join(', ')})` : ''}; ` +
      (solution.method === 'exact' ? `part of the set of least total ${minimize} that covers every need.` : `the lowest ${minimize} per newly covered need when it was picked.`)
    steps.push({ course: chosen.course, covers, why })
  }
  let totalHours = 0
  let totalCost = 0
  for (const step of steps) {
    totalHours += step.course.hours
    totalCost += step.course.cost
  }
  return {
    minimize,
    method: solution.method,
    bound: solution.bound,
    steps,
    totalHours,
    totalCost,
    needs,
    uncovered: solution.uncovered.map((i) => needs[i] as TrainingNeed),
  }
}
