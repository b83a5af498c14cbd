/**
 * Adversarial inputs of about 1 MB on every text path (read, parse CV, parse vacancy, anonymize, review,
 * annotate): repeated words, phone-like numbers, dates, headings, e-mails, one endless line, deep HTML.
 * Prints the time of each input on each path; the target is ≤ 1 s after start-up, or a typed error.
 *
 * Run: pnpm --filter @incontro/benchmarks bench:adversarial [-- --mb 1] [-- --only phones]
 */
import { isIncontroError } from '@incontro/core'
import { reviewVacancy } from '@incontro/anonymize'
import { parseCv, parseVacancy, readDocumentWithDiagnostics } from '@incontro/parse'
import { createEngine } from 'incontro'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const size = Math.round(Number(arg('mb') ?? '1') * 1024 * 1024)
const only = arg('only')

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
  'no spaces, letters and dots': () => fill('a.b.c.d.e.'),
  brackets: () => fill('((([[[{{{'),
  'requirements': () => fill('- Richiesta esperienza di almeno 2 anni, età massima 30 anni, bella presenza\n'),
  'capitalised names': () => fill('Giulia Rossi Marco Bianchi '),
  'deep html (closed)': () => `<html><body>${'<div>'.repeat(size / 12)}x${'</div>'.repeat(size / 12)}</body></html>`,
  'deep html (unclosed)': () => `<html><body>${'<div>'.repeat(size / 5)}x</body></html>`,
  'html tables': () => `<table>${'<tr><td>a</td><td>b</td></tr>'.repeat(size / 30)}</table>`,
}

const engine = createEngine({ key: 'adversarial-benchmark-key-0123456789' })
const paths: Record<string, (text: string) => unknown> = {
  read: (text) => readDocumentWithDiagnostics(new TextEncoder().encode(text)),
  'parse cv': (text) => parseCv(text, { sourceId: 'x' }),
  'parse vacancy': (text) => parseVacancy(text, { sourceId: 'x' }),
  anonymize: (text) => engine.neutralizeCv(text, { sourceId: 'x' }),
  review: (text) => reviewVacancy(parseVacancy(text, { sourceId: 'x' }), { neutralize: true }),
  annotate: (text) => engine.annotate(text),
}

async function main(): Promise<void> {
  // Warm-up on a small input, so the figures exclude start-up (module loading, tables, JIT).
  for (const run of Object.values(paths)) await run('Cameriera con esperienza, tel. 333 555 0101.\n')
  console.log(`adversarial inputs of ${(size / 1024 / 1024).toFixed(2)} MB; time per path in ms (E = typed error)`)
  console.log(['input'.padEnd(28), ...Object.keys(paths).map((p) => p.padStart(14))].join(''))
  let worst = 0
  let crashes = 0
  for (const [name, make] of Object.entries(adversarialInputs)) {
    if (only && !name.includes(only)) continue
    const text = make()
    const cells: string[] = []
    for (const run of Object.values(paths)) {
      const start = performance.now()
      let mark = ''
      try {
        await run(text)
      } catch (error) {
        if (isIncontroError(error)) mark = ' E'
        else {
          mark = ' CRASH'
          crashes++
          console.error(`${name}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`)
        }
      }
      const ms = performance.now() - start
      worst = Math.max(worst, ms)
      cells.push(`${ms.toFixed(0)}${mark}`.padStart(14))
    }
    console.log([name.padEnd(28), ...cells].join(''))
  }
  console.log(`worst ${worst.toFixed(0)} ms; crashes ${crashes}`)
}

await main()
