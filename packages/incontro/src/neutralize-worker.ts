// The program of one ingest worker thread (see internal/worker-pool.ts): it builds an engine from the
// options the parent sent, neutralizes the chunks of CVs it is given, and posts back each CV's result or
// typed error, in order. Built as its own entry (dist/neutralize-worker.js); run from the sources with tsx.
import { parentPort, workerData } from 'node:worker_threads'
import { isIncontroError } from '@incontro/core'
import { loadTaxonomy } from '@incontro/taxonomy'
import { createEngine, type CvInput } from './create-engine.js'
import type { WorkerEngineOptions, WorkerReply, WorkerResult } from './internal/worker-pool.js'

const options = workerData as WorkerEngineOptions
const taxonomy = options.taxonomyFile !== undefined ? await loadTaxonomy(options.taxonomyFile) : undefined
const engine = createEngine({ key: options.key, workers: 1, ...(options.today ? { today: options.today } : {}), ...(taxonomy ? { taxonomy } : {}) })

parentPort?.on('message', (job: { id: number; items: CvInput[] }) => {
  let reply: WorkerReply
  try {
    const results: WorkerResult[] = engine.neutralizeCvs(job.items).map((result) =>
      isIncontroError(result) ? { ok: false, code: result.code, message: result.message, details: { ...result.details } } : { ok: true, value: result },
    )
    // One JSON text per chunk: the results are JSON data (their schemas say so), and a string crosses the
    // thread boundary as one copy, where a structured clone of ~30 kB of small objects per CV cost the
    // parent thread more to rebuild than JSON.parse does (see docs/benchmarks/ingest-speed.md).
    reply = { id: job.id, results: JSON.stringify(results) }
  } catch (error) {
    reply = { id: job.id, defect: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error' }
  }
  parentPort?.postMessage(reply)
})
parentPort?.postMessage({ ready: true })
