/**
 * Vacancy review quality, two sets:
 * - `data/review-vacancies.jsonl` (64 synthetic IT/EN vacancies with expected finding categories, built by
 *   `review-vacancies-dataset.ts`): precision and recall per category at the vacancy level, accuracy of
 *   `inclusive`, and throughput;
 * - `data/review-sections-it.jsonl` (Italian job-ad sections written by the Incontro authors in the styles of
 *   real ads, labelled inclusive or not with the offending spans before the rules were run): inclusive-language
 *   recall and precision at section level and at span level, beside a word-list baseline (a fixed list of
 *   masculine generic words) measured in the same run.
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
// Inclusive-language review of labelled Italian sections.
interface Section {
  id: string
  language: 'it'
  text: string
  inclusive: boolean
  spans: { start: number; end: number; text: string; category: string }[]
}
const sections: Section[] = readFileSync(join(here, 'data', 'review-sections-it.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Section)
/** The findings that say a section is not inclusive: one-gender, masculine generic and age-coded wording, illegal requirements. */
const wordingCategories = new Set(['gendered-title', 'gendered-address', 'masculine-generic', 'age-coded'])
const reviewSpans = (text: string) =>
  reviewVacancy(text, { language: 'it' })
    .findings.filter((f) => wordingCategories.has(f.category) || f.severity === 'error')
    .map((f) => ({ start: f.start, end: f.end, category: f.category }))
/** The baseline: a fixed list of masculine generic words, each occurrence flagged unless a slash or parenthesis follows it. */
const baselineWords = /\b(?:candidat[oi]|collegh[i]|collaborator[ei]|lavorator[ei]|dipendenti|neolaureat[oi]|neodiplomat[oi]|laureat[oi]|diplomat[oi]|laureandi|ragazz[oi]|automunit[oi]|motivat[oi]|interessat[oi]|giovan[ei]|addett[oi]|impiegat[oi]|operai[o]?|tecnic[oi]|ingegner[ei]|sviluppator[ei]|programmator[ei]|professionisti|espert[oi]|consulenti|referenti|responsabili|cameriere|commesso|magazziniere|segretaria|direttore|operatore|inserit[oi]|formato|aggiornat[oi]|coinvolt[oi]|selezionat[oi]|iscritt[oi]|disoccupati|inoccupati)\b(?![/(])/giu
const baselineSpans = (text: string) => [...text.matchAll(baselineWords)].map((m) => ({ start: m.index, end: m.index + m[0].length, category: 'word-list' }))
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end
function scoreSections(find: (text: string) => { start: number; end: number; category: string }[]) {
  const section = { tp: 0, fp: 0, fn: 0, tn: 0 }
  const span = { predicted: 0, predictedRight: 0, gold: 0, goldFound: 0 }
  const goldByCategory = new Map<string, { gold: number; found: number }>()
  const mistakes: string[] = []
  for (const s of sections) {
    const found = find(s.text)
    const flagged = found.length > 0
    if (flagged && !s.inclusive) section.tp++
    else if (flagged) section.fp++
    else if (!s.inclusive) section.fn++
    else section.tn++
    span.predicted += found.length
    for (const f of found) {
      if (s.spans.some((g) => overlaps(f, g))) span.predictedRight++
      else mistakes.push(`${s.id} extra ${f.category} "${s.text.slice(f.start, f.end)}"`)
    }
    for (const g of s.spans) {
      span.gold++
      const c = goldByCategory.get(g.category) ?? { gold: 0, found: 0 }
      goldByCategory.set(g.category, c)
      c.gold++
      if (found.some((f) => overlaps(f, g))) {
        span.goldFound++
        c.found++
      } else mistakes.push(`${s.id} missed ${g.category} "${g.text}"`)
    }
  }
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null)
  return {
    section: { ...section, precision: ratio(section.tp, section.tp + section.fp), recall: ratio(section.tp, section.tp + section.fn) },
    span: { ...span, precision: ratio(span.predictedRight, span.predicted), recall: ratio(span.goldFound, span.gold) },
    recallByCategory: Object.fromEntries([...goldByCategory].map(([c, t]) => [c, { ...t, recall: ratio(t.found, t.gold) }])),
    mistakes,
  }
}
const inclusiveLanguage = {
  sections: sections.length,
  notInclusive: sections.filter((s) => !s.inclusive).length,
  goldSpans: sections.reduce((n, s) => n + s.spans.length, 0),
  review: scoreSections(reviewSpans),
  baseline: scoreSections(baselineSpans),
}

const results = {
  vacancies: rows.length,
  italian: rows.filter((r) => r.language === 'it').length,
  english: rows.filter((r) => r.language === 'en').length,
  perCategory,
  micro: { ...micro, precision: micro.tp / (micro.tp + micro.fp), recall: micro.tp / (micro.tp + micro.fn) },
  inclusiveAccuracy: inclusiveRight / rows.length,
  throughput: { vacanciesPerSecond: rows.length / best, mbPerSecond: bytes / 1e6 / best },
  errors,
  inclusiveLanguage,
}
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`)
const out = [`vacancies: ${rows.length} (${results.italian} it, ${results.english} en)`, `${'category'.padEnd(38)} ${'P'.padStart(7)} ${'R'.padStart(7)}  tp/fp/fn`]
for (const [c, t] of Object.entries(perCategory)) out.push(`${c.padEnd(38)} ${pct(t.precision).padStart(7)} ${pct(t.recall).padStart(7)}  ${t.tp}/${t.fp}/${t.fn}`)
out.push(`${'micro'.padEnd(38)} ${pct(results.micro.precision).padStart(7)} ${pct(results.micro.recall).padStart(7)}`)
out.push(`inclusive accuracy: ${pct(results.inclusiveAccuracy)}; throughput (review + rewrite): ${results.throughput.vacanciesPerSecond.toFixed(0)} vacancies/s (${results.throughput.mbPerSecond.toFixed(2)} MB/s)`)
if (errors.length > 0) out.push(`errors:\n  ${errors.slice(0, 30).join('\n  ')}`)
out.push(
  '',
  `inclusive-language review, ${inclusiveLanguage.sections} Italian sections (${inclusiveLanguage.notInclusive} not inclusive, ${inclusiveLanguage.goldSpans} offending spans)`,
  `${'method'.padEnd(26)} ${'section P'.padStart(10)} ${'section R'.padStart(10)} ${'span P'.padStart(8)} ${'span R'.padStart(8)}`,
)
for (const [name, r] of [['reviewVacancy', inclusiveLanguage.review], ['baseline (word list)', inclusiveLanguage.baseline]] as const)
  out.push(`${name.padEnd(26)} ${pct(r.section.precision).padStart(10)} ${pct(r.section.recall).padStart(10)} ${pct(r.span.precision).padStart(8)} ${pct(r.span.recall).padStart(8)}`)
out.push(`span recall by category (review): ${Object.entries(inclusiveLanguage.review.recallByCategory).map(([c, t]) => `${c} ${t.found}/${t.gold}`).join(', ')}`)
if (process.argv.includes('--mistakes')) out.push(`review mistakes:\n  ${inclusiveLanguage.review.mistakes.join('\n  ')}`)
process.stdout.write(`${out.join('\n')}\n`)
const resultsDir = join(here, '..', 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(join(resultsDir, 'review-vacancies.json'), `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), node: process.version, ...results }, null, 2)}\n`)
