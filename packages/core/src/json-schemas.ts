import { z } from 'zod'
import { DiagnosticSchema } from './diagnostic.js'
import { DocumentSchema } from './document.js'
import { CompetenceProfileSchema } from './competence.js'
import { CourseCatalogueSchema } from './course.js'
import { MatchResultSchema } from './match-result.js'
import { NeutralProfileSchema, NeutralVacancySchema } from './neutral.js'
import { ParsedProfileSchema } from './profile.js'
import { QuestionnaireAnswersSchema, QuestionnaireResultSchema, QuestionnaireSchema } from './questionnaire.js'
import { RedactionReportSchema } from './redaction.js'
import { ParsedVacancySchema } from './vacancy.js'

const exported = {
  Document: DocumentSchema,
  ParsedProfile: ParsedProfileSchema,
  ParsedVacancy: ParsedVacancySchema,
  NeutralProfile: NeutralProfileSchema,
  NeutralVacancy: NeutralVacancySchema,
  RedactionReport: RedactionReportSchema,
  MatchResult: MatchResultSchema,
  Diagnostic: DiagnosticSchema,
  CompetenceProfile: CompetenceProfileSchema,
  CourseCatalogue: CourseCatalogueSchema,
  Questionnaire: QuestionnaireSchema,
  QuestionnaireAnswers: QuestionnaireAnswersSchema,
  QuestionnaireResult: QuestionnaireResultSchema,
} as const

/**
 * JSON Schema (draft 2020-12) documents generated from the zod schemas, for users outside
 * TypeScript. The same documents are shipped as `@incontro/core/schemas/<Name>.json`.
 */
export function jsonSchemas(): Record<keyof typeof exported, Record<string, unknown>> {
  const out = {} as Record<keyof typeof exported, Record<string, unknown>>
  for (const [name, schema] of Object.entries(exported) as [keyof typeof exported, z.ZodType][]) {
    out[name] = {
      $id: `https://incontro.dev/schemas/${name}.json`,
      title: name,
      ...(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Record<string, unknown>),
    }
  }
  return out
}
