import { createRandom, IncontroError } from '@incontro/core'
import type { BootstrapOptions } from './bootstrap-interval.js'
import { FOUR_FIFTHS } from './selection-rates.js'
import { sortedQuantile } from './internal/statistics.js'
import { assertOpenUnit, assertPositiveInteger, assertSeed, compareCodeUnits } from './internal/validate.js'

/** What {@link groupFairness} measures: a population in groups, who was selected, and optionally scores and ground truth. */
export interface GroupFairnessInput {
  /** Group label by pseudonymous id; the population. Build it with `AuditAttributes.groups` or `intersectGroups`. */
  groups: ReadonlyMap<string, string>
  /** Ids selected (e.g. shortlisted, in a top k). */
  selected: Iterable<string>
  /** Scores by id, for the mean score difference. */
  scores?: ReadonlyMap<string, number>
  /** Ground truth by id (qualified or not), for equal opportunity and equalized odds. */
  truth?: ReadonlyMap<string, boolean>
}

/** Options of {@link groupFairness}. */
export interface GroupFairnessOptions extends BootstrapOptions {
  /** The group others are compared with (the privileged group of disparate impact); default the group with the highest selection rate. */
  reference?: string
  /** Whether to compute bootstrap intervals; default true. */
  intervals?: boolean
}

/** A lower and upper bound (percentile bootstrap). */
export interface Bounds {
  lower: number
  upper: number
}

/** One group's figures. */
export interface GroupFairnessRow {
  group: string
  /** Ids in the group. */
  total: number
  /** Of them selected. */
  selected: number
  /** `selected / total`. */
  selectionRate: number
  /** Selection rate / the reference group's rate (disparate impact of this group); 1 when both are 0. */
  ratioToReference: number
  /** Whether `ratioToReference ≥ 0.8` (four-fifths rule). */
  fourFifths: boolean
  /** Mean score of the group's ids that have a score. */
  meanScore?: number
  /** Selected share of the group's qualified ids (NaN without any). */
  truePositiveRate?: number
  /** Selected share of the group's unqualified ids (NaN without any). */
  falsePositiveRate?: number
  /** Bootstrap interval of the selection rate. */
  selectionRateInterval?: Bounds
  /** Bootstrap interval of the ratio to the reference group. */
  ratioToReferenceInterval?: Bounds
}

/** Group fairness of a selection: per-group rates and the usual disparity measures, with intervals. */
export interface GroupFairness {
  /** One row per group, sorted by label. */
  groups: GroupFairnessRow[]
  /** The reference group. */
  reference: string
  /** Selected ids without a group; they count towards no rate. */
  ungrouped: number
  /** Highest − lowest selection rate. */
  demographicParityDifference: number
  /** Lowest / highest selection rate (1 when every rate is 0). */
  demographicParityRatio: number
  /** Lowest ratio of a group's selection rate to the reference group's. */
  disparateImpact: number
  /** Whether `disparateImpact ≥ 0.8`: the four-fifths rule of 29 CFR § 1607.4(D). */
  fourFifths: boolean
  /** Highest − lowest true-positive rate (equal opportunity; Hardt et al. 2016); with ground truth. */
  equalOpportunityDifference?: number
  /** The larger of the TPR and FPR differences (equalized odds, as Fairlearn defines the difference); with ground truth. */
  equalizedOddsDifference?: number
  /** The smaller of the TPR and FPR ratios (lowest / highest); with ground truth. */
  equalizedOddsRatio?: number
  /** Highest − lowest group mean score; with scores. */
  meanScoreDifference?: number
  /** Bootstrap intervals of the summary measures (absent when `intervals: false`). */
  intervals?: {
    demographicParityDifference: Bounds
    demographicParityRatio: Bounds
    disparateImpact: Bounds
    equalOpportunityDifference?: Bounds
    equalizedOddsDifference?: Bounds
    meanScoreDifference?: Bounds
  }
  /** The bootstrap settings used (absent when `intervals: false`). */
  bootstrap?: { resamples: number; confidence: number; seed: number }
}

/** Sufficient statistics of a group (or a resample of it). */
interface Tally {
  n: number
  selected: number
  scoreSum: number
  scored: number
  positives: number
  truePositives: number
  negatives: number
  falsePositives: number
}

