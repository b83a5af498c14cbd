import type { FairnessReport, ReportInterval } from './fairness-report.js'

const quote = (cell: string): string => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
const cell = (value: number | string | null | undefined): string => {
  if (value === undefined || value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value < 0 ? '-Infinity' : 'NaN'
  return quote(value)
}

/**
 * Renders a report as CSV in long format, one figure per row: `ranker,section,group,metric,value,lower,upper`
 * (RFC 4180 quoting), ready for a spreadsheet, R or pandas.
 *
 * @example
 * writeFileSync('bias.csv', renderReportCsv(report))
 */
export function renderReportCsv(report: FairnessReport): string {
  const lines = ['ranker,section,group,metric,value,lower,upper']
  const push = (ranker: string, section: string, group: string, metric: string, value: number | string | null | undefined, ci?: ReportInterval) => {
    lines.push([ranker, section, group, metric].map(quote).concat([cell(value), cell(ci?.lower), cell(ci?.upper)]).join(','))
  }
  for (const g of report.groups) push('', 'population', g.group, 'count', g.count)
  for (const audit of report.rankers) {
    const r = audit.ranker
    for (const s of audit.selection) {
      push(r, 'selection', s.group, 'rate', s.rate, s.rateCi)
      push(r, 'selection', s.group, 'ratio to best', s.ratio, s.ci)
    }
    push(r, 'selection', '', 'disparate impact', audit.disparateImpact)
    for (const s of audit.ranking.skew) push(r, 'ranking', s.group, `skew@${audit.ranking.k}`, s.skew ?? Number.NEGATIVE_INFINITY)
    push(r, 'ranking', '', 'NDKL', audit.ranking.ndkl)
    push(r, 'ranking', '', 'exposure ratio', audit.ranking.exposureRatio)
    const c = audit.counterfactual
    if (c) {
      push(r, 'counterfactual', '', 'flip rate', c.flipRate)
      push(r, 'counterfactual', '', 'mean abs score delta', c.meanAbsScoreDelta)
      push(r, 'counterfactual', '', 'kendall tau', c.kendallTau)
      push(r, 'counterfactual', '', 'rank-biased overlap', c.rankBiasedOverlap)
      for (const cue of c.byCue ?? []) push(r, 'counterfactual', cue.cue, 'flip rate by cue', cue.flipRate)
    }
    const p = audit.predictability
    if (p) {
      push(r, 'predictability', p.input, 'auroc', p.auroc, p.ci)
      if (p.withinStrata) push(r, 'predictability', p.input, 'auroc within strata', p.withinStrata.auroc, p.withinStrata.ci)
    }
    if (audit.seconds !== undefined) push(r, 'time', '', 'seconds', audit.seconds)
  }
  return `${lines.join('\n')}\n`
}
