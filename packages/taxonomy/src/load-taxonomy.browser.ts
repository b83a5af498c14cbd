import { unsupportedInBrowser } from '@incontro/core'
import type { Taxonomy } from './model.js'

/** The browser build's `loadTaxonomy`: it reads a file, so it throws `CORE_UNSUPPORTED_PLATFORM`; build the taxonomy with `createTaxonomy` from fetched definitions instead. */
export async function loadTaxonomy(_path: string): Promise<Taxonomy> {
  throw unsupportedInBrowser('loadTaxonomy', 'fetch the concept definitions and pass them to createTaxonomy, or use builtinTaxonomy()')
}
