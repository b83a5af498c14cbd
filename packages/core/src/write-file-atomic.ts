import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file atomically: the chunks go to a temporary file beside `path`, which is flushed to disk and
 * then renamed over `path`. A crash or an error while writing (including one thrown by the chunk
 * iterator) leaves the previous file intact and removes the temporary file.
 *
 * @example
 * writeFileAtomic('./index.bin', [header, payload])
 */
export function writeFileAtomic(path: string, chunks: Iterable<Uint8Array>): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(temporary, 'wx')
    for (const chunk of chunks) {
      let offset = 0
      while (offset < chunk.length) offset += writeSync(fd, chunk, offset, chunk.length - offset)
    }
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(temporary, path)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    rmSync(temporary, { force: true })
    throw error
  }
}
