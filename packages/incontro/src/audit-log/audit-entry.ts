import { z } from 'zod'
import { ComponentNameSchema, ConceptIdSchema, PseudonymousIdSchema } from '@incontro/core'

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)
/** Who asked: the first 12 hex digits of the SHA-256 of the client's API key, or `local` without authentication. */
export const AuditRequesterSchema = z.string().regex(/^(?:[0-9a-f]{12}|local)$/)
const score = z.number().min(0).max(1)

/** Versions of what produced a logged result: the software, the taxonomy and the index kind. */
export const AuditVersionsSchema = z.strictObject({ incontro: z.string().max(64), taxonomy: z.string().max(128), index: z.enum(['hnsw', 'exact']) })

/** One ranked result as the audit trail keeps it: ids, rank, score and its components, never text. */
export const AuditResultSchema = z.strictObject({
  id: PseudonymousIdSchema,
  rank: z.number().int().positive(),
  score,
  components: z.array(z.strictObject({ name: ComponentNameSchema, weight: score, value: score, contribution: score })),
  unmet: z.array(z.strictObject({ constraint: z.string().max(64), required: z.string().max(64) })),
})

/** The reasons a person may give for overriding a result (art. 14 AI Act), as codes: free text could hold personal data. */
export const OverrideReasonSchema = z.enum([
  'requirement-misread',
  'evidence-not-in-cv',
  'equivalent-qualification',
  'equivalent-experience',
  'availability-or-constraints',
  'data-error',
  'other',
])

/** What an override does to a result. */
export const OverrideActionSchema = z.enum(['include', 'exclude', 'raise', 'lower', 'set-score'])

/** An opaque reference to the operator's own case file (where free text lives), not free text. */
export const CaseReferenceSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/)

const MatchEventSchema = z.strictObject({
  type: z.literal('match'),
  direction: z.enum(['candidates-for-vacancy', 'vacancies-for-profile']),
  subject: PseudonymousIdSchema,
  k: z.number().int().nonnegative(),
  results: z.array(AuditResultSchema),
})
const AssessmentEventSchema = z.strictObject({
  type: z.literal('assessment'),
  profileId: PseudonymousIdSchema,
  vacancyId: PseudonymousIdSchema.optional(),
  occupation: ConceptIdSchema.max(256).optional(),
  coverage: z.strictObject({ essential: score, other: score }).optional(),
  competences: z.number().int().nonnegative(),
})
const OverrideEventSchema = z.strictObject({
  type: z.literal('override'),
  vacancyId: PseudonymousIdSchema,
  profileId: PseudonymousIdSchema,
  action: OverrideActionSchema,
  score: score.optional(),
  reason: OverrideReasonSchema,
  reference: CaseReferenceSchema.optional(),
  /** The sequence number of the logged match the override corrects. */
  overrides: z.number().int().positive().optional(),
})

/** What is logged, before the chain fields are added: a match, an assessment or a human override. */
export const AuditEventSchema = z.discriminatedUnion('type', [MatchEventSchema, AssessmentEventSchema, OverrideEventSchema])
/** An audit event (match, assessment or human override). */
export type AuditEvent = z.infer<typeof AuditEventSchema>

const chain = {
  seq: z.number().int().positive(),
  time: z.iso.datetime(),
  requester: AuditRequesterSchema,
  versions: AuditVersionsSchema,
  prev: sha256Hex,
  hash: sha256Hex,
}

/** One line of the audit log: an event with its sequence number, time, requester, versions and chain hashes; nothing else is allowed. */
export const AuditEntrySchema = z.discriminatedUnion('type', [MatchEventSchema.extend(chain), AssessmentEventSchema.extend(chain), OverrideEventSchema.extend(chain)])
/** One entry of the audit log. */
export type AuditEntry = z.infer<typeof AuditEntrySchema>
/** The versions recorded with each entry. */
export type AuditVersions = z.infer<typeof AuditVersionsSchema>
