import { describe, expect, it } from 'vitest'
import { ParsedVacancySchema } from '@incontro/core'
import { createTaxonomy, expandEntries } from '@incontro/taxonomy'
import { anonymizeVacancy } from './anonymize-vacancy.js'

const taxonomy = createTaxonomy(
  expandEntries({
    skills: [
      { id: 'skill.table-service', it: ['servizio ai tavoli'], en: ['table service'] },
      { id: 'know.food-hygiene', kind: 'knowledge', it: ['igiene alimentare'], en: ['food hygiene'] },
    ],
    occupations: [{ id: 'occ.waiter', it: { m: 'cameriere', f: 'cameriera' }, en: { preferred: 'server', m: 'waiter', f: 'waitress' }, isco: '5131', essential: ['skill.table-service'] }],
    coded: [
      { id: 'lic.b', kind: 'licence', code: 'B', it: ['patente B'], en: ['driving licence B'] },
      { id: 'lang.en', kind: 'language', code: 'en', it: ['inglese'], en: ['English'] },
      { id: 'qual.upper-secondary', kind: 'qualification', eqf: 4, it: ['diploma di maturità'], en: ['high school diploma'] },
    ],
  }),
  { version: 'test-1' },
)

const text = 'Cameriere/a di sala\nRequisiti\nServizio ai tavoli e igiene alimentare\nDiploma di maturità\nInglese B1\nPatente B\n'
const span = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length })
const parsed = ParsedVacancySchema.parse({
  sourceId: 'job-1',
  language: 'it',
  document: { text, blocks: [], format: 'text', language: 'it' },
  title: { text: 'Cameriere/a di sala', span: span('Cameriere/a di sala') },
  sections: [{ kind: 'requirements', span: { start: span('Requisiti').start, end: text.length } }],
  requirements: ['Servizio ai tavoli e igiene alimentare', 'Diploma di maturità', 'Inglese B1', 'Patente B'].map((line) => ({ text: line, importance: 'essential', span: span(line) })),
  languages: [{ code: 'en', level: 'B1', importance: 'essential', span: span('Inglese B1') }],
  education: [{ eqfLevel: 4, importance: 'essential', span: span('Diploma di maturità') }],
  licences: [{ code: 'B', importance: 'essential', span: span('Patente B') }],
  contract: [],
  diagnostics: [],
})

describe('anonymizeVacancy', () => {
  const vacancy = anonymizeVacancy(parsed, { key: 'test-key', taxonomy })

  it('lists only skills and knowledge as concept requirements', () => {
    expect(vacancy.requirements.map((r) => [r.concept, r.kind])).toEqual([
      ['know.food-hygiene', 'knowledge'],
      ['skill.table-service', 'skill'],
    ])
  })

  it('scores languages, education and licences through their own structured fields, once', () => {
    expect(vacancy.languages).toEqual([{ code: 'en', level: 'B1', importance: 'essential' }])
    expect(vacancy.eqfLevel).toEqual({ level: 4, importance: 'essential' })
    expect(vacancy.licences).toEqual([{ code: 'B', importance: 'essential' }])
  })
})
