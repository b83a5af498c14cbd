import { IncontroError } from '@incontro/core'
import { assertPositiveInteger } from './internal/validate.js'

/** Options of {@link fairMTable}. */
export interface FairMTableOptions {
  /** Apply the multiple-testing adjustment of alpha (Zehlike et al., § 4.2); default true. */
  adjust?: boolean
}

/** FA*IR's table of the minimum number of protected candidates in every prefix of the top k. */
export interface FairMTable {
  k: number
  /** The minimum target proportion of protected candidates. */
  p: number
  /** The significance level asked for. */
  alpha: number
  /** The significance level used for each prefix test (alpha_c); equal to alpha when not adjusted. */
  adjustedAlpha: number
  /** `mtable[i - 1]`: the minimum number of protected candidates in the top i (the binomial inverse CDF at adjustedAlpha). */
  mtable: number[]
  /** The probability that a fair ranking (each position protected with probability p) fails some prefix test. */
  failProbability: number
}

/**
 * Computes the m-table of FA*IR (Zehlike, Bonchi, Castillo, Hajian, Megahed & Baeza-Yates, "FA*IR: A Fair
 * Top-k Ranking Algorithm", CIKM 2017): m(i) = F⁻¹(alpha_c; i, p), the smallest m with P(X ≤ m) ≥ alpha_c for
 * X ~ Binomial(i, p), so a prefix with fewer protected candidates is rejected by a one-sided binomial test.
 * Testing k prefixes inflates the chance of rejecting a fair ranking, so by default alpha is adjusted: the
 * fail probability of each candidate table is computed exactly (a dynamic programme over the number of
 * protected candidates), a bisection finds the two tables around alpha, and the table whose fail
 * probability is closest to alpha is used, as FairSearch does.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when k is not a positive integer or p, alpha are not in (0, 1).
 * @example
 * fairMTable(12, 0.5, 0.1, { adjust: false }).mtable // [0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4]
 */
export function fairMTable(k: number, p: number, alpha: number, options: FairMTableOptions = {}): FairMTable {
  assertPositiveInteger(k, 'k', '10')
  if (!(p > 0 && p < 1) || !(alpha > 0 && alpha < 1)) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'FA*IR needs p and alpha strictly between 0 and 1, e.g. p = 0.5, alpha = 0.1.', { p, alpha })
  }
  if (options.adjust === false) {
    const mtable = mTable(k, p, alpha)
    return { k, p, alpha, adjustedAlpha: alpha, mtable, failProbability: failProbability(mtable, p) }
  }
  // The fail probability grows with alpha_c (step-wise, as the table gains requirements): bisect for the
  // last table at or below alpha and the first above it.
  let low = 0
  let high = alpha
  let lowTable = mTable(k, p, low)
  let highTable = mTable(k, p, high)
  let lowFail = failProbability(lowTable, p)
  let highFail = failProbability(highTable, p)
  if (highFail <= alpha) return { k, p, alpha, adjustedAlpha: alpha, mtable: highTable, failProbability: highFail }
  for (let iteration = 0; iteration < 60 && !sameTable(lowTable, highTable); iteration += 1) {
    const middle = (low + high) / 2
    const table = mTable(k, p, middle)
    const fail = failProbability(table, p)
    if (fail <= alpha) {
      low = middle
      lowTable = table
      lowFail = fail
    } else {
      high = middle
      highTable = table
      highFail = fail
    }
  }
  if (alpha - lowFail <= highFail - alpha) return { k, p, alpha, adjustedAlpha: low, mtable: lowTable, failProbability: lowFail }
  return { k, p, alpha, adjustedAlpha: high, mtable: highTable, failProbability: highFail }
}

/** m(i) for i = 1..k at significance `level`; 0 everywhere at level 0. Binomial pmf by recurrence in log space. */
function mTable(k: number, p: number, level: number): number[] {
  const table: number[] = []
  const logOdds = Math.log(p / (1 - p))
  for (let i = 1; i <= k; i += 1) {
    let logPmf = i * Math.log1p(-p)
    let cdf = Math.exp(logPmf)
    let m = 0
    // A tiny tolerance so that a CDF equal to the level up to rounding counts as reaching it.
    while (cdf < level - 1e-12 && m < i) {
      logPmf += Math.log((i - m) / (m + 1)) + logOdds
      m += 1
      cdf += Math.exp(logPmf)
    }
    table.push(m)
  }
  return table
}

/** The probability that a ranking whose positions are protected independently with probability p violates the table. */
function failProbability(mtable: readonly number[], p: number): number {
  // mass[c] = probability of c protected candidates so far without any violation.
  let mass = new Float64Array(mtable.length + 1)
  mass[0] = 1
  for (let i = 1; i <= mtable.length; i += 1) {
    const next = new Float64Array(mtable.length + 1)
    for (let c = 0; c < i; c += 1) {
      const current = mass[c] as number
      if (current === 0) continue
      next[c] = (next[c] as number) + current * (1 - p)
      next[c + 1] = (next[c + 1] as number) + current * p
    }
    const minimum = mtable[i - 1] as number
    for (let c = 0; c < minimum && c <= i; c += 1) next[c] = 0
    mass = next
  }
  let success = 0
  for (const value of mass) success += value
  return Math.max(0, 1 - success)
}

function sameTable(x: readonly number[], y: readonly number[]): boolean {
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return false
  return true
}
