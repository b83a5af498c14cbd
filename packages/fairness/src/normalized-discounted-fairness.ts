import { IncontroError } from '@incontro/core'
import { assertPositiveInteger } from './internal/validate.js'
import { rankedGroups } from './internal/ranked-groups.js'

/** Options of {@link normalizedDiscountedFairness}. */
export interface NormalizedDiscountedFairnessOptions {
  /** Cut-offs every `step` positions (10, 20, …); default 10, as in the paper. */
  step?: number
}

/** rND, rKL and rRD of a ranking, each in [0, 1] (0 = fair), with the normalisers used. */
export interface NormalizedDiscountedFairness {
  /** Normalised discounted difference. */
  rnd: number
  /** Normalised discounted KL-divergence. */
  rkl: number
  /** Normalised discounted ratio difference (meaningful when the protected group is the minority). */
  rrd: number
  /** The cut-offs i = step, 2·step, … ≤ N. */
  cutoffs: number[]
  /** Z of each measure: its unnormalised value on the most unfair ranking (all protected first or all last, whichever is larger). */
  normalizers: { rnd: number; rkl: number; rrd: number }
}

/**
 * Computes the rND, rKL and rRD measures of Yang & Stoyanovich ("Measuring Fairness in Ranked Outputs",
 * SSDBM 2017) for a protected group: at cut-offs i = 10, 20, … ≤ N, compare the top i with the whole
 * ranking (S⁺ the protected ids, S⁻ the others), discount by 1 / log2(i) and normalise by Z:
 * - rND = (1/Z) Σ_i |S⁺_{1..i}| / i − |S⁺| / N| / log2 i
 * - rKL = (1/Z) Σ_i D_KL(P_i ‖ Q) / log2 i, with P_i = (|S⁺_{1..i}|/i, |S⁻_{1..i}|/i), Q = (|S⁺|/N, |S⁻|/N)
 * - rRD = (1/Z) Σ_i ||S⁺_{1..i}| / |S⁻_{1..i}| − |S⁺| / |S⁻|| / log2 i (the ratio is 0 when S⁻_{1..i} is empty)
 * Z is the measure's value on the most unfair ranking of the same N and |S⁺|: the larger of "all protected
 * first" and "all protected last", computed exactly (the authors' code estimates it by simulation). KL uses
 * 0 · log 0 = 0 (their code substitutes 0.001). Ids without a group are dropped first. A measure is 0 when Z
 * is 0 (the protected group is empty or everyone).
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when an id repeats, `step` is not a positive integer, or
 * fewer than `step` ranked ids have a group (no cut-off).
 * @example
 * normalizedDiscountedFairness(ranking, attributes.groups('gender'), 'F').rnd // e.g. 0.12
 */
export function normalizedDiscountedFairness(
  ranking: readonly string[],
  groups: ReadonlyMap<string, string>,
  protectedGroup: string,
  options: NormalizedDiscountedFairnessOptions = {},
): NormalizedDiscountedFairness {
  const step = options.step ?? 10
  assertPositiveInteger(step, 'step', '10')
  const { labels } = rankedGroups(ranking, groups)
  const n = labels.length
  if (n < step) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', `rND, rKL and rRD need at least ${step} ranked ids with a group (one cut-off); pass a longer ranking or a smaller step.`, {
      ranked: n,
      step,
    })
  }
  const flags = labels.map((label) => label === protectedGroup)
  const protectedCount = flags.filter(Boolean).length
  const cutoffs: number[] = []
  for (let i = step; i <= n; i += step) cutoffs.push(i)
  const raw = unnormalized(flags, cutoffs, protectedCount)
  const first = unnormalized(
    flags.map((_, i) => i < protectedCount),
    cutoffs,
    protectedCount,
  )
  const last = unnormalized(
    flags.map((_, i) => i >= n - protectedCount),
    cutoffs,
    protectedCount,
  )
  const normalizers = { rnd: Math.max(first.rnd, last.rnd), rkl: Math.max(first.rkl, last.rkl), rrd: Math.max(first.rrd, last.rrd) }
  const normalize = (value: number, z: number): number => (z === 0 ? 0 : value / z)
  return {
    rnd: normalize(raw.rnd, normalizers.rnd),
    rkl: normalize(raw.rkl, normalizers.rkl),
    rrd: normalize(raw.rrd, normalizers.rrd),
    cutoffs,
    normalizers,
  }
}

function unnormalized(flags: readonly boolean[], cutoffs: readonly number[], protectedCount: number): { rnd: number; rkl: number; rrd: number } {
  const n = flags.length
  const q = protectedCount / n
  const overallRatio = protectedCount === n ? 0 : protectedCount / (n - protectedCount)
  let seen = 0
  let at = 0
  let rnd = 0
  let rkl = 0
  let rrd = 0
  for (const i of cutoffs) {
    while (at < i) {
      if (flags[at] === true) seen += 1
      at += 1
    }
    const discount = 1 / Math.log2(i)
    const p = seen / i
    rnd += Math.abs(p - q) * discount
    rkl += (xLogXOverY(p, q) + xLogXOverY(1 - p, 1 - q)) * discount
    const ratio = i - seen === 0 ? 0 : seen / (i - seen)
    rrd += Math.abs(ratio - overallRatio) * discount
  }
  return { rnd, rkl, rrd }
}

/** x · log2(x / y) with 0 · log 0 = 0; y = 0 with x > 0 cannot occur here (P_i's support is within Q's). */
function xLogXOverY(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log2(x / y)
}
