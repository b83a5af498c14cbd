import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { IncontroError } from '@incontro/core'
import type { CliIo } from '../internal/io.js'
import { printable } from '../internal/io.js'
import { auditHeadFileName, auditLogFileName, verifyAuditLog } from '../audit-log/verify-audit-log.js'

/** Exit code of `incontro audit-log verify` when the log was edited, cut or reordered. */
export const auditLogTamperedExitCode = 3

/**
 * `incontro audit-log verify <dir>`: checks the hash chain of the audit trail; exit 0 when intact,
 * 3 when an entry was edited, deleted, inserted or moved (each problem on stderr, or in `--json`).
 */
export function runAuditLogVerify(directory: string, options: { json: boolean }, io: CliIo): number {
  if (!existsSync(join(directory, auditLogFileName)) && !existsSync(join(directory, auditHeadFileName))) {
    // A wrong path must not pass for an empty, intact log.
    throw new IncontroError('CLI_IO', `No audit log in ${printable(directory)} (no ${auditLogFileName}); give the --state directory of the server.`, { path: directory })
  }
  const result = verifyAuditLog(directory)
  if (options.json) io.stdout(`${JSON.stringify(result)}\n`)
  else if (result.ok) io.stdout(`audit log ${printable(directory)}: ${result.entries} entries, chain intact (last ${result.last.seq} ${result.last.hash})\n`)
  if (!result.ok && !options.json) {
    for (const problem of result.problems) io.stderr(`incontro: audit log ${problem.line === 0 ? 'head' : `line ${problem.line}`}: ${problem.kind}: ${problem.message}\n`)
    io.stderr(`incontro: the audit log in ${printable(directory)} does NOT verify (${result.problems.length} problem(s))\n`)
  }
  return result.ok ? 0 : auditLogTamperedExitCode
}
