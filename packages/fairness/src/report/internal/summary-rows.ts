import type { FairnessReport, RankerAudit, ReportInterval } from '../fairness-report.js'

/** A number with three decimals; `–` for a missing value, `−∞` for an absent group's skew. */
export function formatNumber(value: number | null | undefined): string {
  if (value === undefined) return '–'
  if (value === null || value === Number.NEGATIVE_INFINITY) return '−∞'
  if (Number.isNaN(value)) return 'n/a'
  return value.toFixed(3)
}

/** A value with its interval, `0.812 [0.774, 0.851]`. */
export function formatWithInterval(value: number | undefined, ci: ReportInterval | undefined): string {
  if (value === undefined) return '–'
  return ci === undefined ? formatNumber(value) : `${formatNumber(value)} [${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}]`
}

/** One row of the side-by-side table: a metric and its value for every ranker. */
export interface SummaryRow {
  metric: string
  values: string[]
}

/** The side-by-side table of a report: every metric as a row, every ranker as a column. */
export function summaryRows(report: FairnessReport): SummaryRow[] {
  const row = (metric: string, value: (audit: RankerAudit) => string): SummaryRow => ({ metric, values: report.rankers.map(value) })
  const rows: SummaryRow[] = []
  for (const { group } of report.groups) {
    rows.push(row(`selection rate ${group}`, (a) => formatNumber(a.selection.find((s) => s.group === group)?.rate)))
  }
  for (const { group } of report.groups) {
    rows.push(row(`ratio to best ${group} [95% CI]`, (a) => {
      const s = a.selection.find((entry) => entry.group === group)
      return formatWithInterval(s?.ratio, s?.ci)
    }))
  }
  rows.push(row('four-fifths rule met', (a) => (a.fourFifths ? 'yes' : 'no')))
  const k = report.rankers[0]?.ranking.k ?? report.top
  for (const { group } of report.groups) {
    rows.push(row(`skew@${k} ${group}`, (a) => formatNumber(a.ranking.skew.find((s) => s.group === group)?.skew)))
  }
  rows.push(row('NDKL', (a) => formatNumber(a.ranking.ndkl)))
  rows.push(row('exposure ratio', (a) => formatNumber(a.ranking.exposureRatio)))
  if (report.rankers.some((a) => a.counterfactual)) {
    rows.push(row('counterfactual flip rate', (a) => formatNumber(a.counterfactual?.flipRate)))
    rows.push(row('mean |score delta|', (a) => formatNumber(a.counterfactual?.meanAbsScoreDelta)))
    rows.push(row("Kendall's tau (orig. vs swapped)", (a) => formatNumber(a.counterfactual?.kendallTau)))
    rows.push(row('rank-biased overlap', (a) => formatNumber(a.counterfactual?.rankBiasedOverlap)))
  }
  if (report.rankers.some((a) => a.predictability)) {
    rows.push(row('probe input', (a) => a.predictability?.input ?? '–'))
    rows.push(row('probe AUROC [95% CI]', (a) => formatWithInterval(a.predictability?.auroc, a.predictability?.ci)))
    if (report.rankers.some((a) => a.predictability?.withinStrata)) {
      rows.push(row(`probe AUROC within ${report.strata ?? 'strata'}`, (a) => formatWithInterval(a.predictability?.withinStrata?.auroc, a.predictability?.withinStrata?.ci)))
    }
  }
  if (report.rankers.some((a) => a.seconds !== undefined)) rows.push(row('seconds', (a) => (a.seconds === undefined ? '–' : a.seconds.toFixed(1))))
  return rows
}
