/**
 * Readers of the real dev set in ../shared/data/dev (never copied into the repository): Lazio public
 * employment centre ads and aggregator postings as texts, and the fixed-seed sample of Lazio ads judged by
 * hand in data/match/lazio-judged.json.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parse } from 'csv-parse/sync'

/** Where the dev set lives (override with `INCONTRO_DEV_DIR`). */
export const devDir = process.env.INCONTRO_DEV_DIR ?? '/work/shared/data/dev'
const lazioFile = join(devDir, 'vacancies-it-cpi-lazio.jsonl.gz')
const indeedFile = join(devDir, 'vacancies-it-en-indeed.csv.gz')

/** A Lazio record with its 1-based line number in the file. */
export interface LazioRecord {
  line: number
  qualifica: string
  mansioni: string
  text: string
}

/** Why the dev set cannot be read, or undefined when it can. */
export function devSetMissing(): string | undefined {
  if (!existsSync(lazioFile) || !existsSync(indeedFile)) return `no dev set at ${devDir}`
  return undefined
}

const clean = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '')

/** The text of a Lazio record: Qualifica, Mansioni, `Sede di lavoro: …`, `Contratto: …` lines, empty fields skipped, no company. */
export function lazioText(record: Record<string, unknown>): string {
  const lines: string[] = []
  const qualifica = clean(record.Qualifica)
  const mansioni = clean(record.Mansioni)
  const place = clean(record.ComuneSedeLavoro)
  const contract = clean(record.TipoContratto)
  if (qualifica) lines.push(qualifica)
  if (mansioni) lines.push(mansioni)
  if (place) lines.push(`Sede di lavoro: ${place}`)
  if (contract) lines.push(`Contratto: ${contract}`)
  return lines.join('\n')
}

/** Every Lazio record, in file order. */
export function readLazio(): LazioRecord[] {
  const lines = gunzipSync(readFileSync(lazioFile)).toString('utf8').split('\n')
  const out: LazioRecord[] = []
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue
    const record = JSON.parse(line) as Record<string, unknown>
    out.push({ line: i + 1, qualifica: clean(record.Qualifica), mansioni: clean(record.Mansioni), text: lazioText(record) })
  }
  return out
}

/** Every aggregator posting's title, description (markdown-like, as published) and `lang` guess, trimmed. */
export function readIndeedRows(): { title: string; description: string; lang: string }[] {
  const rows = parse(gunzipSync(readFileSync(indeedFile)), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[]
  return rows.map((row) => ({ title: clean(row.title), description: clean(row.description), lang: clean(row.lang) }))
}

/** Every aggregator posting as `title`, a blank line, `description`; with its row's `lang` guess. */
export function readIndeed(): { text: string; lang: string }[] {
  return readIndeedRows().map((row) => ({ text: `${row.title}\n\n${row.description}`, lang: row.lang }))
}

/** A short hash of a title, to check that a judgment still refers to the same record. */
export function titleHash(qualifica: string): string {
  return createHash('sha256').update(qualifica).digest('hex').slice(0, 10)
}

/** The fixed-seed sample of Lazio records with a non-empty Qualifica that was judged by hand. */
export function sampleLazio(records: readonly LazioRecord[], size = 200, seed = 20261207): LazioRecord[] {
  let a = seed >>> 0
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pool = records.filter((r) => r.qualifica !== '')
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[pool[i], pool[j]] = [pool[j] as LazioRecord, pool[i] as LazioRecord]
  }
  return pool.slice(0, size).sort((x, y) => x.line - y.line)
}
