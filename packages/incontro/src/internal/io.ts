import { createHash } from 'node:crypto'
import { constants, readdirSync } from 'node:fs'
import { open, readdir, realpath, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { IncontroError, isIncontroError, type Diagnostic, type Document } from '@incontro/core'
import { defaultReadLimits, readDocumentWithDiagnostics } from '@incontro/parse'
import { concatBytes } from './read-stream.js'

/** Where the CLI writes; injectable so tests run the CLI in-process. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /**
   * Reads standard input (for `-`). It should stop after `maxBytes + 1` bytes, so that an endless stream
   * ends at the limit; the CLI refuses anything longer than `maxBytes`.
   */
  stdin?(maxBytes: number): Promise<Uint8Array>
  env?: Readonly<Record<string, string | undefined>>
  /** Whether stderr is a terminal: batch commands show progress there only then (and without `--quiet`). */
  stderrIsTTY?: boolean
}

/** One input file: the path as given, a stable source id, and its bytes. */
export interface InputFile {
  /** The path as given on the command line (or found in a directory given), for the operator's output. */
  source: string
  /**
   * What the pseudonymous id is derived from: by default the file's real path (absolute, symbolic links
   * resolved), so the same file gives the same id from any working directory or folder argument and two
   * different files never share one; `--source-id` and `--source-ids` replace it.
   */
  sourceId: string
  bytes: Uint8Array
}

/** How the CLI names its inputs' source ids; see {@link InputFile.sourceId}. */
export interface SourceIdOptions {
  /** A template with `{path}` (real path), `{name}` (file name), `{stem}` (name without extension) and `{sha256}` (of the bytes). */
  template?: string
  /** Source ids by real path, from a `--source-ids` mapping file. */
  mapping?: ReadonlyMap<string, string>
}

/** What reading the command line's inputs gives: the files read, and one typed error per item that could not be. */
export interface ReadBatch<T> {
  items: T[]
  failures: number
  /** Each input that could not be read, with its typed error (already reported on stderr). */
  errors: { source: string; error: IncontroError }[]
}

const readable = /\.(txt|text|json|jsonld|md|pdf|docx|html?|xml)$/i

/** The largest input the CLI reads, file or standard input. */
export const maxInputBytes = defaultReadLimits.maxBytes

/**
 * A path or name as safe to print on one line: control characters, line and paragraph separators and
 * backslashes are escaped, so a file name with a newline cannot split or forge an output line.
 */
export function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g, (c) => (c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
}

/** Lists the readable files of a directory (by extension), sorted by name; used by the demo on its own data. */
export function listDirectory(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir).filter((name) => readable.test(name))
  } catch {
    throw new IncontroError('CLI_IO', `Cannot read the directory ${printable(dir)}. Check that it exists and is readable.`, { dir })
  }
  return names.sort().map((name) => join(dir, name))
}

function ioError(path: string, error: unknown, what = 'file'): IncontroError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const shown = printable(path)
  const reasons: Record<string, string> = {
    ENOENT: `Cannot read ${shown}: no such file or directory.`,
    ENOTDIR: `Cannot read ${shown}: a part of the path is not a directory.`,
    EACCES: `Cannot read ${shown}: permission denied. Check its permissions.`,
    EPERM: `Cannot read ${shown}: permission denied. Check its permissions.`,
    ELOOP: `Cannot read ${shown}: too many symbolic links (a symbolic link loop?).`,
    ENAMETOOLONG: `Cannot read ${shown}: the name is too long.`,
    EISDIR: `Cannot read ${shown}: it is a directory.`,
    EMFILE: `Cannot read ${shown}: too many open files.`,
  }
  const message = (code && reasons[code]) ?? `Cannot read the ${what} ${shown} (${code ?? 'unknown error'}).`
  return new IncontroError('CLI_IO', message, { path, reason: code ?? 'unknown' }, { cause: error })
}

function kindOf(s: import('node:fs').Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)'
  if (s.isCharacterDevice()) return 'a character device'
  if (s.isBlockDevice()) return 'a block device'
  if (s.isSocket()) return 'a socket'
  if (s.isDirectory()) return 'a directory'
  return 'not a regular file'
}

