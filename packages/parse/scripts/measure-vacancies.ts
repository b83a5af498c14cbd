/**
 * Development figures for vacancy parsing on the real vacancies in ../shared/data/dev (never committed):
 * per source, the share of ads with ≥ 1 requirement line and with an occupation, from parseVacancy and,
 * with --anonymize, the share with ≥ 1 requirement concept and an occupation after anonymizeVacancy.
 *
 * Run from the repository root: `npx tsx --conditions=@incontro/source packages/parse/scripts/measure-vacancies.ts [--anonymize] [--sample N]`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { parseVacancy as currentParseVacancy } from '../src/index.js'

const dev = new URL('../../../../shared/data/dev/', import.meta.url)
if (!existsSync(dev)) {
  process.stderr.write('../shared/data/dev is absent: nothing to measure.\n')
  process.exit(0)
}
const args = process.argv.slice(2)
const withAnonymize = args.includes('--anonymize')
const dump = args.includes('--dump')
const sampleAt = args.indexOf('--sample')
// --base <dir>: measure the parse package source in <dir> instead (a checkout of an earlier commit), for a before/after in one run.
const baseAt = args.indexOf('--base')
const parseVacancy: typeof currentParseVacancy =
  baseAt === -1 ? currentParseVacancy : ((await import(`${args[baseAt + 1]}/src/index.ts`)) as { parseVacancy: typeof currentParseVacancy }).parseVacancy
const sample = sampleAt === -1 ? Infinity : Number(args[sampleAt + 1])

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
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

function cpiText(record: Record<string, unknown>): string {
  const lines: string[] = []
  const add = (value: unknown, prefix = '') => {
    if (typeof value === 'string' && value.trim() !== '') lines.push(prefix + value.trim())
  }
  add(record.Qualifica)
  add(record.Mansioni)
  add(record.ComuneSedeLavoro, 'Sede di lavoro: ')
  add(record.TipoContratto, 'Contratto: ')
  return lines.join('\n')
}

const sources: { name: string; texts: string[] }[] = []
const cpi = gunzipSync(readFileSync(new URL('vacancies-it-cpi-lazio.jsonl.gz', dev))).toString('utf8')
sources.push({ name: 'cpi-lazio', texts: cpi.split('\n').filter((l) => l.trim()).map((l) => cpiText(JSON.parse(l) as Record<string, unknown>)) })
const csv = parseCsv(gunzipSync(readFileSync(new URL('vacancies-it-en-indeed.csv.gz', dev))).toString('utf8'))
const header = csv[0] ?? []
const ti = header.indexOf('title')
const di = header.indexOf('description')
sources.push({ name: 'aggregator', texts: csv.slice(1).filter((r) => r.length > di).map((r) => `${r[ti] ?? ''}\n\n${r[di] ?? ''}`) })

const taxonomy = builtinTaxonomy()
// @incontro/parse does not depend on @incontro/anonymize (the reverse holds): reach it by path, only when asked.
const anonymizeVacancy = withAnonymize ? (await import('../../anonymize/src/index.js')).anonymizeVacancy : undefined
for (const { name, texts } of sources) {
  const chosen = texts.slice(0, Math.min(texts.length, sample))
  let withReq = 0
  let withReqOrDuties = 0
  let withOcc = 0
  let withConcept = 0
  let withNeutralOcc = 0
  let ms = 0
  const kinds = new Map<string, number>()
  chosen.forEach((text, index) => {
    const t0 = performance.now()
    const parsed = parseVacancy(text, { sourceId: `${name}-${index}` })
    ms += performance.now() - t0
    if (parsed.requirements.length > 0) withReq++
    if (parsed.requirements.length > 0 || parsed.sections.some((section) => section.kind === 'responsibilities')) withReqOrDuties++
    if (parsed.occupation) withOcc++
    for (const s of new Set(parsed.sections.map((s) => s.kind))) kinds.set(s, (kinds.get(s) ?? 0) + 1)
    if (dump) {
      process.stdout.write(`#### ${name}-${index} occ=${parsed.occupation?.concept ?? "-"}:${JSON.stringify(parsed.occupation ? parsed.document.text.slice(parsed.occupation.span.start, parsed.occupation.span.end) : "")} title=${JSON.stringify(parsed.title.text)} place=${JSON.stringify(parsed.place?.text)} edu=${parsed.education.map((e) => e.eqfLevel).join(',')}\n`)
      for (const s of parsed.sections) process.stdout.write(`  [${s.kind}] ${JSON.stringify(parsed.document.text.slice(s.heading?.start ?? s.span.start, (s.heading?.end ?? s.span.start + 60)).slice(0, 60))}\n`)
      for (const r of parsed.requirements) process.stdout.write(`  ${r.importance === 'essential' ? 'E' : 'P'} ${r.text.slice(0, 110)}\n`)
    }
    if (anonymizeVacancy) {
      const neutral = anonymizeVacancy(parsed, { key: 'measure-key-measure-key-measure-key', taxonomy })
      if (neutral.requirements.length > 0) withConcept++
      if (neutral.occupation) withNeutralOcc++
    }
  })
  const pct = (n: number) => `${((100 * n) / chosen.length).toFixed(1)}%`
  process.stderr.write(
    `${name}: n=${chosen.length} requirement line ${pct(withReq)} (or duties section ${pct(withReqOrDuties)}), occupation (parse) ${pct(withOcc)}` +
      (withAnonymize ? `, requirement concept ${pct(withConcept)}, occupation (neutral) ${pct(withNeutralOcc)}` : '') +
      `, parse ${(ms / chosen.length).toFixed(2)} ms/ad; sections ${[...kinds].map(([k, v]) => `${k} ${pct(v)}`).join(', ')}\n`,
  )
}