/** The summary measures from per-group tallies; shared by the point estimate and every resample. */
interface Summary {
  rates: number[]
  ratios: number[]
  demographicParityDifference: number
  demographicParityRatio: number
  disparateImpact: number
  equalOpportunityDifference: number
  equalizedOddsDifference: number
  equalizedOddsRatio: number
  meanScoreDifference: number
}

/**
 * Measures group fairness of a selection: selection rate per group, demographic-parity difference and
 * ratio, disparate impact against a reference group with the four-fifths flag, equal opportunity and
 * equalized odds when ground truth is given, the mean score difference when scores are given, and
 * stratified percentile bootstrap intervals of all of them (one seeded bootstrap; group sizes fixed).
 * Groups may be intersectional. Differences ignore groups where a rate is undefined (e.g. no qualified
 * member), and are NaN when fewer than one group has it.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when the group map is empty, the reference group is
 * unknown, or a bootstrap option is out of range.
 * @example
 * const fairness = groupFairness({ groups: attributes.groups('gender'), selected: shortlist }, { seed: 7 })
 * fairness.disparateImpact // e.g. 0.72
 * fairness.fourFifths // false
 */
export function groupFairness(input: GroupFairnessInput, options: GroupFairnessOptions = {}): GroupFairness {
  const { resamples = 1000, confidence = 0.95, seed = 1, intervals = true } = options
  assertPositiveInteger(resamples, 'resamples', '1000')
  assertOpenUnit(confidence, 'confidence', '0.95')
  assertSeed(seed)
  const { groups, scores, truth } = input
  if (groups.size === 0) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'Group fairness needs at least one id with a group, but the group map is empty.')
  }
  const selected = new Set(input.selected)
  let ungrouped = 0
  for (const id of selected) if (!groups.has(id)) ungrouped += 1

  // Per group, one entry per member: selected (0/1), score (NaN = none), truth (1, 0, or -1 = unknown).
  const members = new Map<string, { sel: number[]; score: number[]; truth: number[] }>()
  for (const [id, group] of groups) {
    let entry = members.get(group)
    if (entry === undefined) {
      entry = { sel: [], score: [], truth: [] }
      members.set(group, entry)
    }
    entry.sel.push(selected.has(id) ? 1 : 0)
    entry.score.push(scores?.get(id) ?? Number.NaN)
    const known = truth?.get(id)
    entry.truth.push(known === undefined ? -1 : known ? 1 : 0)
  }
  const labels = [...members.keys()].sort(compareCodeUnits)
  const data = labels.map((label) => members.get(label) as { sel: number[]; score: number[]; truth: number[] })
  const tallies = data.map((entry) => tally(entry, null))
  const pointRates = tallies.map((t) => t.selected / t.n)
  let referenceIndex: number
  if (options.reference === undefined) {
    referenceIndex = 0
    for (let g = 1; g < pointRates.length; g += 1) if ((pointRates[g] as number) > (pointRates[referenceIndex] as number)) referenceIndex = g
  } else {
    referenceIndex = labels.indexOf(options.reference)
    if (referenceIndex < 0) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', 'The reference group is not among the groups; name one of the group labels.', {
        groups: labels.length,
      })
    }
  }
  const point = summarize(tallies, referenceIndex)

  const rows: GroupFairnessRow[] = labels.map((group, g) => {
    const t = tallies[g] as Tally
    const row: GroupFairnessRow = {
      group,
      total: t.n,
      selected: t.selected,
      selectionRate: point.rates[g] as number,
      ratioToReference: point.ratios[g] as number,
      fourFifths: (point.ratios[g] as number) >= FOUR_FIFTHS,
    }
    if (scores !== undefined) row.meanScore = t.scored === 0 ? Number.NaN : t.scoreSum / t.scored
    if (truth !== undefined) {
      row.truePositiveRate = t.positives === 0 ? Number.NaN : t.truePositives / t.positives
      row.falsePositiveRate = t.negatives === 0 ? Number.NaN : t.falsePositives / t.negatives
    }
    return row
  })
  const result: GroupFairness = {
    groups: rows,
    reference: labels[referenceIndex] as string,
    ungrouped,
    demographicParityDifference: point.demographicParityDifference,
    demographicParityRatio: point.demographicParityRatio,
    disparateImpact: point.disparateImpact,
    fourFifths: point.disparateImpact >= FOUR_FIFTHS,
  }
  if (truth !== undefined) {
    result.equalOpportunityDifference = point.equalOpportunityDifference
    result.equalizedOddsDifference = point.equalizedOddsDifference
    result.equalizedOddsRatio = point.equalizedOddsRatio
  }
  if (scores !== undefined) result.meanScoreDifference = point.meanScoreDifference
  if (!intervals) return result

  const random = createRandom(seed)
  const samples: Summary[] = []
  for (let r = 0; r < resamples; r += 1) samples.push(summarize(data.map((entry) => tally(entry, random)), referenceIndex))
  const alpha = (1 - confidence) / 2
  const bounds = (pick: (summary: Summary) => number): Bounds => {
    const values = samples.map(pick).filter((value) => Number.isFinite(value)).sort((x, y) => x - y)
    return { lower: sortedQuantile(values, alpha), upper: sortedQuantile(values, 1 - alpha) }
  }
  rows.forEach((row, g) => {
    row.selectionRateInterval = bounds((s) => s.rates[g] as number)
    row.ratioToReferenceInterval = bounds((s) => s.ratios[g] as number)
  })
  result.intervals = {
    demographicParityDifference: bounds((s) => s.demographicParityDifference),
    demographicParityRatio: bounds((s) => s.demographicParityRatio),
    disparateImpact: bounds((s) => s.disparateImpact),
  }
  if (truth !== undefined) {
    result.intervals.equalOpportunityDifference = bounds((s) => s.equalOpportunityDifference)
    result.intervals.equalizedOddsDifference = bounds((s) => s.equalizedOddsDifference)
  }
  if (scores !== undefined) result.intervals.meanScoreDifference = bounds((s) => s.meanScoreDifference)
  result.bootstrap = { resamples, confidence, seed }
  return result
}

