/**
 * Adversarial inputs of about 1 MB on every text path (read, parse CV, parse vacancy, anonymize, review,
 * annotate): repeated words, phone-like numbers, dates, headings, e-mails, one endless line, deep HTML.
 * Prints the time of each input on each path beside a linear baseline measured on the same input in the
 * same run (`text.split('\n')` and a scan of every UTF-16 unit), so the figures hold on a noisy machine.
 * The target is ≤ 1 s per path after start-up, or a typed error; each cell is wall/CPU milliseconds, and the
 * budget is checked on CPU time, which other processes on a busy machine do not inflate. `review` is timed on an already parsed
 * vacancy (its parse is the "parse vacancy" column).
 *
 * Run: pnpm --filter @incontro/benchmarks bench:adversarial [-- --mb 1] [-- --only phones] [-- --paths review,annotate]
 */
import { isIncontroError, type ParsedVacancy } from '@incontro/core'
import { reviewVacancy } from '@incontro/anonymize'
import { parseCv, parseVacancy, readDocumentWithDiagnostics } from '@incontro/parse'
import { createEngine } from 'incontro'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const size = Math.round(Number(arg('mb') ?? '1') * 1024 * 1024)
const only = arg('only')
const onlyPaths = arg('paths')?.split(',')
const budgetMs = 1000

const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
export const adversarialInputs: Record<string, () => string> = {
  'word lines': () => fill('cameriera\n'),
  phones: () => fill('+39 333 555 0101 0039 02 1234567 333-555-0101 '),
  'phone lines': () => fill('Tel. 333 555 0101, 02 1234 5678, +39 06 9876543\n'),
  digits: () => fill('0123456789'),
  dates: () => fill('03/2019 – 06/2021 Cameriera presso Bar Esempio\n'),
  headings: () => fill('ESPERIENZE PROFESSIONALI\n'),
  emails: () => fill('nome.cognome@example.com '),
  'one long line': () => fill('abcdefghij'),
  'letters and dots': () => fill('a.b.c.d.e.'),
  brackets: () => fill('((([[[{{{'),
  spaces: () => `${' '.repeat(size - 1)}x`,
  'blank lines': () => fill(' \n'),
  requirements: () => fill('- Richiesta esperienza di almeno 2 anni, età massima 30 anni, bella presenza\n'),
  'capitalised names': () => fill('Giulia Rossi Marco Bianchi '),
  'deep html (closed)': () => `<html><body>${'<div>'.repeat(size / 12)}x${'</div>'.repeat(size / 12)}</body></html>`,
  'deep html (unclosed)': () => `<html><body>${'<div>'.repeat(size / 5)}x</body></html>`,
  'html tables': () => `<table>${'<tr><td>a</td><td>b</td></tr>'.repeat(size / 30)}</table>`,
}

const engine = createEngine({ key: 'adversarial-benchmark-key-0123456789' })
type Path = { prepare?: (text: string) => unknown; run: (input: never) => unknown }
const paths: Record<string, Path> = {
  read: { run: (text: string) => readDocumentWithDiagnostics(new TextEncoder().encode(text)) },
  'parse cv': { run: (text: string) => parseCv(text, { sourceId: 'x' }) },
  'parse vacancy': { run: (text: string) => parseVacancy(text, { sourceId: 'x' }) },
  anonymize: { run: (text: string) => engine.neutralizeCv(text, { sourceId: 'x' }) },
  review: {
    prepare: (text: string) => parseVacancy(text, { sourceId: 'x' }),
    run: (vacancy: ParsedVacancy) => reviewVacancy(vacancy, { neutralize: true }),
  },
  annotate: { run: (text: string) => engine.annotate(text) },
}

/** The linear baseline: split into lines and look at every unit once. */
function baseline(text: string): number {
  let letters = 0
  for (const line of text.split('\n')) for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 64) letters++
  return letters
}

async function main(): Promise<void> {
  const chosen = Object.entries(paths).filter(([name]) => !onlyPaths || onlyPaths.includes(name))
  // Warm-up on a small input, so the figures exclude start-up (module loading, tables, JIT).
  for (const [, path] of chosen) {
    const small = 'Cameriera con esperienza, tel. 333 555 0101.\n'
    await path.run((path.prepare ? path.prepare(small) : small) as never)
  }
  console.log(
    `adversarial inputs of ${(size / 1024 / 1024).toFixed(2)} MB; wall/CPU ms per path (E = typed error); budget ${budgetMs} ms of CPU per path (on a busy machine wall time counts other processes' turns); baseline = split into lines + one scan, wall ms`,
  )
  console.log(['input'.padEnd(22), 'baseline'.padStart(9), ...chosen.map(([p]) => p.padStart(14))].join(''))
  let worst = 0
  let crashes = 0
  const over: string[] = []
  for (const [name, make] of Object.entries(adversarialInputs)) {
    if (only && !name.includes(only)) continue
    const text = make()
    let base = Number.POSITIVE_INFINITY
    for (let round = 0; round < 3; round++) {
      const start = performance.now()
      baseline(text)
      base = Math.min(base, performance.now() - start)
    }
    const cells: string[] = []
    for (const [pathName, path] of chosen) {
      let mark = ''
      let ms = 0
      let cpu = 0
      try {
        const input = path.prepare ? path.prepare(text) : text
        const start = performance.now()
        const cpuStart = process.cpuUsage()
        try {
          await path.run(input as never)
        } finally {
          ms = performance.now() - start
          const used = process.cpuUsage(cpuStart)
          cpu = (used.user + used.system) / 1000
        }
      } catch (error) {
        if (isIncontroError(error)) mark = ' E'
        else {
          mark = ' CRASH'
          crashes++
          console.error(`${name}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`)
        }
      }
      worst = Math.max(worst, cpu)
      if (cpu > budgetMs) over.push(`${name} / ${pathName} ${cpu.toFixed(0)} ms`)
      cells.push(`${ms.toFixed(0)}/${cpu.toFixed(0)}${mark}`.padStart(14))
    }
    console.log([name.padEnd(22), base.toFixed(1).padStart(9), ...cells].join(''))
  }
  console.log(`worst ${worst.toFixed(0)} ms CPU (budget ${budgetMs} ms); crashes ${crashes}; over budget: ${over.length === 0 ? 'none' : over.join(', ')}`)
  if (crashes > 0) process.exitCode = 1
}

await main()