function notRegular(path: string, s: import('node:fs').Stats): IncontroError {
  return new IncontroError('CLI_IO', `Cannot read ${printable(path)}: it is ${kindOf(s)}, not a regular file.`, { path, reason: 'not-regular' })
}

function tooBig(path: string, size: number, max: number): IncontroError {
  return new IncontroError(
    'PARSE_LIMIT_EXCEEDED',
    `${printable(path)} exceeds maxBytes (${max}); split the document or read a smaller one.`,
    { path, limit: 'maxBytes', max, value: size },
  )
}

/**
 * Reads a regular file in chunks, stopping one byte past `maxBytes`: the size is checked before reading
 * (a sparse or huge file is refused without being read), the file is opened without blocking (a FIFO
 * that appeared after the check cannot hang) and checked again on the open handle.
 */
export async function readBoundedFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let before: import('node:fs').Stats
  try {
    before = await stat(path)
  } catch (error) {
    throw ioError(path, error)
  }
  if (!before.isFile()) throw notRegular(path, before)
  if (before.size > maxBytes) throw tooBig(path, before.size, maxBytes)
  let handle: import('node:fs/promises').FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw ioError(path, error)
  }
  try {
    const opened = await handle.stat()
    if (!opened.isFile()) throw notRegular(path, opened)
    const chunks: Uint8Array[] = []
    let total = 0
    // The first read asks for the size the file has plus one byte (a file that grew since is read on, up
    // to the limit): a buffer of 1 MB per read zero-filled and collected 2 MB for every 3 kB CV.
    let want = opened.size + 1
    for (;;) {
      const room = Math.min(maxBytes + 1 - total, want, 1 << 20)
      want = 1 << 20
      const buffer = new Uint8Array(Math.max(room, 1))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) throw tooBig(path, total, maxBytes)
      // A short read of a regular file is its end: no second read to learn it.
      if (bytesRead < buffer.length) break
    }
    return concatBytes(chunks, total)
  } catch (error) {
    throw isIncontroError(error) ? error : ioError(path, error)
  } finally {
    await handle.close().catch(() => undefined)
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function sourceIdOf(real: string, bytes: Uint8Array, options: SourceIdOptions): string {
  if (options.mapping) {
    const mapped = options.mapping.get(real)
    if (mapped === undefined) {
      throw new IncontroError('CLI_USAGE', `The --source-ids mapping has no id for ${printable(real)}; add it to the mapping file.`, { path: real })
    }
    return mapped
  }
  if (options.template === undefined) return real
  const name = basename(real)
  const stem = name.slice(0, name.length - extname(name).length)
  return options.template.replace(/\{(path|name|stem|sha256)\}/g, (_, field: string) =>
    field === 'path' ? real : field === 'name' ? name : field === 'stem' ? stem : sha256(bytes),
  )
}

/** Checks a `--source-id` template: it must contain at least one field, else every file would get the same id. */
export function checkSourceIdTemplate(template: string): string {
  if (!/\{(path|name|stem|sha256)\}/.test(template)) {
    throw new IncontroError('CLI_USAGE', '--source-id needs at least one of {path}, {name}, {stem} or {sha256}, or every file would get the same id.', {})
  }
  return template
}

/**
 * Reads a `--source-ids` mapping file: a JSON object from file paths (relative to the mapping file's
 * folder, or absolute) to source ids. Paths are resolved to real paths; two paths with one id are refused.
 */
export async function readSourceIdMapping(file: string): Promise<Map<string, string>> {
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder().decode(await readBoundedFile(file, maxInputBytes)))
  } catch (error) {
    if (isIncontroError(error)) throw error
    throw new IncontroError('CLI_USAGE', `The --source-ids file ${printable(file)} is not valid JSON.`, { path: file })
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new IncontroError('CLI_USAGE', `The --source-ids file ${printable(file)} must be a JSON object from file paths to ids.`, { path: file })
  }
  const mapping = new Map<string, string>()
  const seen = new Set<string>()
  for (const [path, id] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof id !== 'string' || id.length === 0) throw new IncontroError('CLI_USAGE', `The --source-ids entry for ${printable(path)} must be a non-empty string.`, { path })
    if (seen.has(id)) throw new IncontroError('CLI_USAGE', 'Two entries of the --source-ids file have the same id; ids must be unique.', {})
    seen.add(id)
    const absolute = resolve(dirname(file), path)
    let real = absolute
    try {
      real = await realpath(absolute)
    } catch {
      // A file not present now may be read later; keep the absolute path.
    }
    mapping.set(real, id)
  }
  return mapping
}