/** Tallies a group, or (with a PRNG) a resample of it drawn with replacement at the same size. */
function tally(entry: { sel: number[]; score: number[]; truth: number[] }, random: (() => number) | null): Tally {
  const n = entry.sel.length
  const t: Tally = { n, selected: 0, scoreSum: 0, scored: 0, positives: 0, truePositives: 0, negatives: 0, falsePositives: 0 }
  for (let i = 0; i < n; i += 1) {
    const j = random === null ? i : Math.floor(random() * n)
    const sel = entry.sel[j] as number
    const score = entry.score[j] as number
    const truth = entry.truth[j] as number
    t.selected += sel
    if (!Number.isNaN(score)) {
      t.scoreSum += score
      t.scored += 1
    }
    if (truth === 1) {
      t.positives += 1
      t.truePositives += sel
    } else if (truth === 0) {
      t.negatives += 1
      t.falsePositives += sel
    }
  }
  return t
}

function summarize(tallies: readonly Tally[], referenceIndex: number): Summary {
  const rates = tallies.map((t) => t.selected / t.n)
  const reference = rates[referenceIndex] as number
  const ratios = rates.map((rate) => (reference === 0 ? (rate === 0 ? 1 : Number.POSITIVE_INFINITY) : rate / reference))
  const tpr = tallies.map((t) => (t.positives === 0 ? Number.NaN : t.truePositives / t.positives))
  const fpr = tallies.map((t) => (t.negatives === 0 ? Number.NaN : t.falsePositives / t.negatives))
  const means = tallies.map((t) => (t.scored === 0 ? Number.NaN : t.scoreSum / t.scored))
  const tprSpread = spread(tpr)
  const fprSpread = spread(fpr)
  const rateSpread = spread(rates)
  return {
    rates,
    ratios,
    demographicParityDifference: rateSpread.max - rateSpread.min,
    demographicParityRatio: rateSpread.max === 0 ? 1 : rateSpread.min / rateSpread.max,
    disparateImpact: Math.min(...ratios),
    equalOpportunityDifference: tprSpread.max - tprSpread.min,
    equalizedOddsDifference: Math.max(tprSpread.max - tprSpread.min, fprSpread.max - fprSpread.min),
    equalizedOddsRatio: Math.min(ratioOf(tprSpread), ratioOf(fprSpread)),
    meanScoreDifference: spread(means).max - spread(means).min,
  }
}

function spread(values: readonly number[]): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (const value of values) {
    if (Number.isNaN(value)) continue
    if (value < min) min = value
    if (value > max) max = value
  }
  return min === Number.POSITIVE_INFINITY ? { min: Number.NaN, max: Number.NaN } : { min, max }
}

function ratioOf({ min, max }: { min: number; max: number }): number {
  if (Number.isNaN(max)) return Number.NaN
  return max === 0 ? 1 : min / max
}
