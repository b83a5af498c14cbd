import { IncontroError } from '@incontro/core'
import { compareCodeUnits } from './internal/validate.js'

/** A metric of a set of ids (e.g. the selection rate of the ids of one group); NaN when undefined for that set. */
export type GroupMetric = (ids: readonly string[]) => number

/** One row of a {@link MetricFrame}: a group, its size and its value of every metric. */
export interface MetricFrameRow<M extends string> {
  group: string
  count: number
  values: Record<M, number>
}

/** Metrics by group with their overall values and between-group disparities, in the manner of Fairlearn's `MetricFrame`. */
export interface MetricFrame<M extends string> {
  /** The metric names, in the order given. */
  metrics: M[]
  /** Every metric on all ids that have a group. */
  overall: Record<M, number>
  /** One row per group, sorted by label. */
  byGroup: MetricFrameRow<M>[]
  /** The lowest group value of each metric (NaN values ignored). */
  groupMin: Record<M, number>
  /** The highest group value of each metric (NaN values ignored). */
  groupMax: Record<M, number>
  /** `groupMax − groupMin` (Fairlearn's `difference(method='between_groups')`). */
  difference: Record<M, number>
  /** `groupMin / groupMax`, 1 when both are 0 (Fairlearn's `ratio(method='between_groups')`). */
  ratio: Record<M, number>
  /** The largest |group − overall| (Fairlearn's `difference(method='to_overall')`). */
  differenceToOverall: Record<M, number>
  /** The smallest of group/overall and overall/group over groups (Fairlearn's `ratio(method='to_overall')`). */
  ratioToOverall: Record<M, number>
}

/** Options of {@link metricFrame}. */
export interface MetricFrameOptions {
  /** The population; default every id of the group map. Ids without a group are left out. */
  ids?: Iterable<string>
}

/**
 * Evaluates metrics on every group and on the whole population and reports their disparities, like
 * Fairlearn's `MetricFrame` (`by_group`, `overall`, `group_min`, `group_max`, `difference`, `ratio`).
 * Metrics are functions of the ids of a group, so any metric fits; `groupMetrics` has the usual ones.
 * Group labels may be intersectional (see `intersectGroups` and `AuditAttributes.groups`).
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when no id has a group or no metric is given.
 * @example
 * const frame = metricFrame(groupById, {
 *   selectionRate: groupMetrics.selectionRate(selected),
 *   truePositiveRate: groupMetrics.truePositiveRate(selected, qualified),
 * })
 * frame.difference.selectionRate // the demographic-parity difference
 */
export function metricFrame<M extends string>(
  groups: ReadonlyMap<string, string>,
  metrics: Readonly<Record<M, GroupMetric>>,
  options: MetricFrameOptions = {},
): MetricFrame<M> {
  const names = Object.keys(metrics) as M[]
  if (names.length === 0) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'Pass at least one metric, e.g. { selectionRate: groupMetrics.selectionRate(selected) }.')
  }
  const population = options.ids === undefined ? [...groups.keys()] : [...new Set(options.ids)].filter((id) => groups.has(id))
  if (population.length === 0) {
    throw new IncontroError('FAIRNESS_INVALID_INPUT', 'No id of the population has a group; pass a map from pseudonymous id to group label.')
  }
  const members = new Map<string, string[]>()
  for (const id of population) {
    const group = groups.get(id) as string
    const list = members.get(group)
    if (list === undefined) members.set(group, [id])
    else list.push(id)
  }
  const evaluate = (ids: readonly string[]): Record<M, number> => {
    const values = {} as Record<M, number>
    for (const name of names) values[name] = metrics[name](ids)
    return values
  }
  const overall = evaluate(population)
  const byGroup = [...members.keys()].sort(compareCodeUnits).map((group) => {
    const ids = members.get(group) as string[]
    return { group, count: ids.length, values: evaluate(ids) }
  })
  const record = (compute: (values: number[], total: number) => number): Record<M, number> => {
    const out = {} as Record<M, number>
    for (const name of names) {
      const values = byGroup.map((row) => row.values[name]).filter((value) => !Number.isNaN(value))
      out[name] = values.length === 0 ? Number.NaN : compute(values, overall[name])
    }
    return out
  }
  const groupMin = record((values) => Math.min(...values))
  const groupMax = record((values) => Math.max(...values))
  return {
    metrics: names,
    overall,
    byGroup,
    groupMin,
    groupMax,
    difference: record((values) => Math.max(...values) - Math.min(...values)),
    ratio: record((values) => safeRatio(Math.min(...values), Math.max(...values))),
    differenceToOverall: record((values, total) => Math.max(...values.map((value) => Math.abs(value - total)))),
    ratioToOverall: record((values, total) => Math.min(...values.map((value) => Math.min(safeRatio(value, total), safeRatio(total, value))))),
  }
}

/** `x / y`, 1 when both are 0 (no disparity), 0 when only `y` is 0 (kept finite for tables and JSON). */
function safeRatio(x: number, y: number): number {
  if (y === 0) return x === 0 ? 1 : 0
  return x / y
}
