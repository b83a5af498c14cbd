import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createOpenApiDocument } from './create-openapi-document.js'
import { serverRoutes } from './server-routes.js'

const committedPath = new URL('../../../../docs/api/openapi.json', import.meta.url)
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

describe('OpenAPI document', () => {
  const document = createOpenApiDocument(serverRoutes, { version }) as { paths: Record<string, Record<string, { operationId: string; security?: unknown[] }>>; components: { schemas: Record<string, unknown> } }

  it('docs/api/openapi.json is up to date with the routes and zod schemas (run `pnpm openapi` after changing them)', () => {
    expect(JSON.parse(readFileSync(committedPath, 'utf8'))).toEqual(document)
  })

  it('has one operation per route, every $ref resolves, and only health and readiness are open', () => {
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods))
    expect(operations.map((o) => o.operationId).sort()).toEqual(serverRoutes.map((r) => r.operationId).sort())
    const refs = JSON.stringify(document).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? []
    for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref.split('/').pop() as string)
    expect(operations.filter((o) => o.security?.length === 0).map((o) => o.operationId).sort()).toEqual(['health', 'ready'])
  })
})
