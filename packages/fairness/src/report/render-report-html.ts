import type { FairnessReport } from './fairness-report.js'
import { chartLibrarySource } from './internal/chart-library.js'
import { summaryRows } from './internal/summary-rows.js'

const html = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
/** JSON safe inside a script element: `<` is escaped, so no `</script>` can close it early. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')

/** The page's own script: draws the charts from the embedded data with Chart.js, no animation (stable screenshots). */
const drawCharts = `
(function () {
  var report = JSON.parse(document.getElementById('report-data').textContent);
  var palette = ['#1b6ca8', '#d1495b', '#edae49', '#00798c', '#6a4c93', '#66a182', '#8d6a9f', '#2e4057'];
  var rankers = report.rankers.map(function (r) { return r.ranker; });
  var groups = report.groups.map(function (g) { return g.group; });
  Chart.defaults.animation = false;
  Chart.defaults.responsive = false;
  Chart.defaults.font.family = 'system-ui, sans-serif';
  function byGroup(pick) {
    return groups.map(function (group, i) {
      return { label: group, backgroundColor: palette[i % palette.length], data: report.rankers.map(function (r) { return pick(r, group); }) };
    });
  }
  function line(label, value, colour) {
    return { type: 'line', label: label, data: rankers.map(function () { return value; }), borderColor: colour, borderDash: [6, 4], pointRadius: 0, fill: false };
  }
  function bar(id, datasets, title, yOptions) {
    new Chart(document.getElementById(id), {
      type: 'bar',
      data: { labels: rankers, datasets: datasets },
      options: { plugins: { title: { display: true, text: title } }, scales: { y: yOptions || { beginAtZero: true } } }
    });
  }
  function find(list, group) { for (var i = 0; i < list.length; i++) if (list[i].group === group) return list[i]; return undefined; }
  bar('chart-selection', byGroup(function (r, g) { var s = find(r.selection, g); return s ? s.rate : null; }), 'Selection rate by group (top ' + report.top + ')');
  bar('chart-ratio', byGroup(function (r, g) { var s = find(r.selection, g); return s ? s.ratio : null; }).concat([line('four-fifths', 0.8, '#444')]), 'Selection rate / best group', { min: 0, max: 1.05 });
  bar('chart-skew', byGroup(function (r, g) { var s = find(r.ranking.skew, g); return s ? s.skew : null; }), 'Skew@' + (report.rankers[0] ? report.rankers[0].ranking.k : report.top) + ' (0 = proportional)', {});
  bar('chart-exposure', [
    { label: 'exposure ratio', backgroundColor: palette[0], data: report.rankers.map(function (r) { return r.ranking.exposureRatio; }) },
    { label: 'NDKL', backgroundColor: palette[1], data: report.rankers.map(function (r) { return r.ranking.ndkl; }) }
  ], 'Exposure ratio and NDKL');
  if (document.getElementById('chart-counterfactual')) {
    bar('chart-counterfactual', [
      { label: 'top-k flip rate', backgroundColor: palette[3], data: report.rankers.map(function (r) { return r.counterfactual ? r.counterfactual.flipRate : null; }) },
      { label: '1 - rank-biased overlap', backgroundColor: palette[4], data: report.rankers.map(function (r) { return r.counterfactual ? 1 - r.counterfactual.rankBiasedOverlap : null; }) }
    ], 'Counterfactual: swapping every CV\\'s gender cues');
  }
  if (document.getElementById('chart-probe')) {
    bar('chart-probe', [
      { label: 'AUROC', backgroundColor: palette[5], data: report.rankers.map(function (r) { return r.predictability ? r.predictability.auroc : null; }) },
      { label: 'AUROC within strata', backgroundColor: palette[6], data: report.rankers.map(function (r) { return r.predictability && r.predictability.withinStrata ? r.predictability.withinStrata.auroc : null; }) },
      line('chance', 0.5, '#444')
    ], 'Can a probe predict the protected attribute?', { min: 0, max: 1 });
  }
  document.body.setAttribute('data-rendered', 'true');
})();
`

/**
 * Renders a report as one self-contained HTML page: the settings, the side-by-side table of every metric
 * and ranker, and charts (selection rates, ratios to the best group with the four-fifths line, skew@k,
 * exposure and NDKL, counterfactual flips, probe AUROC) drawn by Chart.js, which is inlined, so the file
 * opens offline and can go into a paper's supplementary material as it is.
 *
 * @example
 * writeFileSync('audit.html', renderReportHtml(report))
 */
export function renderReportHtml(report: FairnessReport): string {
  const rows = summaryRows(report)
  const hasCounterfactual = report.rankers.some((r) => r.counterfactual)
  const hasProbe = report.rankers.some((r) => r.predictability)
  const canvas = (id: string) => `<canvas id="${id}" width="560" height="300"></canvas>`
  const table = [
    '<table><thead><tr><th>metric</th>',
    ...report.rankers.map((r) => `<th>${html(r.ranker)}</th>`),
    '</tr></thead><tbody>',
    ...rows.map((row) => `<tr><th scope="row">${html(row.metric)}</th>${row.values.map((v) => `<td>${html(v)}</td>`).join('')}</tr>`),
    '</tbody></table>',
  ].join('')
  const settings = Object.entries(report.settings ?? {})
    .map(([key, value]) => `<li>${html(key)}: ${html(String(value))}</li>`)
    .join('')
  const groups = report.groups.map((g) => `<li>${html(g.group)}: ${g.count} (${(g.share * 100).toFixed(1)} %)</li>`).join('')
  const rankers = report.rankers.map((r) => `<li><strong>${html(r.ranker)}</strong>: ${html(r.description)}</li>`).join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(report.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; font-size: 0.85rem; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; }
td { text-align: right; font-variant-numeric: tabular-nums; } thead th { background: #eef3f8; } tbody th { text-align: left; font-weight: normal; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(580px, 1fr)); gap: 1rem; }
.charts canvas { border: 1px solid #e5e5e5; }
footer { margin-top: 2rem; font-size: 0.8rem; color: #555; }
</style>
</head>
<body>
<h1>${html(report.title)}</h1>
<p>${report.profiles} profiles, ${report.vacancies} vacancies, top ${report.top}; protected attribute <code>${html(report.protectedAttribute)}</code>${report.strata ? `, strata <code>${html(report.strata)}</code>` : ''}.</p>
<ul>${groups}</ul>
${settings ? `<ul>${settings}</ul>` : ''}
<h2>Metrics side by side</h2>
${table}
<h2>Charts</h2>
<div class="charts">
${canvas('chart-selection')}
${canvas('chart-ratio')}
${canvas('chart-skew')}
${canvas('chart-exposure')}
${hasCounterfactual ? canvas('chart-counterfactual') : ''}
${hasProbe ? canvas('chart-probe') : ''}
</div>
<h2>Rankers</h2>
<ul>${rankers}</ul>
<footer>Generated by Incontro (@incontro/fairness). Groups, counts and metrics only: no CV text, names or per-person attributes. Charts: Chart.js (MIT), inlined.</footer>
<script id="report-data" type="application/json">${scriptJson(report)}</script>
<script>${chartLibrarySource().replace(/<\/script/gi, '<\\/script')}</script>
<script>${drawCharts}</script>
</body>
</html>
`
}
