import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { isIncontroError } from '@incontro/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureTaxonomy } from './internal/fixture-taxonomy.js'
import { loadTaxonomy } from './load-taxonomy.js'
import { saveTaxonomy } from './save-taxonomy.js'

let dir: string
let saved: Buffer
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'incontro-load-test-'))
  await saveTaxonomy(fixtureTaxonomy(), join(dir, 'fixture.taxonomy'))
  saved = await readFile(join(dir, 'fixture.taxonomy'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function loadBytes(name: string, bytes: Buffer | string): Promise<unknown> {
  const path = join(dir, name)
  await writeFile(path, bytes)
  return loadTaxonomy(path).catch((error: unknown) => error)
}

function expectCorrupt(error: unknown, fragment: string): void {
  expect(isIncontroError(error, 'TAXONOMY_FILE_CORRUPT')).toBe(true)
  expect((error as Error).message).toContain(fragment)
}

describe('loadTaxonomy', () => {
  it('loads a taxonomy that behaves exactly like the saved one', async () => {
    const original = fixtureTaxonomy()
    const loaded = await loadTaxonomy(join(dir, 'fixture.taxonomy'))
    expect(loaded.version).toBe(original.version)
    expect(loaded.size).toBe(original.size)
    expect(loaded.all()).toEqual(original.all())
    const [a, b] = [original.all()[0]?.id ?? '', original.all()[1]?.id ?? '']
    expect(loaded.similarity(a, b)).toEqual(original.similarity(a, b))
    expect(loaded.neutralTitle('occ.waiter', 'it')).toBe(original.neutralTitle('occ.waiter', 'it'))
  })

  it('refuses a foreign file', async () => {
    expectCorrupt(await loadBytes('foreign.taxonomy', '[{"id":"x"}]'), 'does not start with INCONTRO-TAXONOMY')
    expectCorrupt(await loadBytes('empty.taxonomy', ''), 'does not start with INCONTRO-TAXONOMY')
  })

  it('refuses a truncated file', async () => {
    expectCorrupt(await loadBytes('truncated.taxonomy', saved.subarray(0, saved.length - 100)), 'truncated')
    expectCorrupt(await loadBytes('header-only.taxonomy', saved.subarray(0, 30)), 'header')
  })

  it('refuses a file whose payload was altered', async () => {
    const altered = Buffer.from(saved)
    altered[altered.length - 50] = (altered[altered.length - 50] ?? 0) ^ 0xff
    expectCorrupt(await loadBytes('altered.taxonomy', altered), 'SHA-256')
  })

  it('refuses another format version', async () => {
    const text = saved.toString('latin1').replace('"format":1', '"format":2')
    expectCorrupt(await loadBytes('future.taxonomy', Buffer.from(text, 'latin1')), 'format version 2')
  })

  it('refuses a well-formed file whose definitions are invalid', async () => {
    const payload = gzipSync('[{"id":"x","kind":"skill","labels":[]}]')
    const { createHash } = await import('node:crypto')
    const header = { format: 1, version: 'v', concepts: 1, payloadBytes: payload.length, sha256: createHash('sha256').update(payload).digest('hex') }
    const bytes = Buffer.concat([Buffer.from(`INCONTRO-TAXONOMY\n${JSON.stringify(header)}\n`), payload])
    expectCorrupt(await loadBytes('invalid.taxonomy', bytes), 'definitions are invalid')
  })

  it('says when the file does not exist', async () => {
    const error = await loadTaxonomy(join(dir, 'nope.taxonomy')).catch((e: unknown) => e)
    expect(isIncontroError(error, 'TAXONOMY_MISSING_FILE')).toBe(true)
  })
})
