import { HealthSchema, ReadySchema } from '../api-schemas.js'
import { HttpError } from '../http-error.js'
import type { RouteSpec } from '../route-spec.js'

/** Health and readiness, answered without a key. */
export const systemRoutes: RouteSpec[] = [
  {
    method: 'GET',
    url: '/healthz',
    operationId: 'health',
    summary: 'Liveness: the process answers',
    tag: 'system',
    auth: false,
    response: HealthSchema,
    handler: () => ({ status: 'ok' }),
  },
  {
    method: 'GET',
    url: '/readyz',
    operationId: 'ready',
    summary: 'Readiness: 200 once the stored records are loaded, 503 while starting or stopping',
    tag: 'system',
    auth: false,
    response: ReadySchema,
    handler(context) {
      const phase = context.phase()
      if (phase !== 'ready') throw new HttpError(503, 'ENGINE_CONFIG', `The server is ${phase}.`)
      return { status: phase, profiles: context.engine.state.profileCount(), vacancies: context.engine.state.vacancyCount() }
    },
  },
]
