import fc from 'fast-check'
import type { CueKind } from './cue-kinds.js'
import { buildCv } from './internal/build-cv.js'
import { specArbitrary } from './internal/spec-arbitrary.js'

/** A synthetic CV in two gender variants that differ only in gender cues. */
export interface CvPair {
  language: 'it' | 'en'
  /** The same for both variants (`gen-` and 8 hex digits). */
  sourceId: string
  female: string
  male: string
  /** The kinds of cue whose words differ between the variants, in {@link cueKinds} order. */
  cues: CueKind[]
}

/** Options of {@link cvPairArbitrary}. */
export interface CvPairOptions {
  /** The CV language; default: both, Italian and English. */
  language?: 'it' | 'en'
}

/**
 * Generates plain-text CVs in two gender variants rendered from one template instance: the variants
 * differ only in gender cues (given name and the email built from it, honorific, pronouns, Italian
 * participles, adjectives and job titles, the nata/nato birth line, the codice fiscale's birth day,
 * marital and family status, maternity vs paternity leave, gendered teams and choirs, military service,
 * honorifics in references, names written with an evasion), so
 * a neutral pipeline must give the same output for both. Layouts, sections, dates, employers and skills
 * vary as in real Italian and English CVs; all people and companies are invented.
 *
 * @example
 * fc.assert(fc.property(cvPairArbitrary({ language: 'it' }), ({ female, male, sourceId }) => {
 *   expect(neutral(female, sourceId)).toEqual(neutral(male, sourceId))
 * }))
 */
export function cvPairArbitrary(options: CvPairOptions = {}): fc.Arbitrary<CvPair> {
  const language = options.language === undefined ? fc.constantFrom<'it' | 'en'>('it', 'en') : fc.constant(options.language)
  return specArbitrary(language).map((spec) => {
    const { female, male, cues } = buildCv(spec)
    return { language: spec.language, sourceId: `gen-${spec.id.toString(16).padStart(8, '0')}`, female, male, cues }
  })
}
