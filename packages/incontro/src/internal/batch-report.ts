import { stringify } from 'csv-stringify/sync'
import { pseudonymousId } from '@incontro/anonymize'
import { IncontroError, type ErrorCode } from '@incontro/core'
import { printable, type CliIo } from './io.js'

/** The output formats of batch commands: readable text, one JSON document, JSON Lines, or CSV. */
export type OutputFormat = 'text' | 'json' | 'jsonl' | 'csv'

/** One input that failed, as the JSON output lists it: its file (or pseudonymous id with `--blind`) and typed code. */
export interface ItemError {
  /** The file as given (the pseudonymous id with `--blind`, or null when it had none yet). */
  source: string | null
  code: ErrorCode
  /** The message, naming the file; left out with `--blind`. */
  message?: string
}

/** Options of {@link createBatchReport}. */
export interface BatchReportOptions {
  /** With `--blind`: the key whose pseudonymous ids replace file names in the output. */
  blindKey?: string
  /** No progress line. */
  quiet?: boolean
}

/**
 * What one batch command collects as it goes: the items done and failed (each failure reported at once
 * on stderr as one line naming the file), and a progress line on stderr when stderr is a terminal.
 */
export interface BatchReport {
  readonly errors: ItemError[]
  /** How many inputs gave a result. */
  succeeded: number
  /** Reports a failed input on stderr (unless the reader already did) and lists it for the JSON output. */
  fail(error: IncontroError, file: { source: string; sourceId?: string }, options?: { reported?: boolean }): void
  /** Counts an input that gave a result. */
  ok(): void
  /** Shows `what: done/total` on stderr (a terminal only, at most ten times a second). */
  progress(what: string, done: number, total: number): void
  /** Clears the progress line and, in text output, sums up the failures on stderr. */
  finish(): void
  /** The exit code for the batch: 0, 3 when some inputs failed and others gave results, 1 when none did. */
  exitCode(): number
}

/** Creates the report of one batch command run. */
export function createBatchReport(io: CliIo, options: BatchReportOptions = {}): BatchReport {
  const errors: ItemError[] = []
  const showProgress = options.quiet !== true && io.stderrIsTTY === true
  let shown = false
  let last = 0
  let lastWhat = ''
  const clear = () => {
    if (shown) io.stderr('\r\u001b[K')
    shown = false
  }
  const report: BatchReport = {
    errors,
    succeeded: 0,
    fail(error, file, failOptions = {}) {
      const shownSource = printable(file.source)
      const named = error.message.includes(shownSource) ? error : new IncontroError(error.code, `${shownSource}: ${error.message}`, { ...error.details, path: file.source }, { cause: error })
      if (!failOptions.reported) {
        clear()
        io.stderr(`incontro: ${named.code}: ${named.message.replace(/[\r\n\u2028\u2029]+/g, ' ')}\n`)
      }
      if (options.blindKey !== undefined) errors.push({ source: file.sourceId !== undefined ? pseudonymousId(options.blindKey, file.sourceId) : null, code: named.code })
      else errors.push({ source: file.source, code: named.code, message: named.message })
    },
    ok() {
      report.succeeded++
    },
    progress(what, done, total) {
      if (!showProgress) return
      const now = Date.now()
      // At most ten lines a second, but every new stage and every end is shown.
      if (done < total && what === lastWhat && now - last < 100) return
      last = now
      lastWhat = what
      const failed = errors.length > 0 ? `, ${errors.length} failed` : ''
      io.stderr(`\r\u001b[K${what}: ${done}/${total} (${total === 0 ? 100 : Math.floor((done / total) * 100)}%${failed})`)
      shown = true
    },
    finish() {
      clear()
      if (errors.length > 0 && report.succeeded > 0) io.stderr(`incontro: ${errors.length} of ${errors.length + report.succeeded} inputs failed (listed above); the others were processed.\n`)
    },
    exitCode() {
      if (errors.length === 0) return 0
      return report.succeeded > 0 ? 3 : 1
    },
  }
  return report
}

/** Writes CSV with a header row (RFC 4180 quoting, by csv-stringify). */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return stringify([...rows].map((row) => [...row]), { header: true, columns: [...columns] })
}

/** The JSON Lines record of a failed input, written after the results. */
export function errorLine(error: ItemError): string {
  return `${JSON.stringify({ source: error.source, error: { code: error.code, ...(error.message !== undefined ? { message: error.message } : {}) } })}\n`
}
