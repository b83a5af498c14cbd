import { z } from 'zod'
import { DiagnosticSchema } from './diagnostic.js'
import { DocumentSchema, LanguageSchema } from './document.js'
import { CefrLevelSchema, EqfLevelSchema, LanguageCodeSchema } from './language-level.js'
import { RedactionCategorySchema } from './redaction.js'
import { FieldSchema, SpanSchema, YearMonthSchema } from './span.js'

/** Known kinds of CV and vacancy sections. */
export const SectionKindSchema = z.enum([
  'header',
  'personal',
  'summary',
  'experience',
  'education',
  'skills',
  'languages',
  'licences',
  'certifications',
  'volunteering',
  'interests',
  'references',
  'requirements',
  'preferred',
  'offer',
  'description',
  /** Vacancy duties ("Mansioni", "Responsabilità", "What you'll do"). */
  'responsibilities',
  /** About the hiring organisation ("Chi siamo", "About us"): boilerplate, weighs least. */
  'company',
  /** A CV's stated objective ("Obiettivo professionale", "Objective", "Profilo ricercato"). */
  'objective',
  'other',
])
/** A section kind. */
export type SectionKind = z.infer<typeof SectionKindSchema>

/** A section of a document: its kind, its heading (if any) and its whole span. */
export const SectionSchema = z.object({
  kind: SectionKindSchema,
  heading: SpanSchema.optional(),
  span: SpanSchema,
})
/** A section. */
export type Section = z.infer<typeof SectionSchema>

/** An identifying item found in a document, with its category and span. The value is kept only here. */
export const IdentityItemSchema = z.object({
  category: RedactionCategorySchema,
  value: z.string(),
  span: SpanSchema.optional(),
})
/** An identifying item. */
export type IdentityItem = z.infer<typeof IdentityItemSchema>

/**
 * Everything that identifies a person or reveals a protected attribute. It is kept apart from the
 * profile (guarantee 1) and never reaches matching.
 */
export const IdentityRecordSchema = z.object({
  sourceId: z.string().min(1),
  givenNames: z.array(z.string()),
  surnames: z.array(z.string()),
  items: z.array(IdentityItemSchema),
  photo: z.boolean(),
})
/** The identity record. */
export type IdentityRecord = z.infer<typeof IdentityRecordSchema>

/** End of an experience: a month, or `present` ("ad oggi", "in corso"). */
export const ExperienceEndSchema = z.union([YearMonthSchema, z.literal('present')])

/** A work experience as parsed from a CV. */
export const ExperienceSchema = z.object({
  title: FieldSchema,
  employer: FieldSchema.optional(),
  place: FieldSchema.optional(),
  start: YearMonthSchema.optional(),
  end: ExperienceEndSchema.optional(),
  months: z.number().int().nonnegative().optional(),
  span: SpanSchema,
})
/** A parsed experience. */
export type Experience = z.infer<typeof ExperienceSchema>

/** An education entry as parsed from a CV. */
export const EducationSchema = z.object({
  title: FieldSchema,
  eqfLevel: EqfLevelSchema.optional(),
  qualification: z.string().optional(),
  institution: FieldSchema.optional(),
  year: z.number().int().optional(),
  span: SpanSchema,
})
/** A parsed education entry. */
export type Education = z.infer<typeof EducationSchema>

/** A language and the CEFR level declared for it. */
export const LanguageSkillSchema = z.object({
  code: LanguageCodeSchema,
  level: CefrLevelSchema,
  span: SpanSchema,
})
/** A language skill. */
export type LanguageSkill = z.infer<typeof LanguageSkillSchema>

/** A driving licence or certificate code (`B`, `C`, `CQC`, `forklift` …) with where it was found. */
export const LicenceSchema = z.object({ code: z.string().min(1), span: SpanSchema })
/** A licence. */
export type Licence = z.infer<typeof LicenceSchema>

/** A CV as parsed: every field traceable to its span in `document.text`, identity kept in its own part. */
export const ParsedProfileSchema = z.object({
  sourceId: z.string().min(1),
  language: LanguageSchema,
  document: DocumentSchema,
  identity: IdentityRecordSchema,
  sections: z.array(SectionSchema),
  experiences: z.array(ExperienceSchema),
  education: z.array(EducationSchema),
  languages: z.array(LanguageSkillSchema),
  licences: z.array(LicenceSchema),
  /** The stated objective (the job the person seeks), when the CV states one, with the occupation it names. */
  objective: z
    .object({ text: z.string(), span: SpanSchema, occupation: z.object({ concept: z.string().min(1), span: SpanSchema }).optional() })
    .optional(),
  diagnostics: z.array(DiagnosticSchema),
})
/** A parsed CV. */
export type ParsedProfile = z.infer<typeof ParsedProfileSchema>
