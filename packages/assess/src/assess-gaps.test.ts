import { NeutralProfileSchema, NeutralVacancySchema } from '@incontro/core'
import { createTaxonomy, expandEntries } from '@incontro/taxonomy'
import { describe, expect, it } from 'vitest'
import { assessGaps } from './assess-gaps.js'

const taxonomy = createTaxonomy(
  expandEntries({
    skills: [
      { id: 'skill.welding', it: ['saldatura'], en: ['welding'] },
      { id: 'skill.tig', it: ['saldatura TIG'], en: ['TIG welding'], broader: ['skill.welding'] },
      { id: 'skill.drawing', it: ['disegno tecnico'], en: ['technical drawing'] },
      { id: 'skill.cnc', it: ['programmazione CNC'], en: ['CNC programming'] },
    ],
    occupations: [],
    coded: [],
  }),
  { version: 't' },
)
const provenance = { taxonomy: 't', anonymizer: 'test' }

const profile = NeutralProfileSchema.parse({
  id: 'a'.repeat(32),
  language: 'it',
  text: 'saldatura TIG, disegno tecnico',
  sections: [],
  experiences: [],
  education: [],
  languages: [{ code: 'en', level: 'A2' }],
  licences: ['B'],
  claims: [
    { concept: 'skill.tig', kind: 'skill', evidence: [{ start: 0, end: 13 }] },
    { concept: 'skill.drawing', kind: 'skill', evidence: [{ start: 15, end: 30 }] },
  ],
  absent: [],
  experienceMonths: 18,
  eqfLevel: 3,
  provenance,
})

const vacancy = NeutralVacancySchema.parse({
  id: 'b'.repeat(32),
  language: 'it',
  title: 'saldatore/trice',
  text: '',
  requirements: [
    { concept: 'skill.welding', kind: 'skill', importance: 'essential', evidence: [] },
    { concept: 'skill.drawing', kind: 'skill', importance: 'essential', evidence: [] },
    { concept: 'skill.cnc', kind: 'skill', importance: 'essential', evidence: [] },
    { concept: 'skill.tig', kind: 'skill', importance: 'preferred', evidence: [] },
  ],
  languages: [{ code: 'en', level: 'B1', importance: 'preferred' }],
  eqfLevel: { level: 4, importance: 'essential' },
  licences: [{ code: 'C', importance: 'essential' }],
  experienceMonths: 24,
  contract: [],
  provenance,
})

describe('assessGaps', () => {
  const gaps = assessGaps(profile, vacancy, { taxonomy })

  it('splits essential concepts into met, partly met through a narrower concept, and missing', () => {
    expect(gaps.essential.met.map((c) => c.required)).toEqual(['skill.drawing'])
    expect(gaps.essential.partial.map((c) => [c.required, c.via])).toEqual([['skill.welding', 'skill.tig']])
    expect(gaps.essential.missing.map((c) => c.required)).toEqual(['skill.cnc'])
    expect(gaps.essential.coverage).toBeCloseTo((1 + 0.7 + 0) / 3)
    expect(gaps.preferred.met.map((c) => c.required)).toEqual(['skill.tig'])
  })

  it('names the held skill that carries over to a partly met requirement', () => {
    expect(gaps.transferable).toEqual([{ concept: 'skill.tig', gives: [{ required: 'skill.welding', relation: 'narrower', credit: 0.7 }] }])
  })

  it('reports language, education, licence and experience gaps in steps', () => {
    expect(gaps.languages).toEqual([{ code: 'en', required: 'B1', held: 'A2', steps: 1, importance: 'preferred' }])
    expect(gaps.education).toEqual({ required: 4, held: 3, steps: 1, importance: 'essential' })
    expect(gaps.licences).toEqual([{ code: 'C', held: false, importance: 'essential' }])
    expect(gaps.experience).toEqual({ requiredMonths: 24, heldMonths: 18, missingMonths: 6 })
  })
})