/**
 * Reads files and directories as given on the command line (`-` is standard input), each within
 * `maxInputBytes`. An item that cannot be read (missing, not a regular file, a symbolic link loop, no
 * permission, too big, empty) is reported on stderr as one line with its typed error and skipped; the
 * others are read. The same file reached twice is read once.
 */
export async function readInputs(paths: readonly string[], io: CliIo, options: SourceIdOptions = {}): Promise<ReadBatch<InputFile>> {
  const items: InputFile[] = []
  const seen = new Set<string>()
  const errors: { source: string; error: IncontroError }[] = []
  const fail = (error: unknown, source: string): void => {
    if (!isIncontroError(error)) throw error
    errors.push({ source, error })
    reportError(error, io)
  }
  const add = async (path: string): Promise<void> => {
    try {
      const real = await realpath(path).catch((error: unknown) => {
        throw ioError(path, error)
      })
      if (seen.has(real)) return
      const bytes = await readBoundedFile(path, maxInputBytes)
      if (bytes.byteLength === 0) throw emptyInput(path)
      seen.add(real)
      items.push({ source: path, sourceId: sourceIdOf(real, bytes, options), bytes })
    } catch (error) {
      fail(error, path)
    }
  }
  for (const path of paths) {
    if (path === '-') {
      try {
        if (!io.stdin) throw new IncontroError('CLI_IO', 'Standard input is not available here.')
        const bytes = await io.stdin(maxInputBytes)
        if (bytes.byteLength > maxInputBytes) throw tooBig('standard input', bytes.byteLength, maxInputBytes)
        if (bytes.byteLength === 0) throw emptyInput('standard input')
        const hash = sha256(bytes)
        const sourceId = options.template !== undefined ? options.template.replace(/\{(path|name|stem|sha256)\}/g, (_, f: string) => (f === 'sha256' ? hash : '-')) : `stdin:${hash}`
        items.push({ source: '-', sourceId, bytes })
      } catch (error) {
        fail(error, '-')
      }
      continue
    }
    let info: import('node:fs').Stats
    try {
      info = await stat(path)
    } catch (error) {
      fail(ioError(path, error), path)
      continue
    }
    if (!info.isDirectory()) {
      await add(path)
      continue
    }
    let names: string[]
    try {
      names = await readdir(path)
    } catch (error) {
      fail(ioError(path, error, 'directory'), path)
      continue
    }
    for (const name of names.filter((n) => readable.test(n)).sort()) {
      const file = join(path, name)
      // Sub-directories whose name looks like a file are skipped, as the listing is not recursive.
      const entry = await stat(file).catch(() => undefined)
      if (entry?.isDirectory()) continue
      await add(file)
    }
  }
  return { items, failures: errors.length, errors }
}

function emptyInput(path: string): IncontroError {
  return new IncontroError('PARSE_MALFORMED', `${printable(path)} is empty; there is nothing to read.`, { path, reason: 'empty' })
}

/** Writes a typed error as one line on stderr: `incontro: CODE: message`. */
export function reportError(error: IncontroError, io: CliIo): void {
  io.stderr(`incontro: ${error.code}: ${error.message.replace(/[\r\n\u2028\u2029]+/g, ' ')}\n`)
}

/** A read input: its source, the document in any format, and the reader's diagnostics. */
export interface ReadInput {
  source: string
  sourceId: string
  document: Document
  diagnostics: Diagnostic[]
}

