export { LabelRoleSchema, LabelSchema, ConceptDefinitionSchema } from './model.js'
export type {
  AnnotateOptions,
  AnnotatedMention,
  Annotator,
  Concept,
  ConceptDefinition,
  ConceptRelation,
  ConceptSimilarity,
  Label,
  LabelRole,
  Taxonomy,
} from './model.js'
export { createTaxonomy, defaultSimilarity } from './create-taxonomy.js'
export { builtinTaxonomy } from './builtin-taxonomy.js'
export { expandEntries, splitTitle } from './expand-entries.js'
export type { TaxonomyEntries } from './expand-entries.js'
export type { CodedEntry, OccupationEntry, SkillEntry } from './builtin/entry.js'
export { cp2011Units } from './builtin/cp2011.js'
export type { Cp2011Unit } from './builtin/cp2011.js'
export { genericSkillIds } from './builtin/generic-skills.js'
export { FUZZY_WORD_SIMILARITY, fuzzyOccupation } from './fuzzy-occupation.js'
export { occupationFromTitle } from './occupation-from-title.js'
export type { OccupationFromTitleOptions } from './occupation-from-title.js'
export { createAnnotator } from './create-annotator.js'
export { conceptCredit } from './concept-credit.js'
export { importEsco } from './import-esco.js'
export type { EscoImport, ImportEscoOptions } from './import-esco.js'
export { saveTaxonomy } from './save-taxonomy.js'
export { loadTaxonomy } from './load-taxonomy.js'
export { taxonomyStats } from './taxonomy-stats.js'
export type { TaxonomyStats } from './taxonomy-stats.js'
