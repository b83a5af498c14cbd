import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { IncontroError, type ErrorCode, type NeutralProfile, type NeutralVacancy } from '@incontro/core'
import type { AuditResults } from './audit-results.js'

/** What a match worker needs to build the same engine as the server (all of it can cross a thread boundary). */
export interface MatchWorkerOptions {
  key: string
  index?: 'hnsw' | 'exact'
  /** A taxonomy file (`incontro taxonomy import-esco`) the worker loads; the built-in taxonomy otherwise. */
  taxonomyFile?: string
}

/** What one message to a match worker asks. */
export type MatchJobBody =
  | { op: 'addProfiles' | 'addVacancies'; records: readonly unknown[] }
  | { op: 'removeProfiles' | 'removeVacancies'; ids: readonly string[] }
  | { op: 'candidatesFor' | 'vacanciesFor'; record: unknown; k: number }

/** One message to a match worker. */
export type MatchJob = MatchJobBody & { id: number }

/** A match worker's answer to one job. */
export type MatchWorkerReply =
  | { id: number; json?: string; audit?: AuditResults }
  | { id: number; error: { code: ErrorCode; message: string; details: Record<string, unknown> } }
  | { id: number; defect: string }

/** A match answered by a worker: the results as JSON text (what `JSON.stringify` gives) and their audit summary. */
export interface PooledMatch {
  json: string
  audit: AuditResults
}

/**
 * Worker threads that each hold a copy of the engine's records and answer match queries, so matching uses
 * every core while the main thread serves HTTP. Writes go to every worker, queries to the least busy one;
 * each worker handles its messages in order, so a query sent after a write sees it.
 */
export interface MatchPool {
  readonly size: number
  addProfiles(profiles: readonly NeutralProfile[]): Promise<void>
  addVacancies(vacancies: readonly NeutralVacancy[]): Promise<void>
  removeProfiles(ids: readonly string[]): Promise<void>
  removeVacancies(ids: readonly string[]): Promise<void>
  candidatesFor(vacancy: NeutralVacancy, k: number): Promise<PooledMatch>
  vacanciesFor(profile: NeutralProfile, k: number): Promise<PooledMatch>
  /** Ends the workers (queries in flight are rejected). */
  close(): Promise<void>
}

/**
 * The worker program: the built `match-worker.js` beside the bundle, or, when running from the TypeScript
 * sources (tests, benchmarks), the `.ts` file under tsx with the workspace's source condition.
 */
function workerEntry(): { program: URL | string; eval: boolean; execArgv: string[] } {
  const here = import.meta.url
  if (here.endsWith('.ts')) {
    const target = new URL('./match-worker.ts', here).href
    const api = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href
    const program = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}) })`
    return { program, eval: true, execArgv: ['--conditions=@incontro/source'] }
  }
  const url = new URL('./match-worker.js', here)
  if (!existsSync(fileURLToPath(url))) throw new IncontroError('ENGINE_CONFIG', 'The match worker program (match-worker.js) is missing beside the package; reinstall incontro or serve without --match-workers.')
  return { program: url, eval: false, execArgv: [] }
}

interface Slot {
  worker: Worker
  pending: Map<number, { resolve: (reply: MatchWorkerReply) => void; reject: (error: unknown) => void }>
}

/**
 * Starts `size` match workers and resolves once every one is ready (empty: load the records with the
 * add methods). A worker that dies fails its queries and every later one with `ENGINE_CONFIG` (HTTP 500).
 *
 * @example
 * const pool = await createMatchPool(2, { key })
 * await pool.addProfiles(profiles)
 * const { json } = await pool.candidatesFor(vacancy, 10)
 */
export async function createMatchPool(size: number, options: MatchWorkerOptions): Promise<MatchPool> {
  if (!Number.isInteger(size) || size < 1) throw new IncontroError('ENGINE_CONFIG', 'The match pool needs a whole number of workers, at least 1.', { path: 'matchWorkers' })
  const entry = workerEntry()
  let nextId = 0
  let broken: string | undefined
  const slots: Slot[] = []
  const ready: Promise<void>[] = []
  for (let i = 0; i < size; i++) {
    const worker = new Worker(entry.program, { eval: entry.eval, workerData: options, execArgv: entry.execArgv })
    const slot: Slot = { worker, pending: new Map() }
    slots.push(slot)
    ready.push(
      new Promise<void>((resolve, reject) => {
        const fail = (reason: string): void => {
          broken ??= reason
          reject(new IncontroError('ENGINE_CONFIG', `A match worker stopped (${reason}).`))
          for (const job of slot.pending.values()) job.reject(new IncontroError('ENGINE_CONFIG', `A match worker stopped (${reason}); the server needs a restart.`))
          slot.pending.clear()
        }
        worker.on('message', (message: MatchWorkerReply | { ready: true }) => {
          if ('ready' in message) return resolve()
          const job = slot.pending.get(message.id)
          slot.pending.delete(message.id)
          job?.resolve(message)
        })
        worker.on('error', (error) => fail(error.name))
        worker.on('exit', (code) => fail(`exit ${code}`))
      }),
    )
  }
  try {
    await Promise.all(ready)
  } catch (error) {
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
    throw error
  }

  const send = (slot: Slot, job: MatchJobBody): Promise<MatchWorkerReply> => {
    if (broken !== undefined) return Promise.reject(new IncontroError('ENGINE_CONFIG', `A match worker stopped (${broken}); the server needs a restart.`))
    const id = nextId++
    return new Promise<MatchWorkerReply>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject })
      slot.worker.postMessage({ ...job, id })
    })
  }
  const unwrap = (reply: MatchWorkerReply): MatchWorkerReply => {
    if ('error' in reply) throw new IncontroError(reply.error.code, reply.error.message, reply.error.details)
    if ('defect' in reply) throw new IncontroError('ENGINE_CONFIG', 'A match worker failed on this request; it was logged without the request.', { reason: 'worker-defect' })
    return reply
  }
  const broadcast = async (job: MatchJobBody): Promise<void> => {
    const replies = await Promise.all(slots.map((slot) => send(slot, job)))
    for (const reply of replies) unwrap(reply)
  }
  let turn = 0
  const query = async (job: MatchJobBody): Promise<PooledMatch> => {
    // The least busy worker; among equals, the next in turn.
    let best = slots[turn++ % slots.length] as Slot
    for (const slot of slots) if (slot.pending.size < best.pending.size) best = slot
    const reply = unwrap(await send(best, job)) as { json?: string; audit?: AuditResults }
    return { json: reply.json ?? '[]', audit: reply.audit ?? [] }
  }
  return {
    size,
    addProfiles: (records) => broadcast({ op: 'addProfiles', records }),
    addVacancies: (records) => broadcast({ op: 'addVacancies', records }),
    removeProfiles: (ids) => broadcast({ op: 'removeProfiles', ids }),
    removeVacancies: (ids) => broadcast({ op: 'removeVacancies', ids }),
    candidatesFor: (record, k) => query({ op: 'candidatesFor', record, k }),
    vacanciesFor: (record, k) => query({ op: 'vacanciesFor', record, k }),
    async close() {
      broken ??= 'closed'
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    },
  }
}
