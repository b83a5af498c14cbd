/**
 * Runs the inclusive-language review over the real Italian vacancies of ../shared/data/dev (Lazio
 * `Mansioni` and the aggregator's Italian descriptions) and prints how many findings of each category it
 * makes; `--sample N` also prints N findings drawn at random (seeded) with their context, for reading by
 * hand (`--categories a,b` limits the sample to those categories, `--seed S` draws another sample). Nothing is written: the data stays outside the repository. Skips with a message when the folder is absent.
 *
 *   tsx --conditions=@incontro/source quality/review-vacancies-shared-data.ts --sample 40
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { reviewVacancy } from '@incontro/anonymize'

const here = dirname(fileURLToPath(import.meta.url))
const dev = join(here, '..', '..', '..', 'shared', 'data', 'dev')
if (!existsSync(dev)) {
  process.stdout.write(`skipped: ${dev} is absent (shared-data)\n`)
  process.exit(0)
}

/** A minimal RFC 4180 reader (quoted fields with doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (c !== '\r') field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

const texts: string[] = []
for (const line of gunzipSync(readFileSync(join(dev, 'vacancies-it-cpi-lazio.jsonl.gz'))).toString('utf8').split('\n')) {
  if (line.trim() === '') continue
  const ad = JSON.parse(line) as { Mansioni?: string }
  if (ad.Mansioni && ad.Mansioni.trim().length > 0) texts.push(ad.Mansioni)
}
const lazio = texts.length
const [header, ...rows] = parseCsv(gunzipSync(readFileSync(join(dev, 'vacancies-it-en-indeed.csv.gz'))).toString('utf8'))
const langAt = (header ?? []).indexOf('lang')
const descriptionAt = (header ?? []).indexOf('description')
for (const row of rows) if (row[langAt] === 'it' && row[descriptionAt]) texts.push((row[descriptionAt] as string).replace(/\\([-.!()*_#+])/g, '$1'))

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
