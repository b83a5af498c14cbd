import { createRandom, IncontroError } from '@incontro/core'
import { sortedQuantile } from './internal/statistics.js'
import { assertOpenUnit, assertPositiveInteger, assertSeed, compareCodeUnits } from './internal/validate.js'

/** Options of a seeded bootstrap. */
export interface BootstrapOptions {
  /** Bootstrap resamples; default 1000. */
  resamples?: number
  /** Confidence level in (0, 1); default 0.95. */
  confidence?: number
  /** PRNG seed (an unsigned 32-bit integer); default 1. The same seed gives the same interval. */
  seed?: number
}

/** A percentile bootstrap confidence interval around a point estimate. */
export interface Interval {
  /** The statistic on the original sample. */
  estimate: number
  /** Lower bound of the percentile interval (NaN when no resample gives a finite value). */
  lower: number
  /** Upper bound of the percentile interval. */
  upper: number
  confidence: number
  resamples: number
  seed: number
}

/**
 * A stratified percentile bootstrap confidence interval of any statistic of a set of ids: each resample
 * redraws, with replacement, as many ids of each stratum (group) as it has, so group sizes stay fixed.
 * The statistic receives the resampled ids (an id may repeat, so count with arrays, not sets). Resamples
 * where the statistic is not finite (e.g. a ratio with a zero denominator) are dropped from the quantiles.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when `strata` is empty or an option is out of range.
 * @example
 * const rate = (ids: readonly string[]) => ids.filter((id) => selected.has(id)).length / ids.length
 * bootstrapInterval(groupById, (ids) => rate(ids.filter((id) => groupById.get(id) === 'F')), { seed: 7 })
 */
export function bootstrapInterval(
  strata: ReadonlyMap<string, string>,
  statistic: (ids: readonly string[]) => number,
  options: BootstrapOptions = {},
): Interval {
  const { resamples = 1000, confidence = 0.95, seed = 1 } = options
  assertPositiveInteger(resamples, 'resamples', '1000')
  assertOpenUnit(confidence, 'confidence', '0.95')
  assertSeed(seed)
  if (strata.size === 0) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'The bootstrap needs at least one id; the group map is empty.')
  }
  const byStratum = new Map<string, string[]>()
  for (const [id, stratum] of strata) {
    const members = byStratum.get(stratum)
    if (members === undefined) byStratum.set(stratum, [id])
    else members.push(id)
  }
  const groups = [...byStratum.keys()].sort(compareCodeUnits).map((key) => byStratum.get(key) as string[])
  const original = groups.flat()
  const estimate = statistic(original)
  const random = createRandom(seed)
  const values: number[] = []
  const sample = new Array<string>(original.length)
  for (let r = 0; r < resamples; r += 1) {
    let at = 0
    for (const members of groups) {
      for (let i = 0; i < members.length; i += 1) sample[at++] = members[Math.floor(random() * members.length)] as string
    }
    const value = statistic(sample)
    if (Number.isFinite(value)) values.push(value)
  }
  values.sort((x, y) => x - y)
  const alpha = (1 - confidence) / 2
  return { estimate, lower: sortedQuantile(values, alpha), upper: sortedQuantile(values, 1 - alpha), confidence, resamples, seed }
}
