import { z } from 'zod'
import { ConceptKindSchema, EqfLevelSchema, type ConceptKind, type ConceptMention, type Language } from '@incontro/core'

/**
 * The role of a label: `preferred` and `alt` as in ESCO/SKOS; `masculine`, `feminine` and
 * `neutral` for gendered job titles (all folded into one concept); `abbreviation` and
 * `misspelling` for what people actually write.
 */
export const LabelRoleSchema = z.enum(['preferred', 'alt', 'masculine', 'feminine', 'neutral', 'abbreviation', 'misspelling'])
/** A label role. */
export type LabelRole = z.infer<typeof LabelRoleSchema>

/** A label of a concept in one language. */
export const LabelSchema = z.object({
  text: z.string().min(1),
  lang: z.enum(['it', 'en']),
  role: LabelRoleSchema,
  /** Ambiguous labels ("C", "R", "Go") are only recognised in a skill context. */
  contextRequired: z.boolean().optional(),
})
/** A label. */
export type Label = z.infer<typeof LabelSchema>

/** The definition of one concept, as written in the built-in taxonomy or imported from ESCO. */
export const ConceptDefinitionSchema = z.object({
  id: z.string().min(1),
  kind: ConceptKindSchema,
  labels: z.array(LabelSchema).min(1),
  broader: z.array(z.string()).optional(),
  related: z.array(z.string()).optional(),
  escoUri: z.string().url().optional(),
  /** ISCO-08 code (occupations). */
  isco: z.string().regex(/^\d{1,4}$/).optional(),
  /** Essential skills of an occupation. */
  essential: z.array(z.string()).optional(),
  /** Optional skills of an occupation. */
  optional: z.array(z.string()).optional(),
  /** EQF level (qualifications). */
  eqfLevel: EqfLevelSchema.optional(),
  /** A short code: ISO 639-1 for languages, licence category for licences (`B`, `CQC`, `forklift`). */
  code: z.string().optional(),
})
/** A concept definition. */
export type ConceptDefinition = z.infer<typeof ConceptDefinitionSchema>

/** A concept in a built taxonomy: its definition with the reverse relations filled in. */
export interface Concept extends ConceptDefinition {
  readonly narrower: readonly string[]
}

/** How two concepts relate, from the taxonomy's structure. */
export type ConceptRelation = 'exact' | 'narrower' | 'broader' | 'sibling' | 'related' | 'none'

/** A similarity in [0, 1] between two concepts and the relation that gave it. */
export interface ConceptSimilarity {
  value: number
  relation: ConceptRelation
}

/** A built, indexed taxonomy. Immutable. */
export interface Taxonomy {
  /** A version string recorded in every neutral record (for audits). */
  readonly version: string
  /** Number of concepts. */
  readonly size: number
  /** The concept with this id, or undefined. */
  get(id: string): Concept | undefined
  /** The concept with this id; throws `TAXONOMY_UNKNOWN_CONCEPT` when absent. */
  require(id: string): Concept
  /** Every concept of a kind, in id order. */
  byKind(kind: ConceptKind): readonly Concept[]
  /** Every concept, in id order. */
  all(): readonly Concept[]
  /** The preferred label in a language (falling back to the other language, then the id). */
  label(id: string, lang?: Language): string
  /** The neutral form of an occupation's title in a language (the split form when no neutral one is written). */
  neutralTitle(id: string, lang: Language): string
  /** The concept whose `code` is this (languages, licences), if any. */
  byCode(kind: ConceptKind, code: string): Concept | undefined
  /** Ancestors through `broader`, nearest first, without repetition. */
  ancestors(id: string): readonly string[]
  /** Similarity from structure: exact 1, narrower/broader 0.7/0.5, sibling 0.4, related 0.4, else 0. */
  similarity(a: string, b: string): ConceptSimilarity
}

/** A concept mention with the label that matched it. */
export interface AnnotatedMention extends ConceptMention {
  /** Role of the best label that matched (e.g. `feminine` for "cameriera"). */
  role: LabelRole
}

/** Options of {@link Annotator.annotate}. */
export interface AnnotateOptions {
  /** Restrict to these concept kinds. */
  kinds?: readonly ConceptKind[]
  /** Include mentions marked `negated` (default true: they are returned, flagged). */
  includeNegated?: boolean
}

/** Finds concept mentions in text; linear in its length. */
export interface Annotator {
  annotate(text: string, options?: AnnotateOptions): AnnotatedMention[]
}
