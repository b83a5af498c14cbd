import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { IncontroError } from '@incontro/core'
import { limitExceeded, type Deadline, type ReadLimits } from './limits.js'

/** What the worker sends back: lines of text (PDF) or the document as HTML (DOCX). */
export type WorkerResult =
  | { kind: 'pdf'; lines: string[]; pages: number; truncated: boolean }
  | { kind: 'docx'; html: string; truncated: boolean }

/**
 * The worker's program, plain CommonJS so it runs the same from the sources (tests) and from the built
 * package: it loads pdf.js (unpdf's copy) or mammoth by the absolute paths the parent resolved, extracts
 * the text and posts it back. PDF lines are assembled here (content-stream order, broken at line ends and
 * baseline changes), so only text crosses the thread boundary; the text stops at `maxChars`.
 */
const program = String.raw`
const { parentPort, workerData } = require('node:worker_threads')
const { paths, maxArrayBytes } = workerData
// No single buffer larger than maxArrayBytes: pdf.js inflates a stream by doubling one typed array, and a
// doubling of hundreds of megabytes is one native step that neither a termination nor the parent's
// memory sampling can stop halfway. A refused allocation is a RangeError, reported as maxMemoryBytes.
// pdf.js inflates with the native DecompressionStream when it exists, gathering every chunk before it
// joins them: without it, pdf.js uses its own inflater, whose buffer the cap below bounds.
delete globalThis.DecompressionStream
// Set once an allocation was refused: the library may catch the RangeError and fail otherwise.
let refused = false
for (const name of ['ArrayBuffer', 'SharedArrayBuffer', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  const Native = globalThis[name]
  if (typeof Native !== 'function') continue
  const bytes = Native.BYTES_PER_ELEMENT ?? 1
  globalThis[name] = new Proxy(Native, {
    construct(target, args, newTarget) {
      if (typeof args[0] === 'number' && args[0] * bytes > maxArrayBytes) {
        refused = true
        throw new RangeError('buffer over the memory limit')
      }
      return Reflect.construct(target, args, newTarget === globalThis[name] ? target : newTarget)
    },
  })
}
for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[name] = () => {}
// Whatever the libraries print is dropped here, so nothing crosses to the parent (whose reading of the
// worker's streams would keep the process alive) and nothing piles up.
for (const stream of [process.stdout, process.stderr]) {
  stream.write = (chunk, encoding, callback) => {
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') done()
    return true
  }
}
let pdfjs
let mammoth
async function load(kind) {
  if (kind === 'pdf') pdfjs ??= await require(paths.unpdf).getResolvedPDFJS()
  else mammoth ??= require(paths.mammoth)
}
async function pdf({ bytes, maxPages, maxChars }) {
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true, verbosity: 0 })
  try {
    return await pdfText(await task.promise, maxPages, maxChars)
  } finally {
    await task.destroy().catch(() => undefined)
  }
}
async function pdfText(document, maxPages, maxChars) {
  if (document.numPages > maxPages) return { kind: 'pdf', tooManyPages: document.numPages }
  const lines = []
  let chars = 0
  let truncated = false
  const push = (text) => {
    if (chars + text.length > maxChars) {
      truncated = true
      text = text.slice(0, Math.max(0, maxChars - chars))
    }
    chars += text.length
    lines.push(text)
  }
  for (let number = 1; number <= document.numPages && !truncated; number++) {
    const page = await document.getPage(number)
    const content = await page.getTextContent()
    let current = ''
    let baseline
    for (const item of content.items) {
      if (truncated) break
      if (typeof item.str !== 'string') continue
      const y = item.transform ? item.transform[5] : undefined
      if (y !== undefined && baseline !== undefined && Math.abs(y - baseline) > 2 && current.trim().length > 0) {
        push(current)
        current = ''
      }
      if (y !== undefined && item.str.length > 0) baseline = y
      current += item.str
      if (current.length > maxChars) {
        push(current)
        current = ''
      }
      if (item.hasEOL) {
        push(current)
        current = ''
      }
    }
    if (current.trim().length > 0 && !truncated) push(current)
    if (!truncated) lines.push('')
    page.cleanup()
  }
  return { kind: 'pdf', lines, pages: document.numPages, truncated }
}
async function docx({ bytes, maxChars }) {
  const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value
  const truncated = html.length > maxChars * 4
  return { kind: 'docx', html: truncated ? html.slice(0, maxChars * 4) : html, truncated }
}
parentPort.on('message', (job) => {
  // The library is loaded before the document's time starts: loading is the same for every document.
  load(job.kind)
    .then(() => {
      parentPort.postMessage({ id: job.id, started: true })
      return job.kind === 'pdf' ? pdf(job) : docx(job)
    })
    .then(
    (result) => parentPort.postMessage({ id: job.id, ok: true, result }),
    (error) => parentPort.postMessage({ id: job.id, ok: false, name: refused ? 'RangeError' : error && error.name ? String(error.name) : 'Error' }),
  )
})
`

