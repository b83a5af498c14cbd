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
export { createAnnotator } from './create-annotator.js'
export { conceptCredit } from './concept-credit.js'
