import { IncontroError } from '@incontro/core'
import type { Entry, ZipFile } from 'yauzl'
import { extractInWorker } from './binary-worker.js'
import { htmlToLines } from './html.js'
import { limitExceeded, MAX_COMPRESSION_RATIO, type Deadline, type ReadLimits } from './limits.js'
import type { StructuredLine } from './structured-text.js'

const MAX_ENTRIES = 2_000

/**
 * Reads a DOCX: first the zip central directory is checked (entry count, declared uncompressed size
 * against `maxUncompressedBytes` and a compression ratio of at most 100), then every entry is inflated
 * with its size verified, so a zip bomb or a lying header stops at the limit; only then does mammoth
 * convert the document to HTML (in a worker thread), whose headings, paragraphs and list items become lines.
 */
export async function readDocx(bytes: Uint8Array, limits: ReadLimits, deadline: Deadline): Promise<{ lines: StructuredLine[]; truncated: boolean }> {
  await checkArchive(bytes, limits, deadline)
  deadline.check()
  // mammoth runs in a worker thread, stopped at the time and memory limits.
  const result = await extractInWorker('docx', bytes, limits, deadline)
  if (result.kind !== 'docx') throw new Error('unreachable: the DOCX worker returned another kind')
  deadline.check()
  return { lines: htmlToLines(result.html, deadline, limits.maxDepth).lines, truncated: result.truncated }
}

async function checkArchive(bytes: Uint8Array, limits: ReadLimits, deadline: Deadline): Promise<void> {
  const yauzl = (await import('yauzl')).default
  const maxTotal = Math.min(limits.maxUncompressedBytes, Math.max(bytes.byteLength, 1) * MAX_COMPRESSION_RATIO)
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (error, file) => {
      if (error || !file) reject(malformedZip(error))
      else resolve(file)
    })
  })
  const entries: Entry[] = []
  let declared = 0
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        entries.push(entry)
        declared += entry.uncompressedSize
        if (entries.length > MAX_ENTRIES) reject(limitExceeded('maxUncompressedBytes', limits.maxUncompressedBytes))
        else if (declared > maxTotal) reject(limitExceeded('maxUncompressedBytes', maxTotal, declared))
        else zip.readEntry()
      })
      zip.on('end', () => resolve())
      zip.on('error', (error: unknown) => reject(malformedZip(error)))
      zip.readEntry()
    })
    let inflated = 0
    for (const entry of entries) {
      deadline.check()
      if (entry.fileName.endsWith('/')) continue
      inflated += await inflatedSize(zip, entry, maxTotal - inflated, limits)
    }
  } finally {
    zip.close()
  }
}

/** Inflates one entry, counting bytes; yauzl verifies the count against the declared size. */
function inflatedSize(zip: ZipFile, entry: Entry, budget: number, limits: ReadLimits): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(malformedZip(error))
        return
      }
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > budget) {
          stream.destroy()
          reject(limitExceeded('maxUncompressedBytes', limits.maxUncompressedBytes))
        }
      })
      stream.on('end', () => resolve(size))
      stream.on('error', (streamError: unknown) => reject(malformedZip(streamError)))
    })
  })
}

function malformedZip(error: unknown): IncontroError {
  return new IncontroError('PARSE_MALFORMED', 'The DOCX archive is corrupt or truncated; save it again from the source.', { reason: 'zip-structure' }, { cause: error })
}
