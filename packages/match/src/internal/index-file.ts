import { createHash, randomBytes } from 'node:crypto'
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs'
import { writeFileAtomic } from '@incontro/core'
import { IncontroError } from '@incontro/core'

/**
 * The one file format of persisted indexes:
 *
 * ```
 * "INCONTRO-INDEX" (14 bytes) | format version (u16 LE) | header length (u32 LE) | header (JSON, UTF-8) | payload
 * payload = meta length (u32 LE) | meta (JSON, UTF-8) | binary (adapter-specific)
 * ```
 *
 * The header records kind, dimensions, count, payload length and the SHA-256 of the payload, so a
 * truncated, corrupt or foreign file is refused before anything is built from it.
 */
const MAGIC = Buffer.from('INCONTRO-INDEX', 'ascii')
/** Format version written and accepted. */
export const INDEX_FORMAT_VERSION = 1
const PREFIX_BYTES = MAGIC.length + 2 + 4
const MAX_HEADER_BYTES = 64 * 1024
const CHUNK_BYTES = 4 * 1024 * 1024

/** Kinds of persisted index. */
export type IndexKind = 'hnsw' | 'exact' | 'records'

/** The header of an index file. */
export interface IndexFileHeader {
  kind: IndexKind
  dimensions: number
  count: number
  payloadBytes: number
  sha256: string
}

/** A part of a payload: bytes in memory, or a whole file streamed from disk. */
export type PayloadPart = Uint8Array | { file: string }

function corrupt(path: string, what: string, details: Record<string, unknown> = {}): IncontroError {
  return new IncontroError(
    'MATCH_INDEX_CORRUPT',
    `The index file ${path} ${what}; expected an Incontro index file (format version ${INDEX_FORMAT_VERSION}) written by saveIndex. Rebuild the index and save it again.`,
    { path, ...details },
  )
}

function forEachChunk(part: PayloadPart, visit: (chunk: Uint8Array) => void): void {
  if (part instanceof Uint8Array) {
    visit(part)
    return
  }
  const fd = openSync(part.file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null)
      if (read === 0) break
      visit(buffer.subarray(0, read))
    }
  } finally {
    closeSync(fd)
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
}

/** Encodes `meta` as the first payload part (length-prefixed JSON). */
export function metaPart(meta: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(meta), 'utf8')
  const length = Buffer.allocUnsafe(4)
  length.writeUInt32LE(json.length, 0)
  return Buffer.concat([length, json])
}

/**
 * Writes an index file atomically: everything goes to `<path>.tmp-<random>`, which is flushed and then
 * renamed over `path`, so a crash mid-save leaves the previous file intact.
 */
export function writeIndexFile(
  path: string,
  header: Omit<IndexFileHeader, 'payloadBytes' | 'sha256'>,
  parts: readonly PayloadPart[],
): void {
  const hash = createHash('sha256')
  let payloadBytes = 0
  for (const part of parts) {
    forEachChunk(part, (chunk) => {
      hash.update(chunk)
      payloadBytes += chunk.length
    })
  }
  const full: IndexFileHeader = { ...header, payloadBytes, sha256: hash.digest('hex') }
  const headerJson = Buffer.from(JSON.stringify(full), 'utf8')
  const prefix = Buffer.alloc(PREFIX_BYTES)
  MAGIC.copy(prefix, 0)
  prefix.writeUInt16LE(INDEX_FORMAT_VERSION, MAGIC.length)
  prefix.writeUInt32LE(headerJson.length, MAGIC.length + 2)

  function* chunks(): Generator<Uint8Array> {
    yield prefix
    yield headerJson
    // Streamed chunk by chunk: a file part is read into one reused buffer, so each chunk must be written
    // before the next is read (collecting them first made every chunk alias the last one).
    for (const part of parts) {
      if (part instanceof Uint8Array) {
        yield part
        continue
      }
      const fd = openSync(part.file, 'r')
      try {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
        for (;;) {
          const read = readSync(fd, buffer, 0, CHUNK_BYTES, null)
          if (read === 0) break
          yield buffer.subarray(0, read)
        }
      } finally {
        closeSync(fd)
      }
    }
  }
  writeFileAtomic(path, chunks())
}

/** An opened, verified index file. */
export interface IndexFile {
  header: IndexFileHeader
  /** The meta JSON of the payload. */
  meta: unknown
  /** Reads the binary part of the payload into memory. */
  readBinary(): Buffer
  /** Copies the binary part of the payload into a new file. */
  copyBinaryTo(file: string): void
  /** Length of the binary part. */
  binaryBytes: number
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length)
  let offset = 0
  while (offset < length) {
    const read = readSync(fd, buffer, offset, length - offset, position + offset)
    if (read === 0) break
    offset += read
  }
  return offset === length ? buffer : buffer.subarray(0, offset)
}

