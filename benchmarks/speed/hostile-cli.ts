/**
 * The hostile cases of issue 12 through the CLI (`runCli`, in-process), each in a fresh child process
 * after a warm-up (modules loaded, a PDF worker with pdf.js ready), so the figures exclude start-up: the
 * time from the command to its end (wall and CPU: on a busy machine wall time counts other processes'
 * turns), the typed error or exit code, and the child's peak resident memory.
 * The target: a typed error or a correct result within 2 × maxMilliseconds (5 s by default) and ≤ 512 MB.
 * The hostile files are written once to a temporary folder by the parent (their generation is not timed).
 * Baseline: `annotate` of a one-line text file in the same child, before the case.
 *
 * Run: pnpm --filter @incontro/benchmarks bench:hostile [-- --only pdf]
 */
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultReadLimits } from '@incontro/parse'
import { runCli } from 'incontro'
import JSZip from 'jszip'
import { pdfInflatingTo, pdfWithManyTextOperators } from '../../packages/parse/src/internal/hostile-pdf.js'

const key = 'hostile-benchmark-key-0123456789'
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

interface Case {
  name: string
  /** Writes the case's input under `dir` and returns the CLI arguments. */
  make: (dir: string) => Promise<string[]> | string[]
}

const cases: Case[] = [
  { name: 'FIFO named *.txt', make: (dir) => (execFileSync('mkfifo', [join(dir, 'pipe.txt')]), ['annotate', join(dir, 'pipe.txt')]) },
  { name: '/dev/zero as a file', make: () => ['annotate', '/dev/zero'] },
  { name: '3 GB sparse .txt', make: (dir) => (writeFileSync(join(dir, 'sparse.txt'), ''), truncateSync(join(dir, 'sparse.txt'), 3 * 1024 ** 3), ['annotate', join(dir, 'sparse.txt')]) },
  { name: 'HTML <div> depth 200,000', make: (dir) => (writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(200_000)}x${'</div>'.repeat(200_000)}</body></html>`), ['annotate', join(dir, 'deep.html')]) },
  { name: 'PDF, 8 M text operators', make: (dir) => (writeFileSync(join(dir, 'ops.pdf'), pdfWithManyTextOperators(8_000_000)), ['annotate', join(dir, 'ops.pdf')]) },
  { name: 'PDF inflating to 1 GiB', make: (dir) => (writeFileSync(join(dir, 'bomb.pdf'), pdfInflatingTo(1024 ** 3)), ['annotate', join(dir, 'bomb.pdf')]) },
  {
    name: 'DOCX zip bomb (200 MB)',
    make: async (dir) => {
      const zip = new JSZip()
      zip.file('[Content_Types].xml', '<Types/>')
      zip.file('word/document.xml', new Uint8Array(200 * 1024 * 1024))
      writeFileSync(join(dir, 'bomb.docx'), await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }))
      return ['annotate', join(dir, 'bomb.docx')]
    },
  },
  { name: 'review-vacancy, 130,000 × "cameriera"', make: (dir) => (writeFileSync(join(dir, 'cameriera.txt'), 'cameriera\n'.repeat(130_000)), ['review-vacancy', join(dir, 'cameriera.txt')]) },
  { name: 'anonymize, 1 MB phone numbers', make: (dir) => (writeFileSync(join(dir, 'phones.txt'), 'Tel. 333 555 0101, 02 1234 5678, +39 06 9876543\n'.repeat(22_000)), ['anonymize', join(dir, 'phones.txt')]) },
  { name: 'parse, 1 MB phone numbers', make: (dir) => (writeFileSync(join(dir, 'phones.txt'), 'Tel. 333 555 0101, 02 1234 5678, +39 06 9876543\n'.repeat(22_000)), ['parse', '--kind', 'cv', join(dir, 'phones.txt')]) },
]

async function child(args: string[], dir: string): Promise<void> {
  // Linux keeps a parent's peak RSS in a child's ru_maxrss (fork, then exec): the peak is sampled here, and
  // ru_maxrss used only once it has grown past its value at the child's start.
  const inheritedMaxRss = process.resourceUsage().maxRSS
  let sampled = process.memoryUsage.rss()
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 5)
  const io = { stdout: () => undefined, stderr: (s: string) => void (errors += s), env: { INCONTRO_KEY: key } }
  let errors = ''
  writeFileSync(join(dir, 'warm.txt'), 'Cameriera con esperienza, inglese B2.\n')
  writeFileSync(join(dir, 'warm.pdf'), pdfWithManyTextOperators(20))
  await runCli(['annotate', join(dir, 'warm.txt'), join(dir, 'warm.pdf')], io)
  let start = performance.now()
  await runCli(['annotate', join(dir, 'warm.txt')], io)
  const baseline = performance.now() - start
  errors = ''
  start = performance.now()
  const cpuStart = process.cpuUsage()
  const code = await runCli(args, io)
  const ms = performance.now() - start
  const used = process.cpuUsage(cpuStart)
  const cpu = (used.user + used.system) / 1000
  clearInterval(sampler)
  sampled = Math.max(sampled, process.memoryUsage.rss())
  const maxRss = process.resourceUsage().maxRSS
  const rssMb = maxRss > inheritedMaxRss ? maxRss / 1024 : sampled / 1024 / 1024
  const error = /incontro: ([A-Z_]+)/.exec(errors)?.[1] ?? ''
  process.stdout.write(JSON.stringify({ ms, cpu, baseline, code, error, rssMb, message: errors.slice(0, 200) }))
}

async function main(): Promise<void> {
  const only = arg('only')
  const dir = mkdtempSync(join(tmpdir(), 'incontro-hostile-bench-'))
  const limit = defaultReadLimits.maxMilliseconds
  console.log(`hostile cases through runCli after warm-up; target: typed error or result within ${2 * limit} ms, peak RSS ≤ 512 MB`)
  console.log(`${'case'.padEnd(40)}${'wall ms'.padStart(8)}${'CPU ms'.padStart(8)}${'baseline'.padStart(10)}  ${'exit / error'.padEnd(28)}${'peak RSS MB'.padStart(12)}  ok`)
  try {
    for (const c of cases) {
      if (only && !c.name.includes(only)) continue
      const args = await c.make(dir)
      const out = await new Promise<string>((resolve) => {
        const p = spawn(process.execPath, [...process.execArgv, process.argv[1] as string, '--child', JSON.stringify(args), dir], { stdio: ['ignore', 'pipe', 'inherit'] })
        let text = ''
        p.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
        p.on('close', () => resolve(text))
      })
      const r = JSON.parse(out) as { ms: number; cpu: number; baseline: number; code: number; error: string; rssMb: number; message: string }
      if (process.argv.includes('--verbose')) console.log(r.message)
      const ok = r.ms <= 2 * limit && r.rssMb <= 512 && (r.code === 0 || r.error !== '')
      console.log(`${c.name.padEnd(40)}${r.ms.toFixed(0).padStart(8)}${r.cpu.toFixed(0).padStart(8)}${r.baseline.toFixed(0).padStart(10)}  ${`${r.code} ${r.error}`.padEnd(28)}${r.rssMb.toFixed(0).padStart(12)}  ${ok ? 'yes' : 'NO'}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const at = process.argv.indexOf('--child')
if (at >= 0) await child(JSON.parse(process.argv[at + 1] as string) as string[], process.argv[at + 2] as string)
else await main()
