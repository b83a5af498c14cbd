import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureTaxonomy } from './internal/fixture-taxonomy.js'
import { loadTaxonomy } from './load-taxonomy.js'
import { saveTaxonomy } from './save-taxonomy.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'incontro-save-test-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('saveTaxonomy', () => {
  it('writes a readable header with magic, format, version, count and checksum before the payload', async () => {
    const taxonomy = fixtureTaxonomy()
    const path = join(dir, 'header.taxonomy')
    await saveTaxonomy(taxonomy, path)
    const [magic, header] = (await readFile(path)).toString('latin1').split('\n')
    expect(magic).toBe('INCONTRO-TAXONOMY')
    expect(JSON.parse(header ?? '')).toMatchObject({ format: 1, version: taxonomy.version, concepts: taxonomy.size, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
  })

  it('replaces an existing file atomically and leaves no temporary file behind', async () => {
    const path = join(dir, 'replace.taxonomy')
    await writeFile(path, 'previous content')
    await saveTaxonomy(fixtureTaxonomy(), path)
    expect((await loadTaxonomy(path)).size).toBe(fixtureTaxonomy().size)
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('fails without touching anything when the folder does not exist', async () => {
    await expect(saveTaxonomy(fixtureTaxonomy(), join(dir, 'missing', 'x.taxonomy'))).rejects.toThrow()
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
