// Ingest throughput of text CVs on one core, stage by stage: readDocument (bytes → Document), parseCv
// (Document → ParsedProfile), anonymize with annotation (ParsedProfile → NeutralProfile), the whole
// `createEngine(...).neutralizeCv` path (bytes → NeutralProfile) and its batch form `neutralizeCvs`,
// beside redact-pii's local SyncRedactor on the same texts in the same run. The corpus: synthetic CVs from `cvPairArbitrary` (seeded; sections of
// the next CVs of the same language appended until each is about 3 KB) plus the example CVs of
// examples/data/cvs. Prints CVs/s and MB/s and a digest of every output, so a change that should not
// change behaviour can be checked on 2,000 CVs. Writes benchmarks/results/ingest.json.
// Then the parallel path: `neutralizeCvsAsync` with 1 worker (this thread) and N workers (default: the
// processors available), and the CLI (`incontro anonymize <folder> --format jsonl`, built dist) over the
// same CVs written as files, with 1 and N workers, each with its per-core figure; the outputs of N workers
// are checked byte for byte against 1.
// Usage: pnpm bench:ingest [-- --cvs 2000 --rounds 3 --seed 20250601 --workers 2]
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import fc from 'fast-check'
import { anonymize } from '@incontro/anonymize'
import type { Document, ParsedProfile } from '@incontro/core'
import { parseCv, readDocument } from '@incontro/parse'
import { builtinTaxonomy, createAnnotator } from '@incontro/taxonomy'
import { SyncRedactor } from 'redact-pii'
// Not dependencies of the benchmarks package (yet): imported from their sources.
import { cvPairArbitrary } from '@incontro/fairness/testing'
import { createEngine } from 'incontro'
import { benchmarkArgs, environment, writeResult } from '../internal/stats.js'

const { values } = parseArgs({
  args: benchmarkArgs(),
  options: {
    cvs: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20250601' },
    'target-bytes': { type: 'string', default: '3000' },
    workers: { type: 'string', default: String(availableParallelism()) },
  },
})
const workers = Number(values.workers)
const generated = Number(values.cvs)
const rounds = Number(values.rounds)
const seed = Number(values.seed)
const targetBytes = Number(values['target-bytes'])
const out = (line: string) => process.stdout.write(`${line}\n`)
const here = dirname(fileURLToPath(import.meta.url))
const key = 'benchmark-key'
const today = '2025-06'

interface Cv {
  sourceId: string
  text: string
  bytes: Uint8Array
}

/** Blocks after the header (the first blank-line-separated block), to pad a CV with more sections. */
const bodyBlocks = (text: string) => text.trim().split(/\n{2,}/).slice(1)

function corpus(): Cv[] {
  const pairs = fc.sample(cvPairArbitrary(), { seed, numRuns: generated })
  const cvs: Cv[] = []
  const encoder = new TextEncoder()
  pairs.forEach((pair, i) => {
    // Alternate the variants, so both gender forms are in the corpus.
    let text = (i % 2 === 0 ? pair.female : pair.male).trimEnd()
    for (let j = 1; j < pairs.length && Buffer.byteLength(text) < targetBytes; j++) {
      const other = pairs[(i + j) % pairs.length] as (typeof pairs)[number]
      if (other.language !== pair.language) continue
      for (const block of bodyBlocks(i % 2 === 0 ? other.female : other.male)) {
        if (Buffer.byteLength(text) >= targetBytes) break
        text += `\n\n${block}`
      }
    }
    text += '\n'
    cvs.push({ sourceId: `${pair.sourceId}-${i}`, text, bytes: encoder.encode(text) })
  })
  const examples = join(here, '..', '..', 'examples', 'data', 'cvs')
  for (const file of readdirSync(examples).sort()) {
    const bytes = new Uint8Array(readFileSync(join(examples, file)))
    cvs.push({ sourceId: file, text: new TextDecoder().decode(bytes), bytes })
  }
  return cvs
}

