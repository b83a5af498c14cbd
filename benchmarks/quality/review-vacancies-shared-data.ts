/**
 * Runs the inclusive-language review over the real Italian vacancies of ../shared/data/dev (Lazio
 * `Mansioni` and the aggregator's Italian descriptions) and prints how many findings of each category it
 * makes; `--sample N` also prints N findings drawn at random (seeded) with their context, for reading by
 * hand (`--categories a,b` limits the sample to those categories, `--seed S` draws another sample). Nothing is written: the data stays outside the repository. Skips with a message when the folder is absent.
 *
 *   tsx --conditions=@incontro/source quality/review-vacancies-shared-data.ts --sample 40
 */
import { reviewVacancy } from '@incontro/anonymize'
import { devSetMissing, readIndeedRows, readLazio } from './match-quality-dev.js'

const missing = devSetMissing()
if (missing !== undefined) {
  process.stdout.write(`skipped: ${missing} (shared-data)\n`)
  process.exit(0)
}

// The same readers as bench:match-quality: Lazio duties, and the aggregator's Italian descriptions unescaped.
const texts: string[] = readLazio()
  .map((record) => record.mansioni)
  .filter((mansioni) => mansioni.length > 0)
const lazio = texts.length
for (const row of readIndeedRows()) if (row.lang === 'it' && row.description) texts.push(row.description.replace(/\\([-.!()*_#+])/g, '$1'))

const only = process.argv.indexOf('--categories')
const wording = new Set(only > 0 ? (process.argv[only + 1] ?? '').split(',') : ['gendered-title', 'gendered-address', 'masculine-generic', 'age-coded'])
const counts = new Map<string, number>()
const found: { text: number; start: number; end: number; category: string; suggestion: string }[] = []
const started = performance.now()
for (let t = 0; t < texts.length; t++) {
  for (const f of reviewVacancy(texts[t] as string, { language: 'it' }).findings) {
    counts.set(f.category, (counts.get(f.category) ?? 0) + 1)
    if (wording.has(f.category)) found.push({ text: t, start: f.start, end: f.end, category: f.category, suggestion: f.suggestion ?? '' })
  }
}
const seconds = (performance.now() - started) / 1000
const out = [`${texts.length} Italian ads (${lazio} Lazio Mansioni, ${texts.length - lazio} aggregator descriptions) in ${seconds.toFixed(1)} s`]
for (const [c, n] of [...counts].sort((a, b) => b[1] - a[1])) out.push(`  ${c.padEnd(38)} ${n}`)
const at = process.argv.indexOf('--sample')
if (at > 0) {
  const n = Number(process.argv[at + 1] ?? 40)
  const seedAt = process.argv.indexOf('--seed')
  let seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 11
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  const picked = new Set<number>()
  while (picked.size < Math.min(n, found.length)) picked.add(Math.floor(random() * found.length))
  for (const k of picked) {
    const f = found[k] as (typeof found)[number]
    const text = texts[f.text] as string
    const context = `${text.slice(Math.max(0, f.start - 60), f.start)}[[${text.slice(f.start, f.end)}]]${text.slice(f.end, f.end + 40)}`.replace(/\s+/g, ' ')
    out.push(`#${k} ${f.category}: ${context}  → ${f.suggestion}`)
  }
}
process.stdout.write(`${out.join('\n')}\n`)
