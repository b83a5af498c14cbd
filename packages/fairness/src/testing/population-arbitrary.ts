import { IncontroError } from '@incontro/core'
import fc from 'fast-check'
import type { CueKind } from './cue-kinds.js'
import { buildCv } from './internal/build-cv.js'
import { experienceArbitrary, specArbitrary } from './internal/spec-arbitrary.js'
import { occupations } from './internal/vocabulary.js'

/**
 * How strongly gender is tied to CV content in a generated population; each is a probability in [0, 1],
 * 0 (the default) meaning independent, so gender then shows only through cues.
 */
export interface PopulationCorrelations {
  /** Probability that a person's latest job is drawn from the occupations where their gender is over-represented. */
  sector?: number
  /** Extra probability, for women, of a career break of 2 to 4 years between two jobs (base rate 10 %). */
  careerBreak?: number
  /** Extra probability, for women, that the latest job is part-time (base rate 10 %). */
  partTime?: number
}

/** Options of {@link personArbitrary} and {@link populationArbitrary}. */
export interface PopulationOptions {
  /** The CV language; default: both. */
  language?: 'it' | 'en'
  /** Links between gender and content; default none (gender shows only through cues). */
  correlations?: PopulationCorrelations
  /** Fewest members of a population; default 10. */
  minSize?: number
  /** Most members of a population; default 40. */
  maxSize?: number
}

/** One generated person: the CV they wrote, the same CV with the other gender's cues, and their attributes. */
export interface PopulationMember {
  /** Unique within a population (`pop-` and a number). */
  sourceId: string
  language: 'it' | 'en'
  /** The protected attribute: it is known here and never written into the CV except through cues. */
  gender: 'female' | 'male'
  /** The CV in the variant of the person's gender. */
  cv: string
  /** The same CV in the other gender's variant: the counterfactual input. */
  counterfactual: string
  /** The kinds of cue that differ between the two variants. */
  cues: CueKind[]
  /** The latest job's occupation, a stable English key (e.g. `nurse`): legitimate content, fit for strata. */
  occupation: string
  /** The latest job's sector (e.g. `healthcare`). */
  sector: string
  /** Whether the career has a break of 2 to 4 years. */
  careerBreak: boolean
  /** Whether the latest job is part-time. */
  partTime: boolean
}

/** The occupations where women, respectively men, are over-represented in Italy (ISTAT labour-force shares). */
const femaleSide = [2, 3, 6, 7, 8, 9, 12, 14]
const maleSide = [0, 1, 4, 5, 10, 11, 13]
const BASE_RATE = 0.1
const probability = fc.integer({ min: 0, max: 9999 }).map((n) => n / 10_000)

function checkProbability(name: string, value: number | undefined): number {
  const p = value ?? 0
  if (!(p >= 0 && p <= 1)) throw new IncontroError('FAIRNESS_INVALID_INPUT', `correlations.${name} must be a probability between 0 and 1, e.g. 0.3.`, { name })
  return p
}

/**
 * Generates one person of a population: a CV rendered in the variant of their gender, its counterfactual
 * in the other variant, and the attributes an audit needs. With {@link PopulationCorrelations} gender is
 * tied to the occupation, career breaks and part-time work, as in real labour markets; without them the
 * content is independent of gender and only cues (names, pronouns, "laureata", gendered titles) reveal
 * it, which is the case where a neutral pipeline must leave nothing to predict gender from.
 *
 * @example
 * fc.assert(fc.property(personArbitrary({ correlations: { sector: 0.6 } }), (person) => { ... }))
 */
export function personArbitrary(options: PopulationOptions = {}): fc.Arbitrary<PopulationMember> {
  const sector = checkProbability('sector', options.correlations?.sector)
  const careerBreak = checkProbability('careerBreak', options.correlations?.careerBreak)
  const partTime = checkProbability('partTime', options.correlations?.partTime)
  const language = options.language === undefined ? fc.constantFrom<'it' | 'en'>('it', 'en') : fc.constant(options.language)
  return fc
    .record({
      spec: specArbitrary(language),
      female: fc.boolean(),
      draws: fc.tuple(probability, probability, probability),
      side: fc.nat(1000),
      breakMonths: fc.integer({ min: 24, max: 48 }),
      hours: fc.constantFrom(18, 20, 24, 30),
      earlier: experienceArbitrary,
    })
    .map(({ spec, female, draws: [uSector, uBreak, uPart], side, breakMonths, hours, earlier }) => {
      const experiences = spec.experiences.map((experience) => ({ ...experience }))
      const latest = experiences[0] as (typeof experiences)[number]
      if (uSector < sector) {
        const list = female ? femaleSide : maleSide
        latest.occupation = list[side % list.length] as number
      }
      const hasBreak = uBreak < BASE_RATE + (female ? careerBreak : 0)
      if (hasBreak) {
        if (experiences.length === 1) experiences.push({ ...earlier, occupation: latest.occupation })
        latest.gap = breakMonths
      } else {
        // Gaps of the base template stay below a year, so only the break above counts as one.
        latest.gap = Math.min(latest.gap, 11)
      }
      const isPartTime = uPart < BASE_RATE + (female ? partTime : 0)
      if (isPartTime) latest.partTimeHours = hours
      const { female: f, male: m, cues } = buildCv({ ...spec, experiences })
      const occupation = occupations[latest.occupation % occupations.length] as (typeof occupations)[number]
      return {
        sourceId: '',
        language: spec.language,
        gender: female ? ('female' as const) : ('male' as const),
        cv: female ? f : m,
        counterfactual: female ? m : f,
        cues,
        occupation: occupation.en.m,
        sector: occupation.sector.en,
        careerBreak: hasBreak,
        partTime: isPartTime,
      }
    })
}

/**
 * Generates a population of {@link personArbitrary} members with unique source ids (`pop-0`, `pop-1`, …),
 * for properties over a whole ranking or selection.
 *
 * @example
 * fc.assert(fc.asyncProperty(populationArbitrary({ minSize: 20 }), async (people) => { ... }))
 */
export function populationArbitrary(options: PopulationOptions = {}): fc.Arbitrary<PopulationMember[]> {
  const { minSize = 10, maxSize = 40 } = options
  if (!Number.isInteger(minSize) || minSize < 1 || !Number.isInteger(maxSize) || maxSize < minSize) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'minSize and maxSize must be positive integers with minSize ≤ maxSize, e.g. 10 and 40.', { minSize, maxSize })
  }
  return fc.array(personArbitrary(options), { minLength: minSize, maxLength: maxSize }).map((people) => people.map((person, i) => ({ ...person, sourceId: `pop-${i}` })))
}

/**
 * Draws a population of exactly `size` people from a seed, for benchmarks and reports; the same seed
 * and options give the same people.
 *
 * @example
 * const people = samplePopulation({ size: 10_000, seed: 7, correlations: { sector: 0.6, careerBreak: 0.3 } })
 */
export function samplePopulation(options: PopulationOptions & { size: number; seed: number }): PopulationMember[] {
  if (!Number.isInteger(options.size) || options.size < 1) throw new IncontroError('FAIRNESS_INVALID_INPUT', 'size must be a positive integer, e.g. 1000.', { size: options.size })
  return fc.sample(personArbitrary(options), { numRuns: options.size, seed: options.seed }).map((person, i) => ({ ...person, sourceId: `pop-${i}` }))
}
