import { z } from 'zod'
import { ConceptIdSchema, ConceptKindSchema, EvidenceSchema, SkillClaimSchema } from './concept.js'
import { LanguageSchema } from './document.js'
import { CefrLevelSchema, EqfLevelSchema, ImportanceSchema, LanguageCodeSchema } from './language-level.js'
import { ContractTypeSchema } from './vacancy.js'
import { ExperienceEndSchema, SectionKindSchema } from './profile.js'
import { SpanSchema, YearMonthSchema } from './span.js'

/** A pseudonymous id: a keyed HMAC of the source id, hex. It reveals nothing without the deployer key. */
export const PseudonymousIdSchema = z.string().regex(/^[0-9a-f]{16,64}$/)
/** A pseudonymous id. */
export type PseudonymousId = z.infer<typeof PseudonymousIdSchema>

/** Versions of what produced a neutral record, for audits. */
export const ProvenanceSchema = z.object({ taxonomy: z.string(), anonymizer: z.string() })
/** Provenance of a neutral record. */
export type Provenance = z.infer<typeof ProvenanceSchema>

/** An experience in neutral form: no gendered title, spans point into the neutral text. */
export const NeutralExperienceSchema = z.object({
  title: z.string(),
  occupation: ConceptIdSchema.optional(),
  start: YearMonthSchema.optional(),
  end: ExperienceEndSchema.optional(),
  months: z.number().int().nonnegative().optional(),
  span: SpanSchema,
})
/** A neutral experience. */
export type NeutralExperience = z.infer<typeof NeutralExperienceSchema>

/**
 * Where and how a person declares they can work: places (a comune, optionally with coordinates the
 * deployer supplies and a radius the person accepts), remote work, contract types and weekly hours. It
 * is what the person declares, never taken from the address (which stays in the identity part); the
 * matcher's hard filters read it.
 */
export const WorkPreferencesSchema = z.object({
  places: z
    .array(
      z.object({
        /** The comune (ISTAT code or name, as the deployer chooses; compared exactly). */
        comune: z.string().min(1),
        lat: z.number().min(-90).max(90).optional(),
        lon: z.number().min(-180).max(180).optional(),
        /** Distance from the comune the person accepts, in km. */
        radiusKm: z.number().nonnegative().max(20_000).optional(),
      }),
    )
    .optional(),
  remote: z.boolean().optional(),
  contracts: z.array(ContractTypeSchema).optional(),
  hoursPerWeek: z.object({ min: z.number().nonnegative().max(168), max: z.number().nonnegative().max(168) }).optional(),
})
/** Declared work places and availability. */
export type WorkPreferences = z.infer<typeof WorkPreferencesSchema>

/**
 * A profile that may be matched. It has no field for gender, age, birth date or place, nationality,
 * marital or family status, photo, health, religion or military service, and only `anonymize`
 * produces it (the brand keeps other objects out of `match`).
 */
export const NeutralProfileSchema = z
  .object({
    id: PseudonymousIdSchema,
    language: LanguageSchema,
    text: z.string(),
    sections: z.array(z.object({ kind: SectionKindSchema, span: SpanSchema })),
    experiences: z.array(NeutralExperienceSchema),
    education: z.array(
      z.object({ title: z.string(), eqfLevel: EqfLevelSchema.optional(), year: z.number().int().optional(), span: SpanSchema }),
    ),
    languages: z.array(z.object({ code: LanguageCodeSchema, level: CefrLevelSchema })),
    licences: z.array(z.string()),
    claims: z.array(SkillClaimSchema),
    absent: z.array(z.object({ concept: ConceptIdSchema, evidence: z.array(EvidenceSchema) })),
    experienceMonths: z.number().int().nonnegative(),
    eqfLevel: EqfLevelSchema.optional(),
    /** Occupations the person states as an objective (not held: they count for occupation fit, not experience). */
    targetOccupations: z.array(ConceptIdSchema).optional(),
    /** Where and how the person declares they can work (optional; read by hard filters only, never by the score). */
    workPreferences: WorkPreferencesSchema.optional(),
    provenance: ProvenanceSchema,
  })
  .brand<'NeutralProfile'>()
/** A neutral profile (branded). */
export type NeutralProfile = z.infer<typeof NeutralProfileSchema>

/**
 * Where in a vacancy a required concept was found; the scorer weighs requirements by it
 * (requirement lines > title > duties > description > company blurb). `implied` concepts are the
 * essential skills of the vacancy's occupation, added when the ad names few skills itself.
 */
export const RequirementSourceSchema = z.enum(['requirements', 'title', 'responsibilities', 'description', 'company', 'implied'])
/** Where a requirement was found. */
export type RequirementSource = z.infer<typeof RequirementSourceSchema>

/** A concept a vacancy requires, with importance and evidence in the neutral vacancy text. */
export const ConceptRequirementSchema = z.object({
  concept: ConceptIdSchema,
  kind: ConceptKindSchema,
  importance: ImportanceSchema,
  /** Where the concept stands in the ad (absent: a requirement line). */
  source: RequirementSourceSchema.optional(),
  evidence: z.array(EvidenceSchema),
})
/** A concept requirement. */
export type ConceptRequirement = z.infer<typeof ConceptRequirementSchema>

/** A vacancy that may be matched: requirements as concepts, no discriminatory requirement. */
export const NeutralVacancySchema = z
  .object({
    id: PseudonymousIdSchema,
    language: LanguageSchema,
    title: z.string(),
    occupation: ConceptIdSchema.optional(),
    text: z.string(),
    /** Sections of the neutral text (requirements, duties, description, company, offer …), for weighing its words. */
    sections: z.array(z.object({ kind: SectionKindSchema, span: SpanSchema })).optional(),
    requirements: z.array(ConceptRequirementSchema),
    languages: z.array(z.object({ code: LanguageCodeSchema, level: CefrLevelSchema, importance: ImportanceSchema })),
    eqfLevel: z.object({ level: EqfLevelSchema, importance: ImportanceSchema }).optional(),
    licences: z.array(z.object({ code: z.string().min(1), importance: ImportanceSchema })),
    experienceMonths: z.number().int().nonnegative().optional(),
    contract: z.array(ContractTypeSchema),
    place: z.string().optional(),
    provenance: ProvenanceSchema,
  })
  .brand<'NeutralVacancy'>()
/** A neutral vacancy (branded). */
export type NeutralVacancy = z.infer<typeof NeutralVacancySchema>