let paths: { unpdf: string; mammoth: string } | undefined

function modulePaths(): { unpdf: string; mammoth: string } {
  if (paths === undefined) {
    const require = createRequire(import.meta.url)
    paths = { unpdf: require.resolve('unpdf'), mammoth: require.resolve('mammoth') }
  }
  return paths
}

/** How often the parent samples the process's resident memory while a worker runs. */
const MEMORY_POLL_MS = 20

/** Most idle workers kept for reuse (loading pdf.js costs more than a read of a small PDF). */
const MAX_IDLE = 2

interface PooledWorker {
  worker: Worker
  memoryMb: number
  busy: boolean
  onMessage?: ((message: WorkerMessage) => void) | undefined
  onFailure?: ((error: NodeJS.ErrnoException | undefined) => void) | undefined
}

type WorkerMessage =
  | { id: number; started: true }
  | { id: number; ok: true; result: WorkerResult & { tooManyPages?: number } }
  | { id: number; ok: false; name: string }

/**
 * Longest wait for a worker to load pdf.js or mammoth before the document's time starts. Loading does not
 * depend on the document; this only guards against a broken installation or a machine out of resources.
 */
const MAX_STARTUP_MS = 60_000

/** Most workers alive at once: more reads wait their turn, so parallel reads cannot multiply the memory. */
const MAX_WORKERS = 2

const pool: PooledWorker[] = []
const waiting: (() => void)[] = []
let nextId = 0

/** Waits until a worker is idle or may be created. */
async function slot(memoryMb: number): Promise<PooledWorker> {
  while (!pool.some((p) => !p.busy && p.memoryMb === memoryMb) && pool.filter((p) => p.busy).length >= MAX_WORKERS) {
    await new Promise<void>((resolve) => waiting.push(resolve))
  }
  // An idle worker with other memory limits gives its place.
  if (!pool.some((p) => !p.busy && p.memoryMb === memoryMb) && pool.length >= MAX_WORKERS) {
    const other = pool.find((p) => !p.busy)
    if (other) {
      discard(other)
      void other.worker.terminate()
    }
  }
  return acquire(memoryMb)
}

function wakeOne(): void {
  waiting.shift()?.()
}

function acquire(memoryMb: number): PooledWorker {
  const idle = pool.find((p) => !p.busy && p.memoryMb === memoryMb)
  if (idle) {
    idle.busy = true
    idle.worker.ref()
    return idle
  }
  const worker = new Worker(program, {
    eval: true,
    // One buffer may take a quarter of the memory limit (a doubling then stays within it).
    workerData: { paths: modulePaths(), maxArrayBytes: Math.max(16, Math.floor(memoryMb / 4)) * 1024 * 1024 },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, memoryMb), stackSizeMb: 4 },
  })
  // Whatever the libraries print is dropped inside the worker (see its program). Not \`stdout: true\` with
  // the streams drained here: in Node 20 a worker's piped stdio keeps the process alive after
  // \`worker.unref()\`, so a CLI run that met a corrupt PDF never exited.
  const pooled: PooledWorker = { worker, memoryMb, busy: true }
  worker.on('message', (message: WorkerMessage) => pooled.onMessage?.(message))
  worker.on('error', (error: NodeJS.ErrnoException) => pooled.onFailure?.(error))
  worker.on('exit', () => {
    discard(pooled)
    pooled.onFailure?.(undefined)
  })
  pool.push(pooled)
  return pooled
}

function discard(pooled: PooledWorker): void {
  const at = pool.indexOf(pooled)
  if (at >= 0) {
    pool.splice(at, 1)
    wakeOne()
  }
}

function release(pooled: PooledWorker): void {
  pooled.busy = false
  pooled.onMessage = undefined
  pooled.onFailure = undefined
  // An idle worker never keeps the process alive.
  pooled.worker.unref()
  if (pool.filter((p) => !p.busy).length > MAX_IDLE) {
    discard(pooled)
    void pooled.worker.terminate()
  } else wakeOne()
}

