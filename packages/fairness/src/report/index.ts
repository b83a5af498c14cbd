export type {
  CounterfactualSummary,
  FairnessReport,
  PredictabilitySummary,
  RankerAudit,
  RankingSummary,
  ReportInterval,
  SelectionRow,
} from './fairness-report.js'
export { renderReportJson } from './render-report-json.js'
export { renderReportCsv } from './render-report-csv.js'
export { renderReportMarkdown } from './render-report-markdown.js'
export { renderReportHtml } from './render-report-html.js'
export { auditRankings } from './audit-rankings.js'
export type { QueryRanking, RankingsAuditInput, RankingsAuditOptions } from './audit-rankings.js'
