/**
 * Vacancy review quality on `data/review-vacancies.jsonl` (64 synthetic IT/EN vacancies with expected
 * finding categories, built by `review-vacancies-dataset.ts`): precision and recall per category at the
 * vacancy level (a category is found or not in each ad), accuracy of `inclusive`, and throughput.
 * Writes benchmarks/results/review-vacancies.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { reviewVacancy } from '@incontro/anonymize'

const here = dirname(fileURLToPath(import.meta.url))
interface Row {
  id: string
  language: 'it' | 'en'
  text: string
  expected: string[]
  inclusive: boolean
}
const rows: Row[] = readFileSync(join(here, 'data', 'review-vacancies.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Row)

const tally = new Map<string, { tp: number; fp: number; fn: number }>()
const get = (c: string) => tally.get(c) ?? (tally.set(c, { tp: 0, fp: 0, fn: 0 }), tally.get(c) as { tp: number; fp: number; fn: number })
let inclusiveRight = 0
const errors: string[] = []
for (const row of rows) {
  const review = reviewVacancy(row.text, { language: row.language })
  const found = new Set<string>(review.findings.map((f) => f.category))
  const expected = new Set(row.expected)
  for (const c of new Set([...found, ...expected])) {
    const t = get(c)
    if (found.has(c) && expected.has(c)) t.tp++
    else if (found.has(c)) {
      t.fp++
      errors.push(`${row.id} unexpected ${c}`)
    } else {
      t.fn++
      errors.push(`${row.id} missed ${c}`)
    }
  }
  if (review.inclusive === row.inclusive) inclusiveRight++
  else errors.push(`${row.id} inclusive ${review.inclusive}`)
}
const bytes = rows.reduce((s, r) => s + Buffer.byteLength(r.text), 0)
let best = Infinity
for (let round = 0; round < 3; round++) {
  const started = performance.now()
  let n = 0
  while (performance.now() - started < 1000 || n === 0) {
    for (const row of rows) reviewVacancy(row.text, { language: row.language, neutralize: true })
    n++
  }
  best = Math.min(best, (performance.now() - started) / 1000 / n)
}
const perCategory = Object.fromEntries(
  [...tally.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([c, t]) => [c, { ...t, precision: t.tp + t.fp > 0 ? t.tp / (t.tp + t.fp) : null, recall: t.tp + t.fn > 0 ? t.tp / (t.tp + t.fn) : null }]),
)
const micro = [...tally.values()].reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 })
const results = {
  vacancies: rows.length,
  italian: rows.filter((r) => r.language === 'it').length,
  english: rows.filter((r) => r.language === 'en').length,
  perCategory,
  micro: { ...micro, precision: micro.tp / (micro.tp + micro.fp), recall: micro.tp / (micro.tp + micro.fn) },
  inclusiveAccuracy: inclusiveRight / rows.length,
  throughput: { vacanciesPerSecond: rows.length / best, mbPerSecond: bytes / 1e6 / best },
  errors,
}
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`)
const out = [`vacancies: ${rows.length} (${results.italian} it, ${results.english} en)`, `${'category'.padEnd(38)} ${'P'.padStart(7)} ${'R'.padStart(7)}  tp/fp/fn`]
for (const [c, t] of Object.entries(perCategory)) out.push(`${c.padEnd(38)} ${pct(t.precision).padStart(7)} ${pct(t.recall).padStart(7)}  ${t.tp}/${t.fp}/${t.fn}`)
out.push(`${'micro'.padEnd(38)} ${pct(results.micro.precision).padStart(7)} ${pct(results.micro.recall).padStart(7)}`)
out.push(`inclusive accuracy: ${pct(results.inclusiveAccuracy)}; throughput (review + rewrite): ${results.throughput.vacanciesPerSecond.toFixed(0)} vacancies/s (${results.throughput.mbPerSecond.toFixed(2)} MB/s)`)
if (errors.length > 0) out.push(`errors:\n  ${errors.slice(0, 30).join('\n  ')}`)
process.stdout.write(`${out.join('\n')}\n`)
const resultsDir = join(here, '..', 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(join(resultsDir, 'review-vacancies.json'), `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), node: process.version, ...results }, null, 2)}\n`)
