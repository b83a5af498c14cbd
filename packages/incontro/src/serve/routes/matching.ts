import type { NeutralProfile, NeutralVacancy } from '@incontro/core'
import type { AuditEvent } from '../../audit-log/audit-entry.js'
import {
  AssessRequestSchema,
  AssessResponseSchema,
  AuditHeadSchema,
  CandidatesRequestSchema,
  MatchResponseSchema,
  OverrideRequestSchema,
  OverrideResponseSchema,
  VacanciesRequestSchema,
} from '../api-schemas.js'
import { auditResults } from '../audit-results.js'
import { HttpError } from '../http-error.js'
import { RawJson } from '../raw-json.js'
import type { RouteInput, RouteSpec, ServerContext } from '../route-spec.js'

/** The answer of a match made by a worker: its JSON text as is, with the audit reference; what `JSON.stringify` of the same object gives. */
const pooledAnswer = (json: string, audit: { audit?: { seq: number; hash: string } }): RawJson =>
  new RawJson(`{"results":${json}${audit.audit ? `,"audit":${JSON.stringify(audit.audit)}` : ''}}`)

async function log(context: ServerContext, input: RouteInput, event: AuditEvent): Promise<{ audit?: { seq: number; hash: string } }> {
  if (context.audit === undefined) return {}
  const entry = await context.audit.append(event, { requester: input.requester, versions: context.versions })
  return { audit: { seq: entry.seq, hash: entry.hash } }
}

function storedVacancy(context: ServerContext, id: string): NeutralVacancy {
  const vacancy = context.engine.vacancy(id)
  if (vacancy === undefined) throw new HttpError(404, 'MATCH_UNKNOWN_ID', 'No stored vacancy has this pseudonymous id.')
  return vacancy
}

function storedProfile(context: ServerContext, id: string): NeutralProfile {
  const profile = context.engine.profile(id)
  if (profile === undefined) throw new HttpError(404, 'MATCH_UNKNOWN_ID', 'No stored profile has this pseudonymous id.')
  return profile
}

/** Matching in both directions, assessment and human overrides; each is written to the audit trail. */
export const matchingRoutes: RouteSpec[] = [
  {
    method: 'POST',
    url: '/v1/match/candidates',
    operationId: 'candidatesForVacancy',
    summary: 'The best k stored profiles for a vacancy (stored, by id, or given), explained; logged in the audit trail',
    tag: 'matching',
    body: CandidatesRequestSchema,
    response: MatchResponseSchema,
    async handler(context, input) {
      const body = input.body as { vacancyId?: string; vacancy?: NeutralVacancy; k: number }
      const vacancy = body.vacancy ?? storedVacancy(context, body.vacancyId as string)
      if (context.matchPool) {
        const pooled = await context.matchPool.candidatesFor(vacancy, body.k)
        return pooledAnswer(pooled.json, await log(context, input, { type: 'match', direction: 'candidates-for-vacancy', subject: vacancy.id, k: body.k, results: pooled.audit }))
      }
      const results = await context.engine.candidatesFor(vacancy, { k: body.k })
      const audit = await log(context, input, { type: 'match', direction: 'candidates-for-vacancy', subject: vacancy.id, k: body.k, results: auditResults(results, (r) => r.profileId) })
      return { results, ...audit }
    },
  },
  {
    method: 'POST',
    url: '/v1/match/vacancies',
    operationId: 'vacanciesForProfile',
    summary: 'The best k stored vacancies for a profile (stored, by id, or given), explained; logged in the audit trail',
    tag: 'matching',
    body: VacanciesRequestSchema,
    response: MatchResponseSchema,
    async handler(context, input) {
      const body = input.body as { profileId?: string; profile?: NeutralProfile; k: number }
      const profile = body.profile ?? storedProfile(context, body.profileId as string)
      if (context.matchPool) {
        const pooled = await context.matchPool.vacanciesFor(profile, body.k)
        return pooledAnswer(pooled.json, await log(context, input, { type: 'match', direction: 'vacancies-for-profile', subject: profile.id, k: body.k, results: pooled.audit }))
      }
      const results = await context.engine.vacanciesFor(profile, { k: body.k })
      const audit = await log(context, input, { type: 'match', direction: 'vacancies-for-profile', subject: profile.id, k: body.k, results: auditResults(results, (r) => r.vacancyId) })
      return { results, ...audit }
    },
  },
  {
    method: 'POST',
    url: '/v1/assess',
    operationId: 'assess',
    summary: 'Competence levels of a profile with their evidence, and its gap against a vacancy or an occupation; logged in the audit trail',
    tag: 'matching',
    body: AssessRequestSchema,
    response: AssessResponseSchema,
    async handler(context, input) {
      const body = input.body as { profileId?: string; profile?: NeutralProfile; vacancyId?: string; vacancy?: NeutralVacancy; occupation?: string }
      const profile = body.profile ?? storedProfile(context, body.profileId as string)
      const competences = context.engine.competences(profile)
      const vacancy = body.vacancy ?? (body.vacancyId === undefined ? undefined : storedVacancy(context, body.vacancyId))
      const gaps = vacancy ? context.engine.assess(profile, vacancy) : body.occupation !== undefined ? context.engine.assessOccupation(profile, body.occupation) : undefined
      const other = gaps === undefined ? undefined : 'preferred' in gaps ? gaps.preferred : gaps.optional
      const audit = await log(context, input, {
        type: 'assessment',
        profileId: profile.id,
        ...(vacancy ? { vacancyId: vacancy.id } : {}),
        ...(body.occupation !== undefined && !vacancy ? { occupation: body.occupation } : {}),
        ...(gaps && other ? { coverage: { essential: gaps.essential.coverage, other: other.coverage } } : {}),
        competences: competences.competences.length,
      })
      return { profileId: profile.id, competences, ...(gaps ? { gaps } : {}), ...audit }
    },
  },
  {
    method: 'POST',
    url: '/v1/overrides',
    operationId: 'recordOverride',
    summary: 'Record a person overriding a result (AI Act art. 14): the action and a coded reason, with an optional case reference',
    tag: 'audit',
    body: OverrideRequestSchema,
    response: OverrideResponseSchema,
    status: 201,
    async handler(context, input) {
      if (context.audit === undefined) throw new HttpError(409, 'ENGINE_CONFIG', 'This server keeps no audit trail (started without --state); overrides cannot be recorded.')
      const body = input.body as Extract<AuditEvent, { type: 'override' }>
      return log(context, input, { ...body, type: 'override' })
    },
  },
  {
    method: 'GET',
    url: '/v1/audit/head',
    operationId: 'auditHead',
    summary: 'Sequence number and hash of the last audit entry, to anchor the trail elsewhere',
    tag: 'audit',
    response: AuditHeadSchema,
    handler(context) {
      if (context.audit === undefined) throw new HttpError(409, 'ENGINE_CONFIG', 'This server keeps no audit trail (started without --state).')
      return context.audit.head()
    },
  },
]
