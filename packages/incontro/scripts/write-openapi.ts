// Writes docs/api/openapi.json from the routes' zod schemas. Run with `pnpm openapi`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createOpenApiDocument } from '../src/serve/create-openapi-document.js'
import { serverRoutes } from '../src/serve/server-routes.js'

const here = dirname(fileURLToPath(import.meta.url))
const { version } = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as { version: string }
const path = join(here, '..', '..', '..', 'docs', 'api', 'openapi.json')
mkdirSync(dirname(path), { recursive: true })
writeFileSync(path, `${JSON.stringify(createOpenApiDocument(serverRoutes, { version }), null, 2)}\n`)
process.stdout.write(`wrote ${path}\n`)
