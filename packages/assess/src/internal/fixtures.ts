import { NeutralProfileSchema, type NeutralProfile } from '@incontro/core'

const provenance = { taxonomy: 'test', anonymizer: 'test' }

/**
 * A synthetic neutral profile for tests: a cook for 30 months up to now (naming HACCP in the role),
 * a kitchen porter 2008–2010, a hospitality diploma (EQF 4) naming food safety, the B licence,
 * English B1 and a skills line naming teamwork.
 */
export function cookProfile(): NeutralProfile {
  const text = [
    'Esperienze',
    'Cuoco/a 2024-05 – ad oggi: cucina italiana, HACCP.', // 11–61
    'Lavapiatti 2008-01 – 2010-01.', // 62–91
    'Istruzione',
    'Diploma alberghiero, sicurezza alimentare.', // 104–146
    'Competenze: lavoro di squadra.',
  ].join('\n')
  const at = (word: string) => {
    const start = text.indexOf(word)
    return { start, end: start + word.length }
  }
  const role1 = { start: text.indexOf('Cuoco'), end: text.indexOf('Lavapiatti') - 1 }
  const role2 = { start: text.indexOf('Lavapiatti'), end: text.indexOf('Istruzione') - 1 }
  const school = { start: text.indexOf('Diploma'), end: text.indexOf('Competenze') - 1 }
  return NeutralProfileSchema.parse({
    id: 'c'.repeat(32),
    language: 'it',
    text,
    sections: [
      { kind: 'experience', span: { start: 0, end: role2.end } },
      { kind: 'education', span: { start: text.indexOf('Istruzione'), end: school.end } },
      { kind: 'skills', span: { start: text.indexOf('Competenze'), end: text.length } },
    ],
    experiences: [
      { title: 'cuoco/a', occupation: 'occ.cook', start: '2024-05', end: 'present', months: 30, span: role1 },
      { title: 'lavapiatti', occupation: 'occ.kitchen-porter', start: '2008-01', end: '2010-01', months: 24, span: role2 },
    ],
    education: [{ title: 'diploma alberghiero', eqfLevel: 4, span: school }],
    languages: [{ code: 'en', level: 'B1' }],
    licences: ['B'],
    claims: [
      { concept: 'skill.italian-cuisine', kind: 'skill', evidence: [{ ...at('cucina italiana'), section: 'experience' }] },
      { concept: 'skill.haccp', kind: 'skill', evidence: [{ ...at('HACCP'), section: 'experience' }] },
      { concept: 'know.food-safety', kind: 'knowledge', evidence: [{ ...at('sicurezza alimentare'), section: 'education' }] },
      { concept: 'skill.teamwork', kind: 'skill', evidence: [{ ...at('lavoro di squadra'), section: 'skills' }] },
    ],
    absent: [],
    experienceMonths: 54,
    eqfLevel: 4,
    provenance,
  })
}

/** A synthetic profile of a student with no work experience: upper secondary diploma, English A2, two skills named. */
export function studentProfile(): NeutralProfile {
  const text = 'Diploma tecnico. Competenze: Excel, comunicazione.'
  const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, section: 'skills' })
  return NeutralProfileSchema.parse({
    id: 'd'.repeat(32),
    language: 'it',
    text,
    sections: [{ kind: 'skills', span: { start: 17, end: text.length } }],
    experiences: [],
    education: [{ title: 'diploma tecnico', eqfLevel: 4, span: { start: 0, end: 16 } }],
    languages: [{ code: 'en', level: 'A2' }],
    licences: [],
    claims: [
      { concept: 'skill.excel', kind: 'skill', evidence: [at('Excel')] },
      { concept: 'skill.communication', kind: 'skill', evidence: [at('comunicazione')] },
    ],
    absent: [],
    experienceMonths: 0,
    eqfLevel: 4,
    provenance,
  })
}
