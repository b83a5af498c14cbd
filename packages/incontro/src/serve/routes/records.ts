import { NeutralProfileSchema, NeutralVacancySchema, type NeutralProfile, type NeutralVacancy } from '@incontro/core'
import {
  AddProfilesRequestSchema,
  AddReportSchema,
  AddVacanciesRequestSchema,
  IdPageSchema,
  IdParamsSchema,
  PageQuerySchema,
  RemoveResponseSchema,
  ReplaceResponseSchema,
} from '../api-schemas.js'
import { HttpError } from '../http-error.js'
import type { RouteSpec } from '../route-spec.js'

const idOf = (params: unknown) => (params as { id: string }).id
const page = (query: unknown) => query as { offset: number; limit: number }
const notFound = (what: string) => new HttpError(404, 'MATCH_UNKNOWN_ID', `No stored ${what} has this pseudonymous id.`)
const idMismatch = (what: string) => new HttpError(400, 'CORE_INVALID_INPUT', `The ${what}'s id differs from the id in the path; send the record to its own path.`)

/** Stored neutral profiles and vacancies: add, replace, remove, list and read by pseudonymous id. */
export const recordRoutes: RouteSpec[] = [
  {
    method: 'POST',
    url: '/v1/profiles',
    operationId: 'addProfiles',
    summary: 'Add or replace neutral profiles (as /v1/cvs/anonymize returns them); reports the ids replaced',
    tag: 'profiles',
    body: AddProfilesRequestSchema,
    response: AddReportSchema,
    handler: (context, { body }) => context.engine.addProfiles((body as { profiles: NeutralProfile[] }).profiles),
  },
  {
    method: 'GET',
    url: '/v1/profiles',
    operationId: 'listProfiles',
    summary: 'Stored profile ids, in id order',
    tag: 'profiles',
    query: PageQuerySchema,
    response: IdPageSchema,
    handler: (context, { query }) => context.engine.state.profileIds(page(query)),
  },
  {
    method: 'GET',
    url: '/v1/profiles/:id',
    operationId: 'getProfile',
    summary: 'A stored neutral profile',
    tag: 'profiles',
    params: IdParamsSchema,
    response: NeutralProfileSchema,
    handler(context, { params }) {
      const profile = context.engine.profile(idOf(params))
      if (profile === undefined) throw notFound('profile')
      return profile
    },
  },
  {
    method: 'PUT',
    url: '/v1/profiles/:id',
    operationId: 'putProfile',
    summary: 'Add or replace one neutral profile',
    tag: 'profiles',
    params: IdParamsSchema,
    body: NeutralProfileSchema,
    response: ReplaceResponseSchema,
    async handler(context, { params, body }) {
      const profile = body as NeutralProfile
      if (profile.id !== idOf(params)) throw idMismatch('profile')
      const report = await context.engine.addProfiles([profile])
      return { replaced: report.replaced.length > 0 }
    },
  },
  {
    method: 'DELETE',
    url: '/v1/profiles/:id',
    operationId: 'removeProfile',
    summary: 'Remove a stored profile',
    tag: 'profiles',
    params: IdParamsSchema,
    response: RemoveResponseSchema,
    async handler(context, { params }) {
      const id = idOf(params)
      if (context.engine.profile(id) === undefined) throw notFound('profile')
      await context.engine.removeProfiles([id])
      return { removed: true }
    },
  },
  {
    method: 'POST',
    url: '/v1/vacancies',
    operationId: 'addVacancies',
    summary: 'Add or replace neutral vacancies (as /v1/vacancies/neutralize returns them); reports the ids replaced',
    tag: 'vacancies',
    body: AddVacanciesRequestSchema,
    response: AddReportSchema,
    handler: (context, { body }) => context.engine.addVacancies((body as { vacancies: NeutralVacancy[] }).vacancies),
  },
  {
    method: 'GET',
    url: '/v1/vacancies',
    operationId: 'listVacancies',
    summary: 'Stored vacancy ids, in id order',
    tag: 'vacancies',
    query: PageQuerySchema,
    response: IdPageSchema,
    handler: (context, { query }) => context.engine.state.vacancyIds(page(query)),
  },
  {
    method: 'GET',
    url: '/v1/vacancies/:id',
    operationId: 'getVacancy',
    summary: 'A stored neutral vacancy',
    tag: 'vacancies',
    params: IdParamsSchema,
    response: NeutralVacancySchema,
    handler(context, { params }) {
      const vacancy = context.engine.vacancy(idOf(params))
      if (vacancy === undefined) throw notFound('vacancy')
      return vacancy
    },
  },
  {
    method: 'PUT',
    url: '/v1/vacancies/:id',
    operationId: 'putVacancy',
    summary: 'Add or replace one neutral vacancy',
    tag: 'vacancies',
    params: IdParamsSchema,
    body: NeutralVacancySchema,
    response: ReplaceResponseSchema,
    async handler(context, { params, body }) {
      const vacancy = body as NeutralVacancy
      if (vacancy.id !== idOf(params)) throw idMismatch('vacancy')
      const report = await context.engine.addVacancies([vacancy])
      return { replaced: report.replaced.length > 0 }
    },
  },
  {
    method: 'DELETE',
    url: '/v1/vacancies/:id',
    operationId: 'removeVacancy',
    summary: 'Remove a stored vacancy',
    tag: 'vacancies',
    params: IdParamsSchema,
    response: RemoveResponseSchema,
    async handler(context, { params }) {
      const id = idOf(params)
      if (context.engine.vacancy(id) === undefined) throw notFound('vacancy')
      await context.engine.removeVacancies([id])
      return { removed: true }
    },
  },
]
