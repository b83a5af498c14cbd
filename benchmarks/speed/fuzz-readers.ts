/**
 * Fuzz benchmark: fast-check cases on every reader (text, HTML, JSON, JobPosting, JSON Resume, Europass
 * XML, PDF, DOCX) and every text path (parse CV, parse vacancy, anonymize, review, annotate). A crash is
 * anything but an IncontroError; a hang is a case slower than twice the time limit. Prints cases, crashes,
 * hangs and the slowest case per target.
 *
 * Run: pnpm --filter @incontro/benchmarks bench:fuzz [-- --runs 100000] [-- --only pdf,docx] [-- --seed 42] [-- --progress 10000]
 * (the issue's target is 100,000 cases per target; the CI test runs a few hundred, see
 * packages/incontro/src/fuzz-paths.test.ts).
 */
import { reviewVacancy } from '@incontro/anonymize'
import { isIncontroError } from '@incontro/core'
import { defaultReadLimits, parseCv, parseVacancy, readDocumentWithDiagnostics } from '@incontro/parse'
import fc from 'fast-check'
import { createEngine } from 'incontro'
import { hostileText } from '../internal/hostile-text.js'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const runs = Number(arg('runs') ?? '2000')
const seed = Number(arg('seed') ?? '20261207')
const only = arg('only')?.split(',')
/** Prints a progress line every this many cases (0: never). */
const progressEvery = Number(arg('progress') ?? '0')
const hangMs = 2 * defaultReadLimits.maxMilliseconds
const encoder = new TextEncoder()

const signatures: Record<string, string> = {
  text: '',
  html: '<!doctype html><html><body>',
  json: '{"a":',
  'job-posting': '{"@type":"JobPosting","title":',
  'json-resume': '{"basics":{"name":',
  'europass-xml': '<?xml version="1.0"?><SkillsPassport><LearnerInfo>',
}

/** Small valid-looking binaries whose bytes are then mutated: a PDF skeleton and a DOCX (zip) header. */
const pdfSkeleton = encoder.encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 712 Td (Cameriera) Tj ET\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
)
const zipHeader = encoder.encode('PK\u0003\u0004')

function mutate(base: Uint8Array, edits: readonly [number, number][], tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(base.length + tail.length)
  out.set(base)
  out.set(tail, base.length)
  for (const [at, value] of edits) out[at % out.length] = value
  return out
}

const engine = createEngine({ key: 'fuzz-benchmark-key-0123456789' })
type Target = { name: string; arbitrary: fc.Arbitrary<unknown>; run: (input: never) => unknown | Promise<unknown> }
const targets: Target[] = [
  ...Object.entries(signatures).map(([name, prefix]) => ({
    name: `read ${name}`,
    arbitrary: hostileText().map((t) => encoder.encode(prefix + t)),
    run: (bytes: Uint8Array) => readDocumentWithDiagnostics(bytes),
  })),
  {
    name: 'read pdf',
    arbitrary: fc.tuple(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.uint8Array({ maxLength: 200 })),
    run: ([edits, tail]: [[number, number][], Uint8Array]) => readDocumentWithDiagnostics(mutate(pdfSkeleton, edits, tail)),
  },
  {
    name: 'read docx',
    arbitrary: fc.uint8Array({ maxLength: 400 }),
    run: (tail: Uint8Array) => readDocumentWithDiagnostics(mutate(zipHeader, [], tail)),
  },
  { name: 'parse cv', arbitrary: hostileText(), run: (text: string) => parseCv(text, { sourceId: 'fuzz' }) },
  { name: 'parse vacancy', arbitrary: hostileText(), run: (text: string) => parseVacancy(text, { sourceId: 'fuzz' }) },
  { name: 'anonymize', arbitrary: hostileText(), run: (text: string) => engine.neutralizeCv(text, { sourceId: 'fuzz' }) },
  { name: 'review', arbitrary: hostileText(), run: (text: string) => reviewVacancy(parseVacancy(text, { sourceId: 'fuzz' }), { neutralize: true }) },
  { name: 'annotate', arbitrary: hostileText(), run: (text: string) => engine.annotate(text) },
]

async function main(): Promise<void> {
  console.log(`fuzz: ${runs} cases per target, seed ${seed}; crash = not an IncontroError, hang = slower than ${hangMs} ms`)
  console.log(`${'target'.padEnd(22)}${'cases'.padStart(9)}${'typed err'.padStart(11)}${'crashes'.padStart(9)}${'hangs'.padStart(7)}${'slowest ms'.padStart(12)}${'total s'.padStart(9)}${'cases/s'.padStart(9)}`)
  let totalCrashes = 0
  let totalHangs = 0
  for (const target of targets) {
    if (only && !only.some((name) => target.name.includes(name))) continue
    let cases = 0
    let typed = 0
    let crashes = 0
    let hangs = 0
    let slowest = 0
    const started = performance.now()
    // Generated in chunks, so 100,000 cases never sit in memory at once.
    for (let chunk = 0; chunk * 1000 < runs; chunk++) {
    for (const input of fc.sample(target.arbitrary, { numRuns: Math.min(1000, runs - chunk * 1000), seed: seed + chunk })) {
      cases++
      const start = performance.now()
      try {
        await target.run(input as never)
      } catch (error) {
        if (isIncontroError(error)) typed++
        else {
          crashes++
          if (crashes <= 3) console.error(`  ${target.name}: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 120)}` : String(error)}`)
        }
      }
      const ms = performance.now() - start
      if (ms > slowest) slowest = ms
      if (ms > hangMs) hangs++
    }
    // Progress of a long run, so a run stopped early still has figures.
    if (progressEvery > 0 && cases % progressEvery === 0 && cases < runs) {
      const seconds = (performance.now() - started) / 1000
      console.log(`  ${target.name}: ${cases} cases, ${typed} typed errors, ${crashes} crashes, ${hangs} hangs, slowest ${slowest.toFixed(0)} ms, ${(cases / seconds).toFixed(0)} cases/s`)
    }
    }
    totalCrashes += crashes
    totalHangs += hangs
    const seconds = (performance.now() - started) / 1000
    console.log(
      `${target.name.padEnd(22)}${String(cases).padStart(9)}${String(typed).padStart(11)}${String(crashes).padStart(9)}${String(hangs).padStart(7)}${slowest.toFixed(0).padStart(12)}${seconds.toFixed(1).padStart(9)}${(cases / seconds).toFixed(0).padStart(9)}`,
    )
  }
  console.log(`crashes ${totalCrashes}, hangs ${totalHangs}`)
  if (totalCrashes > 0 || totalHangs > 0) process.exitCode = 1
}

await main()
