import { existsSync } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importEsco, type EscoImport } from './import-esco.js'
import { loadTaxonomy } from './load-taxonomy.js'
import { saveTaxonomy } from './save-taxonomy.js'
import { taxonomyStats } from './taxonomy-stats.js'

// Reads the reference ESCO exports in ../shared/data (next to the repository root); never copies them.
const dataDir = fileURLToPath(new URL('../../../../shared/data', import.meta.url))
const dirs = [join(dataDir, 'esco-v1.1.1-en'), join(dataDir, 'esco-occupations-v1.0.8-it-en')]
const present = dirs.every((dir) => existsSync(dir))
const title = 'importEsco on ../shared/data (reference ESCO v1.1.1 en + v1.0.8 it)'

// "technical director" in ESCO; its Italian preferred label is a masculine/feminine pair.
const technicalDirector = 'esco:occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34'

describe.skipIf(!present)(present ? title : `${title}: skipped, ../shared/data not found`, () => {
  let imported: EscoImport
  let folder: string
  beforeAll(async () => {
    imported = await importEsco(dirs, { version: 'esco-1.1.1-en+1.0.8-it' })
    folder = await mkdtemp(join(tmpdir(), 'incontro-esco-shared-'))
  })
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('imports every skill, knowledge item and occupation', () => {
    expect(imported.stats.skills + imported.stats.knowledge).toBeGreaterThanOrEqual(13_000)
    expect(imported.stats.occupations).toBeGreaterThanOrEqual(3_000)
    expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('gives Italian occupations masculine, feminine and neutral titles', () => {
    const labels = imported.taxonomy.require(technicalDirector).labels
    expect(labels).toContainEqual({ text: 'direttore tecnico di allestimento', lang: 'it', role: 'masculine' })
    expect(labels).toContainEqual({ text: 'direttrice tecnica di allestimento', lang: 'it', role: 'feminine' })
    expect(labels).toContainEqual({ text: 'technical director', lang: 'en', role: 'preferred' })
    expect(imported.taxonomy.neutralTitle(technicalDirector, 'it')).toBe('direttore/trice tecnico/a di allestimento')
    const stats = taxonomyStats(imported.taxonomy)
    expect(stats.labels.byLanguageAndRole.it.masculine).toBeGreaterThan(1_000)
    expect(stats.labels.byLanguageAndRole.it.feminine).toBeGreaterThan(1_000)
  })

  it('links occupations to their essential and optional skills', () => {
    const director = imported.taxonomy.require(technicalDirector)
    expect(director.essential?.length).toBeGreaterThan(0)
    for (const id of director.essential ?? []) expect(['skill', 'knowledge']).toContain(imported.taxonomy.require(id).kind)
    const stats = taxonomyStats(imported.taxonomy)
    expect(stats.relations.essential).toBeGreaterThan(60_000)
    expect(stats.relations.optional).toBeGreaterThan(50_000)
    expect(stats.relations.broader).toBeGreaterThan(5_000)
  })

  it('saves and loads back an identical taxonomy', async () => {
    const path = join(folder, 'esco.taxonomy')
    await saveTaxonomy(imported.taxonomy, path)
    expect((await stat(path)).size).toBeLessThan(10 * 1024 * 1024)
    const loaded = await loadTaxonomy(path)
    expect(loaded.version).toBe(imported.taxonomy.version)
    expect(JSON.stringify(loaded.all())).toBe(JSON.stringify(imported.taxonomy.all()))
  })
})
