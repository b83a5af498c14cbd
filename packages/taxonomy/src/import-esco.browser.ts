import { unsupportedInBrowser } from '@incontro/core'
import type { EscoImport, ImportEscoOptions } from './import-esco.js'

/** The browser build's `importEsco`: it reads the ESCO CSV download from disk, so it throws `CORE_UNSUPPORTED_PLATFORM`. */
export async function importEsco(_dirs: readonly string[], _options: ImportEscoOptions = {}): Promise<EscoImport> {
  throw unsupportedInBrowser('importEsco', 'import ESCO with the CLI (`incontro taxonomy import-esco`) on a server')
}
