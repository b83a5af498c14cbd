import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { IncontroError, isIncontroError } from '@incontro/core'
import { createTaxonomy } from './create-taxonomy.js'
import { maxHeaderBytes, taxonomyFileFormat, taxonomyFileMagic, TaxonomyFileHeaderSchema } from './internal/esco-taxonomy-file.js'
import type { ConceptDefinition, Taxonomy } from './model.js'

const gunzipAsync = promisify(gunzip)
/** Largest decompressed taxonomy accepted: 512 MB. */
const maxDecompressedBytes = 512 * 1024 * 1024

function corrupt(path: string, what: string, details: Record<string, unknown> = {}, cause?: unknown): IncontroError {
  return new IncontroError(
    'TAXONOMY_FILE_CORRUPT',
    `${path} is not a usable Incontro taxonomy file: ${what}. Save it again with saveTaxonomy (or re-run the ESCO import).`,
    { path, ...details },
    cause === undefined ? undefined : { cause },
  )
}

/**
 * Loads a taxonomy saved by {@link saveTaxonomy}; it behaves exactly like the one that was saved.
 * Throws `TAXONOMY_MISSING_FILE` when the file does not exist and `TAXONOMY_FILE_CORRUPT` when it is
 * foreign, truncated, of another format version or fails its checksum.
 *
 * @example
 * const taxonomy = await loadTaxonomy('./esco.taxonomy')
 * const engine = createEngine({ taxonomy })
 */
export async function loadTaxonomy(path: string): Promise<Taxonomy> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new IncontroError('TAXONOMY_MISSING_FILE', `Cannot read taxonomy file ${path} (${(error as { code?: string }).code ?? 'error'}); check the path.`, { path }, { cause: error })
  }
  const magic = Buffer.from(`${taxonomyFileMagic}\n`, 'utf8')
  if (bytes.length < magic.length || !bytes.subarray(0, magic.length).equals(magic)) {
    throw corrupt(path, `it does not start with ${taxonomyFileMagic}`)
  }
  const end = bytes.indexOf(0x0a, magic.length)
  if (end < 0 || end - magic.length > maxHeaderBytes) throw corrupt(path, 'its header line is missing or too long (truncated?)')
  let header
  try {
    header = TaxonomyFileHeaderSchema.parse(JSON.parse(bytes.subarray(magic.length, end).toString('utf8')))
  } catch (error) {
    throw corrupt(path, 'its header is not valid', {}, error)
  }
  if (header.format !== taxonomyFileFormat) {
    throw corrupt(path, `format version ${header.format} is not supported (this version reads format ${taxonomyFileFormat})`, { format: header.format })
  }
  const payload = bytes.subarray(end + 1)
  if (payload.length !== header.payloadBytes) {
    throw corrupt(path, `the payload has ${payload.length} bytes, the header announces ${header.payloadBytes} (truncated or appended to)`, {
      expected: header.payloadBytes,
      found: payload.length,
    })
  }
  if (createHash('sha256').update(payload).digest('hex') !== header.sha256) throw corrupt(path, 'the payload does not match its SHA-256 checksum')
  let definitions: unknown
  try {
    // The checksum is not keyed, so a crafted file could be a gzip bomb: bound the decompressed size
    // (the full ESCO with Italian and English labels decompresses to about 40 MB).
    definitions = JSON.parse((await gunzipAsync(payload, { maxOutputLength: maxDecompressedBytes })).toString('utf8'))
  } catch (error) {
    throw corrupt(path, 'the payload cannot be decompressed or parsed', {}, error)
  }
  if (!Array.isArray(definitions) || definitions.length !== header.concepts) {
    throw corrupt(path, `expected ${header.concepts} concept definitions`)
  }
  try {
    return createTaxonomy(definitions as ConceptDefinition[], { version: header.version })
  } catch (error) {
    if (isIncontroError(error, 'TAXONOMY_INVALID')) throw corrupt(path, `its definitions are invalid (${error.message})`, {}, error)
    throw error
  }
}
