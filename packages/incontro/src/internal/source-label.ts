import { pseudonymousId } from '@incontro/anonymize'
import { printable } from './io.js'

/**
 * How an input is named in output: its path for the operator (escaped for one-line text output), or with
 * `--blind` its pseudonymous id, so output meant for someone else never carries the file name.
 */
export function sourceLabel(file: { source: string; sourceId: string }, blindKey: string | undefined, text: boolean): string {
  if (blindKey !== undefined) return pseudonymousId(blindKey, file.sourceId)
  return text ? printable(file.source) : file.source
}
