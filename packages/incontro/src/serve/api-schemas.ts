import { z } from 'zod'
import {
  CompetenceProfileSchema,
  DiagnosticSchema,
  DocumentSchema,
  MatchResultSchema,
  NeutralProfileSchema,
  NeutralVacancySchema,
  ParsedProfileSchema,
  ParsedVacancySchema,
  PseudonymousIdSchema,
  RedactionReportSchema,
} from '@incontro/core'
import { CaseReferenceSchema, OverrideActionSchema, OverrideReasonSchema } from '../audit-log/audit-entry.js'

/** Most records one add call takes. */
export const maxBatchRecords = 1_000
/** Most results one match query returns. */
export const maxResults = 100

/** The body of every error answer: a typed code and a message that names no personal data. */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Where the request did not match its schema (paths, not values). */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
})

/** A text sent as JSON instead of a file upload. */
export const TextInputSchema = z.object({
  text: z.string().min(1),
  /** What the pseudonymous id is made from; default: `sha256:` and the SHA-256 of the text. */
  sourceId: z.string().min(1).max(1024).optional(),
})

export const ReadResponseSchema = z.object({ document: DocumentSchema, diagnostics: z.array(DiagnosticSchema) })
export const ParseCvResponseSchema = z.object({ profile: ParsedProfileSchema })
export const ParseVacancyResponseSchema = z.object({ vacancy: ParsedVacancySchema })
export const AddReportSchema = z.object({ added: z.number().int(), replaced: z.array(PseudonymousIdSchema) })
export const AnonymizeResponseSchema = z.object({ profile: NeutralProfileSchema, report: RedactionReportSchema, stored: AddReportSchema.optional() })
export const NeutralizeVacancyResponseSchema = z.object({ vacancy: NeutralVacancySchema, stored: AddReportSchema.optional() })
export const StoreQuerySchema = z.object({ store: z.enum(['true', 'false']).optional() })

export const ReviewResponseSchema = z.object({
  language: z.string(),
  findings: z.array(
    z.object({
      category: z.string(),
      severity: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      message: z.string(),
      suggestion: z.string().optional(),
      reference: z.string().optional(),
    }),
  ),
  inclusive: z.boolean(),
  coding: z.object({ masculine: z.number(), feminine: z.number(), label: z.string() }).loose(),
  rewritten: z.string().optional(),
})
export const ReviewQuerySchema = z.object({ fix: z.enum(['true', 'false']).optional() })

export const AddProfilesRequestSchema = z.object({ profiles: z.array(NeutralProfileSchema).min(1).max(maxBatchRecords) })
export const AddVacanciesRequestSchema = z.object({ vacancies: z.array(NeutralVacancySchema).min(1).max(maxBatchRecords) })
export const IdParamsSchema = z.object({ id: PseudonymousIdSchema })
export const PageQuerySchema = z.object({
  offset: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
})
export const IdPageSchema = z.object({ ids: z.array(PseudonymousIdSchema), total: z.number().int() })
export const ReplaceResponseSchema = z.object({ replaced: z.boolean() })
export const RemoveResponseSchema = z.object({ removed: z.literal(true) })

const AuditReferenceSchema = z.object({ seq: z.number().int().positive(), hash: z.string() })
const kSchema = z.number().int().min(1).max(maxResults).default(10)

export const CandidatesRequestSchema = z
  .object({ vacancyId: PseudonymousIdSchema.optional(), vacancy: NeutralVacancySchema.optional(), k: kSchema })
  .refine((body) => (body.vacancyId === undefined) !== (body.vacancy === undefined), { message: 'give either vacancyId (a stored vacancy) or vacancy (a neutral vacancy), not both' })
export const VacanciesRequestSchema = z
  .object({ profileId: PseudonymousIdSchema.optional(), profile: NeutralProfileSchema.optional(), k: kSchema })
  .refine((body) => (body.profileId === undefined) !== (body.profile === undefined), { message: 'give either profileId (a stored profile) or profile (a neutral profile), not both' })
export const MatchResponseSchema = z.object({ results: z.array(MatchResultSchema), audit: AuditReferenceSchema.optional() })

export const AssessRequestSchema = z
  .object({
    profileId: PseudonymousIdSchema.optional(),
    profile: NeutralProfileSchema.optional(),
    vacancyId: PseudonymousIdSchema.optional(),
    vacancy: NeutralVacancySchema.optional(),
    /** An occupation concept id (e.g. `occ.cook`). */
    occupation: z.string().min(1).max(256).optional(),
  })
  .refine((body) => (body.profileId === undefined) !== (body.profile === undefined), { message: 'give either profileId or profile' })
  .refine((body) => [body.vacancyId, body.vacancy, body.occupation].filter((x) => x !== undefined).length <= 1, { message: 'give at most one of vacancyId, vacancy and occupation' })
export const AssessResponseSchema = z.object({
  profileId: PseudonymousIdSchema,
  competences: CompetenceProfileSchema,
  gaps: z.record(z.string(), z.unknown()).optional(),
  audit: AuditReferenceSchema.optional(),
})

export const OverrideRequestSchema = z.object({
  vacancyId: PseudonymousIdSchema,
  profileId: PseudonymousIdSchema,
  action: OverrideActionSchema,
  /** The score the person sets, with `set-score`. */
  score: z.number().min(0).max(1).optional(),
  reason: OverrideReasonSchema,
  reference: CaseReferenceSchema.optional(),
  /** The `audit.seq` of the match answer the override corrects. */
  overrides: z.number().int().positive().optional(),
})
export const OverrideResponseSchema = z.object({ audit: AuditReferenceSchema })
export const AuditHeadSchema = z.object({ seq: z.number().int().nonnegative(), hash: z.string() })

export const HealthSchema = z.object({ status: z.literal('ok') })
export const ReadySchema = z.object({ status: z.enum(['ready', 'starting', 'stopping']), profiles: z.number().int(), vacancies: z.number().int() })
