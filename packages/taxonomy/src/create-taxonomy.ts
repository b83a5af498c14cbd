import { IncontroError, type ConceptKind, type Language } from '@incontro/core'
import { z } from 'zod'
import { splitTitle } from './expand-entries.js'
import { ConceptDefinitionSchema, type Concept, type ConceptDefinition, type ConceptSimilarity, type Taxonomy } from './model.js'

const DefinitionsSchema = z.array(ConceptDefinitionSchema)

/** Similarity values by relation; see {@link Taxonomy.similarity}. */
export const defaultSimilarity = {
  exact: 1,
  /** The held concept is more specific than the one asked for ("saldatura TIG" for "saldatura"). */
  narrower: 0.7,
  /** The held concept is the direct parent of the one asked for. */
  broader: 0.5,
  /** The held concept is a more distant ancestor. */
  distantBroader: 0.3,
  sibling: 0.4,
  related: 0.4,
} as const

/**
 * Builds an immutable, indexed taxonomy from concept definitions. Throws `TAXONOMY_INVALID`
 * (with the offending ids in `details`) for duplicate ids, dangling references or cycles.
 *
 * @example
 * const taxonomy = createTaxonomy(definitions, { version: 'my-taxonomy-1' })
 * taxonomy.similarity('skill.tig-welding', 'skill.welding')
 */
