import { z } from 'zod'
import { EvidenceSchema } from './concept.js'
import { PseudonymousIdSchema } from './neutral.js'

/** The score components, each a number in [0, 1]. */
export const ComponentNameSchema = z.enum(['essential', 'preferred', 'occupation', 'experience', 'languages', 'education', 'licences', 'lexical'])
/** A score component name. */
export type ComponentName = z.infer<typeof ComponentNameSchema>

/** How one required item was met: fully, partly through a related concept, or not at all. */
export const ItemCreditSchema = z.object({
  required: z.string(),
  via: z.string().optional(),
  relation: z.enum(['exact', 'narrower', 'broader', 'sibling', 'related', 'group', 'level', 'none']),
  credit: z.number().min(0).max(1),
  /** Implied by the vacancy's occupation rather than written in the ad. */
  implied: z.boolean().optional(),
  evidence: z.array(EvidenceSchema),
})
/** Credit for one required item. */
export type ItemCredit = z.infer<typeof ItemCreditSchema>

/** One component of a score with its weight and the evidence behind it. */
export const ScoreComponentSchema = z.object({
  name: ComponentNameSchema,
  weight: z.number().min(0).max(1),
  value: z.number().min(0).max(1),
  contribution: z.number().min(0).max(1),
  matched: z.array(ItemCreditSchema),
  partial: z.array(ItemCreditSchema),
  missing: z.array(ItemCreditSchema),
})
/** A score component. */
export type ScoreComponent = z.infer<typeof ScoreComponentSchema>

/** A scored pair of a vacancy and a profile. `score` equals the sum of the components' contributions. */
export const MatchResultSchema = z.object({
  vacancyId: PseudonymousIdSchema,
  profileId: PseudonymousIdSchema,
  score: z.number().min(0).max(1),
  components: z.array(ScoreComponentSchema),
  unmet: z.array(z.object({ constraint: z.string(), required: z.string() })),
})
/** A match result. */
export type MatchResult = z.infer<typeof MatchResultSchema>

