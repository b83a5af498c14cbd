import { IncontroError } from '@incontro/core'
import { countGroups, rateRatio } from './internal/group-counts.js'
import { createRandom } from '@incontro/core'

/** Options of {@link selectionRateRatioInterval}. */
export interface RatioIntervalOptions {
  /** Bootstrap resamples; default 1000. */
  resamples?: number
  /** Confidence level in (0, 1); default 0.95. */
  confidence?: number
  /** PRNG seed (an unsigned 32-bit integer); default 1. The same seed gives the same interval. */
  seed?: number
}

/** A bootstrap confidence interval of the selection-rate ratio. */
export interface RatioInterval {
  /** The point estimate, as {@link selectionRates} computes it. */
  ratio: number
  /** Lower bound of the percentile interval. */
  lower: number
  /** Upper bound of the percentile interval. */
  upper: number
  confidence: number
  resamples: number
  seed: number
}

/**
 * Computes a percentile bootstrap confidence interval of the selection-rate ratio (lowest / highest
 * group rate). The bootstrap is stratified: each resample redraws, with replacement, as many members
 * of each group as the group has, so group sizes stay fixed and only the outcomes vary. A seeded PRNG
 * makes the interval deterministic. Quantiles interpolate linearly between order statistics.
 *
 * With small groups the interval is wide, which is the point: a four-fifths verdict on ten people
 * says little. When a group has rate 0 or 1 every resample keeps it, so the interval can collapse.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when `groups` is empty or an option is out of range.
 * @example
 * const { lower, upper } = selectionRateRatioInterval(selectedIds, groupById, { resamples: 2000, seed: 7 })
 */
export function selectionRateRatioInterval(
  selected: Iterable<string>,
  groups: ReadonlyMap<string, string>,
  options: RatioIntervalOptions = {},
): RatioInterval {
  const { resamples = 1000, confidence = 0.95, seed = 1 } = options
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'The number of resamples must be a positive integer, e.g. 1000.', {
      resamples,
    })
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'The confidence level must be strictly between 0 and 1, e.g. 0.95.', {
      confidence,
    })
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'The seed must be an integer between 0 and 2^32 - 1.', { seed })
  }
  const counts = countGroups(selected, groups).groups
  const ratio = rateRatio(counts.map((entry) => entry.selected / entry.total))
  const random = createRandom(seed)
  const ratios = new Float64Array(resamples)
  const rates = new Array<number>(counts.length)
  for (let r = 0; r < resamples; r += 1) {
    for (let g = 0; g < counts.length; g += 1) {
      const { total, selected: hits } = counts[g] as { total: number; selected: number }
      // Drawing a member uniformly and checking whether it was selected is a draw with p = hits / total.
      const p = hits / total
      let count = 0
      for (let i = 0; i < total; i += 1) if (random() < p) count += 1
      rates[g] = count / total
    }
    ratios[r] = rateRatio(rates)
  }
  ratios.sort()
  const alpha = (1 - confidence) / 2
  return {
    ratio,
    lower: quantile(ratios, alpha),
    upper: quantile(ratios, 1 - alpha),
    confidence,
    resamples,
    seed,
  }
}

function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.min(below + 1, sorted.length - 1)
  const low = sorted[below] as number
  return low + ((sorted[above] as number) - low) * (position - below)
}