function isHeader(value: unknown): value is IndexFileHeader {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const whole = (x: unknown): boolean => Number.isSafeInteger(x) && (x as number) >= 0
  return (
    (v.kind === 'hnsw' || v.kind === 'exact' || v.kind === 'records') &&
    whole(v.dimensions) &&
    (v.dimensions as number) > 0 &&
    whole(v.count) &&
    whole(v.payloadBytes) &&
    typeof v.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(v.sha256)
  )
}

/**
 * Opens an index file of `kind`, checks magic, version, header, length and checksum, and hands
 * its parts to `use` while the file is open.
 */
export function readIndexFile<T>(path: string, kind: IndexKind, use: (file: IndexFile) => T): T {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    throw new IncontroError(
      'CORE_INVALID_INPUT',
      `Cannot open the index file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a readable file written by saveIndex. Check the path.`,
      { path },
      { cause: error },
    )
  }
  try {
    const size = fstatSync(fd).size
    const prefix = readExactly(fd, PREFIX_BYTES, 0)
    if (prefix.length < PREFIX_BYTES || !prefix.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw corrupt(path, 'does not start with the INCONTRO-INDEX signature (it is another kind of file or truncated)')
    }
    const version = prefix.readUInt16LE(MAGIC.length)
    if (version !== INDEX_FORMAT_VERSION) {
      throw corrupt(path, `has format version ${version}, which this version of @incontro/match cannot read`, { version })
    }
    const headerBytes = prefix.readUInt32LE(MAGIC.length + 2)
    if (headerBytes > MAX_HEADER_BYTES || PREFIX_BYTES + headerBytes > size) {
      throw corrupt(path, 'has a damaged header length')
    }
    let header: unknown
    try {
      header = JSON.parse(readExactly(fd, headerBytes, PREFIX_BYTES).toString('utf8'))
    } catch {
      throw corrupt(path, 'has a header that is not valid JSON')
    }
    if (!isHeader(header)) throw corrupt(path, 'has a header with missing or invalid fields')
    if (header.kind !== kind) {
      const loader = header.kind === 'hnsw' ? 'loadHnswIndex' : header.kind === 'records' ? 'loadMatcherRecords' : 'loadExactIndex'
      throw new IncontroError(
        'MATCH_INDEX_CORRUPT',
        `The index file ${path} holds an ${header.kind} index, not an ${kind} index; load it with ${loader}.`,
        { path, kind: header.kind, expected: kind },
      )
    }
    const payloadStart = PREFIX_BYTES + headerBytes
    if (size !== payloadStart + header.payloadBytes) {
      throw corrupt(path, `is ${size} bytes long instead of ${payloadStart + header.payloadBytes} (truncated or appended to)`, {
        size,
        expectedSize: payloadStart + header.payloadBytes,
      })
    }
    const hash = createHash('sha256')
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
    for (let position = payloadStart; position < size; ) {
      const read = readSync(fd, chunk, 0, Math.min(CHUNK_BYTES, size - position), position)
      if (read === 0) throw corrupt(path, 'ended while reading')
      hash.update(chunk.subarray(0, read))
      position += read
    }
    if (hash.digest('hex') !== header.sha256) throw corrupt(path, 'fails its SHA-256 checksum (its content was damaged)')

    if (header.payloadBytes < 4) throw corrupt(path, 'has an empty payload')
    const metaBytes = readExactly(fd, 4, payloadStart).readUInt32LE(0)
    if (4 + metaBytes > header.payloadBytes) throw corrupt(path, 'has a damaged payload')
    let meta: unknown
    try {
      meta = JSON.parse(readExactly(fd, metaBytes, payloadStart + 4).toString('utf8'))
    } catch {
      throw corrupt(path, 'has payload metadata that is not valid JSON')
    }
    const binaryStart = payloadStart + 4 + metaBytes
    const binaryBytes = size - binaryStart
    const handle = fd
    return use({
      header,
      meta,
      binaryBytes,
      readBinary: () => readExactly(handle, binaryBytes, binaryStart),
      copyBinaryTo(file) {
        const out = openSync(file, 'wx')
        try {
          const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
          for (let position = binaryStart; position < size; ) {
            const read = readSync(handle, buffer, 0, Math.min(CHUNK_BYTES, size - position), position)
            if (read === 0) break
            writeAll(out, buffer.subarray(0, read))
            position += read
          }
        } finally {
          closeSync(out)
        }
      },
    })
  } finally {
    closeSync(fd)
  }
}

/** Builds the error for a verified file whose content does not make sense (a bug or a forged checksum). */
export function invalidIndexContent(path: string, what: string): IncontroError {
  return corrupt(path, what)
}

/** A sibling path for scratch files of a save or load. */
export function scratchPath(path: string, tag: string): string {
  return `${path}.${tag}-${randomBytes(6).toString('hex')}`
}
