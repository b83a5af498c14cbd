import {
  cefrRank,
  IncontroError,
  YearMonthSchema,
  type CefrLevel,
  type CompetenceEvidence,
  type CompetenceLevel,
  type CompetenceProfile,
  type CompetenceScale,
  type NeutralProfile,
  type QuestionnaireResult,
} from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import { currentMonth, monthIndex } from './internal/months.js'

/** Options of {@link assessCompetences}. */
export interface AssessCompetencesOptions {
  taxonomy: Taxonomy
  /** The month recency is measured from (`YYYY-MM`); the current month by default. */
  today?: string
  /** Scored questionnaires whose levels count as self-declared evidence. */
  questionnaires?: readonly QuestionnaireResult[]
}

/** Names of the skill levels 1–4. */
export const skillLevelLabels = ['basic', 'working', 'experienced', 'expert'] as const
/** Names of the DigComp 2.2 proficiency levels 1–8. */
export const digcompLevelLabels = ['foundation 1', 'foundation 2', 'intermediate 3', 'intermediate 4', 'advanced 5', 'advanced 6', 'highly specialised 7', 'highly specialised 8'] as const
const cefrLabels: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native']

/**
 * The thresholds of the rules, in one place so the documentation (docs/reference/assess.md) and the
 * code agree: recency-weighted months in related roles → skill level; recency weights by months
 * since the role ended; base confidence of each kind of evidence.
 */
export const competenceRules = {
  /** Recency-weighted months for levels 2, 3 and 4 (any related role gives at least level 1). */
  monthsForLevel: [6, 24, 60] as const,
  /** A role that ended at most 36 months ago counts fully, at most 120 months ago half, older a quarter. */
  recency: [
    { withinMonths: 36, weight: 1 },
    { withinMonths: 120, weight: 0.5 },
    { withinMonths: Number.POSITIVE_INFINITY, weight: 0.25 },
  ] as const,
  /** A role whose occupation lists the skill as essential, without the skill being named in it, reaches at most level 3. */
  occupationOnlyMaxLevel: 3,
  confidence: {
    mention: 0.4,
    experience: 0.8,
    occupation: 0.5,
    education: 0.6,
    certificate: 0.7,
    licence: 0.9,
    'self-declared': 0.5,
    questionnaire: 0.5,
  } satisfies Record<CompetenceEvidence['kind'], number>,
} as const

/** The weight of a role that ended `monthsAgo` months ago (see {@link competenceRules}). */
export function recencyWeight(monthsAgo: number): number {
  for (const step of competenceRules.recency) if (monthsAgo <= step.withinMonths) return step.weight
  return 0.25
}

function skillLevelForMonths(months: number): number {
  const [two, three, four] = competenceRules.monthsForLevel
  return months >= four ? 4 : months >= three ? 3 : months >= two ? 2 : 1
}

/** Combines independent pieces of evidence: 1 − Π(1 − cᵢ), capped at 0.95 (no self-report is certain). */
function combine(confidences: readonly number[]): number {
  let miss = 1
  for (const c of confidences) miss *= 1 - c
  return Math.round(Math.min(0.95, 1 - miss) * 1000) / 1000
}

interface Role {
  start: number
  end: number
  months: number
  monthsAgo: number
  occupation?: string
}

interface Draft {
  concept: string
  scale: CompetenceScale
  evidence: CompetenceEvidence[]
  confidences: number[]
  /** The rule text of each piece of evidence, in step with `evidence`. */
  rules: string[]
}

function labelOf(scale: CompetenceScale, level: number): string {
  switch (scale) {
    case 'skill':
      return `${level} ${skillLevelLabels[level - 1] ?? ''}`.trim()
    case 'digcomp':
      return digcompLevelLabels[level - 1] ?? String(level)
    case 'cefr':
      return cefrLabels[level - 1] ?? String(level)
    case 'eqf':
      return `EQF ${level}`
    case 'held':
      return 'held'
  }
}

/**
 * The competence profile of a neutral profile: for every skill, language, qualification, licence and
 * (from questionnaires) digital competence, a level on its scale, computed from the evidence — months
 * in roles where the skill is used and how recent they are, education and its EQF level, licences and
 * certificates, self-declared levels, questionnaire results — with every piece of evidence, the rule
 * that gave the level and a confidence. Depends on the neutral profile only.
 *
 * @example
 * const { competences } = assessCompetences(profile, { taxonomy: builtinTaxonomy(), today: '2026-11' })
 * competences.find((c) => c.concept === 'skill.haccp') // { level: 3, label: '3 experienced', rule: '…', evidence: […] }
 */
