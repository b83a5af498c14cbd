import { QuestionnaireResultSchema } from '@incontro/core'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { describe, expect, it } from 'vitest'
import { assessCompetences } from './assess-competences.js'
import { cefrQuestionnaire } from './cefr-questionnaire.js'
import { digcompQuestionnaire } from './digcomp-questionnaire.js'
import { studentProfile } from './internal/fixtures.js'
import { scoreQuestionnaire } from './score-questionnaire.js'

describe('the instruments', () => {
  it('DigComp: 5 areas, 21 competences, two statements each in Italian and English', () => {
    const q = digcompQuestionnaire()
    expect(q.competences).toHaveLength(21)
    expect(new Set(q.competences.map((c) => c.area)).size).toBe(5)
    expect(q.items).toHaveLength(42)
    for (const item of q.items) expect(item.text.it).not.toBe(item.text.en)
  })

  it('CEFR: 5 activities × 6 levels', () => {
    const q = cefrQuestionnaire()
    expect(q.competences).toHaveLength(5)
    expect(q.items).toHaveLength(30)
  })
})

describe('scoreQuestionnaire', () => {
  const cefr = cefrQuestionnaire()
  const yesUpTo = (activity: string, n: number) => Object.fromEntries(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((level, i) => [`${activity}-${level}`, i < n ? 1 : 0]))

  it('CEFR: an activity reaches the highest level with every level below also answered yes; overall is the median', () => {
    const result = scoreQuestionnaire(cefr, {
      questionnaire: 'cefr-self',
      language: 'en',
      answers: { ...yesUpTo('listening', 4), ...yesUpTo('reading', 5), ...yesUpTo('spoken-interaction', 3), ...yesUpTo('spoken-production', 3), ...yesUpTo('writing', 2) },
    })
    expect(result.competences.map((c) => c.label)).toEqual(['B2', 'C1', 'B1', 'B1', 'A2'])
    expect(result.overall).toMatchObject({ level: 3, label: 'B1' })
    expect(result.unanswered).toEqual([])
    expect(() => QuestionnaireResultSchema.parse(result)).not.toThrow()
  })

  it('CEFR: a yes above a no does not count (levels are consecutive)', () => {
    const result = scoreQuestionnaire(cefr, { questionnaire: 'cefr-self', language: 'en', answers: { 'writing-A1': 1, 'writing-A2': 0, 'writing-B1': 1 } })
    expect(result.competences.find((c) => c.competence === 'cefr.writing')?.label).toBe('A1')
  })

  it('DigComp: the advanced statement counts only when the basic one is done without help', () => {
    const q = digcompQuestionnaire()
    const withHelp = scoreQuestionnaire(q, { questionnaire: q.id, answers: { '1.1-a': 1, '1.1-b': 4 } })
    expect(withHelp.competences.find((c) => c.competence === 'digcomp.1.1')?.level).toBe(1)
    const onOwn = scoreQuestionnaire(q, { questionnaire: q.id, answers: { '1.1-a': 2, '1.1-b': 2 } })
    expect(onOwn.competences.find((c) => c.competence === 'digcomp.1.1')).toMatchObject({ level: 6, label: 'advanced 6', concept: 'skill.internet-search' })
  })

  it('feeds results into the competence profile as self-declared evidence', () => {
    const q = digcompQuestionnaire()
    const digcomp = scoreQuestionnaire(q, { questionnaire: q.id, answers: { '4.1-a': 3 } })
    const language = scoreQuestionnaire(cefr, { questionnaire: 'cefr-self', language: 'de', answers: { ...yesUpTo('listening', 2), ...yesUpTo('reading', 2), ...yesUpTo('spoken-interaction', 2), ...yesUpTo('spoken-production', 2), ...yesUpTo('writing', 2) } })
    const profile = assessCompetences(studentProfile(), { taxonomy: builtinTaxonomy(), today: '2026-11', questionnaires: [digcomp, language] })
    expect(profile.competences.find((c) => c.concept === 'digcomp.4.1')).toMatchObject({ scale: 'digcomp', level: 3 })
    expect(profile.competences.find((c) => c.concept === 'lang.de')).toMatchObject({ scale: 'cefr', label: 'A2', evidence: [expect.objectContaining({ kind: 'questionnaire', questionnaire: 'cefr-self@1.0.0' })] })
  })

  it('refuses answers to another questionnaire, unknown items, values off the scale and a missing language', () => {
    const q = digcompQuestionnaire()
    expect(() => scoreQuestionnaire(q, { questionnaire: 'cefr-self', answers: {} })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
    expect(() => scoreQuestionnaire(q, { questionnaire: q.id, answers: { nope: 1 } })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
    expect(() => scoreQuestionnaire(q, { questionnaire: q.id, answers: { '1.1-a': 9 } })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
    expect(() => scoreQuestionnaire(cefr, { questionnaire: 'cefr-self', answers: {} })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
  })
})
