import { existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as taxonomyPackage from '@incontro/taxonomy'
import type { Taxonomy } from '@incontro/taxonomy'

/** Where the ESCO CSV exports are kept on the benchmark machine (override with `INCONTRO_ESCO_DIR`). */
export const escoDataDir = process.env.INCONTRO_ESCO_DIR ?? '/work/shared/data'

const importerFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'taxonomy', 'src', 'import-esco.ts')

/**
 * The full ESCO taxonomy (Italian + English) through `importEsco` when the taxonomy package has it
 * and the data directory exists; otherwise a reason why not, so a benchmark can say what it skipped.
 */
export async function loadEscoTaxonomy(): Promise<{ taxonomy: Taxonomy; seconds: number; dirs: string[] } | { skipped: string }> {
  if (!existsSync(importerFile)) return { skipped: 'packages/taxonomy/src/import-esco.ts does not exist yet' }
  const importEsco = (taxonomyPackage as Record<string, unknown>).importEsco
  if (typeof importEsco !== 'function') return { skipped: '@incontro/taxonomy does not export importEsco yet' }
  if (!existsSync(escoDataDir)) return { skipped: `no ESCO data at ${escoDataDir}` }
  const start = performance.now()
  // Every ESCO download folder under the data directory (e.g. an English v1.1.1 and an Italian/English v1.0.8).
  const dirs = readdirSync(escoDataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('esco'))
    .map((entry) => join(escoDataDir, entry.name))
    .sort()
  if (dirs.length === 0) return { skipped: `no esco* folder in ${escoDataDir}` }
  const result: unknown = await (importEsco as (dirs: readonly string[], options: unknown) => unknown)(dirs, { languages: ['it', 'en'] })
  const taxonomy = (isTaxonomy(result) ? result : (result as { taxonomy?: unknown } | undefined)?.taxonomy) as Taxonomy | undefined
  if (!taxonomy || !isTaxonomy(taxonomy)) return { skipped: 'importEsco returned something that is not a Taxonomy' }
  return { taxonomy, seconds: (performance.now() - start) / 1000, dirs }
}

function isTaxonomy(value: unknown): value is Taxonomy {
  return typeof value === 'object' && value !== null && typeof (value as Taxonomy).all === 'function' && typeof (value as Taxonomy).get === 'function'
}
