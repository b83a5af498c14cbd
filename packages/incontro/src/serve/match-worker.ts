// The program of one match worker thread (see serve/create-match-pool.ts): it builds an engine from the
// options the parent sent, applies the same writes as the server's engine, in the same order, and answers
// match queries with the results already serialized (JSON) and their audit summary, so the server's main
// thread neither matches nor serializes. Built as its own entry (dist/match-worker.js); run from the
// sources with tsx.
import { parentPort, workerData } from 'node:worker_threads'
import { isIncontroError, type NeutralProfile, type NeutralVacancy } from '@incontro/core'
import { builtinTaxonomy, loadTaxonomy } from '@incontro/taxonomy'
import { createEngine } from '../create-engine.js'
import { auditResults } from './audit-results.js'
import type { MatchJob, MatchWorkerOptions, MatchWorkerReply } from './create-match-pool.js'

const options = workerData as MatchWorkerOptions
const taxonomy = options.taxonomyFile !== undefined ? await loadTaxonomy(options.taxonomyFile) : builtinTaxonomy()
const engine = createEngine({ key: options.key, taxonomy, workers: 1, ...(options.index ? { index: options.index } : {}) })

async function run(job: MatchJob): Promise<MatchWorkerReply> {
  switch (job.op) {
    case 'addProfiles':
      await engine.addProfiles(job.records as NeutralProfile[])
      return { id: job.id }
    case 'addVacancies':
      await engine.addVacancies(job.records as NeutralVacancy[])
      return { id: job.id }
    case 'removeProfiles':
      await engine.removeProfiles(job.ids)
      return { id: job.id }
    case 'removeVacancies':
      await engine.removeVacancies(job.ids)
      return { id: job.id }
    case 'candidatesFor': {
      const results = await engine.candidatesFor(job.record as NeutralVacancy, { k: job.k })
      return { id: job.id, json: JSON.stringify(results), audit: auditResults(results, (r) => r.profileId) }
    }
    case 'vacanciesFor': {
      const results = await engine.vacanciesFor(job.record as NeutralProfile, { k: job.k })
      return { id: job.id, json: JSON.stringify(results), audit: auditResults(results, (r) => r.vacancyId) }
    }
  }
}

// One job at a time, in the order received: a query sent after a write sees it.
let queue: Promise<unknown> = Promise.resolve()
parentPort?.on('message', (job: MatchJob) => {
  queue = queue.then(async () => {
    let reply: MatchWorkerReply
    try {
      reply = await run(job)
    } catch (error) {
      reply = isIncontroError(error)
        ? { id: job.id, error: { code: error.code, message: error.message, details: { ...error.details } } }
        : { id: job.id, defect: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error' }
    }
    parentPort?.postMessage(reply)
  })
})
parentPort?.postMessage({ ready: true })
