import { NeutralProfileSchema, NeutralVacancySchema, type NeutralProfile, type NeutralVacancy } from '@incontro/core'

/** A small valid neutral profile with a hex id made from `n` (test data, written here). */
export function testProfile(n: number, skills: readonly string[] = ['skill.haccp']): NeutralProfile {
  return NeutralProfileSchema.parse({
    id: n.toString(16).padStart(32, '0'),
    language: 'it',
    text: `esperienza in cucina e sala ${n}`,
    sections: [],
    experiences: [{ title: 'cuoco', occupation: 'occ.cook', months: 24, span: { start: 0, end: 5 } }],
    education: [],
    languages: [{ code: 'it', level: 'native' }],
    licences: ['B'],
    claims: skills.map((concept) => ({ concept, kind: 'skill', evidence: [{ start: 0, end: 5 }] })),
    absent: [],
    experienceMonths: 24,
    provenance: { taxonomy: 'test', anonymizer: 'test' },
  })
}

/** A small valid neutral vacancy with a hex id made from `n`. */
export function testVacancy(n: number, skills: readonly string[] = ['skill.haccp']): NeutralVacancy {
  return NeutralVacancySchema.parse({
    id: `f${n.toString(16).padStart(31, '0')}`,
    language: 'it',
    title: 'cuoco',
    occupation: 'occ.cook',
    text: 'cercasi cuoco con haccp',
    requirements: skills.map((concept) => ({ concept, kind: 'skill', importance: 'essential', evidence: [{ start: 0, end: 5 }] })),
    languages: [],
    licences: [],
    contract: [],
    provenance: { taxonomy: 'test', anonymizer: 'test' },
  })
}
