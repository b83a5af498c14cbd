import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { IncontroError, type Diagnostic, type Document } from '@incontro/core'
import { readDocumentWithDiagnostics } from '@incontro/parse'

/** Where the CLI writes; injectable so tests run the CLI in-process. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Reads standard input (for `-`). */
  stdin?(): Promise<Uint8Array>
  env?: Readonly<Record<string, string | undefined>>
}

/** One input file: the path as given, a stable source id, and its bytes. */
export interface InputFile {
  /** The path as given on the command line (or found in a directory given), for output. */
  source: string
  /**
   * What the pseudonymous id is derived from: the path relative to the directory given for files found in
   * a directory, else relative to the working directory, normalized, so `cvs/a.txt` and `./cvs/a.txt` (or
   * `--cvs cvs` and `--cvs ./cvs`) give the same pseudonymous id.
   */
  sourceId: string
  bytes: Uint8Array
}

function normalizedId(path: string, root: string): string {
  return relative(root, resolve(path)).split(sep).join('/')
}

const readable = /\.(txt|text|json|jsonld|md|pdf|docx|html?|xml)$/i

/** Lists the readable files of a directory, sorted by name. */
export function listDirectory(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    throw new IncontroError('CLI_IO', `Cannot read the directory ${dir}. Check that it exists and is readable.`, { dir })
  }
  return names
    .filter((name) => readable.test(name))
    .sort()
    .map((name) => join(dir, name))
}

/** Reads files and directories as given on the command line (`-` is standard input). */
export async function readInputs(paths: readonly string[], io: CliIo): Promise<InputFile[]> {
  const files: InputFile[] = []
  for (const path of paths) {
    if (path === '-') {
      if (!io.stdin) throw new IncontroError('CLI_IO', 'Standard input is not available here.')
      files.push({ source: '-', sourceId: '-', bytes: await io.stdin() })
      continue
    }
    let isDirectory = false
    try {
      isDirectory = statSync(path).isDirectory()
    } catch {
      throw new IncontroError('CLI_IO', `Cannot read ${path}: no such file or directory.`, { path })
    }
    const list = isDirectory ? listDirectory(path) : [path]
    for (const file of list) {
      try {
        const sourceId = isDirectory ? normalizedId(file, resolve(path)) : normalizedId(file, process.cwd())
        files.push({ source: file, sourceId, bytes: new Uint8Array(readFileSync(file)) })
      } catch {
        throw new IncontroError('CLI_IO', `Cannot read ${file}. Check its permissions.`, { path: file })
      }
    }
  }
  return files
}

/** A read input: its source, the document in any format, and the reader's diagnostics. */
export interface ReadInput {
  source: string
  sourceId: string
  document: Document
  diagnostics: Diagnostic[]
}

/** Reads every input file in any supported format (sniffed from the bytes, not the name). */
export async function readDocuments(files: readonly InputFile[]): Promise<ReadInput[]> {
  const out: ReadInput[] = []
  for (const file of files) {
    const { document, diagnostics } = await readDocumentWithDiagnostics(file.bytes)
    out.push({ source: file.source, sourceId: file.sourceId, document, diagnostics: [...diagnostics] })
  }
  return out
}

/** The deployer key from `--key` or `INCONTRO_KEY`, or the development key with a warning. */
export function resolveKey(flag: string | undefined, io: CliIo): string {
  const key = flag ?? io.env?.INCONTRO_KEY
  if (key) return key
  io.stderr('incontro: warning: no key given (--key or INCONTRO_KEY); using the public development key, so pseudonymous ids are not secret.\n')
  return developmentKey
}

/** A public key for demos and development; pseudonymous ids made with it are not secret. */
export const developmentKey = 'incontro-development-key-not-secret'
