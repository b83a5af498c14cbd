import { IncontroError } from '@incontro/core'
import fc from 'fast-check'
import { diffPaths } from '../internal/diff-paths.js'
import type { CvPair } from './cv-pair-arbitrary.js'
import { cvPairArbitrary } from './cv-pair-arbitrary.js'

/** Options of {@link expectSwapInvariant}. */
export interface SwapInvariantOptions<P> {
  /** Generated CV pairs to check; default 100. */
  numRuns?: number
  /** The CV language; default: both. */
  language?: 'it' | 'en'
  /** Top-level output keys left out of the comparison, e.g. a pseudonymous id derived from the text. */
  ignore?: (keyof P)[]
  /** fast-check seed, to replay a failure (the failure message prints it). */
  seed?: number
  /** fast-check replay path, printed with the seed on failure. */
  path?: string
}

const MAX_PATHS = 20

/** Thrown inside the property so the reporter can tell an invariance failure from a pipeline error. */
class VariantsDiffer extends Error {
  readonly paths: string[]
  constructor(paths: string[]) {
    super('The outputs of the two variants differ.')
    this.paths = paths
  }
}

function omit<P>(output: P, ignore: readonly (keyof P)[]): unknown {
  if (ignore.length === 0 || typeof output !== 'object' || output === null) return output
  const copy: Record<PropertyKey, unknown> = { ...(output as Record<PropertyKey, unknown>) }
  for (const key of ignore) delete copy[key]
  return copy
}

/**
 * Asserts swap invariance of a pipeline with fast-check: for generated CVs written in a female and a
 * male variant, `pipeline(female, sourceId)` deep-equals `pipeline(male, sourceId)`. On failure it throws
 * an `Error` whose message lists the differing JSON paths, the language and cue kinds of the smallest
 * failing pair, and the seed and path to replay it, never CV text or output values. When the pipeline
 * itself throws, that error is attached as `cause`.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when `numRuns` is not a positive integer.
 * @example
 * it('anonymized output is identical for both gender variants', async () => {
 *   await expectSwapInvariant((text, sourceId) => anonymize(parseCv(text), { key, sourceId }).profile, { ignore: ['id'] })
 * })
 */
export async function expectSwapInvariant<P>(
  pipeline: (text: string, sourceId: string) => P | Promise<P>,
  options: SwapInvariantOptions<P> = {},
): Promise<void> {
  const { numRuns = 100, ignore = [] } = options
  if (!Number.isInteger(numRuns) || numRuns < 1) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'numRuns must be a positive integer, e.g. 100.', { numRuns })
  }
  const arbitrary = cvPairArbitrary(options.language === undefined ? {} : { language: options.language })
  const property = fc.asyncProperty(arbitrary, async (pair: CvPair) => {
    const a = omit(await pipeline(pair.female, pair.sourceId), ignore)
    const b = omit(await pipeline(pair.male, pair.sourceId), ignore)
    const paths = diffPaths(a, b, { limit: MAX_PATHS + 1 })
    if (paths.length > 0) throw new VariantsDiffer(paths)
  })
  const parameters: fc.Parameters<[CvPair]> = {
    numRuns,
    // The default reporter prints the counterexample, i.e. the CV text; this one prints paths only.
    reporter: (details) => {
      if (!details.failed) return
      const pair = details.counterexample?.[0]
      const where = pair === undefined ? '' : ` (language ${pair.language}, cues: ${pair.cues.join(', ') || 'none'})`
      const replay = `Replay with { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} }.`
      const error = details.errorInstance
      if (error instanceof VariantsDiffer) {
        const shown = error.paths.slice(0, MAX_PATHS)
        const more = error.paths.length > MAX_PATHS ? ` and more` : ''
        throw new Error(
          `Swap invariance violated after ${details.numRuns} runs: the outputs for the female and male variants of a CV${where} differ at ${shown.join(', ')}${more}. ${replay}`,
        )
      }
      throw new Error(`The pipeline threw on a generated CV${where}; see the cause. ${replay}`, { cause: error })
    },
  }
  if (options.seed !== undefined) parameters.seed = options.seed
  if (options.path !== undefined) parameters.path = options.path
  await fc.assert(property, parameters)
}
