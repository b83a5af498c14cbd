import type { ConceptKind } from '@incontro/core'
import type { LabelRole, Taxonomy } from './model.js'

/** Counts describing a taxonomy, as printed by `incontro taxonomy stats`. */
export interface TaxonomyStats {
  version: string
  concepts: number
  byKind: Record<ConceptKind, number>
  labels: {
    total: number
    byLanguage: Record<'it' | 'en', number>
    byRole: Record<LabelRole, number>
    /** Labels per language and role, e.g. `it.feminine`. */
    byLanguageAndRole: Record<'it' | 'en', Record<LabelRole, number>>
  }
  relations: { broader: number; related: number; essential: number; optional: number }
  /** Concepts that carry an ESCO URI. */
  withEscoUri: number
  /** Concepts that carry an ISCO-08 code. */
  withIsco: number
}

const roles = (): Record<LabelRole, number> => ({ preferred: 0, alt: 0, masculine: 0, feminine: 0, neutral: 0, abbreviation: 0, misspelling: 0 })

/**
 * Counts a taxonomy's concepts by kind, labels by language and role, relations by type, and the
 * concepts with ESCO URIs and ISCO codes.
 *
 * @example
 * const stats = taxonomyStats(await loadTaxonomy('./esco.taxonomy'))
 * stats.labels.byLanguageAndRole.it.feminine
 */
export function taxonomyStats(taxonomy: Taxonomy): TaxonomyStats {
  const stats: TaxonomyStats = {
    version: taxonomy.version,
    concepts: taxonomy.size,
    byKind: { skill: 0, knowledge: 0, occupation: 0, language: 0, licence: 0, qualification: 0 },
    labels: { total: 0, byLanguage: { it: 0, en: 0 }, byRole: roles(), byLanguageAndRole: { it: roles(), en: roles() } },
    relations: { broader: 0, related: 0, essential: 0, optional: 0 },
    withEscoUri: 0,
    withIsco: 0,
  }
  for (const concept of taxonomy.all()) {
    stats.byKind[concept.kind]++
    for (const label of concept.labels) {
      stats.labels.total++
      stats.labels.byLanguage[label.lang]++
      stats.labels.byRole[label.role]++
      stats.labels.byLanguageAndRole[label.lang][label.role]++
    }
    stats.relations.broader += concept.broader?.length ?? 0
    stats.relations.related += concept.related?.length ?? 0
    stats.relations.essential += concept.essential?.length ?? 0
    stats.relations.optional += concept.optional?.length ?? 0
    if (concept.escoUri) stats.withEscoUri++
    if (concept.isco) stats.withIsco++
  }
  return stats
}
