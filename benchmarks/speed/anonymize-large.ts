/**
 * The anonymizer's paths on 1 MB adversarial inputs (many names, digit runs, one word without spaces,
 * many "nata", short lines, glued words, affiliations and initials, dates in words, phones one after
 * another): `anonymize` (on a parsed profile built here, so the parser's time is not counted),
 * `anonymizeVacancy` and `reviewVacancy`. Each path runs once on a small text first (start-up), then
 * once per input; prints CPU milliseconds of this process (process.cpuUsage: on a machine shared with other
 * work, wall time counts the time other processes hold the core). Target: ≤ 1 s per input and path after
 * start-up.
 *
 * Run: pnpm --filter @incontro/benchmarks bench:anonymize-large [-- --only phones]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { anonymize, anonymizeVacancy, reviewVacancy } from '@incontro/anonymize'
import { ParsedProfileSchema, ParsedVacancySchema, type ParsedProfile, type ParsedVacancy } from '@incontro/core'
import { builtinTaxonomy, createAnnotator } from '@incontro/taxonomy'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const only = arg('only')
const MB = 1_000_000
const fill = (piece: string) => piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB)
const inputs: Record<string, string> = {
  'names, one line': fill('Anna Rossi Giulia Ferri Mario Bianchi Kavya Sharma '),
  'digits, one line': fill('333 1234567 02 1234 5678 12/03/1990 IT60X0542811101000000123456 +44 7700 900123 '),
  phones: fill('+39 333 555 0101 0039 02 1234567 333-555-0101 '),
  'one word without spaces': fill('abcdefghij'),
  'many "nata"': fill('nata il nata a nata nel nata '),
  'short lines': fill('cameriera\n'),
  'glued words': fill('espertoMagazziniere nataaRoma classe 1985 34enne trentenne '),
  'affiliations and initials': fill('iscritta alla CGIL parrocchia San Marco Partito Esempio M.R. G. Ferri '),
  'dates in words': fill('nata il dodici marzo millenovecentottantacinque born on the 3rd of March 1985 '),
}

const taxonomy = builtinTaxonomy()
const annotator = createAnnotator(taxonomy)
const options = { key: 'large-benchmark-key', taxonomy, annotator }

function profileOf(text: string): ParsedProfile {
  return ParsedProfileSchema.parse({
    sourceId: 'big', language: 'it',
    document: { text, blocks: [], format: 'text', language: 'it' },
    identity: { sourceId: 'big', givenNames: ['Giulia'], surnames: ['Ferri'], items: [], photo: false },
    sections: [], experiences: [], education: [], languages: [], licences: [], diagnostics: [],
  })
}
function vacancyOf(text: string): ParsedVacancy {
  return ParsedVacancySchema.parse({
    sourceId: 'big', language: 'it',
    document: { text, blocks: [], format: 'text', language: 'it' },
    title: { text: text.slice(0, 10), span: { start: 0, end: 10 } },
    sections: [{ kind: 'requirements', span: { start: 0, end: text.length } }],
    requirements: [], education: [], languages: [], licences: [], contract: [], diagnostics: [],
  })
}
const paths: Record<string, (text: string) => unknown> = {
  anonymize: (text) => anonymize(profileOf(text), options),
  anonymizeVacancy: (text) => anonymizeVacancy(vacancyOf(text), options),
  reviewVacancy: (text) => reviewVacancy(text, { neutralize: true, language: 'it' }),
}

const results: Record<string, Record<string, number>> = {}
for (const [path, run] of Object.entries(paths)) run('Giulia Ferri, nata a Roma il 3 marzo 1985. Tel 333 1234567. Cameriera.')
const out: string[] = [`${'input'.padEnd(28)} ${Object.keys(paths).map((p) => p.padStart(17)).join('')}`]
for (const [name, text] of Object.entries(inputs)) {
  if (only !== undefined && !name.includes(only)) continue
  const row: Record<string, number> = {}
  for (const [path, run] of Object.entries(paths)) {
    const started = process.cpuUsage()
    run(text)
    const used = process.cpuUsage(started)
    row[path] = (used.user + used.system) / 1000
  }
  results[name] = row
  out.push(`${name.padEnd(28)} ${Object.values(row).map((ms) => `${ms.toFixed(0)} ms`.padStart(17)).join('')}`)
}
out.push(`worst (CPU): ${Math.max(0, ...Object.values(results).flatMap((r) => Object.values(r))).toFixed(0)} ms (target ≤ 1000 ms per input and path after start-up)`)
process.stdout.write(`${out.join('\n')}\n`)
const here = dirname(fileURLToPath(import.meta.url))
mkdirSync(join(here, '..', 'results'), { recursive: true })
if (only === undefined) writeFileSync(join(here, '..', 'results', 'anonymize-large.json'), `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), node: process.version, ms: results }, null, 2)}\n`)
