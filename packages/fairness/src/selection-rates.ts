import { countGroups, rateRatio } from './internal/group-counts.js'

/** The selection rate of one group. */
export interface GroupSelectionRate {
  /** The group label, as given in the group map. */
  group: string
  /** Ids of this group in the group map. */
  total: number
  /** Ids of this group among the selected. */
  selected: number
  /** `selected / total`. */
  rate: number
}

/** Selection rates per group, their min/max ratio and the four-fifths verdict. */
export interface SelectionRates {
  /** One entry per group, sorted by label. */
  groups: GroupSelectionRate[]
  /** Selected ids that have no group in the map; they count towards no rate. */
  ungrouped: number
  /** Lowest rate / highest rate, in [0, 1]; 1 when there is only one group or every rate is 0. */
  ratio: number
  /** Whether `ratio ≥ 0.8`, the four-fifths rule of thumb for adverse impact. */
  fourFifths: boolean
}

/** The four-fifths threshold (US EEOC Uniform Guidelines, 29 CFR § 1607.4(D)). */
export const FOUR_FIFTHS = 0.8

/**
 * Computes the selection rate of each group and the ratio of the lowest to the highest rate (the
 * adverse-impact ratio). `fourFifths` applies the US EEOC four-fifths rule (Uniform Guidelines on
 * Employee Selection Procedures, 29 CFR § 1607.4(D)): a rate below 4/5 of the highest rate is
 * generally regarded as evidence of adverse impact. It is a rule of thumb, not a significance test;
 * see {@link selectionRateRatioInterval} for an interval.
 *
 * Only ids present in `groups` count; selected ids without a group are counted in `ungrouped`.
 * The ratio is 1 by convention when there is one group or when no group has any selection.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when `groups` is empty.
 * @example
 * const groups = new Map([['p1', 'F'], ['p2', 'F'], ['p3', 'M'], ['p4', 'M']])
 * selectionRates(['p1', 'p3', 'p4'], groups)
 * // { groups: [{ group: 'F', total: 2, selected: 1, rate: 0.5 }, { group: 'M', total: 2, selected: 2, rate: 1 }],
 * //   ungrouped: 0, ratio: 0.5, fourFifths: false }
 */
export function selectionRates(selected: Iterable<string>, groups: ReadonlyMap<string, string>): SelectionRates {
  const counts = countGroups(selected, groups)
  const rates = counts.groups.map((entry) => ({ ...entry, rate: entry.selected / entry.total }))
  const ratio = rateRatio(rates.map((entry) => entry.rate))
  return { groups: rates, ungrouped: counts.ungrouped, ratio, fourFifths: ratio >= FOUR_FIFTHS }
}
