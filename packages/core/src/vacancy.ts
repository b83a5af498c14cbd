import { z } from 'zod'
import { DiagnosticSchema } from './diagnostic.js'
import { DocumentSchema, LanguageSchema } from './document.js'
import { CefrLevelSchema, EqfLevelSchema, ImportanceSchema, LanguageCodeSchema } from './language-level.js'
import { SectionSchema } from './profile.js'
import { FieldSchema, SpanSchema } from './span.js'

/** A requirement line of a vacancy with its importance. */
export const RequirementSchema = z.object({
  text: z.string(),
  importance: ImportanceSchema,
  span: SpanSchema,
})
/** A requirement line. */
export type Requirement = z.infer<typeof RequirementSchema>

/** A language a vacancy asks for, with the minimum CEFR level. */
export const LanguageRequirementSchema = z.object({
  code: LanguageCodeSchema,
  level: CefrLevelSchema,
  importance: ImportanceSchema,
  span: SpanSchema,
})
/** A language requirement. */
export type LanguageRequirement = z.infer<typeof LanguageRequirementSchema>

/** A minimum EQF level a vacancy asks for. */
export const EducationRequirementSchema = z.object({
  eqfLevel: EqfLevelSchema,
  importance: ImportanceSchema,
  span: SpanSchema,
})
/** An education requirement. */
export type EducationRequirement = z.infer<typeof EducationRequirementSchema>

/** A licence a vacancy asks for. */
export const LicenceRequirementSchema = z.object({
  code: z.string().min(1),
  importance: ImportanceSchema,
  span: SpanSchema,
})
/** A licence requirement. */
export type LicenceRequirement = z.infer<typeof LicenceRequirementSchema>

/** Contract types common in Italian vacancies. */
export const ContractTypeSchema = z.enum([
  'permanent',
  'fixed-term',
  'apprenticeship',
  'temporary-agency',
  'internship',
  'part-time',
  'full-time',
  'freelance',
])
/** A contract type. */
export type ContractType = z.infer<typeof ContractTypeSchema>

/** Pay offered by a vacancy: a range (min = max for one figure) in a currency per period, with its span. */
export const SalarySchema = z.object({
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
  /** ISO 4217 code (`EUR` unless the text says otherwise). */
  currency: z.string().length(3),
  period: z.enum(['hour', 'day', 'week', 'month', 'year']).optional(),
  span: SpanSchema,
})
/** A salary. */
export type Salary = z.infer<typeof SalarySchema>

/** A vacancy as parsed from text, every field traceable to its span. */
export const ParsedVacancySchema = z.object({
  sourceId: z.string().min(1),
  language: LanguageSchema,
  document: DocumentSchema,
  title: FieldSchema,
  /** The occupation concept named by the title (from the taxonomy's masculine, feminine and neutral titles). */
  occupation: z.object({ concept: z.string().min(1), span: SpanSchema }).optional(),
  sections: z.array(SectionSchema),
  requirements: z.array(RequirementSchema),
  languages: z.array(LanguageRequirementSchema),
  education: z.array(EducationRequirementSchema),
  licences: z.array(LicenceRequirementSchema),
  experienceMonths: z.object({ value: z.number().int().nonnegative(), span: SpanSchema }).optional(),
  contract: z.array(ContractTypeSchema),
  place: FieldSchema.optional(),
  /** Weekly working hours ("40 ore settimanali", "30 hours per week"). */
  hoursPerWeek: z.object({ value: z.number().positive().max(168), span: SpanSchema }).optional(),
  salary: SalarySchema.optional(),
  /** The CCNL named (contratto collettivo nazionale di lavoro: the national collective agreement), e.g. "CCNL Commercio". */
  ccnl: FieldSchema.optional(),
  /** The hiring organisation when named (an organisation, not personal data). */
  organization: FieldSchema.optional(),
  diagnostics: z.array(DiagnosticSchema),
})
/** A parsed vacancy. */
export type ParsedVacancy = z.infer<typeof ParsedVacancySchema>