const cvs = corpus()
const totalBytes = cvs.reduce((sum, cv) => sum + cv.bytes.byteLength, 0)
const taxonomy = builtinTaxonomy()
const annotator = createAnnotator(taxonomy)
const engine = createEngine({ key, taxonomy, index: 'exact', today })
const redactor = new SyncRedactor()
out(
  `ingest: ${cvs.length} CVs (${generated} generated, ${cvs.length - generated} examples), ${(totalBytes / 1e6).toFixed(2)} MB, ` +
    `mean ${(totalBytes / cvs.length / 1000).toFixed(2)} kB; best of ${rounds} rounds, one core; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
)

/** Best seconds of a pass over the corpus (one warm-up pass first). */
function timePass(pass: () => unknown): number {
  pass()
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    pass()
    best = Math.min(best, (performance.now() - started) / 1000)
  }
  return best
}

/** Best seconds per pass over the corpus, one call per CV. */
function time(run: (cv: Cv, i: number) => unknown): number {
  return timePass(() => {
    for (let i = 0; i < cvs.length; i++) run(cvs[i] as Cv, i)
  })
}

// Inputs of each stage, prepared outside its timing.
const documents: Document[] = cvs.map((cv) => readDocument(cv.bytes))
const parsed: ParsedProfile[] = cvs.map((cv, i) => parseCv(documents[i] as Document, { sourceId: cv.sourceId, today }))

// A digest of every output of the whole path, to check that an optimisation changed nothing.
const digest = createHash('sha256')
for (const cv of cvs) {
  const { profile, identity, report, parsed: p } = engine.neutralizeCv(cv.bytes, { sourceId: cv.sourceId })
  digest.update(JSON.stringify({ profile, identity, report, parsed: p }))
}
const outputDigest = digest.digest('hex').slice(0, 16)
// The batch call must give the same outputs.
const batchInputs = cvs.map((cv) => ({ input: cv.bytes, sourceId: cv.sourceId }))
const batchDigest = createHash('sha256')
for (const result of engine.neutralizeCvs(batchInputs)) {
  if (result instanceof Error) throw result
  const { profile, identity, report, parsed: p } = result
  batchDigest.update(JSON.stringify({ profile, identity, report, parsed: p }))
}
if (batchDigest.digest('hex').slice(0, 16) !== outputDigest) throw new Error('neutralizeCvs differs from neutralizeCv')

const stages = {
  readDocument: time((cv) => readDocument(cv.bytes)),
  parseCv: time((cv, i) => parseCv(documents[i] as Document, { sourceId: cv.sourceId, today })),
  anonymize: time((_, i) => anonymize(parsed[i] as ParsedProfile, { key, taxonomy, annotator })),
  neutralizeCv: time((cv) => engine.neutralizeCv(cv.bytes, { sourceId: cv.sourceId })),
  neutralizeCvs: timePass(() => engine.neutralizeCvs(batchInputs)),
  redactPii: time((cv) => redactor.redact(cv.text)),
}
const rate = (seconds: number) => ({ seconds, cvsPerSecond: cvs.length / seconds, mbPerSecond: totalBytes / 1e6 / seconds })
const figures = Object.fromEntries(Object.entries(stages).map(([name, seconds]) => [name, rate(seconds)])) as Record<keyof typeof stages, ReturnType<typeof rate>>

const peer = figures.redactPii
out(`${'stage'.padEnd(34)} ${'CVs/s'.padStart(8)} ${'MB/s'.padStart(7)} ${'× redact-pii'.padStart(13)}`)
const labels: Record<keyof typeof stages, string> = {
  readDocument: 'readDocument (bytes → Document)',
  parseCv: 'parseCv (Document → parsed)',
  anonymize: 'anonymize + annotate (parsed →)',
  neutralizeCv: 'engine.neutralizeCv (bytes →)',
  neutralizeCvs: 'engine.neutralizeCvs (batch)',
  redactPii: 'redact-pii SyncRedactor.redact',
}
for (const [name, f] of Object.entries(figures) as [keyof typeof stages, ReturnType<typeof rate>][]) {
  out(`${labels[name].padEnd(34)} ${f.cvsPerSecond.toFixed(0).padStart(8)} ${f.mbPerSecond.toFixed(2).padStart(7)} ${(f.mbPerSecond / peer.mbPerSecond).toFixed(2).padStart(12)}×`)
}

/** Best seconds of an asynchronous pass (one warm-up pass first, which also starts the worker pool). */
async function timeAsync(pass: () => Promise<unknown>): Promise<number> {
  await pass()
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    await pass()
    best = Math.min(best, (performance.now() - started) / 1000)
  }
  return best
}
const digestOf = (results: readonly unknown[]) => {
  const hash = createHash('sha256')
  for (const result of results) {
    if (result instanceof Error) throw result
    const { profile, identity, report, parsed: p } = result as { profile: unknown; identity: unknown; report: unknown; parsed: unknown }
    hash.update(JSON.stringify({ profile, identity, report, parsed: p }))
  }
  return hash.digest('hex').slice(0, 16)
}
if (digestOf(await engine.neutralizeCvsAsync(batchInputs, { workers })) !== outputDigest) throw new Error(`neutralizeCvsAsync with ${workers} workers differs from neutralizeCv`)
const parallel = {
  api1: rate(await timeAsync(() => engine.neutralizeCvsAsync(batchInputs, { workers: 1 }))),
  apiN: rate(await timeAsync(() => engine.neutralizeCvsAsync(batchInputs, { workers }))),
}
/** CPU seconds of this thread (Linux: /proc/thread-self), or undefined elsewhere. */
const mainThreadCpu = (): number | undefined => {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}
/** CPU of one more pass, split into this thread and all threads (workers and V8's helpers): wall time on a shared machine says little. */
const cpuOf = async (k: number) => {
  const main = mainThreadCpu()
  const all = process.cpuUsage()
  await engine.neutralizeCvsAsync(batchInputs, { workers: k })
  const used = process.cpuUsage(all)
  const mainAfter = mainThreadCpu()
  return { allMicrosPerCv: (used.user + used.system) / cvs.length, mainMicrosPerCv: main === undefined || mainAfter === undefined ? undefined : ((mainAfter - main) * 1e6) / cvs.length }
}
const cpu = { api1: await cpuOf(1), apiN: await cpuOf(workers) }
await engine.close()

// The CLI over the same CVs as files: whole runs (process start, taxonomy, workers, reading, JSON out).
const cli = join(here, '..', '..', 'packages', 'incontro', 'dist', 'cli.js')
interface CliRun {
  workers: number
  seconds: number
  cvsPerSecond: number
  perCore: number
  digest: string
}
let cliRuns: { startupSeconds: number; runs: CliRun[] } | undefined
if (existsSync(cli)) {
  const folder = mkdtempSync(join(tmpdir(), 'incontro-ingest-'))
  const files = join(folder, 'cvs')
  mkdirSync(files)
  cvs.forEach((cv, i) => writeFileSync(join(files, `cv-${String(i).padStart(6, '0')}.txt`), cv.bytes))
  const one = join(folder, 'one')
  mkdirSync(one)
  writeFileSync(join(one, 'cv.txt'), (cvs[0] as Cv).bytes)
  const runCli = (dir: string, k: number): { seconds: number; digest: string } => {
    const output = join(folder, `out-${k}.jsonl`)
    const fd = openSync(output, 'w')
    const started = performance.now()
    const result = spawnSync(process.execPath, [cli, 'anonymize', dir, '--format', 'jsonl', '--quiet', '--workers', String(k), '--today', today, '--source-id', '{name}'], {
      stdio: ['ignore', fd, 'pipe'],
      env: { ...process.env, INCONTRO_KEY: 'benchmark-key-0123456789' },
    })
    const seconds = (performance.now() - started) / 1000
    closeSync(fd)
    if (result.status !== 0) throw new Error(`incontro anonymize exited ${result.status}: ${String(result.stderr).slice(0, 300)}`)
    return { seconds, digest: createHash('sha256').update(readFileSync(output)).digest('hex').slice(0, 16) }
  }
  try {
    const startupSeconds = runCli(one, 1).seconds
    const runs = [1, workers].map((k) => {
      const { seconds, digest: d } = runCli(files, k)
      return { workers: k, seconds, cvsPerSecond: cvs.length / seconds, perCore: cvs.length / seconds / k, digest: d }
    })
    if (runs[0]?.digest !== runs[1]?.digest) throw new Error('incontro anonymize with several workers wrote other bytes than with one')
    cliRuns = { startupSeconds, runs }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

out('')
out(`parallel ingest (${workers} workers on ${availableParallelism()} processors; 1 worker = this thread, same run)`)
out(`${'path'.padEnd(44)} ${'CVs/s'.padStart(8)} ${'per core'.padStart(9)} ${'× 1 worker'.padStart(11)}`)
out(`${'engine.neutralizeCvsAsync, 1 worker'.padEnd(44)} ${parallel.api1.cvsPerSecond.toFixed(0).padStart(8)} ${parallel.api1.cvsPerSecond.toFixed(0).padStart(9)} ${'1.00'.padStart(10)}×`)
out(
  `${`engine.neutralizeCvsAsync, ${workers} workers`.padEnd(44)} ${parallel.apiN.cvsPerSecond.toFixed(0).padStart(8)} ${(parallel.apiN.cvsPerSecond / workers).toFixed(0).padStart(9)} ${(parallel.apiN.cvsPerSecond / parallel.api1.cvsPerSecond).toFixed(2).padStart(10)}×`,
)
if (cliRuns) {
  const base = cliRuns.runs[0] as CliRun
  for (const run of cliRuns.runs) {
    out(
      `${`incontro anonymize (CLI, whole run), ${run.workers} worker${run.workers > 1 ? 's' : ''}`.padEnd(44)} ${run.cvsPerSecond.toFixed(0).padStart(8)} ${run.perCore.toFixed(0).padStart(9)} ${(run.cvsPerSecond / base.cvsPerSecond).toFixed(2).padStart(10)}×`,
    )
  }
  out(`CLI start-up (one CV, 1 worker): ${cliRuns.startupSeconds.toFixed(2)} s; output of ${workers} workers identical to 1 worker: yes`)
} else {
  out('CLI figures skipped: packages/incontro/dist/cli.js is missing (run `pnpm build` first).')
}
// Ingest is a batch job: the target is read against the best batch path, with the one-thread figures beside it.
const best = Math.max(figures.neutralizeCvs.cvsPerSecond, parallel.apiN.cvsPerSecond)
const target = { cvsPerSecond: 2000, met: best >= 2000, cliMet: (cliRuns?.runs[1]?.cvsPerSecond ?? 0) >= 2000 }
out(
  `target (design): whole path ≥ 2,000 CVs/s of ~3 KB — API ${target.met ? 'met' : 'not met'}, CLI ${target.cliMet ? 'met' : 'not met'} ` +
    `(${parallel.apiN.cvsPerSecond.toFixed(0)} CVs/s over ${workers} workers, ${figures.neutralizeCvs.cvsPerSecond.toFixed(0)} CVs/s in batches on one thread, ${figures.neutralizeCv.cvsPerSecond.toFixed(0)} CVs/s one call per CV)`,
)
for (const [label, c] of [
  ['1 worker', cpu.api1],
  [`${workers} workers`, cpu.apiN],
] as const) {
  out(`CPU per CV, neutralizeCvsAsync with ${label}: ${c.allMicrosPerCv.toFixed(0)} µs over all threads${c.mainMicrosPerCv === undefined ? '' : `, ${c.mainMicrosPerCv.toFixed(0)} µs on the calling thread`}`)
}
out(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${availableParallelism()} processors)`)
out(`output digest (profiles, identities, reports, parsed records): ${outputDigest}`)

const path = writeResult('ingest', {
  date: new Date().toISOString().slice(0, 10),
  environment: environment(),
  corpus: { cvs: cvs.length, generated, examples: cvs.length - generated, seed, bytes: totalBytes, meanBytes: totalBytes / cvs.length },
  rounds,
  stages: figures,
  parallel: { workers, processors: availableParallelism(), api: parallel, cpu, cli: cliRuns },
  loadAverage: loadavg(),
  ratioToRedactPii: Object.fromEntries(Object.entries(figures).map(([name, f]) => [name, f.mbPerSecond / peer.mbPerSecond])),
  target,
  outputDigest,
})
out(`wrote ${path}`)
