import { createHash, randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { writeFileAtomic } from '@incontro/core'
import { IncontroError } from '@incontro/core'

/**
 * The one file format of persisted indexes and records (version 2):
 *
 * ```
 * "INCONTRO-INDEX" (14 bytes) | format version (u16 LE) | header length (u32 LE) | header (JSON, UTF-8)
 * | zero padding to a multiple of 8 | payload
 * payload = meta length (u32 LE) | meta (JSON, UTF-8) | zero padding to 8 | sections, each padded to 8
 * ```
 *
 * The header records kind, dimensions, count, payload length and the SHA-256 of the payload, so a
 * truncated, corrupt or foreign file is refused before anything is built from it. The meta lists the
 * binary sections (name, offset, length: typed arrays and string tables, read as views of the file's
 * bytes without decoding record by record) and the companion files (an HNSW graph kept as hnswlib's own
 * file, so hnswlib reads it from its path), each with its length and SHA-256.
 */
const MAGIC = Buffer.from('INCONTRO-INDEX', 'ascii')
/** Format version written and accepted. */
export const INDEX_FORMAT_VERSION = 2
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

/** A file written beside an index file and verified with it (its name is relative to the index file's folder). */
export interface Companion {
  name: string
  file: string
  bytes: number
  sha256: string
}

interface SectionEntry {
  name: string
  offset: number
  bytes: number
}

interface PayloadMeta {
  meta: unknown
  sections: SectionEntry[]
  companions: Companion[]
}

function corrupt(path: string, what: string, details: Record<string, unknown> = {}): IncontroError {
  return new IncontroError(
    'MATCH_INDEX_CORRUPT',
    `The index file ${path} ${what}; expected an Incontro index file (format version ${INDEX_FORMAT_VERSION}) written by saveIndex or saveMatcherRecords. Rebuild the index and save it again.`,
    { path, ...details },
  )
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8

/** Flushes a directory's entries (a rename in it) to disk; a no-op where directories cannot be opened. */
export function fsyncDirectory(directory: string): void {
  let fd: number | undefined
  try {
    fd = openSync(directory, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open a directory; its renames are durable once they return.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** SHA-256 and length of a file, read in chunks. */
export function hashFile(file: string): { sha256: string; bytes: number } {
  const fd = openSync(file, 'r')
  try {
    const hash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
    let bytes = 0
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null)
      if (read === 0) break
      hash.update(buffer.subarray(0, read))
      bytes += read
    }
    return { sha256: hash.digest('hex'), bytes }
  } finally {
    closeSync(fd)
  }
}

/**
 * Writes an index file atomically: everything goes to a temporary file, which is flushed and then renamed
 * over `path` (and the folder flushed), so a crash mid-save leaves the previous file intact.
 */
export function writeIndexFile(
  path: string,
  header: Omit<IndexFileHeader, 'payloadBytes' | 'sha256'>,
  meta: unknown,
  sections: readonly (readonly [string, Uint8Array])[],
  companions: readonly Companion[] = [],
): void {
  // Section offsets are relative to the start of the sections (8-aligned in the file), so each is 8-aligned.
  const entries: SectionEntry[] = []
  let offset = 0
  for (const [name, bytes] of sections) {
    entries.push({ name, offset, bytes: bytes.byteLength })
    offset = align8(offset + bytes.byteLength)
  }
  const payloadMeta: PayloadMeta = { meta, sections: entries, companions: [...companions] }
  const metaJson = Buffer.from(JSON.stringify(payloadMeta), 'utf8')
  const metaLength = Buffer.allocUnsafe(4)
  metaLength.writeUInt32LE(metaJson.length, 0)
  const zeros = Buffer.alloc(8)
  const parts: Uint8Array[] = [metaLength, metaJson, zeros.subarray(0, align8(4 + metaJson.length) - 4 - metaJson.length)]
  for (const [index, [, bytes]] of sections.entries()) {
    parts.push(bytes)
    if (index < sections.length - 1) parts.push(zeros.subarray(0, align8(bytes.byteLength) - bytes.byteLength))
  }
  const hash = createHash('sha256')
  let payloadBytes = 0
  for (const part of parts) {
    hash.update(part)
    payloadBytes += part.byteLength
  }
  const full: IndexFileHeader = { ...header, payloadBytes, sha256: hash.digest('hex') }
  const headerJson = Buffer.from(JSON.stringify(full), 'utf8')
  const prefix = Buffer.alloc(PREFIX_BYTES)
  MAGIC.copy(prefix, 0)
  prefix.writeUInt16LE(INDEX_FORMAT_VERSION, MAGIC.length)
  prefix.writeUInt32LE(headerJson.length, MAGIC.length + 2)
  const headerPadding = align8(PREFIX_BYTES + headerJson.length) - PREFIX_BYTES - headerJson.length
  writeFileAtomic(path, [prefix, headerJson, zeros.subarray(0, headerPadding), ...parts])
  fsyncDirectory(dirname(path))
}

/** An opened, verified index file. */
export interface IndexFile {
  header: IndexFileHeader
  /** The meta JSON of the payload. */
  meta: unknown
  /** The bytes of a section (a view of the file's bytes, 8-aligned), or undefined when absent. */
  section(name: string): Buffer | undefined
  /** The path of a companion file, after checking its length and SHA-256; undefined when absent. */
  companion(name: string): string | undefined
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

function isPayloadMeta(value: unknown, sectionBytes: number): value is PayloadMeta {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const whole = (x: unknown): boolean => Number.isSafeInteger(x) && (x as number) >= 0
  return (
    Array.isArray(v.sections) &&
    v.sections.every((s: Record<string, unknown>) => typeof s === 'object' && s !== null && typeof s.name === 'string' && whole(s.offset) && whole(s.bytes) && (s.offset as number) % 8 === 0 && (s.offset as number) + (s.bytes as number) <= sectionBytes) &&
    Array.isArray(v.companions) &&
    v.companions.every(
      (c: Record<string, unknown>) =>
        typeof c === 'object' && c !== null && typeof c.name === 'string' && typeof c.file === 'string' && basename(c.file) === c.file && whole(c.bytes) && typeof c.sha256 === 'string',
    )
  )
}

const loaderOf = (kind: IndexKind): string => (kind === 'hnsw' ? 'loadHnswIndex' : kind === 'records' ? 'loadMatcherRecords' : 'loadExactIndex')

/**
 * Reads an index file of `kind` into memory, checks magic, version, header, length and checksum, and
 * gives its meta, sections (views of the one buffer read) and companion files.
 */
export function readIndexFile(path: string, kind: IndexKind): IndexFile {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new IncontroError(
      'CORE_INVALID_INPUT',
      `Cannot open the index file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a readable file written by saveIndex. Check the path.`,
      { path },
      { cause: error },
    )
  }
  if (bytes.byteOffset % 8 !== 0) bytes = Buffer.from(new Uint8Array(bytes))
  const size = bytes.length
  if (size < PREFIX_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw corrupt(path, 'does not start with the INCONTRO-INDEX signature (it is another kind of file or truncated)')
  }
  const version = bytes.readUInt16LE(MAGIC.length)
  if (version !== INDEX_FORMAT_VERSION) {
    throw corrupt(path, `has format version ${version}, which this version of @incontro/match cannot read`, { version })
  }
  const headerBytes = bytes.readUInt32LE(MAGIC.length + 2)
  if (headerBytes > MAX_HEADER_BYTES || PREFIX_BYTES + headerBytes > size) throw corrupt(path, 'has a damaged header length')
  let header: unknown
  try {
    header = JSON.parse(bytes.toString('utf8', PREFIX_BYTES, PREFIX_BYTES + headerBytes))
  } catch {
    throw corrupt(path, 'has a header that is not valid JSON')
  }
  if (!isHeader(header)) throw corrupt(path, 'has a header with missing or invalid fields')
  if (header.kind !== kind) {
    throw new IncontroError('MATCH_INDEX_CORRUPT', `The index file ${path} holds an ${header.kind} index, not an ${kind} index; load it with ${loaderOf(header.kind)}.`, {
      path,
      kind: header.kind,
      expected: kind,
    })
  }
  const payloadStart = align8(PREFIX_BYTES + headerBytes)
  if (size !== payloadStart + header.payloadBytes) {
    throw corrupt(path, `is ${size} bytes long instead of ${payloadStart + header.payloadBytes} (truncated or appended to)`, {
      size,
      expectedSize: payloadStart + header.payloadBytes,
    })
  }
  const payload = bytes.subarray(payloadStart)
  if (createHash('sha256').update(payload).digest('hex') !== header.sha256) throw corrupt(path, 'fails its SHA-256 checksum (its content was damaged)')
  if (payload.length < 4) throw corrupt(path, 'has an empty payload')
  const metaBytes = payload.readUInt32LE(0)
  if (4 + metaBytes > payload.length) throw corrupt(path, 'has a damaged payload')
  let payloadMeta: unknown
  try {
    payloadMeta = JSON.parse(payload.toString('utf8', 4, 4 + metaBytes))
  } catch {
    throw corrupt(path, 'has payload metadata that is not valid JSON')
  }
  const sectionsStart = align8(4 + metaBytes)
  if (!isPayloadMeta(payloadMeta, payload.length - sectionsStart)) throw corrupt(path, 'has a section table with missing or invalid fields')
  const { sections, companions, meta } = payloadMeta
  return {
    header,
    meta,
    section(name) {
      const entry = sections.find((s) => s.name === name)
      return entry === undefined ? undefined : payload.subarray(sectionsStart + entry.offset, sectionsStart + entry.offset + entry.bytes)
    },
    companion(name) {
      const entry = companions.find((c) => c.name === name)
      if (entry === undefined) return undefined
      const file = join(dirname(path), entry.file)
      let found: { sha256: string; bytes: number }
      try {
        if (statSync(file).size !== entry.bytes) throw corrupt(path, `has a companion file ${entry.file} of the wrong length (truncated or replaced)`)
        found = hashFile(file)
      } catch (error) {
        if (error instanceof IncontroError) throw error
        throw corrupt(path, `has lost its companion file ${entry.file} (${(error as NodeJS.ErrnoException).code ?? 'error'}); keep the files saved together`)
      }
      if (found.bytes !== entry.bytes || found.sha256 !== entry.sha256) throw corrupt(path, `has a companion file ${entry.file} that fails its SHA-256 checksum (its content was damaged)`)
      return file
    },
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

/** A typed array's bytes, as stored (the file format is little-endian; big-endian hosts are refused by the writers). */
export function bytesOf(array: Uint32Array | Int32Array | Uint16Array | Uint8Array | Float32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength)
}

/** A view of a section as a typed array; undefined when its length is not a whole number of elements. */
export function viewOf<T extends Uint32Array | Int32Array | Float32Array>(make: new (buffer: ArrayBufferLike, offset: number, length: number) => T, bytes: Buffer | undefined, elements: number): T | undefined {
  if (bytes === undefined || bytes.length !== elements * 4 || bytes.byteOffset % 4 !== 0) return undefined
  return new make(bytes.buffer, bytes.byteOffset, elements)
}
