import { IncontroError } from '@incontro/core'
import fc from 'fast-check'
import { index } from './internal/spec-arbitrary.js'
import type { Gendered } from './internal/vocabulary.js'
import { languagesEn, languagesIt, occupations } from './internal/vocabulary.js'

/** A synthetic vacancy written with a feminine and a masculine job title, otherwise identical. */
export interface VacancyPair {
  language: 'it' | 'en'
  /** The same for both variants (`vac-` and 8 hex digits). */
  sourceId: string
  /** The occupation sought, as the stable English key {@link PopulationMember.occupation} uses. */
  occupation: string
  /** The ad written with the feminine title ("Cercasi cameriera", "waitress wanted"). */
  feminine: string
  /** The same ad with the masculine title ("Cercasi cameriere", "waiter wanted"). */
  masculine: string
  /** Whether the two variants differ (an epicene title such as "barista" or "nurse" gives identical texts). */
  gendered: boolean
}

/** Options of {@link vacancyPairArbitrary}. */
export interface VacancyPairOptions {
  /** The ad language; default: both. */
  language?: 'it' | 'en'
  /** Only these occupations (English keys such as `nurse`, `waiter`); default: all. */
  occupations?: readonly string[]
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Generates job ads in two wordings that differ only in the gender of the job title, as Italian ads often
 * do ("Cercasi cameriera" / "Cercasi cameriere"): a neutral pipeline must read the same vacancy from both,
 * and a fair ranking must not depend on which wording the employer chose. Requirements are the
 * occupation's skills, with experience, a language, a licence and the contract drawn at random; all
 * employers are invented.
 *
 * @example
 * fc.assert(fc.property(vacancyPairArbitrary({ language: 'it' }), (ad) => {
 *   expect(neutralVacancy(ad.feminine)).toEqual(neutralVacancy(ad.masculine))
 * }))
 */
export function vacancyPairArbitrary(options: VacancyPairOptions = {}): fc.Arbitrary<VacancyPair> {
  const allowed = occupations.map((occupation, i) => ({ occupation, i })).filter(({ occupation }) => options.occupations === undefined || options.occupations.includes(occupation.en.m))
  if (allowed.length === 0) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'None of options.occupations is a known occupation; use English keys such as "nurse" or "waiter".', { count: options.occupations?.length ?? 0 })
  }
  const language = options.language === undefined ? fc.constantFrom<'it' | 'en'>('it', 'en') : fc.constant(options.language)
  return fc
    .record({
      language,
      id: fc.nat(0xffffffff),
      occupation: fc.constantFrom(...allowed.map(({ i }) => i)),
      employer: fc.nat(1),
      skills: fc.uniqueArray(fc.nat(3), { minLength: 2, maxLength: 4 }),
      years: fc.nat(4),
      foreign: fc.option(fc.record({ language: index(languagesIt), level: fc.constantFrom('A2', 'B1', 'B2', 'C1') }), { freq: 2 }),
      licence: fc.boolean(),
      permanent: fc.boolean(),
      headline: fc.nat(1),
    })
    .map((spec) => {
      const occupation = occupations[spec.occupation] as (typeof occupations)[number]
      const it = spec.language === 'it'
      const employer = occupation.employers[spec.employer % occupation.employers.length] as string
      const skills = spec.skills.map((i) => (it ? occupation.skillsIt : occupation.skillsEn)[i % 4] as string)
      const render = (title: string): string => {
        const lines: string[] = []
        if (it) {
          lines.push(spec.headline === 0 ? `Cercasi ${title}` : capitalize(title), '', `${employer}, Milano, cerca ${title} da inserire nel proprio organico.`, '', 'Requisiti:')
          for (const skill of skills) lines.push(`- ${skill}`)
          if (spec.years > 0) lines.push(`- almeno ${spec.years} anni di esperienza nel ruolo`)
          if (spec.foreign) lines.push(`- ${languagesIt[spec.foreign.language] as string} livello ${spec.foreign.level}`)
          if (spec.licence) lines.push('- patente B')
          lines.push('', 'Si offre:', `- contratto a tempo ${spec.permanent ? 'indeterminato' : 'determinato di 12 mesi'}, full-time`, '', 'Sede di lavoro: Milano (MI)')
        } else {
          lines.push(spec.headline === 0 ? `${capitalize(title)} wanted` : capitalize(title), '', `${employer}, Milan, is looking for a ${title} to join the team.`, '', 'Requirements:')
          for (const skill of skills) lines.push(`- ${skill}`)
          if (spec.years > 0) lines.push(`- at least ${spec.years} years of experience in the role`)
          if (spec.foreign) lines.push(`- ${languagesEn[spec.foreign.language] as string} at level ${spec.foreign.level}`)
          if (spec.licence) lines.push('- driving licence (category B)')
          lines.push('', 'We offer:', `- a ${spec.permanent ? 'permanent' : '12-month fixed-term'} full-time contract`, '', 'Location: Milan, Italy')
        }
        return `${lines.join('\n')}\n`
      }
      const title: Gendered = it ? occupation.it : occupation.en
      const feminine = render(title.f)
      const masculine = render(title.m)
      return {
        language: spec.language,
        sourceId: `vac-${spec.id.toString(16).padStart(8, '0')}`,
        occupation: occupation.en.m,
        feminine,
        masculine,
        gendered: feminine !== masculine,
      }
    })
}
