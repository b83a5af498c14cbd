import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { exampleReport } from './internal/example-report.js'
import { renderReportCsv } from './render-report-csv.js'
import { renderReportJson } from './render-report-json.js'
import { renderReportMarkdown } from './render-report-markdown.js'

describe('report renderers', () => {
  it('JSON keeps every figure and writes an absent group\'s skew as null', () => {
    const report = exampleReport()
    const parsed = JSON.parse(renderReportJson(report)) as typeof report
    expect(parsed.rankers[1]?.ranking.skew[0]?.skew).toBeNull()
    expect(parsed.rankers[0]?.selection[0]?.ci).toEqual(report.rankers[0]?.selection[0]?.ci)
    expect(parsed.rankers.map((r) => r.predictability?.auroc)).toEqual([0.51, 0.99])
  })

  it('CSV has one figure per row with intervals, quoted where needed, readable by a CSV parser', () => {
    const rows = parse(renderReportCsv(exampleReport()), { columns: true }) as Record<string, string>[]
    const ratio = rows.find((r) => r.ranker === 'incontro' && r.metric === 'ratio to best' && r.group === 'female')
    expect(Number(ratio?.value)).toBeCloseTo(0.3 / 0.31, 10)
    expect(Number(ratio?.lower)).toBeLessThan(Number(ratio?.value))
    expect(rows.find((r) => r.ranker === 'bm25-raw' && r.metric === 'skew@10' && r.group === 'female')?.value).toBe('-Infinity')
    expect(rows.filter((r) => r.section === 'predictability')).toHaveLength(4)
  })

  it('Markdown puts every ranker in a column and escapes pipes', () => {
    const md = renderReportMarkdown(exampleReport())
    expect(md).toContain('| metric | incontro | bm25-raw |')
    expect(md).toMatch(/\| probe AUROC within occupation \| 0\.500 \[0\.470, 0\.530\] \| 0\.980 /)
    expect(md).toMatch(/\| skew@10 female \| [-0-9.]+ \| −∞ \|/)
    expect(md).toContain('a \\| pipe')
  })
})
