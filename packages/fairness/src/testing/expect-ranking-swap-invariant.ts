import { IncontroError } from '@incontro/core'
import fc from 'fast-check'
import type { PopulationMember } from './population-arbitrary.js'
import { populationArbitrary } from './population-arbitrary.js'
import type { VacancyPair } from './vacancy-pair-arbitrary.js'
import { vacancyPairArbitrary } from './vacancy-pair-arbitrary.js'

/** A document handed to the ranker under test. */
export interface RankedDocument {
  sourceId: string
  text: string
}

/** Options of {@link expectRankingSwapInvariant}. */
export interface RankingSwapOptions {
  /** Generated populations to check; default 10. */
  numRuns?: number
  /** The language of CVs and ads; default: both. */
  language?: 'it' | 'en'
  /** People per population; default 10 to 30. */
  minSize?: number
  maxSize?: number
  /** Compare the top `top` only; default: the whole ranking. */
  top?: number
  /** fast-check seed and path, to replay a failure (the failure message prints them). */
  seed?: number
  path?: string
}

class RankingsDiffer extends Error {
  constructor(readonly what: string, readonly positions: number[]) {
    super('The rankings differ.')
  }
}

function firstDifferences(a: readonly string[], b: readonly string[], top: number): number[] {
  const positions: number[] = []
  const n = Math.min(Math.max(a.length, b.length), top)
  for (let i = 0; i < n && positions.length < 10; i += 1) if (a[i] !== b[i]) positions.push(i + 1)
  return positions
}

/**
 * Asserts with fast-check that a ranker ranks people the same whatever their gender cues: for a generated
 * population and job ad, the ranking (source ids, best first) must not change when every CV is swapped to
 * its other gender variant, nor when the ad's job title is written in the other gender. It is the
 * end-to-end form of {@link expectSwapInvariant}, for a whole pipeline from texts to a ranking. On failure
 * the error names the comparison, the first differing positions and the seed to replay it, never text.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when `numRuns` or `top` is not a positive integer.
 * @example
 * it('the ranking ignores gender cues', async () => {
 *   await expectRankingSwapInvariant(async (cvs, ad) => rankWithMyPipeline(cvs, ad), { numRuns: 5 })
 * })
 */
export async function expectRankingSwapInvariant(
  rank: (cvs: readonly RankedDocument[], vacancy: RankedDocument) => readonly string[] | Promise<readonly string[]>,
  options: RankingSwapOptions = {},
): Promise<void> {
  const { numRuns = 10, top = Number.POSITIVE_INFINITY, minSize = 10, maxSize = 30 } = options
  if (!Number.isInteger(numRuns) || numRuns < 1) throw new IncontroError('FAIRNESS_INVALID_INPUT', 'numRuns must be a positive integer, e.g. 10.', { numRuns })
  if (top !== Number.POSITIVE_INFINITY && (!Number.isInteger(top) || top < 1)) throw new IncontroError('FAIRNESS_INVALID_INPUT', 'top must be a positive integer, e.g. 10.', { top })
  const language = options.language === undefined ? {} : { language: options.language }
  const arbitrary = fc.tuple(populationArbitrary({ ...language, minSize, maxSize }), vacancyPairArbitrary(language))
  const property = fc.asyncProperty(arbitrary, async ([people, ad]: [PopulationMember[], VacancyPair]) => {
    const written = people.map((p) => ({ sourceId: p.sourceId, text: p.cv }))
    const swapped = people.map((p) => ({ sourceId: p.sourceId, text: p.counterfactual }))
    const masculine = { sourceId: ad.sourceId, text: ad.masculine }
    const base = await rank(written, masculine)
    const cvSwap = await rank(swapped, masculine)
    let positions = firstDifferences(base, cvSwap, top)
    if (positions.length > 0) throw new RankingsDiffer('the gender cues of every CV were swapped', positions)
    const adSwap = await rank(written, { sourceId: ad.sourceId, text: ad.feminine })
    positions = firstDifferences(base, adSwap, top)
    if (positions.length > 0) throw new RankingsDiffer("the ad's job title was written in the other gender", positions)
  })
  const parameters: fc.Parameters<[[PopulationMember[], VacancyPair]]> = {
    numRuns,
    // Shrinking whole populations is slow and the message shows no text anyway: the seed replays the case.
    endOnFailure: true,
    // The default reporter prints the counterexample, i.e. CV text; this one prints positions only.
    reporter: (details) => {
      if (!details.failed) return
      const replay = `Replay with { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} }.`
      const error = details.errorInstance
      if (error instanceof RankingsDiffer) {
        throw new Error(`The ranking changed when ${error.what}: positions ${error.positions.join(', ')} differ. ${replay}`)
      }
      throw new Error(`The ranker threw on a generated population; see the cause. ${replay}`, { cause: error })
    },
  }
  if (options.seed !== undefined) parameters.seed = options.seed
  if (options.path !== undefined) parameters.path = options.path
  await fc.assert(property, parameters)
}
