/** AUROC with DeLong's variance (DeLong, DeLong & Clarke-Pearson, Biometrics 1988), via midranks (Sun & Xu 2014). */

/** The AUROC and its DeLong variance; NaN when a class is missing. */
export interface AurocEstimate {
  auroc: number
  variance: number
  positives: number
  negatives: number
}

/** AUROC of `scores` for `labels` (1 positive, 0 negative): P(score of a positive > score of a negative), ties 1/2. */
export function aurocWithVariance(scores: ArrayLike<number>, labels: ArrayLike<number>): AurocEstimate {
  const positives: number[] = []
  const negatives: number[] = []
  for (let i = 0; i < scores.length; i += 1) (labels[i] === 1 ? positives : negatives).push(scores[i] as number)
  const m = positives.length
  const n = negatives.length
  if (m === 0 || n === 0) return { auroc: Number.NaN, variance: Number.NaN, positives: m, negatives: n }
  const all = [...positives, ...negatives]
  const rankAll = midranks(all)
  const rankPositives = midranks(positives)
  const rankNegatives = midranks(negatives)
  let sumPositiveRanks = 0
  const v10 = new Float64Array(m)
  for (let i = 0; i < m; i += 1) {
    sumPositiveRanks += rankAll[i] as number
    // Share of negatives below positive i (ties 1/2).
    v10[i] = ((rankAll[i] as number) - (rankPositives[i] as number)) / n
  }
  const v01 = new Float64Array(n)
  for (let j = 0; j < n; j += 1) {
    // Share of positives above negative j.
    v01[j] = 1 - ((rankAll[m + j] as number) - (rankNegatives[j] as number)) / m
  }
  const auroc = (sumPositiveRanks - (m * (m + 1)) / 2) / (m * n)
  const variance = sampleVariance(v10) / m + sampleVariance(v01) / n
  return { auroc, variance, positives: m, negatives: n }
}

/** 1-based ranks with ties given their mean rank. */
function midranks(values: readonly number[]): Float64Array {
  const order = values.map((_, i) => i).sort((x, y) => (values[x] as number) - (values[y] as number))
  const ranks = new Float64Array(values.length)
  let i = 0
  while (i < order.length) {
    let j = i
    while (j + 1 < order.length && values[order[j + 1] as number] === values[order[i] as number]) j += 1
    const rank = (i + j) / 2 + 1
    for (let t = i; t <= j; t += 1) ranks[order[t] as number] = rank
    i = j + 1
  }
  return ranks
}

function sampleVariance(values: Float64Array): number {
  if (values.length < 2) return 0
  let mean = 0
  for (const value of values) mean += value
  mean /= values.length
  let sum = 0
  for (const value of values) sum += (value - mean) * (value - mean)
  return sum / (values.length - 1)
}
