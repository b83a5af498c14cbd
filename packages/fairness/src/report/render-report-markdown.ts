import type { FairnessReport } from './fairness-report.js'
import { summaryRows } from './internal/summary-rows.js'

const escape = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * Renders a report as Markdown: the settings, the population's groups, and one table with every metric as
 * a row and every ranker as a column, for a paper's appendix or a pull-request comment.
 *
 * @example
 * writeFileSync('bias.md', renderReportMarkdown(report))
 */
export function renderReportMarkdown(report: FairnessReport): string {
  const out: string[] = [`# ${escape(report.title)}`, '']
  out.push(
    `${report.profiles} profiles, ${report.vacancies} vacancies, top ${report.top}; protected attribute \`${escape(report.protectedAttribute)}\`${report.strata ? `, strata \`${escape(report.strata)}\`` : ''}.`,
    '',
  )
  if (report.settings && Object.keys(report.settings).length > 0) {
    out.push(Object.entries(report.settings).map(([key, value]) => `${escape(key)}: ${escape(String(value))}`).join('; ') + '.', '')
  }
  out.push('| group | people | share |', '| --- | ---: | ---: |')
  for (const g of report.groups) out.push(`| ${escape(g.group)} | ${g.count} | ${g.share.toFixed(3)} |`)
  out.push('')
  out.push(`| metric | ${report.rankers.map((r) => escape(r.ranker)).join(' | ')} |`)
  out.push(`| --- | ${report.rankers.map(() => '---:').join(' | ')} |`)
  for (const row of summaryRows(report)) out.push(`| ${escape(row.metric)} | ${row.values.map(escape).join(' | ')} |`)
  out.push('')
  for (const r of report.rankers) out.push(`- **${escape(r.ranker)}**: ${escape(r.description)}`)
  return `${out.join('\n')}\n`
}
