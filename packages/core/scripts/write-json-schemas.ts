// Writes packages/core/schemas/*.json from the zod schemas. Run with `pnpm schemas`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { jsonSchemas } from '../src/json-schemas.js'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas')
mkdirSync(dir, { recursive: true })
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`)
}
process.stdout.write(`wrote ${Object.keys(jsonSchemas()).length} JSON Schema files to ${dir}\n`)
