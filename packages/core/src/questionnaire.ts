import { z } from 'zod'
import { ConceptIdSchema } from './concept.js'
import { CompetenceScaleSchema } from './competence.js'
import { LanguageCodeSchema } from './language-level.js'

/** A text in Italian and English. */
export const LocalizedTextSchema = z.object({ it: z.string().min(1), en: z.string().min(1) })
/** A localized text. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>

/** A competence a questionnaire measures. */
export const QuestionnaireCompetenceSchema = z.object({
  id: z.string().min(1),
  label: LocalizedTextSchema,
  /** The area or group it belongs to (a DigComp area, a CEFR activity). */
  area: z.string().optional(),
  /** The taxonomy concept its level also supports (self-declared evidence), if any. */
  concept: ConceptIdSchema.optional(),
})
/** A questionnaire competence. */
export type QuestionnaireCompetence = z.infer<typeof QuestionnaireCompetenceSchema>

/**
 * One statement the respondent answers. `levels[answer]` is the level the answer shows for the
 * item's competence; the item counts only when its prerequisite item got at least `minAnswer`.
 */
export const QuestionnaireItemSchema = z.object({
  id: z.string().min(1),
  competence: z.string().min(1),
  text: LocalizedTextSchema,
  levels: z.array(z.number().int().nonnegative()).min(2),
  requires: z.object({ item: z.string().min(1), minAnswer: z.number().int().nonnegative() }).optional(),
})
/** A questionnaire item. */
export type QuestionnaireItem = z.infer<typeof QuestionnaireItemSchema>

/**
 * A self-assessment instrument: answer options, items, the competences they measure and the scale.
 * Scoring: a competence's level is the highest level its items show (items whose prerequisite is not
 * met count as 0); `overall`, when given, combines the competence levels by its rule.
 */
export const QuestionnaireSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  framework: z.string().min(1),
  title: LocalizedTextSchema,
  instructions: LocalizedTextSchema,
  scale: CompetenceScaleSchema,
  /** Names of the levels, from level 1. */
  levelLabels: z.array(z.string().min(1)).min(1),
  /** The answer options, from value 0. */
  answers: z.array(LocalizedTextSchema).min(2),
  competences: z.array(QuestionnaireCompetenceSchema).min(1),
  items: z.array(QuestionnaireItemSchema).min(1),
  /** Whether the questionnaire is about one language, named in the answers (CEFR grid). */
  perLanguage: z.boolean().optional(),
  overall: z.object({ rule: z.enum(['median', 'min', 'max']) }).optional(),
})
/** A questionnaire. */
export type Questionnaire = z.infer<typeof QuestionnaireSchema>

/** A respondent's answers: item id → answer value. */
export const QuestionnaireAnswersSchema = z.object({
  questionnaire: z.string().min(1),
  version: z.string().min(1).optional(),
  /** The language assessed, for per-language questionnaires (ISO 639-1). */
  language: LanguageCodeSchema.optional(),
  answers: z.record(z.string(), z.number().int().nonnegative()),
})
/** Questionnaire answers. */
export type QuestionnaireAnswers = z.infer<typeof QuestionnaireAnswersSchema>

/** A scored questionnaire: a level per competence, and an overall level when the questionnaire defines one. */
export const QuestionnaireResultSchema = z.object({
  questionnaire: z.string().min(1),
  version: z.string().min(1),
  language: LanguageCodeSchema.optional(),
  scale: CompetenceScaleSchema,
  competences: z.array(
    z.object({
      competence: z.string().min(1),
      concept: ConceptIdSchema.optional(),
      level: z.number().int().nonnegative(),
      label: z.string(),
      /** The items whose answers gave the level. */
      items: z.array(z.string()),
    }),
  ),
  overall: z.object({ level: z.number().int().nonnegative(), label: z.string(), rule: z.string() }).optional(),
  /** Items left unanswered. */
  unanswered: z.array(z.string()),
})
/** A questionnaire result. */
export type QuestionnaireResult = z.infer<typeof QuestionnaireResultSchema>
