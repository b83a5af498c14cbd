import { createReadStream } from 'node:fs'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { IncontroError } from '@incontro/core'
import { parse } from 'csv-parse'

/** Column positions by name; `-1` for an optional column the file does not have. */
export type ColumnIndex<R extends string, O extends string> = Record<R, number> & Record<O, number>

/** How often progress is reported while a file is read. */
const progressEvery = 10_000

/** The value of a cell, trimmed; empty for a missing column or a short row. */
export function cell(row: readonly string[], index: number): string {
  return index < 0 ? '' : (row[index] ?? '').trim()
}

/**
 * Streams one ESCO CSV file (plain or gzipped, with or without BOM, quoted multi-line fields),
 * looks its columns up by header name and hands each data row to `onRow`. Returns the row count.
 * Throws `TAXONOMY_INVALID` naming the file and the column when a required column is absent.
 */
export async function readEscoCsv<R extends string, O extends string>(
  file: { path: string; name: string; gzip: boolean },
  columns: { required: readonly R[]; optional: readonly O[] },
  onRow: (row: readonly string[], col: ColumnIndex<R, O>) => void,
  onProgress?: (rows: number) => void,
): Promise<number> {
  let col: ColumnIndex<R, O> | undefined
  let rows = 0
  const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true })
  const sink = new Writable({
    objectMode: true,
    highWaterMark: 256,
    write(record: string[], _encoding, callback) {
      try {
        if (!col) {
          col = resolveColumns(file.name, record, columns)
        } else {
          rows++
          onRow(record, col)
          if (onProgress && rows % progressEvery === 0) onProgress(rows)
        }
        callback()
      } catch (error) {
        callback(error as Error)
      }
    },
  })
  try {
    if (file.gzip) await pipeline(createReadStream(file.path), createGunzip(), parser, sink)
    else await pipeline(createReadStream(file.path), parser, sink)
  } catch (error) {
    if (error instanceof IncontroError) throw error
    const reason = (error as { code?: string }).code ?? 'unknown'
    throw new IncontroError(
      'TAXONOMY_INVALID',
      `Cannot read ${file.name} (${reason}): it is not a valid${file.gzip ? ' gzipped' : ''} CSV file. Download the CSV export of the ESCO portal again.`,
      { file: file.path, reason },
      { cause: error },
    )
  }
  if (!col) {
    throw new IncontroError('TAXONOMY_INVALID', `${file.name} is empty: expected a header row with the columns ${columns.required.join(', ')}.`, {
      file: file.path,
    })
  }
  onProgress?.(rows)
  return rows
}

function resolveColumns<R extends string, O extends string>(
  fileName: string,
  header: readonly string[],
  columns: { required: readonly R[]; optional: readonly O[] },
): ColumnIndex<R, O> {
  // Headers are matched case-insensitively so files re-saved by a spreadsheet still load.
  const positions = new Map<string, number>()
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase()
    if (!positions.has(key)) positions.set(key, i)
  })
  const out: Record<string, number> = {}
  const missing: string[] = []
  for (const name of columns.required) {
    const index = positions.get(name.toLowerCase())
    if (index === undefined) missing.push(name)
    else out[name] = index
  }
  if (missing.length > 0) {
    throw new IncontroError(
      'TAXONOMY_INVALID',
      `${fileName} has no column ${missing.map((m) => `"${m}"`).join(', ')}: expected the column layout of the ESCO portal CSV download.`,
      { file: fileName, missing },
    )
  }
  for (const name of columns.optional) out[name] = positions.get(name.toLowerCase()) ?? -1
  return out as ColumnIndex<R, O>
}
