import { desiredDistribution, rankedGroups } from './internal/ranked-groups.js'

/** Options of {@link ndkl}. */
export interface NdklOptions {
  /** Desired proportion of each group; default each group's share of the ranking. */
  desired?: ReadonlyMap<string, number>
}

/**
 * Normalised discounted cumulative KL-divergence (Geyik, Ambler & Kenthapadi, KDD 2019, § 3.2):
 * `NDKL = (1/Z) Σ_{i=1..n} d_KL(D_i ‖ D) / log2(i + 1)` with `Z = Σ_{i=1..n} 1 / log2(i + 1)`, where D_i is
 * the group distribution of the top i and D the desired one; 0 when every prefix has the desired
 * distribution, larger when the top of the ranking deviates from it. Natural logarithm in d_KL, with
 * 0 · ln 0 = 0. Ids without a group are dropped first.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when an id repeats, no ranked id has a group, or a ranked
 * group has no positive desired proportion.
 * @example
 * ndkl(['f1', 'm1', 'f2', 'm2'], new Map([['f1', 'F'], ['f2', 'F'], ['m1', 'M'], ['m2', 'M']])) // ≈ 0.2816 (computed by hand in ndkl.test.ts)
 */
export function ndkl(ranking: readonly string[], groups: ReadonlyMap<string, string>, options: NdklOptions = {}): number {
  const ranked = rankedGroups(ranking, groups)
  const desired = desiredDistribution(ranked, options.desired)
  const counts = new Map<string, number>()
  let sum = 0
  let z = 0
  for (let i = 1; i <= ranked.labels.length; i += 1) {
    const label = ranked.labels[i - 1] as string
    counts.set(label, (counts.get(label) ?? 0) + 1)
    let divergence = 0
    for (const [group, count] of counts) {
      const share = count / i
      divergence += share * Math.log(share / (desired.get(group) as number))
    }
    const discount = 1 / Math.log2(i + 1)
    sum += discount * divergence
    z += discount
  }
  return sum / z
}
