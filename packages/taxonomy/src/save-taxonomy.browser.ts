import { unsupportedInBrowser } from '@incontro/core'
import type { Taxonomy } from './model.js'

/** The browser build's `saveTaxonomy`: it writes a file, so it throws `CORE_UNSUPPORTED_PLATFORM`. */
export async function saveTaxonomy(_taxonomy: Taxonomy, _path: string): Promise<void> {
  throw unsupportedInBrowser('saveTaxonomy', 'save taxonomies on the server')
}
