import { assertUniqueIds } from './internal/validate.js'

/**
 * Kendall's rank correlation τ between two rankings, over the ids they share: (concordant − discordant)
 * pairs / all pairs, in [−1, 1] (1 = same order, −1 = reversed). Rankings have no ties, so this is τ-a
 * (= τ-b). O(n log n) by counting inversions with a merge sort, fast enough for 10,000-id rankings.
 * NaN when fewer than two ids are shared.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when a ranking lists an id twice.
 * @example
 * kendallTau(['p1', 'p2', 'p3'], ['p1', 'p3', 'p2']) // 1/3: one discordant pair of three
 */
export function kendallTau(a: readonly string[], b: readonly string[]): number {
  assertUniqueIds(a, 'Ranking a')
  assertUniqueIds(b, 'Ranking b')
  const positionInB = new Map<string, number>()
  b.forEach((id, i) => positionInB.set(id, i))
  const sequence: number[] = []
  for (const id of a) {
    const position = positionInB.get(id)
    if (position !== undefined) sequence.push(position)
  }
  const n = sequence.length
  if (n < 2) return Number.NaN
  const pairs = (n * (n - 1)) / 2
  const discordant = countInversions(Float64Array.from(sequence))
  return (pairs - 2 * discordant) / pairs
}

/** Counts pairs i < j with values[i] > values[j] (bottom-up merge sort; sorts `values` in place). */
function countInversions(values: Float64Array<ArrayBuffer>): number {
  const n = values.length
  let source: Float64Array<ArrayBuffer> = values
  let target: Float64Array<ArrayBuffer> = new Float64Array(n)
  let inversions = 0
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const middle = Math.min(start + width, n)
      const end = Math.min(start + 2 * width, n)
      let i = start
      let j = middle
      let k = start
      while (i < middle && j < end) {
        if ((source[i] as number) <= (source[j] as number)) target[k++] = source[i++] as number
        else {
          inversions += middle - i
          target[k++] = source[j++] as number
        }
      }
      while (i < middle) target[k++] = source[i++] as number
      while (j < end) target[k++] = source[j++] as number
    }
    const swap = source
    source = target
    target = swap
  }
  return inversions
}
