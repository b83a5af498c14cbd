import type { RouteSpec } from './route-spec.js'
import { documentRoutes } from './routes/documents.js'
import { matchingRoutes } from './routes/matching.js'
import { recordRoutes } from './routes/records.js'
import { systemRoutes } from './routes/system.js'

/** Every route of the HTTP service (the OpenAPI document lists the same). */
export const serverRoutes: readonly RouteSpec[] = [...systemRoutes, ...documentRoutes, ...recordRoutes, ...matchingRoutes]
