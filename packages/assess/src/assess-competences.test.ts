import { CompetenceProfileSchema } from '@incontro/core'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { describe, expect, it } from 'vitest'
import { assessCompetences } from './assess-competences.js'
import { cookProfile, studentProfile } from './internal/fixtures.js'

const taxonomy = builtinTaxonomy()
const today = '2026-11'

describe('assessCompetences', () => {
  const result = assessCompetences(cookProfile(), { taxonomy, today })
  const of = (concept: string) => result.competences.find((c) => c.concept === concept)

  it('gives a skill named in a current 30-month role level 3 (24–59 recency-weighted months), with the role as evidence', () => {
    const haccp = of('skill.haccp')
    expect(haccp?.level).toBe(3)
    expect(haccp?.scale).toBe('skill')
    expect(haccp?.rule).toContain('30 recency-weighted months')
    expect(haccp?.evidence.some((e) => e.kind === 'experience' && e.months === 30 && e.monthsAgo === 0 && e.concept === 'occ.cook')).toBe(true)
  })

  it('infers the essential skills of a held occupation, capped, and weighs an old role by its recency', () => {
    // Kitchen porter 2008–2010 (24 months, ended 202 months ago → weight 0.25 → 6 months): dishwashing at level 2.
    const dishwashing = of('skill.dishwashing')
    expect(dishwashing?.level).toBe(2)
    expect(dishwashing?.evidence.every((e) => e.kind === 'occupation' && e.concept === 'occ.kitchen-porter')).toBe(true)
    expect(dishwashing?.confidence).toBeLessThan(of('skill.haccp')?.confidence ?? 0)
    // Cooking: essential for a cook, 30 current months, not named → level 3 at most.
    expect(of('skill.cooking')?.level).toBe(3)
  })

  it('rates education, a skill named only in a skills list, languages, EQF and licences on their own scales', () => {
    expect(of('know.food-safety')).toMatchObject({ level: 2, scale: 'skill' })
    expect(of('know.food-safety')?.evidence[0]).toMatchObject({ kind: 'education', eqfLevel: 4 })
    expect(of('skill.teamwork')).toMatchObject({ level: 1, evidence: [expect.objectContaining({ kind: 'mention' })] })
    expect(of('lang.en')).toMatchObject({ scale: 'cefr', level: 3, label: 'B1' })
    expect(of('eqf')).toMatchObject({ scale: 'eqf', level: 4, label: 'EQF 4' })
    expect(of('lic.b')).toMatchObject({ scale: 'held', level: 1 })
  })

  it('gives every level its rule, a confidence in [0, 1] and at least one piece of evidence, and fits the schema', () => {
    expect(() => CompetenceProfileSchema.parse(result)).not.toThrow()
    for (const c of result.competences) {
      expect(c.rule.length).toBeGreaterThan(0)
      expect(c.evidence.length).toBeGreaterThan(0)
      expect(c.confidence).toBeGreaterThan(0)
      expect(c.confidence).toBeLessThanOrEqual(0.95)
    }
  })

  it('rates a skill named without any role at level 1', () => {
    const student = assessCompetences(studentProfile(), { taxonomy, today })
    expect(student.competences.find((c) => c.concept === 'skill.excel')).toMatchObject({ level: 1, rule: 'named without a role → 1' })
  })

  it('counts questionnaire results as self-declared evidence', () => {
    const withQuestionnaire = assessCompetences(studentProfile(), {
      taxonomy,
      today,
      questionnaires: [
        { questionnaire: 'cefr-self-assessment', version: '1', language: 'en', scale: 'cefr', competences: [], overall: { level: 4, label: 'B2', rule: 'median' }, unanswered: [] },
        { questionnaire: 'digcomp', version: '1', scale: 'digcomp', competences: [{ competence: 'digcomp.1.1', concept: 'skill.internet-search', level: 5, label: 'advanced 5', items: ['x'] }], unanswered: [] },
      ],
    })
    const of2 = (concept: string) => withQuestionnaire.competences.find((c) => c.concept === concept)
    expect(of2('lang.en')).toMatchObject({ level: 4, label: 'B2' })
    expect(of2('lang.en')?.evidence.map((e) => e.kind)).toEqual(['self-declared', 'questionnaire'])
    expect(of2('digcomp.1.1')).toMatchObject({ scale: 'digcomp', level: 5 })
    expect(of2('skill.internet-search')).toMatchObject({ scale: 'skill', level: 3 })
  })

  it('refuses a malformed month with a typed error', () => {
    expect(() => assessCompetences(cookProfile(), { taxonomy, today: 'November' })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
  })
})
