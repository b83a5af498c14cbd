import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { jsonSchemas } from './json-schemas.js'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas')

describe('JSON Schema files', () => {
  it('are up to date with the zod schemas (run `pnpm schemas` after changing a schema)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'))
      expect(committed, name).toEqual(schema)
    }
  })

  it('describe a neutral profile without any protected attribute', () => {
    const properties = Object.keys((jsonSchemas().NeutralProfile as { properties: Record<string, unknown> }).properties)
    for (const forbidden of ['gender', 'sex', 'age', 'birthDate', 'nationality', 'maritalStatus', 'photo', 'name', 'email']) {
      expect(properties).not.toContain(forbidden)
    }
  })
})
