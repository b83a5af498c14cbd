import { mkdirSync, readFileSync, existsSync, truncateSync } from 'node:fs'
import { open, rename, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { IncontroError } from '@incontro/core'
import { AuditEventSchema, AuditRequesterSchema, AuditVersionsSchema, type AuditEntry, type AuditEvent, type AuditVersions } from './audit-entry.js'
import { auditHeadFileName, auditLogFileName, hashAuditEntry, verifyAuditLog } from './verify-audit-log.js'

/** Context of one logged event: who asked, with which versions. */
export interface AuditContext {
  requester: string
  versions: AuditVersions
}

/** An append-only, hash-chained audit log in a directory. */
export interface AuditLog {
  /**
   * Appends an event; resolves once the entry is on disk (events of one moment share one flush). The head
   * file follows within 0.1 s and at close.
   */
  append(event: AuditEvent, context: AuditContext): Promise<AuditEntry>
  /** Sequence number and hash of the last entry. */
  head(): { seq: number; hash: string }
  /** Waits for pending writes and closes the file. */
  close(): Promise<void>
}

/**
 * Rewrites the head file atomically (temporary file, flushed, renamed), without blocking the event loop
 * the way a synchronous flush would under load.
 */
async function writeHead(path: string, tail: { seq: number; hash: string }): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  const handle = await open(temporary, 'w', 0o600)
  try {
    await handle.writeFile(`${JSON.stringify({ seq: tail.seq, hash: tail.hash })}\n`)
    await handle.datasync()
  } finally {
    await handle.close()
  }
  await rename(temporary, path)
}

/**
 * Opens the audit log of a directory for appending. The existing log is verified first: a log that was
 * edited, cut or reordered is refused (`ENGINE_STATE_CORRUPT`), so no new entry is chained to a forged
 * one. A last line left incomplete by a crash (never acknowledged) is dropped.
 *
 * @example
 * const log = await openAuditLog('/var/lib/incontro')
 * await log.append({ type: 'override', … }, { requester: 'local', versions })
 */
export async function openAuditLog(directory: string, options: { now?: () => Date } = {}): Promise<AuditLog> {
  mkdirSync(directory, { recursive: true, mode: 0o700 })
  const path = join(directory, auditLogFileName)
  const headPath = join(directory, auditHeadFileName)
  if (existsSync(path)) {
    const bytes = readFileSync(path)
    const end = bytes.lastIndexOf(0x0a) + 1
    if (end < bytes.length) truncateSync(path, end)
  }
  const verification = verifyAuditLog(directory)
  // Entries written after the head (a crash between the log's flush and the head's) are valid: the head only lags.
  if (!verification.ok) {
    const first = verification.problems[0]
    throw new IncontroError(
      'ENGINE_STATE_CORRUPT',
      `The audit log in ${directory} does not verify (line ${first?.line ?? '?'}: ${first?.message ?? 'unknown problem'}); run \`incontro audit-log verify\`, keep the log as evidence and start a new one in another directory.`,
      { directory, reason: 'audit-log', problems: verification.problems.length },
    )
  }
  let last = verification.last
  const handle: FileHandle = await open(path, 'a', 0o600)
  const now = options.now ?? (() => new Date())
  let pending: { line: string; entry: AuditEntry; resolve: (entry: AuditEntry) => void; reject: (error: unknown) => void }[] = []
  let flushing: Promise<void> | undefined
  let failed: unknown
  // The versions object is the server's own and the same on every call: checked once per object.
  let checkedVersions: AuditVersions | undefined

  // The head is rewritten at most every `headIntervalMs` and at close, off the answers' path: the entries
  // themselves are on disk before they are acknowledged, and a head that lags behind the log is valid.
  const headIntervalMs = 100
  let headWritten = { seq: last.seq, hash: last.hash }
  let headTimer: NodeJS.Timeout | undefined
  let headWriting: Promise<void> | undefined
  const updateHead = (): Promise<void> => {
    headWriting ??= (async () => {
      while (headWritten.seq !== durable.seq) {
        const tail = durable
        await writeHead(headPath, tail)
        headWritten = tail
      }
    })().finally(() => {
      headWriting = undefined
    })
    return headWriting
  }
  let durable = { seq: last.seq, hash: last.hash }
  const scheduleHead = (): void => {
    if (headTimer !== undefined) return
    headTimer = setTimeout(() => {
      headTimer = undefined
      updateHead().catch((error: unknown) => {
        failed ??= error
      })
    }, headIntervalMs)
    headTimer.unref()
  }

  const flush = async (): Promise<void> => {
    while (pending.length > 0) {
      const batch = pending
      pending = []
      try {
        await handle.write(batch.map((item) => item.line).join(''))
        await handle.datasync()
        const tail = (batch[batch.length - 1] as { entry: AuditEntry }).entry
        durable = { seq: tail.seq, hash: tail.hash }
        scheduleHead()
        for (const item of batch) item.resolve(item.entry)
      } catch (error) {
        failed = error
        for (const item of [...batch, ...pending]) item.reject(error)
        pending = []
      }
    }
    flushing = undefined
  }

  return {
    append(event, context) {
      if (failed !== undefined) return Promise.reject(new IncontroError('CLI_IO', 'The audit log could not be written earlier; no further entry is accepted.', {}, { cause: failed }))
      const parsed = AuditEventSchema.safeParse(event)
      if (!parsed.success) {
        // Only ids, codes, versions and numbers may enter the trail; anything else (text, names) is refused.
        const issue = parsed.error.issues[0]
        return Promise.reject(new IncontroError('CORE_SCHEMA_VIOLATION', `An audit event does not match its schema at ${issue?.path.join('.') || '(root)'} (${issue?.code ?? 'invalid'}); nothing was logged.`))
      }
      if (context.versions !== checkedVersions) {
        if (!AuditVersionsSchema.safeParse(context.versions).success) {
          return Promise.reject(new IncontroError('CORE_SCHEMA_VIOLATION', 'The audit versions must be { incontro, taxonomy, index } and nothing else; nothing was logged.'))
        }
        checkedVersions = context.versions
      }
      if (!AuditRequesterSchema.safeParse(context.requester).success) {
        return Promise.reject(new IncontroError('CORE_SCHEMA_VIOLATION', 'An audit requester must be 12 hex digits or `local`; nothing was logged.'))
      }
      // The chain fields are made here from checked values, so the entry is valid by construction (the
      // verifier parses every line with AuditEntrySchema); only the event needs checking.
      const { incontro, taxonomy, index } = context.versions
      const unsigned = { ...parsed.data, seq: last.seq + 1, time: now().toISOString(), requester: context.requester, versions: { incontro, taxonomy, index }, prev: last.hash } as Omit<AuditEntry, 'hash'>
      const entry = { ...unsigned, hash: hashAuditEntry(unsigned) } as AuditEntry
      last = { seq: entry.seq, hash: entry.hash }
      return new Promise<AuditEntry>((resolve, reject) => {
        pending.push({ line: `${JSON.stringify(entry)}\n`, entry, resolve, reject })
        flushing ??= new Promise<void>((done) => setImmediate(done)).then(flush)
      })
    },
    head: () => last,
    async close() {
      while (flushing) await flushing
      clearTimeout(headTimer)
      headTimer = undefined
      await updateHead()
      await handle.close()
    },
  }
}
