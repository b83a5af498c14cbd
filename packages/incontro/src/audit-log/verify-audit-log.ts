import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { IncontroError } from '@incontro/core'
import { AuditEntrySchema, type AuditEntry } from './audit-entry.js'
import { canonicalJson } from './canonical-json.js'

/** The log file inside an audit directory: one JSON entry per line. */
export const auditLogFileName = 'audit.jsonl'
/** The head file: sequence number and hash of the last entry, rewritten atomically within 0.1 s of a write and at close. */
export const auditHeadFileName = 'audit.head.json'
/** The `prev` of the first entry. */
export const genesisHash = '0'.repeat(64)

/** What is wrong with one line of the log. */
export interface AuditProblem {
  /** 1-based line of the log (0: the head file). */
  line: number
  kind: 'malformed' | 'invalid-entry' | 'sequence' | 'chain' | 'hash' | 'head' | 'truncated'
  message: string
}

/** The result of {@link verifyAuditLog}. */
export interface AuditLogVerification {
  ok: boolean
  entries: number
  /** Sequence number and hash of the last entry (of the head when the log is empty). */
  last: { seq: number; hash: string }
  problems: AuditProblem[]
}

/** The hash of an entry: SHA-256 of the canonical JSON of every field but `hash` (`prev` included, so entries chain). */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { hash: _hash, ...rest } = entry
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex')
}

/** Reads the head file, if any. */
export function readAuditHead(directory: string): { seq: number; hash: string } | undefined {
  const path = join(directory, auditHeadFileName)
  if (!existsSync(path)) return undefined
  try {
    const head = JSON.parse(readFileSync(path, 'utf8')) as { seq?: unknown; hash?: unknown }
    if (typeof head.seq === 'number' && Number.isInteger(head.seq) && head.seq >= 0 && typeof head.hash === 'string' && /^[0-9a-f]{64}$/.test(head.hash)) {
      return { seq: head.seq, hash: head.hash }
    }
  } catch {
    // Reported below as a head problem.
  }
  return { seq: -1, hash: '' }
}

/**
 * Verifies an audit log: every line is a valid entry holding only the allowed fields, sequence numbers
 * run 1, 2, 3 …, each entry's `prev` is the hash of the one before and its `hash` is recomputed from its
 * content; the head file must name an entry of the log with its hash. An edited line fails its hash, a
 * deleted or moved one breaks the sequence and the chain, entries cut from the end disagree with the head.
 *
 * @example
 * const { ok, problems } = verifyAuditLog('/var/lib/incontro')
 */
export function verifyAuditLog(directory: string, options: { maxProblems?: number } = {}): AuditLogVerification {
  const maxProblems = options.maxProblems ?? 20
  const path = join(directory, auditLogFileName)
  let text: string
  try {
    text = existsSync(path) ? readFileSync(path, 'utf8') : ''
  } catch (error) {
    throw new IncontroError('CLI_IO', `Cannot read the audit log ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`, { path }, { cause: error })
  }
  const problems: AuditProblem[] = []
  const problem = (line: number, kind: AuditProblem['kind'], message: string): void => {
    if (problems.length < maxProblems) problems.push({ line, kind, message })
  }
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  else if (lines.length > 0) problem(lines.length, 'truncated', 'the last line is incomplete (no line end): a write was cut short or the file was edited')
  let prev = genesisHash
  let expected = 1
  const hashes = new Map<number, string>()
  lines.forEach((raw, i) => {
    const line = i + 1
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch {
      problem(line, 'malformed', 'not valid JSON')
      expected++
      return
    }
    const parsed = AuditEntrySchema.safeParse(value)
    if (!parsed.success) {
      problem(line, 'invalid-entry', `not a valid audit entry (${parsed.error.issues[0]?.path.join('.') ?? '?'}: ${parsed.error.issues[0]?.code ?? 'invalid'})`)
      expected++
      return
    }
    const entry = parsed.data
    if (entry.seq !== expected) problem(line, 'sequence', `sequence number ${entry.seq} where ${expected} was expected: an entry was deleted, inserted or moved`)
    if (entry.prev !== prev) problem(line, 'chain', 'prev does not match the hash of the entry before: an entry was deleted, inserted or moved')
    const recomputed = hashAuditEntry(entry)
    if (recomputed !== entry.hash) problem(line, 'hash', 'the hash does not match the content: the entry was edited')
    hashes.set(entry.seq, entry.hash)
    prev = entry.hash
    expected = entry.seq + 1
  })
  const head = readAuditHead(directory)
  if (head !== undefined) {
    if (head.seq < 0) problem(0, 'head', `${auditHeadFileName} is not a valid head file`)
    else if (head.seq > 0 && hashes.get(head.seq) !== head.hash) {
      problem(0, 'head', head.seq > lines.length ? `the head names entry ${head.seq} but the log has ${lines.length}: entries were cut from the end` : `the head names entry ${head.seq} with another hash: the log was rewritten`)
    }
  } else if (lines.length > 0) problem(0, 'head', `${auditHeadFileName} is missing`)
  return { ok: problems.length === 0, entries: lines.length, last: { seq: expected - 1, hash: prev }, problems }
}
