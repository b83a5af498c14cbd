/**
 * Parsing quality and speed: every fixture CV and vacancy (packages/parse/fixtures) rendered in every format,
 * read with readDocumentWithDiagnostics and parsed; field-level precision and recall per format and overall,
 * and documents per second per format, beside the same run's baseline (the same records read as plain text).
 * The `cv/messy` row is hand-written messy CVs (fixtures/messy-cvs.json) scored on richer facts: titles,
 * employers, EQF per education entry, the objective's occupation and section kinds.
 * Writes benchmarks/results/parse-quality.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCv, parseVacancy, readDocumentWithDiagnostics } from '@incontro/parse'
import { buildFixtures, cvFacts, vacancyFacts, type Fixture } from '../../packages/parse/scripts/build-fixtures.js'

interface Tally {
  tp: number
  predicted: number
  expected: number
  documents: number
  seconds: number
}

const today = '2025-06' as const
const rounds = 3

async function run(fixture: Fixture): Promise<string[]> {
  const { document, diagnostics } = await readDocumentWithDiagnostics(fixture.bytes)
  const options = { sourceId: `${fixture.id}-${fixture.variant}`, readDiagnostics: diagnostics }
  return fixture.kind === 'cv' ? cvFacts(fixture, parseCv(document, { ...options, today })) : vacancyFacts(parseVacancy(document, options))
}

function score(expected: readonly string[], predicted: readonly string[]): { tp: number } {
  const pool = [...expected]
  let tp = 0
  for (const fact of predicted) {
    const at = pool.indexOf(fact)
    if (at !== -1) {
      tp++
      pool.splice(at, 1)
    }
  }
  return { tp }
}

const fixtures = await buildFixtures()
const tallies = new Map<string, Tally>()
const misses = new Map<string, Map<string, number>>()
for (const fixture of fixtures) {
  const key = `${fixture.kind}/${fixture.variant}`
  const tally = tallies.get(key) ?? { tp: 0, predicted: 0, expected: 0, documents: 0, seconds: 0 }
  const predicted = await run(fixture)
  const start = performance.now()
  for (let i = 0; i < rounds; i++) await run(fixture)
  tally.seconds += (performance.now() - start) / 1000 / rounds
  const { tp } = score(fixture.expected, predicted)
  tally.tp += tp
  tally.predicted += predicted.length
  tally.expected += fixture.expected.length
  tally.documents++
  tallies.set(key, tally)
  const missed = misses.get(key) ?? new Map<string, number>()
  for (const fact of fixture.expected.filter((fact) => !predicted.includes(fact))) {
    const kind = fact.split(':')[0] as string
    missed.set(kind, (missed.get(kind) ?? 0) + 1)
  }
  misses.set(key, missed)
}

const rows = [...tallies.entries()].map(([key, t]) => ({
  format: key,
  documents: t.documents,
  precision: t.predicted === 0 ? 0 : t.tp / t.predicted,
  recall: t.expected === 0 ? 0 : t.tp / t.expected,
  documentsPerSecond: t.documents / t.seconds,
  missedByField: Object.fromEntries(misses.get(key) ?? []),
}))
const overall = (kind: string): { precision: number; recall: number } => {
  const selected = [...tallies.entries()].filter(([key]) => key.startsWith(`${kind}/`)).map(([, t]) => t)
  const tp = selected.reduce((sum, t) => sum + t.tp, 0)
  return {
    precision: tp / selected.reduce((sum, t) => sum + t.predicted, 0),
    recall: tp / selected.reduce((sum, t) => sum + t.expected, 0),
  }
}
const baseline = (kind: string): number => rows.find((row) => row.format === `${kind}/text`)?.documentsPerSecond ?? 0

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`
process.stdout.write(`Parsing quality: ${fixtures.length} documents (${new Set(fixtures.map((f) => f.id)).size} records), node ${process.version}\n`)
process.stdout.write('format                     docs  precision  recall   docs/s   × plain text\n')
for (const row of rows) {
  const ratio = row.documentsPerSecond / baseline(row.format.split('/')[0] as string)
  process.stdout.write(
    `${row.format.padEnd(26)} ${String(row.documents).padStart(4)}  ${pct(row.precision).padStart(9)}  ${pct(row.recall).padStart(6)}  ${row.documentsPerSecond.toFixed(0).padStart(7)}   ${ratio.toFixed(2)}\n`,
  )
}
for (const kind of ['cv', 'vacancy']) {
  const o = overall(kind)
  process.stdout.write(`overall ${kind.padEnd(18)}       ${pct(o.precision).padStart(9)}  ${pct(o.recall).padStart(6)}\n`)
}

const out = join(dirname(fileURLToPath(import.meta.url)), '../results/parse-quality.json')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(
  out,
  `${JSON.stringify({ benchmark: 'parse-quality', node: process.version, date: new Date().toISOString(), documents: fixtures.length, rows, overall: { cv: overall('cv'), vacancy: overall('vacancy') } }, null, 2)}\n`,
)
