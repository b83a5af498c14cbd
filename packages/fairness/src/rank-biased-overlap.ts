import { assertOpenUnit, assertUniqueIds } from './internal/validate.js'

/** Options of {@link rankBiasedOverlap}. */
export interface RankBiasedOverlapOptions {
  /** Persistence p in (0, 1); default 0.9, with which the top 10 positions carry about 86% of the weight (Webber et al.). */
  persistence?: number
}

/**
 * Extrapolated rank-biased overlap, RBO_EXT (Webber, Moffat & Zobel, "A Similarity Measure for Indefinite
 * Rankings", ACM TOIS 2010, eq. 32, which handles lists of different lengths): the expected overlap of the
 * two top-d prefixes for a user who looks one position deeper with probability p, extrapolated beyond the
 * seen depth assuming the agreement at the end continues. In [0, 1]; 1 for identical rankings, top-weighted.
 * Two empty rankings give 1; one empty ranking gives 0.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when p is not in (0, 1) or a ranking lists an id twice.
 * @example
 * rankBiasedOverlap(['1', '2', '3', '4', '5'], ['2', '3', '4', '1', '5'], { persistence: 0.9 }) // ≈ 0.828
 */
export function rankBiasedOverlap(a: readonly string[], b: readonly string[], options: RankBiasedOverlapOptions = {}): number {
  const p = options.persistence ?? 0.9
  assertOpenUnit(p, 'persistence', '0.9')
  assertUniqueIds(a, 'Ranking a')
  assertUniqueIds(b, 'Ranking b')
  const [long, short] = a.length >= b.length ? [a, b] : [b, a]
  const l = long.length
  const s = short.length
  if (l === 0) return 1
  if (s === 0) return 0
  const seenLong = new Set<string>()
  const seenShort = new Set<string>()
  let overlap = 0
  let sum = 0
  let weight = 1
  let overlapAtS = 0
  for (let d = 1; d <= l; d += 1) {
    const x = long[d - 1] as string
    if (seenShort.has(x)) overlap += 1
    seenLong.add(x)
    if (d <= s) {
      const y = short[d - 1] as string
      if (seenLong.has(y)) overlap += 1
      seenShort.add(y)
      // An id equal at the same depth was counted once: added to seenLong before y was checked.
    }
    weight *= p
    sum += (overlap / d) * weight
    if (d === s) overlapAtS = overlap
    if (d > s) sum += ((overlapAtS * (d - s)) / (s * d)) * weight
  }
  return ((1 - p) / p) * sum + ((overlap - overlapAtS) / l + overlapAtS / s) * weight
}
