export { IncontroError, errorCodes, isIncontroError } from './errors.js'
export type { ErrorCode } from './errors.js'
export { DiagnosticSchema, SeveritySchema, createDiagnostic } from './diagnostic.js'
export type { Diagnostic, Severity } from './diagnostic.js'
export { FieldSchema, SpanSchema, YearMonthSchema } from './span.js'
export type { Field, Span, YearMonth } from './span.js'
export { BlockSchema, DocumentFormatSchema, DocumentSchema, LanguageSchema } from './document.js'
export type { Block, Document, DocumentFormat, Language } from './document.js'
export {
  CefrLevelSchema,
  EqfLevelSchema,
  ImportanceSchema,
  LanguageCodeSchema,
  cefrRank,
} from './language-level.js'
export type { CefrLevel, EqfLevel, Importance, LanguageCode } from './language-level.js'
export {
  ConceptIdSchema,
  ConceptKindSchema,
  ConceptMentionSchema,
  EvidenceSchema,
  SkillClaimSchema,
} from './concept.js'
export type { ConceptId, ConceptKind, ConceptMention, Evidence, SkillClaim } from './concept.js'
export { RedactionCategorySchema, RedactionReportSchema, RedactionSchema } from './redaction.js'
export type { Redaction, RedactionCategory, RedactionReport } from './redaction.js'
export {
  EducationSchema,
  ExperienceEndSchema,
  ExperienceSchema,
  IdentityItemSchema,
  IdentityRecordSchema,
  LanguageSkillSchema,
  LicenceSchema,
  ParsedProfileSchema,
  SectionKindSchema,
  SectionSchema,
} from './profile.js'
export type {
  Education,
  Experience,
  IdentityItem,
  IdentityRecord,
  LanguageSkill,
  Licence,
  ParsedProfile,
  Section,
  SectionKind,
} from './profile.js'
export {
  ContractTypeSchema,
  EducationRequirementSchema,
  LanguageRequirementSchema,
  LicenceRequirementSchema,
  ParsedVacancySchema,
  RequirementSchema,
} from './vacancy.js'
export type {
  ContractType,
  EducationRequirement,
  LanguageRequirement,
  LicenceRequirement,
  ParsedVacancy,
  Requirement,
} from './vacancy.js'
export {
  ConceptRequirementSchema,
  NeutralExperienceSchema,
  NeutralProfileSchema,
  NeutralVacancySchema,
  ProvenanceSchema,
  PseudonymousIdSchema,
  RequirementSourceSchema,
  WorkPreferencesSchema,
} from './neutral.js'
export type {
  ConceptRequirement,
  NeutralExperience,
  NeutralProfile,
  NeutralVacancy,
  Provenance,
  PseudonymousId,
  RequirementSource,
  WorkPreferences,
} from './neutral.js'
export { ComponentNameSchema, ItemCreditSchema, MatchResultSchema, ScoreComponentSchema } from './match-result.js'
export type { ComponentName, ItemCredit, MatchResult, ScoreComponent } from './match-result.js'
export { INVISIBLE_CHARACTERS, foldAccents, foldKey, normalizeText } from './normalize.js'
export { tokenize } from './tokenize.js'
export type { Token } from './tokenize.js'
export { keyedHash } from './keyed-hash.js'
export { jsonSchemas } from './json-schemas.js'
export { codiceFiscaleCheckCharacter } from './codice-fiscale.js'
export { isValidCodiceFiscale } from './codice-fiscale.js'
export { createRandom } from './create-random.js'
export { writeFileAtomic } from './write-file-atomic.js'
export { unsupportedInBrowser } from './unsupported-in-browser.js'
export {
  CompetenceEvidenceKindSchema,
  CompetenceEvidenceSchema,
  CompetenceLevelSchema,
  CompetenceProfileSchema,
  CompetenceScaleSchema,
} from './competence.js'
export type { CompetenceEvidence, CompetenceEvidenceKind, CompetenceLevel, CompetenceProfile, CompetenceScale } from './competence.js'
export { CourseCatalogueSchema, CourseModalitySchema, CourseOutcomeSchema, CourseSchema, FundingSchemeSchema } from './course.js'
export type { Course, CourseCatalogue, CourseModality, CourseOutcome, FundingScheme } from './course.js'
export {
  LocalizedTextSchema,
  QuestionnaireAnswersSchema,
  QuestionnaireCompetenceSchema,
  QuestionnaireItemSchema,
  QuestionnaireResultSchema,
  QuestionnaireSchema,
} from './questionnaire.js'
export type {
  LocalizedText,
  Questionnaire,
  QuestionnaireAnswers,
  QuestionnaireCompetence,
  QuestionnaireItem,
  QuestionnaireResult,
} from './questionnaire.js'