export function assessCompetences(profile: NeutralProfile, options: AssessCompetencesOptions): CompetenceProfile {
  const { taxonomy } = options
  const asOf = options.today ?? currentMonth()
  if (!YearMonthSchema.safeParse(asOf).success) {
    throw new IncontroError('CORE_INVALID_INPUT', 'The month for recency must be YYYY-MM.', { option: 'today' })
  }
  const now = monthIndex(asOf)
  const roles: Role[] = profile.experiences.map((experience) => {
    const end = experience.end === undefined || experience.end === 'present' ? now : monthIndex(experience.end)
    const start = experience.start === undefined ? end - (experience.months ?? 0) : monthIndex(experience.start)
    const months = experience.months ?? Math.max(0, end - start)
    const role: Role = { start: experience.span.start, end: experience.span.end, months, monthsAgo: Math.max(0, now - end) }
    if (experience.occupation !== undefined) role.occupation = experience.occupation
    return role
  })
  const sectionAt = (position: number): string | undefined => {
    for (const section of profile.sections) if (position >= section.span.start && position < section.span.end) return section.kind
    return undefined
  }
  const educationAt = (position: number) => profile.education.find((e) => position >= e.span.start && position < e.span.end)

  const drafts = new Map<string, Draft>()
  const draft = (concept: string, scale: CompetenceScale): Draft => {
    let d = drafts.get(concept)
    if (d === undefined) {
      d = { concept, scale, evidence: [], confidences: [], rules: [] }
      drafts.set(concept, d)
    }
    return d
  }
  const add = (d: Draft, evidence: CompetenceEvidence, rule: string): void => {
    d.evidence.push(evidence)
    d.confidences.push(competenceRules.confidence[evidence.kind])
    d.rules.push(rule)
  }

  // Skills and knowledge named in the text: in a role, in education, among certificates, or elsewhere.
  const named = new Map<string, Set<number>>()
  for (const claim of profile.claims) {
    if (claim.kind !== 'skill' && claim.kind !== 'knowledge') continue
    const d = draft(claim.concept, 'skill')
    const inRoles = new Set<number>()
    let months = 0
    for (const place of claim.evidence) {
      const r = roles.findIndex((role) => place.start >= role.start && place.start < role.end)
      if (r >= 0) {
        if (!inRoles.has(r)) {
          inRoles.add(r)
          const role = roles[r] as Role
          months += role.months * recencyWeight(role.monthsAgo)
          add(d, { kind: 'experience', start: place.start, end: place.end, months: role.months, monthsAgo: role.monthsAgo, ...(role.occupation ? { concept: role.occupation } : {}), level: skillLevelForMonths(role.months * recencyWeight(role.monthsAgo)) }, '')
        }
        continue
      }
      const section = place.section ?? sectionAt(place.start)
      const education = educationAt(place.start)
      if (education || section === 'education') {
        add(d, { kind: 'education', start: place.start, end: place.end, ...(education?.eqfLevel ? { eqfLevel: education.eqfLevel } : {}), level: 2 }, 'learnt in education → 2')
      } else if (section === 'certifications') {
        add(d, { kind: 'certificate', start: place.start, end: place.end, level: 2 }, 'certified → 2')
      } else {
        add(d, { kind: 'mention', start: place.start, end: place.end, level: 1 }, 'named without a role → 1')
      }
    }
    if (inRoles.size > 0) {
      named.set(claim.concept, inRoles)
      const level = skillLevelForMonths(months)
      const rounded = Math.round(months)
      // The level of the roles together replaces the per-role levels for the rule.
      d.rules = d.rules.map((rule, i) => (d.evidence[i]?.kind === 'experience' ? `${rounded} recency-weighted months in roles naming it → ${level}` : rule))
      for (const e of d.evidence) if (e.kind === 'experience') e.level = level
    }
  }

  // Essential skills of the occupations held, for roles that do not name them.
  const implied = new Map<string, { months: number; evidence: CompetenceEvidence[] }>()
  roles.forEach((role, r) => {
    if (role.occupation === undefined) return
    for (const skill of taxonomy.get(role.occupation)?.essential ?? []) {
      if (named.get(skill)?.has(r) === true) continue
      const entry = implied.get(skill) ?? { months: 0, evidence: [] }
      entry.months += role.months * recencyWeight(role.monthsAgo)
      entry.evidence.push({ kind: 'occupation', start: role.start, end: role.end, months: role.months, monthsAgo: role.monthsAgo, concept: role.occupation, level: 0 })
      implied.set(skill, entry)
    }
  })
  for (const [skill, entry] of [...implied].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (entry.months <= 0 && !drafts.has(skill)) continue
    const kind = taxonomy.get(skill)?.kind
    if (kind !== 'skill' && kind !== 'knowledge') continue
    const level = Math.min(competenceRules.occupationOnlyMaxLevel, skillLevelForMonths(entry.months))
    const d = draft(skill, 'skill')
    for (const e of entry.evidence) add(d, { ...e, level }, `${Math.round(entry.months)} recency-weighted months in occupations listing it as essential → ${level} (at most ${competenceRules.occupationOnlyMaxLevel})`)
  }

  // Languages declared in the CV (CEFR).
  for (const language of profile.languages) {
    const concept = taxonomy.byCode('language', language.code)?.id ?? `lang.${language.code}`
    add(draft(concept, 'cefr'), { kind: 'self-declared', level: cefrRank(language.level) }, `declared ${language.level} in the CV`)
  }

  // Education: the EQF level of each entry, and qualifications named.
  for (const education of profile.education) {
    if (education.eqfLevel === undefined) continue
    add(draft('eqf', 'eqf'), { kind: 'education', start: education.span.start, end: education.span.end, eqfLevel: education.eqfLevel, level: education.eqfLevel }, `education at EQF ${education.eqfLevel}`)
  }
  if (profile.eqfLevel !== undefined && !drafts.has('eqf')) {
    add(draft('eqf', 'eqf'), { kind: 'education', eqfLevel: profile.eqfLevel, level: profile.eqfLevel }, `highest education at EQF ${profile.eqfLevel}`)
  }
  for (const claim of profile.claims) {
    if (claim.kind !== 'qualification') continue
    const eqf = taxonomy.get(claim.concept)?.eqfLevel
    if (eqf === undefined) continue
    const d = draft(claim.concept, 'eqf')
    for (const place of claim.evidence) add(d, { kind: 'education', start: place.start, end: place.end, eqfLevel: eqf, level: eqf }, `qualification at EQF ${eqf}`)
  }

  // Licences and certificates held.
  const licenceClaims = new Map<string, { start: number; end: number }>()
  for (const claim of profile.claims) {
    const first = claim.evidence[0]
    if (claim.kind === 'licence' && first) licenceClaims.set(claim.concept, { start: first.start, end: first.end })
  }
  for (const code of profile.licences) {
    const concept = taxonomy.byCode('licence', code)?.id ?? `lic.${code.toLowerCase()}`
    const place = licenceClaims.get(concept)
    add(draft(concept, 'held'), { kind: 'licence', ...(place ?? {}), level: 1 }, 'licence or certificate held')
  }

  // Questionnaires: self-assessed levels.
  for (const result of options.questionnaires ?? []) {
    const source = `${result.questionnaire}@${result.version}`
    if (result.scale === 'cefr' && result.language && result.overall) {
      const concept = taxonomy.byCode('language', result.language)?.id ?? `lang.${result.language}`
      add(draft(concept, 'cefr'), { kind: 'questionnaire', questionnaire: source, level: result.overall.level }, `self-assessed ${result.overall.label} (${result.overall.rule} of the grid)`)
      continue
    }
    for (const competence of result.competences) {
      if (competence.level <= 0) continue
      add(draft(competence.competence, result.scale), { kind: 'questionnaire', questionnaire: source, level: competence.level }, `self-assessed ${competence.label}`)
      if (competence.concept !== undefined && result.scale === 'digcomp') {
        // DigComp 1–8 onto the skill scale 1–4: two proficiency levels per skill level.
        const level = Math.ceil(competence.level / 2)
        add(draft(competence.concept, 'skill'), { kind: 'questionnaire', questionnaire: source, level }, `self-assessed DigComp ${competence.level} → ${level}`)
      }
    }
  }

  const competences: CompetenceLevel[] = []
  for (const d of drafts.values()) {
    let best = 0
    let rule = ''
    d.evidence.forEach((e, i) => {
      if (e.level > best) {
        best = e.level
        rule = d.rules[i] ?? ''
      }
    })
    if (best === 0) continue
    competences.push({ concept: d.concept, scale: d.scale, level: best, label: labelOf(d.scale, best), rule, confidence: combine(d.confidences), evidence: d.evidence })
  }
  competences.sort((a, b) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0))
  return { profileId: profile.id, asOf, competences }
}
