import { z } from 'zod'
import { ConceptIdSchema } from './concept.js'
import { PseudonymousIdSchema } from './neutral.js'

/**
 * The scales a competence level is measured on: `skill` 1–4 (1 basic, 2 working, 3 experienced,
 * 4 expert), `digcomp` 1–8 (the eight DigComp 2.2 proficiency levels), `cefr` 1–7 (A1 … C2, then
 * native), `eqf` 1–8 (European Qualifications Framework) and `held` 1 (a licence or certificate held).
 */
export const CompetenceScaleSchema = z.enum(['skill', 'digcomp', 'cefr', 'eqf', 'held'])
/** A competence scale. */
export type CompetenceScale = z.infer<typeof CompetenceScaleSchema>

/** What kind of fact supports a competence level. */
export const CompetenceEvidenceKindSchema = z.enum(['mention', 'experience', 'occupation', 'education', 'licence', 'certificate', 'self-declared', 'questionnaire'])
/** A kind of competence evidence. */
export type CompetenceEvidenceKind = z.infer<typeof CompetenceEvidenceKindSchema>

/** One fact behind a competence level, pointing into the neutral text where it can. */
export const CompetenceEvidenceSchema = z.object({
  kind: CompetenceEvidenceKindSchema,
  /** Where in the neutral text (absent for questionnaire results and inferred facts). */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** Months of a related role. */
  months: z.number().int().nonnegative().optional(),
  /** Months since that role ended (0 for a current role). */
  monthsAgo: z.number().int().nonnegative().optional(),
  /** The occupation of a related role, or the qualification of an education entry. */
  concept: ConceptIdSchema.optional(),
  /** EQF level of an education entry. */
  eqfLevel: z.number().int().min(1).max(8).optional(),
  /** The questionnaire (id@version) that gave a self-assessed level. */
  questionnaire: z.string().optional(),
  /** The level this fact alone supports. */
  level: z.number().int().nonnegative(),
})
/** Evidence for a competence level. */
export type CompetenceEvidence = z.infer<typeof CompetenceEvidenceSchema>

/** A competence with its level, the rule that set it, a confidence and every fact behind it. */
export const CompetenceLevelSchema = z.object({
  /** A taxonomy concept (`skill.haccp`, `lang.en`), a DigComp competence (`digcomp.1.1`) or `eqf`. */
  concept: z.string().min(1),
  scale: CompetenceScaleSchema,
  level: z.number().int().nonnegative(),
  /** The level in words or in the scale's own notation (`B2`, `EQF 4`, `3 experienced`). */
  label: z.string(),
  /** The rule that gave the level, with its thresholds (see docs/reference/assess.md). */
  rule: z.string(),
  /** How far the evidence supports the level, in [0, 1]. */
  confidence: z.number().min(0).max(1),
  evidence: z.array(CompetenceEvidenceSchema),
})
/** A competence level. */
export type CompetenceLevel = z.infer<typeof CompetenceLevelSchema>

/** Every competence of a neutral profile with its level and evidence. */
export const CompetenceProfileSchema = z.object({
  profileId: PseudonymousIdSchema,
  /** The month recency was measured from (`YYYY-MM`). */
  asOf: z.string(),
  competences: z.array(CompetenceLevelSchema),
})
/** A competence profile. */
export type CompetenceProfile = z.infer<typeof CompetenceProfileSchema>
