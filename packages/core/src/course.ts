import { z } from 'zod'
import { ConceptIdSchema } from './concept.js'
import { EqfLevelSchema } from './language-level.js'

/** How a course is delivered. */
export const CourseModalitySchema = z.enum(['in-person', 'online', 'blended'])
/** A course modality. */
export type CourseModality = z.infer<typeof CourseModalitySchema>

/**
 * Public funding a course can be taken under: `gol` (Garanzia di Occupabilità dei Lavoratori, PNRR),
 * `fondo-nuove-competenze` (training in working hours paid by the fund), `dote-lavoro` (Regione
 * Lombardia's Dote Unica Lavoro), `fse-plus` (European Social Fund+), `fondi-interprofessionali`
 * (employer training funds), `none` (paid by the learner or the employer).
 */
export const FundingSchemeSchema = z.enum(['gol', 'fondo-nuove-competenze', 'dote-lavoro', 'fse-plus', 'fondi-interprofessionali', 'none'])
/** A funding scheme. */
export type FundingScheme = z.infer<typeof FundingSchemeSchema>

/** A concept a course teaches and the level (skill scale 1–4, or CEFR rank 1–6 for languages) it brings a learner to. */
export const CourseOutcomeSchema = z.object({
  concept: ConceptIdSchema,
  level: z.number().int().min(1).max(8),
})
/** A course outcome. */
export type CourseOutcome = z.infer<typeof CourseOutcomeSchema>

/** A training course offered in an area. */
export const CourseSchema = z.object({
  id: z.string().min(1),
  title: z.object({ it: z.string().min(1), en: z.string().min(1) }),
  provider: z.string().min(1),
  teaches: z.array(CourseOutcomeSchema).min(1),
  hours: z.number().positive(),
  /** List price in euros (what a funded learner pays may be 0; see `funding`). */
  cost: z.number().nonnegative(),
  /** Town and, where it helps, the district or the nearest station. */
  place: z.string().min(1),
  modality: CourseModalitySchema,
  schedule: z.object({
    /** When lessons are held. */
    slot: z.enum(['daytime', 'evening', 'weekend', 'flexible']),
    /** Length in weeks. */
    weeks: z.number().int().positive(),
    /** Months the next editions start (`YYYY-MM`). */
    starts: z.array(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)).optional(),
  }),
  eqfLevel: EqfLevelSchema.optional(),
  funding: z.array(FundingSchemeSchema).min(1),
  /** The certificate or licence awarded, if any (`attestato di frequenza`, `patentino`, …). */
  certificate: z.string().optional(),
})
/** A course. */
export type Course = z.infer<typeof CourseSchema>

/** A course catalogue: the courses of one area, versioned. */
export const CourseCatalogueSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  area: z.string().min(1),
  courses: z.array(CourseSchema),
})
/** A course catalogue. */
export type CourseCatalogue = z.infer<typeof CourseCatalogueSchema>
