import { createHash } from 'node:crypto'
import { writeFileAtomic } from '@incontro/core'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { taxonomyFileFormat, taxonomyFileMagic, type TaxonomyFileHeader } from './internal/esco-taxonomy-file.js'
import type { Concept, ConceptDefinition, Taxonomy } from './model.js'

const gzipAsync = promisify(gzip)

/**
 * Saves a taxonomy to one compact file (a small header with format version, taxonomy version, concept
 * count and the SHA-256 of the payload, then the gzipped definitions). The write is atomic: a temporary
 * file is written, flushed and renamed, so a crash mid-save leaves the previous file intact.
 *
 * @example
 * const { taxonomy } = await importEsco(['./esco-it', './esco-en'])
 * await saveTaxonomy(taxonomy, './esco.taxonomy')
 */
export async function saveTaxonomy(taxonomy: Taxonomy, path: string): Promise<void> {
  const definitions: ConceptDefinition[] = definitionOrder(taxonomy).map(({ narrower: _narrower, ...definition }) => definition)
  const payload = await gzipAsync(JSON.stringify(definitions))
  const header: TaxonomyFileHeader = {
    format: taxonomyFileFormat,
    version: taxonomy.version,
    concepts: definitions.length,
    payloadBytes: payload.length,
    sha256: createHash('sha256').update(payload).digest('hex'),
  }
  const head = Buffer.from(`${taxonomyFileMagic}\n${JSON.stringify(header)}\n`, 'utf8')
  writeFileAtomic(path, [head, payload])
}

/**
 * The concepts in an order that rebuilds every `narrower` list exactly: `createTaxonomy` fills
 * `narrower` in definition order, which `all()` (sorted by id) does not keep. Each list says which
 * child came first, so a topological sort of those constraints (deterministic: seeded in id order)
 * gives a valid order.
 */
function definitionOrder(taxonomy: Taxonomy): readonly Concept[] {
  const all = taxonomy.all()
  const after = new Map<string, string[]>()
  const before = new Map<string, number>()
  for (const concept of all) {
    for (let i = 1; i < concept.narrower.length; i++) {
      const previous = concept.narrower[i - 1] as string
      const next = concept.narrower[i] as string
      after.set(previous, [...(after.get(previous) ?? []), next])
      before.set(next, (before.get(next) ?? 0) + 1)
    }
  }
  if (before.size === 0) return all
  const ready = all.filter((c) => !before.has(c.id)).map((c) => c.id)
  const order: Concept[] = []
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i] as string
    order.push(taxonomy.require(id))
    for (const next of after.get(id) ?? []) {
      const left = (before.get(next) ?? 1) - 1
      before.set(next, left)
      if (left === 0) ready.push(next)
    }
  }
  return order.length === all.length ? order : all
}
