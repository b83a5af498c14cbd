import { z } from 'zod'

/** What a taxonomy concept stands for. */
export const ConceptKindSchema = z.enum(['skill', 'knowledge', 'occupation', 'language', 'licence', 'qualification'])
/** What a taxonomy concept stands for. */
export type ConceptKind = z.infer<typeof ConceptKindSchema>

/** A concept identifier, unique within a taxonomy (built-in ids look like `skill.haccp`, `occ.waiter`). */
export const ConceptIdSchema = z.string().min(1)
/** A concept identifier. */
export type ConceptId = z.infer<typeof ConceptIdSchema>

/** A concept found in a text, with where it stands; `negated` when the text denies it ("senza patente"). */
export const ConceptMentionSchema = z.object({
  concept: ConceptIdSchema,
  kind: ConceptKindSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  negated: z.boolean(),
})
/** A concept mention in a text. */
export type ConceptMention = z.infer<typeof ConceptMentionSchema>

/** One place in the neutral text that supports a claim, with the section it stands in. */
export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  section: z.string().optional(),
})
/** Evidence for a claim. */
export type Evidence = z.infer<typeof EvidenceSchema>

/** A competence a profile claims (or a vacancy asks for), with every place that supports it. */
export const SkillClaimSchema = z.object({
  concept: ConceptIdSchema,
  kind: ConceptKindSchema,
  evidence: z.array(EvidenceSchema).min(1),
})
/** A concept claim with evidence. */
export type SkillClaim = z.infer<typeof SkillClaimSchema>