/**
 * Extracts the text of a PDF or DOCX in a worker thread that can be stopped: its heap is capped by
 * `resourceLimits`, the process's resident memory is sampled and the worker terminated once it grows by
 * more than `maxMemoryBytes` (buffers that pdf.js inflates live outside the heap), and it is terminated
 * at the time limit. A stopped read is `PARSE_LIMIT_EXCEEDED`; a document the library cannot read is
 * `PARSE_MALFORMED`. At most two workers run at once (other reads wait, and neither the wait nor the
 * worker's loading of its library counts against their time or memory), they are reused between reads,
 * and they never keep the process alive when idle.
 */
export async function extractInWorker(kind: 'pdf' | 'docx', bytes: Uint8Array, limits: ReadLimits, deadline: Deadline): Promise<WorkerResult> {
  const memoryMb = Math.max(32, Math.floor(limits.maxMemoryBytes / (1024 * 1024)))
  // Time spent waiting for a worker is not the document's: the budget left now starts when its read does.
  const budget = Math.max(1, deadline.remaining())
  const pooled = await slot(memoryMb)
  return new Promise<WorkerResult>((resolve, reject) => {
    let settled = false
    let startRss = process.memoryUsage.rss()
    const id = nextId++
    const finish = (error: IncontroError | undefined, result?: WorkerResult, healthy = false): void => {
      if (settled) return
      settled = true
      clearTimeout(startup)
      clearTimeout(timer)
      clearInterval(poll)
      if (error && healthy) {
        // The library rejected the document and the worker answered: it is reused.
        release(pooled)
        reject(error)
      } else if (error) {
        // A stopped or failed worker may hold anything: it is never reused.
        discard(pooled)
        pooled.onMessage = undefined
        pooled.onFailure = undefined
        void pooled.worker.terminate()
        reject(error)
      } else {
        release(pooled)
        resolve(result as WorkerResult)
      }
    }
    // The document's time and memory count from the moment the worker has its library loaded.
    const startup = setTimeout(() => finish(limitExceeded('maxMilliseconds', limits.maxMilliseconds)), Math.max(budget, MAX_STARTUP_MS))
    let timer: ReturnType<typeof setTimeout> | undefined
    let poll: ReturnType<typeof setInterval> | undefined
    const start = (): void => {
      clearTimeout(startup)
      startRss = process.memoryUsage.rss()
      timer = setTimeout(() => finish(limitExceeded('maxMilliseconds', limits.maxMilliseconds)), budget)
      poll = setInterval(() => {
        const grown = process.memoryUsage.rss() - startRss
        if (grown > limits.maxMemoryBytes) finish(limitExceeded('maxMemoryBytes', limits.maxMemoryBytes, grown))
      }, MEMORY_POLL_MS)
    }
    pooled.onMessage = (message) => {
      if (message.id !== id) return
      if ('started' in message) {
        start()
        return
      }
      if (!message.ok) {
        if (message.name === 'RangeError') finish(limitExceeded('maxMemoryBytes', limits.maxMemoryBytes))
        else finish(malformed(kind, message.name), undefined, true)
        return
      }
      if (message.result.tooManyPages !== undefined) {
        finish(limitExceeded('maxPages', limits.maxPages, message.result.tooManyPages), undefined, true)
        return
      }
      finish(undefined, message.result)
    }
    pooled.onFailure = (error) => {
      // A worker over its heap limit ends with ERR_WORKER_OUT_OF_MEMORY.
      if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(limitExceeded('maxMemoryBytes', limits.maxMemoryBytes))
      else finish(malformed(kind, error?.name ?? 'exit'))
    }
    pooled.worker.postMessage({ id, kind, bytes, maxPages: limits.maxPages, maxChars: Math.max(1, limits.maxBytes) })
  })
}

function malformed(kind: 'pdf' | 'docx', name: string): IncontroError {
  if (kind === 'docx') {
    return new IncontroError('PARSE_MALFORMED', 'The DOCX cannot be read (not a Word document or corrupt); save it again from the source.', { reason: 'docx-structure' })
  }
  const encrypted = name === 'PasswordException'
  return new IncontroError(
    'PARSE_MALFORMED',
    encrypted ? 'The PDF is password-protected; provide an unprotected copy.' : 'The PDF cannot be read (truncated or corrupt); export it again from the source.',
    { reason: encrypted ? 'encrypted' : 'pdf-structure' },
  )
}
