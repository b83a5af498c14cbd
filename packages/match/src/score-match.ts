import { cefrRank } from '@incontro/core'
import type { ComponentName, Evidence, ItemCredit, MatchResult, NeutralProfile, NeutralVacancy, ScoreComponent } from '@incontro/core'
import { conceptCredit, type Taxonomy } from '@incontro/taxonomy'
import { bestLanguage, componentOrder, heldEqfLevel, levelCredit, requiredConcepts, resolveWeights } from './internal/score-components.js'

export { defaultMatchWeights } from './internal/score-components.js'

/** Options of {@link scoreMatch}. */
export interface ScoreMatchOptions {
  taxonomy: Taxonomy
  /** Overrides of {@link defaultMatchWeights} (non-negative; renormalized over the components present). */
  weights?: Partial<Record<ComponentName, number>>
}

type Unmet = MatchResult['unmet'][number]
type Draft = Omit<ScoreComponent, 'weight' | 'contribution'>

function draft(name: ComponentName, items: readonly ItemCredit[], value: number): Draft {
  return {
    name,
    value,
    matched: items.filter((item) => item.credit >= 1),
    partial: items.filter((item) => item.credit > 0 && item.credit < 1),
    missing: items.filter((item) => item.credit <= 0),
  }
}

function mean(items: readonly ItemCredit[]): number {
  let sum = 0
  for (const item of items) sum += item.credit
  return sum / items.length
}

/** Concepts the profile holds, with the evidence behind each (claims, and occupations of experiences). */
function holdings(profile: NeutralProfile): Map<string, Evidence[]> {
  const have = new Map<string, Evidence[]>()
  const add = (concept: string, evidence: readonly Evidence[]): void => {
    const list = have.get(concept) ?? []
    list.push(...evidence)
    have.set(concept, list)
  }
  for (const claim of profile.claims) add(claim.concept, claim.evidence)
  for (const experience of profile.experiences) {
    if (experience.occupation !== undefined) add(experience.occupation, [{ start: experience.span.start, end: experience.span.end, section: 'experience' }])
  }
  return have
}

/**
 * Scores one neutral profile against one neutral vacancy, exactly and with explanations: essential and
 * preferred concept coverage (partial credit through narrower, broader, sibling or related concepts),
 * experience, languages (CEFR), education (EQF) and licences. Only the components the vacancy asks for
 * count; `score` is exactly the sum of their contributions. Unmet essential languages, education and
 * licences are listed in `unmet`.
 *
 * @example
 * const result = scoreMatch(vacancy, profile, { taxonomy })
 * result.components.map((c) => [c.name, c.contribution])
 */
export function scoreMatch(vacancy: NeutralVacancy, profile: NeutralProfile, options: ScoreMatchOptions): MatchResult {
  const { taxonomy } = options
  const drafts: Draft[] = []
  const unmet: Unmet[] = []
  const have = holdings(profile)

  for (const importance of ['essential', 'preferred'] as const) {
    const concepts = requiredConcepts(vacancy, importance)
    if (concepts.length === 0) continue
    const items = concepts.map((concept) => conceptCredit(concept, have, taxonomy))
    drafts.push(draft(importance, items, mean(items)))
  }

  const requiredMonths = vacancy.experienceMonths ?? 0
  if (requiredMonths > 0) {
    // All months count for now; restricting them to occupations related to the vacancy is a planned refinement.
    const credit = Math.min(1, profile.experienceMonths / requiredMonths)
    const evidence = profile.experiences.map((e) => ({ start: e.span.start, end: e.span.end, section: 'experience' }))
    const item: ItemCredit = {
      required: `${requiredMonths} months`,
      via: `${profile.experienceMonths} months`,
      relation: credit > 0 ? 'level' : 'none',
      credit,
      evidence: credit > 0 ? evidence : [],
    }
    drafts.push(draft('experience', [item], credit))
  }

  const claimEvidence = (kind: 'language' | 'licence', code: string): Evidence[] => {
    const concept = taxonomy.byCode(kind, code)
    return concept === undefined ? [] : [...(have.get(concept.id) ?? [])]
  }

  if (vacancy.languages.length > 0) {
    const items = vacancy.languages.map((requirement): ItemCredit => {
      const required = `${requirement.code}:${requirement.level}`
      const best = bestLanguage(profile, requirement.code)
      const credit = best === undefined ? 0 : levelCredit(cefrRank(requirement.level) - cefrRank(best.level))
      if (requirement.importance === 'essential' && credit < 1) unmet.push({ constraint: 'language', required })
      if (best === undefined) return { required, relation: 'none', credit: 0, evidence: [] }
      return { required, via: `${best.code}:${best.level}`, relation: 'level', credit, evidence: claimEvidence('language', requirement.code) }
    })
    drafts.push(draft('languages', items, mean(items)))
  }

  if (vacancy.eqfLevel !== undefined) {
    const { level, importance } = vacancy.eqfLevel
    const held = heldEqfLevel(profile)
    let evidence: Evidence[] = []
    for (const education of profile.education) {
      if (held !== undefined && education.eqfLevel === held) evidence.push({ start: education.span.start, end: education.span.end, section: 'education' })
    }
    const credit = levelCredit(level - (held ?? 0))
    if (credit === 0) evidence = []
    if (importance === 'essential' && credit < 1) unmet.push({ constraint: 'education', required: String(level) })
    const item: ItemCredit =
      held === undefined
        ? { required: String(level), relation: credit > 0 ? 'level' : 'none', credit, evidence }
        : { required: String(level), via: String(held), relation: credit > 0 ? 'level' : 'none', credit, evidence }
    drafts.push(draft('education', [item], credit))
  }

  if (vacancy.licences.length > 0) {
    const held = new Set(profile.licences.map((code) => code.trim().toUpperCase()))
    const items = vacancy.licences.map((requirement): ItemCredit => {
      const evidence = claimEvidence('licence', requirement.code)
      const holds = held.has(requirement.code.trim().toUpperCase()) || evidence.length > 0
      if (requirement.importance === 'essential' && !holds) unmet.push({ constraint: 'licence', required: requirement.code })
      return holds
        ? { required: requirement.code, via: requirement.code, relation: 'exact', credit: 1, evidence }
        : { required: requirement.code, relation: 'none', credit: 0, evidence: [] }
    })
    drafts.push(draft('licences', items, mean(items)))
  }

  drafts.sort((a, b) => componentOrder.indexOf(a.name) - componentOrder.indexOf(b.name))
  const weights = resolveWeights(
    options.weights,
    drafts.map((d) => d.name),
  )
  const components: ScoreComponent[] = drafts.map((d, i) => {
    const weight = weights[i] as number
    return { name: d.name, weight, value: d.value, contribution: weight * d.value, matched: d.matched, partial: d.partial, missing: d.missing }
  })
  let score = 0
  for (const component of components) score += component.contribution
  return { vacancyId: vacancy.id, profileId: profile.id, score, components, unmet }
}
