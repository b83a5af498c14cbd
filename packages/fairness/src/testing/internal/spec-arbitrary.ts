import fc from 'fast-check'
import type { CvSpec, ExperienceSpec } from './build-cv.js'
import { femaleGivenNames, maleGivenNames, surnames } from './names.js'
import {
  adjectivesIt,
  birthPlaces,
  generalSkillsIt,
  languagesIt,
  occupations,
  personAdjectivesIt,
  streets,
  studyFields,
} from './vocabulary.js'

/** An index into a list. */
export const index = (list: readonly unknown[]): fc.Arbitrary<number> => fc.nat(list.length - 1)

export const experienceArbitrary: fc.Arbitrary<ExperienceSpec> = fc.record({
  occupation: index(occupations),
  employer: fc.nat(1),
  duration: fc.integer({ min: 3, max: 60 }),
  gap: fc.nat(12),
  layout: fc.nat(2),
  description: fc.nat(1),
  skills: fc.uniqueArray(fc.nat(3), { minLength: 1, maxLength: 3 }),
  extra: fc.nat(2),
})

export function specArbitrary(language: fc.Arbitrary<'it' | 'en'>): fc.Arbitrary<CvSpec> {
  return fc.record({
    language,
    id: fc.nat(0xffffffff),
    femaleName: index(femaleGivenNames),
    maleName: index(maleGivenNames),
    surname: index(surnames),
    birth: fc.record({ year: fc.integer({ min: 1962, max: 2004 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }),
    birthPlace: index(birthPlaces),
    phone: fc.tuple(fc.constantFrom('320', '328', '333', '338', '340', '347', '366', '389', '393'), fc.nat(999), fc.nat(9999)),
    emailStyle: fc.nat(4),
    emailDomain: fc.nat(1),
    headerFields: fc.boolean(),
    honorific: fc.nat(3),
    upperSurname: fc.boolean(),
    address: fc.option(index(streets), { freq: 2 }),
    houseNumber: fc.integer({ min: 1, max: 120 }),
    birthInfo: fc.nat(3),
    codiceFiscale: fc.boolean(),
    summary: fc.uniqueArray(fc.nat(6), { maxLength: 2 }),
    adjectives: fc.tuple(index(adjectivesIt), index(adjectivesIt)),
    personAdjectives: fc.tuple(index(personAdjectivesIt), index(personAdjectivesIt)),
    years: fc.integer({ min: 2, max: 20 }),
    field: index(studyFields),
    experiences: fc.array(experienceArbitrary, { minLength: 1, maxLength: 4 }),
    ongoing: fc.boolean(),
    dateStyle: fc.nat(3),
    education: fc.array(fc.record({ kind: fc.nat(5), field: index(studyFields), offset: fc.nat(8) }), { minLength: 1, maxLength: 2 }),
    languages: fc.array(fc.record({ language: index(languagesIt), level: fc.nat(5) }), { maxLength: 3 }),
    nativeStyle: fc.nat(1),
    licence: fc.nat(3),
    skills: fc.uniqueArray(index(generalSkillsIt), { maxLength: 4 }),
    headingUpper: fc.boolean(),
    volunteering: fc.boolean(),
    privacy: fc.boolean(),
    bullet: fc.nat(2),
    marital: fc.nat(3),
    family: fc.boolean(),
    leave: fc.nat(2),
    organisation: fc.nat(2),
    military: fc.boolean(),
    reference: fc.nat(2),
    evasion: fc.nat(2),
  })
}