export function createTaxonomy(definitions: readonly ConceptDefinition[], options: { version: string }): Taxonomy {
  const parsed = DefinitionsSchema.safeParse(definitions)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new IncontroError('TAXONOMY_INVALID', `Invalid concept definition at ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'unknown'}. Check the definitions against ConceptDefinitionSchema.`, {
      issues: parsed.error.issues.length,
    })
  }
  const byId = new Map<string, Concept & { narrower: string[] }>()
  const duplicates: string[] = []
  for (const definition of parsed.data) {
    if (byId.has(definition.id)) duplicates.push(definition.id)
    byId.set(definition.id, { ...definition, narrower: [] })
  }
  if (duplicates.length > 0) {
    throw new IncontroError('TAXONOMY_INVALID', `Duplicate concept ids (${duplicates.length}); every id must be unique.`, { duplicates })
  }
  const dangling: string[] = []
  for (const concept of byId.values()) {
    for (const ref of [...(concept.broader ?? []), ...(concept.related ?? []), ...(concept.essential ?? []), ...(concept.optional ?? [])]) {
      if (!byId.has(ref)) dangling.push(`${concept.id} → ${ref}`)
    }
    for (const parent of concept.broader ?? []) byId.get(parent)?.narrower.push(concept.id)
  }
  if (dangling.length > 0) {
    throw new IncontroError('TAXONOMY_INVALID', `${dangling.length} references point to unknown concepts; define them or remove the references.`, {
      dangling: dangling.slice(0, 20),
    })
  }
  const sortedIds = [...byId.keys()].sort()
  const all = sortedIds.map((id) => byId.get(id) as Concept)
  const kinds = new Map<ConceptKind, Concept[]>()
  const codes = new Map<string, Concept>()
  for (const concept of all) {
    const list = kinds.get(concept.kind) ?? []
    list.push(concept)
    kinds.set(concept.kind, list)
    if (concept.code) codes.set(`${concept.kind}:${concept.code.toLowerCase()}`, concept)
  }

  const ancestorCache = new Map<string, readonly string[]>()
  const cyclic = new Set<string>()
  function ancestors(id: string): readonly string[] {
    const cached = ancestorCache.get(id)
    if (cached) return cached
    const seen = new Set<string>()
    const order: string[] = []
    let frontier = [...(byId.get(id)?.broader ?? [])]
    while (frontier.length > 0) {
      const next: string[] = []
      for (const parent of frontier) {
        if (parent === id) cyclic.add(id)
        if (seen.has(parent) || parent === id) continue
        seen.add(parent)
        order.push(parent)
        for (const grandparent of byId.get(parent)?.broader ?? []) next.push(grandparent)
      }
      frontier = next
    }
    ancestorCache.set(id, order)
    return order
  }
  for (const id of sortedIds) ancestors(id)
  for (const id of cyclic) {
    throw new IncontroError('TAXONOMY_INVALID', 'The broader relation has a cycle.', { concept: id })
  }

  function require(id: string): Concept {
    const concept = byId.get(id)
    if (!concept) throw new IncontroError('TAXONOMY_UNKNOWN_CONCEPT', `No concept with id "${id}" in taxonomy ${options.version}.`, { id })
    return concept
  }

  function label(id: string, lang: Language = 'it'): string {
    const concept = byId.get(id)
    if (!concept) return id
    const pick = (l: Language) =>
      concept.labels.find((x) => x.lang === l && x.role === 'preferred') ??
      concept.labels.find((x) => x.lang === l && x.role === 'neutral') ??
      concept.labels.find((x) => x.lang === l && !x.contextRequired)
    return (pick(lang) ?? pick(lang === 'it' ? 'en' : 'it') ?? concept.labels[0])?.text ?? id
  }

  function neutralTitle(id: string, lang: Language): string {
    const concept = require(id)
    const neutral = concept.labels.find((l) => l.lang === lang && (l.role === 'neutral' || l.role === 'preferred'))
    if (neutral) return neutral.text
    const m = concept.labels.find((l) => l.lang === lang && l.role === 'masculine')
    const f = concept.labels.find((l) => l.lang === lang && l.role === 'feminine')
    if (m && f) return splitTitle(m.text, f.text)
    return label(id, lang)
  }

  // Sets for `similarity`, which scoring calls for every (required, held) pair: membership tests on
  // sets instead of scans of arrays. `related` may be written on one side only, so it is indexed both ways.
  const none: ReadonlySet<string> = new Set()
  const ancestorSets = new Map<string, ReadonlySet<string>>()
  const parentSets = new Map<string, ReadonlySet<string>>()
  const relatedSets = new Map<string, Set<string>>()
  for (const id of sortedIds) {
    ancestorSets.set(id, new Set(ancestors(id)))
    parentSets.set(id, new Set(byId.get(id)?.broader ?? []))
  }
  const relate = (a: string, b: string): void => {
    let set = relatedSets.get(a)
    if (set === undefined) {
      set = new Set()
      relatedSets.set(a, set)
    }
    set.add(b)
  }
  for (const concept of all) {
    for (const other of concept.related ?? []) {
      relate(concept.id, other)
      relate(other, concept.id)
    }
  }

  function similarity(required: string, have: string): ConceptSimilarity {
    if (required === have) return { value: defaultSimilarity.exact, relation: 'exact' }
    if (ancestorSets.get(have)?.has(required) === true) return { value: defaultSimilarity.narrower, relation: 'narrower' }
    // The nearest ancestor is always a direct parent (cycles are rejected above), so "direct parent" decides.
    if (ancestorSets.get(required)?.has(have) === true) {
      return parentSets.get(required)?.has(have) === true
        ? { value: defaultSimilarity.broader, relation: 'broader' }
        : { value: defaultSimilarity.distantBroader, relation: 'broader' }
    }
    if (relatedSets.get(required)?.has(have) === true) return { value: defaultSimilarity.related, relation: 'related' }
    const parents = parentSets.get(required) ?? none
    if (parents.size > 0) {
      for (const parent of byId.get(have)?.broader ?? []) {
        if (parents.has(parent)) return { value: defaultSimilarity.sibling, relation: 'sibling' }
      }
    }
    return { value: 0, relation: 'none' }
  }

  return {
    version: options.version,
    size: all.length,
    get: (id) => byId.get(id),
    require,
    byKind: (kind) => kinds.get(kind) ?? [],
    all: () => all,
    label,
    neutralTitle,
    byCode: (kind, code) => codes.get(`${kind}:${code.toLowerCase()}`),
    ancestors,
    similarity,
  }
}
