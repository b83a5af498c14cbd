import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { IncontroError, type ErrorCode } from '@incontro/core'
import type { CvInput, NeutralizedCv } from '../create-engine.js'

/** What a worker needs to build the same engine as its parent (all of it can cross a thread boundary). */
export interface WorkerEngineOptions {
  key: string | Uint8Array
  today?: string
  /** A taxonomy file (`incontro taxonomy import-esco`) the worker loads; the built-in taxonomy otherwise. */
  taxonomyFile?: string
}

/** One CV's result as it crosses the thread boundary. */
export type WorkerResult = { ok: true; value: NeutralizedCv } | { ok: false; code: ErrorCode; message: string; details: Record<string, unknown> }

/** A worker's reply to one chunk: the results in order (a JSON array of {@link WorkerResult}), or the defect that stopped it. */
export type WorkerReply = { id: number; results: string } | { id: number; defect: string }

/** How many CVs one message to a worker carries: large enough to amortize the message, small enough to balance the workers. */
export const CHUNK_SIZE = 32

/** The default number of workers: the processors this process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism())
}

/**
 * Where the worker program is and how to start it: the built `neutralize-worker.js` beside the bundle,
 * or, when running from the TypeScript sources (tests, benchmarks), the `.ts` file under tsx with the
 * workspace's source condition.
 */
function workerEntry(): { program: URL | string; eval: boolean; execArgv: string[] } {
  const here = import.meta.url
  if (here.endsWith('.ts')) {
    const target = new URL('../neutralize-worker.ts', here).href
    // tsx's ESM API registers its loader in the worker before the TypeScript program is imported.
    const api = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href
    const program = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}) })`
    return { program, eval: true, execArgv: ['--conditions=@incontro/source'] }
  }
  const url = new URL('./neutralize-worker.js', here)
  if (!existsSync(fileURLToPath(url))) throw new IncontroError('ENGINE_CONFIG', 'The ingest worker program (neutralize-worker.js) is missing beside the package; reinstall incontro or pass workers: 1.')
  return { program: url, eval: false, execArgv: [] }
}

interface Slot {
  worker: Worker
  ready: Promise<void>
  /** Chunks sent and not answered yet: the worker keeps the process alive while there are some. */
  inFlight: number
}

/**
 * Chunks each worker holds at a time: while it works on one, the next waits in its queue, so it never
 * idles while this thread parses a reply and sends the next chunk.
 */
const CHUNKS_IN_FLIGHT = 2

/** A pool of worker threads that neutralize CVs with the same engine options, created on first use. */
export interface NeutralizePool {
  /** Neutralizes the items over the workers; results in input order, a typed error in place of each CV that failed. */
  run(items: readonly CvInput[], onProgress?: (done: number, total: number) => void): Promise<(NeutralizedCv | IncontroError)[]>
  /** Ends the workers. */
  close(): Promise<void>
}

/** Creates a pool of `size` workers; they start on the first `run` and are not kept alive for the process when idle. */
export function createNeutralizePool(size: number, options: WorkerEngineOptions): NeutralizePool {
  let slots: Slot[] | undefined
  let queue: Promise<unknown> = Promise.resolve()
  const start = (): Slot[] => {
    const entry = workerEntry()
    return Array.from({ length: size }, () => {
      const worker = new Worker(entry.program, { eval: entry.eval, workerData: options, execArgv: entry.execArgv })
      worker.unref()
      const ready = new Promise<void>((resolve, reject) => {
        const onMessage = (message: unknown) => {
          if ((message as { ready?: boolean }).ready) {
            worker.off('message', onMessage)
            worker.off('error', reject)
            resolve()
          }
        }
        worker.on('message', onMessage)
        worker.once('error', reject)
      })
      return { worker, ready, inFlight: 0 }
    })
  }
  const runChunk = (slot: Slot, id: number, items: CvInput[]): Promise<WorkerResult[]> =>
    new Promise((resolve, reject) => {
      const { worker } = slot
      const cleanup = () => {
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        if (--slot.inFlight === 0) worker.unref()
      }
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return
        cleanup()
        if ('defect' in reply) reject(new Error(`An ingest worker failed: ${reply.defect}`))
        else resolve(JSON.parse(reply.results) as WorkerResult[])
      }
      const onError = (error: Error) => {
        cleanup()
        reject(error)
      }
      const onExit = (code: number) => {
        cleanup()
        reject(new IncontroError('ENGINE_CONFIG', `An ingest worker stopped (exit code ${code}) before it finished its CVs.`, { exitCode: code }))
      }
      worker.on('message', onMessage)
      worker.once('error', onError)
      worker.once('exit', onExit)
      // A busy worker keeps the process alive until it answers.
      if (slot.inFlight++ === 0) worker.ref()
      worker.postMessage({ id, items })
    })

  const runAll = async (items: readonly CvInput[], onProgress?: (done: number, total: number) => void) => {
    slots ??= start()
    const active = slots
    await Promise.all(active.map((slot) => slot.ready))
    const chunks: CvInput[][] = []
    for (let from = 0; from < items.length; from += CHUNK_SIZE) chunks.push(items.slice(from, from + CHUNK_SIZE))
    const results: WorkerResult[][] = new Array(chunks.length)
    let next = 0
    let done = 0
    const drive = async (slot: Slot): Promise<void> => {
      while (next < chunks.length) {
        const index = next++
        const chunk = chunks[index] as CvInput[]
        results[index] = await runChunk(slot, index, chunk)
        done += chunk.length
        onProgress?.(done, items.length)
      }
    }
    await Promise.all(active.flatMap((slot) => Array.from({ length: CHUNKS_IN_FLIGHT }, () => drive(slot))))
    return results.flat().map((r) => (r.ok ? r.value : new IncontroError(r.code, r.message, r.details)))
  }

  return {
    run(items, onProgress) {
      // One batch at a time: message ids and the chunk queue belong to one run.
      const result = queue.then(() =>
        runAll(items, onProgress).catch(async (error: unknown) => {
          // A worker that failed may be gone or busy: start afresh next time.
          await this.close()
          throw error
        }),
      )
      queue = result.catch(() => undefined)
      return result
    },
    async close() {
      const active = slots
      slots = undefined
      if (active) await Promise.all(active.map((slot) => slot.worker.terminate()))
    },
  }
}