/**
 * Reads every input file in any supported format (sniffed from the bytes, not the name); a file that
 * cannot be read (a limit, a corrupt PDF, no text at all) is reported on stderr and skipped.
 */
export async function readDocuments(batch: ReadBatch<InputFile>, io: CliIo, onProgress?: (done: number, total: number) => void): Promise<ReadBatch<ReadInput>> {
  const items: ReadInput[] = []
  const errors = [...batch.errors]
  for (const [done, file] of batch.items.entries()) {
    onProgress?.(done, batch.items.length)
    try {
      const { document, diagnostics } = await readDocumentWithDiagnostics(file.bytes)
      if (document.format === 'text' && looksBinary(file.bytes)) {
        throw new IncontroError('PARSE_UNSUPPORTED_FORMAT', `${printable(file.source)} looks like binary data, not text or a supported format; there is nothing to read.`, {
          path: file.source,
          reason: 'binary',
        })
      }
      if (document.text.trim().length === 0) {
        const scan = diagnostics.some((d) => d.code === 'PARSE_NO_TEXT_LAYER')
        throw new IncontroError(
          'PARSE_MALFORMED',
          `${printable(file.source)} has no text${scan ? ' (a scanned PDF? run OCR on it first)' : ''}; there is nothing to read.`,
          { path: file.source, reason: 'no-text' },
        )
      }
      items.push({ source: file.source, sourceId: file.sourceId, document, diagnostics: [...diagnostics] })
    } catch (error) {
      // A reader's defect on one hostile file is that file's failure, not the batch's.
      const typed = isIncontroError(error)
        ? error
        : new IncontroError('PARSE_MALFORMED', `the reader failed on this file (${error instanceof Error ? error.name : 'unknown error'}); it may be corrupt.`, { reason: 'reader-failure' }, { cause: error })
      // The reader's message does not name the file; say which one it was.
      const named = typed.message.includes(printable(file.source)) ? typed : new IncontroError(typed.code, `${printable(file.source)}: ${typed.message}`, { ...typed.details, path: file.source }, { cause: typed })
      errors.push({ source: file.source, error: named })
      reportError(named, io)
    }
  }
  onProgress?.(batch.items.length, batch.items.length)
  return { items, failures: errors.length, errors }
}

/**
 * Whether bytes read as plain text are binary data (an image, an archive, a file of another program):
 * more than 2% of the bytes are control characters that no text uses. NUL is not counted, so UTF-16 text
 * (a NUL beside every ASCII letter) is not taken for binary.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024)
  let controls = 0
  for (const byte of sample) {
    if ((byte >= 0x01 && byte <= 0x08) || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f) || byte === 0x7f) controls++
  }
  return sample.length > 0 && controls / sample.length > 0.02
}

/** Shortest deployer key accepted, in bytes. */
export const MIN_KEY_BYTES = 16

/**
 * The deployer key from `--key` or `INCONTRO_KEY`. Commands that publish pseudonymous ids refuse to run
 * without one, or with one shorter than 16 bytes; the key itself is never printed.
 */
export function resolveKey(flag: string | undefined, io: CliIo): string {
  const key = flag ?? io.env?.INCONTRO_KEY
  if (key === undefined || key.length === 0) {
    throw new IncontroError(
      'ANONYMIZE_MISSING_KEY',
      'No deployer key: pass --key or set INCONTRO_KEY to a secret of at least 16 bytes (e.g. `openssl rand -hex 32`). Pseudonymous ids are only as secret as this key.',
    )
  }
  const bytes = Buffer.byteLength(key, 'utf8')
  if (bytes < MIN_KEY_BYTES) {
    throw new IncontroError('CLI_USAGE', `The deployer key is too short (${bytes} bytes); use at least ${MIN_KEY_BYTES} bytes of secret (e.g. \`openssl rand -hex 32\`).`, {
      bytes,
    })
  }
  return key
}

/** A public key for the demo only; pseudonymous ids made with it are not secret. */
export const developmentKey = 'incontro-development-key-not-secret'
