import type { FairnessReport } from './fairness-report.js'

/**
 * Renders a report as JSON (two-space indent, trailing newline); an absent group's skew of −∞ is written
 * as `null`, as JSON has no infinity.
 *
 * @example
 * writeFileSync('bias.json', renderReportJson(report))
 */
export function renderReportJson(report: FairnessReport): string {
  return `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`
}
