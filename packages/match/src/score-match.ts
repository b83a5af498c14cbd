import { IncontroError, cefrRank } from '@incontro/core'
import type { ComponentName, Evidence, ItemCredit, MatchResult, NeutralProfile, NeutralVacancy, ScoreComponent } from '@incontro/core'
import { conceptCredit, type Taxonomy } from '@incontro/taxonomy'

/** Default component weights; components a vacancy does not ask for are left out and the rest renormalized. */
export const defaultMatchWeights: Readonly<Record<ComponentName, number>> = Object.freeze({
  essential: 0.45,
  preferred: 0.15,
  experience: 0.1,
  languages: 0.15,
  education: 0.1,
  licences: 0.05,
})

/** Options of {@link scoreMatch}. */
export interface ScoreMatchOptions {
  taxonomy: Taxonomy
  /** Overrides of {@link defaultMatchWeights} (non-negative; renormalized over the components present). */
  weights?: Partial<Record<ComponentName, number>>
}

const componentOrder: readonly ComponentName[] = ['essential', 'preferred', 'experience', 'languages', 'education', 'licences']
/** Credit lost per missing CEFR or EQF level. */
const LEVEL_STEP = 0.25

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

function levelCredit(gap: number): number {
  return gap <= 0 ? 1 : Math.max(0, 1 - LEVEL_STEP * gap)
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

function resolveWeights(overrides: Partial<Record<ComponentName, number>> | undefined, present: readonly ComponentName[]): number[] {
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
    const concepts = [...new Set(vacancy.requirements.filter((r) => r.importance === importance).map((r) => r.concept))]
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
      let best: NeutralProfile['languages'][number] | undefined
      for (const spoken of profile.languages) {
        if (spoken.code === requirement.code && (best === undefined || cefrRank(spoken.level) > cefrRank(best.level))) best = spoken
      }
      const credit = best === undefined ? 0 : levelCredit(cefrRank(requirement.level) - cefrRank(best.level))
      if (requirement.importance === 'essential' && credit < 1) unmet.push({ constraint: 'language', required })
      if (best === undefined) return { required, relation: 'none', credit: 0, evidence: [] }
      return { required, via: `${best.code}:${best.level}`, relation: 'level', credit, evidence: claimEvidence('language', requirement.code) }
    })
    drafts.push(draft('languages', items, mean(items)))
  }

  if (vacancy.eqfLevel !== undefined) {
    const { level, importance } = vacancy.eqfLevel
    let held = profile.eqfLevel
    let evidence: Evidence[] = []
    for (const education of profile.education) {
      if (education.eqfLevel !== undefined && (held === undefined || education.eqfLevel > held)) held = education.eqfLevel
    }
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
