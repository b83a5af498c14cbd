/**
 * Ready-made {@link GroupMetric}s for `metricFrame`, each a function of the ids of a group. Ids may repeat
 * (bootstrap resamples), so every metric counts over the array as given.
 */
export const groupMetrics = {
  /** The share of ids that were selected. */
  selectionRate(selected: Iterable<string>): (ids: readonly string[]) => number {
    const set = new Set(selected)
    return (ids) => (ids.length === 0 ? Number.NaN : count(ids, (id) => set.has(id)) / ids.length)
  },
  /** Among ids whose ground truth is positive (qualified), the share selected; NaN without positives. Equal opportunity compares it. */
  truePositiveRate(selected: Iterable<string>, truth: ReadonlyMap<string, boolean>): (ids: readonly string[]) => number {
    const set = new Set(selected)
    return (ids) => {
      const positives = ids.filter((id) => truth.get(id) === true)
      return positives.length === 0 ? Number.NaN : count(positives, (id) => set.has(id)) / positives.length
    }
  },
  /** Among ids whose ground truth is negative, the share selected; NaN without negatives. Equalized odds compares it with the TPR. */
  falsePositiveRate(selected: Iterable<string>, truth: ReadonlyMap<string, boolean>): (ids: readonly string[]) => number {
    const set = new Set(selected)
    return (ids) => {
      const negatives = ids.filter((id) => truth.get(id) === false)
      return negatives.length === 0 ? Number.NaN : count(negatives, (id) => set.has(id)) / negatives.length
    }
  },
  /** The mean score of the ids that have one; NaN when none has. */
  meanScore(scores: ReadonlyMap<string, number>): (ids: readonly string[]) => number {
    return (ids) => {
      let sum = 0
      let n = 0
      for (const id of ids) {
        const score = scores.get(id)
        if (score !== undefined) {
          sum += score
          n += 1
        }
      }
      return n === 0 ? Number.NaN : sum / n
    }
  },
  /** The number of ids. */
  count(): (ids: readonly string[]) => number {
    return (ids) => ids.length
  },
}

function count(ids: readonly string[], predicate: (id: string) => boolean): number {
  let n = 0
  for (const id of ids) if (predicate(id)) n += 1
  return n
}
