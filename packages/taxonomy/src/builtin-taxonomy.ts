import { builtinEntries, builtinTaxonomyVersion } from './builtin/index.js'
import { createTaxonomy } from './create-taxonomy.js'
import { expandEntries } from './expand-entries.js'
import type { Taxonomy } from './model.js'

let cached: Taxonomy | undefined

/**
 * The built-in Italian/English taxonomy written by the Incontro authors (skills, occupations with
 * masculine/feminine/neutral titles, languages, licences, qualifications with EQF levels).
 * Built once on first use; immutable.
 *
 * @example
 * const taxonomy = builtinTaxonomy()
 * taxonomy.neutralTitle('occ.waiter', 'it') // "cameriere/a"
 */
export function builtinTaxonomy(): Taxonomy {
  cached ??= createTaxonomy(expandEntries(builtinEntries), { version: builtinTaxonomyVersion })
  return cached
}
