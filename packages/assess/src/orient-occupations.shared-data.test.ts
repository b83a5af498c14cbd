import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { NeutralProfileSchema } from '@incontro/core'
import { builtinTaxonomy, importEsco, type Taxonomy } from '@incontro/taxonomy'
import { beforeAll, describe, expect, it } from 'vitest'
import { assessOccupationGaps } from './assess-occupation-gaps.js'
import { milanCourseCatalogue } from './milan-course-catalogue.js'
import { orientOccupations } from './orient-occupations.js'
import { recommendTraining } from './recommend-training.js'

// Reads the reference ESCO exports in ../shared/data (next to the repository root); never copies them.
const dataDir = fileURLToPath(new URL('../../../../shared/data', import.meta.url))
const dirs = [join(dataDir, 'esco-v1.1.1-en'), join(dataDir, 'esco-occupations-v1.0.8-it-en')]
const present = dirs.every((dir) => existsSync(dir))
const title = 'orientation and gaps over the ESCO import of ../shared/data'

describe.skipIf(!present)(present ? title : `${title}: skipped, ../shared/data not found`, () => {
  let taxonomy: Taxonomy
  beforeAll(async () => {
    taxonomy = (await importEsco(dirs, { version: 'esco-test' })).taxonomy
  }, 240_000)

  it('ranks an occupation first for a profile holding all its essential skills, with ESCO occupation–skill relations as the gap', () => {
    const occupation = taxonomy.byKind('occupation').find((o) => (o.essential ?? []).length >= 5 && (o.optional ?? []).length >= 3)
    expect(occupation).toBeDefined()
    if (!occupation) return
    const claims = (occupation.essential ?? []).map((concept, i) => ({ concept, kind: taxonomy.require(concept).kind, evidence: [{ start: i, end: i + 1 }] }))
    const profile = NeutralProfileSchema.parse({
      id: 'e'.repeat(32),
      language: 'en',
      text: '',
      sections: [],
      experiences: [],
      education: [],
      languages: [],
      licences: [],
      claims,
      absent: [],
      experienceMonths: 0,
      provenance: { taxonomy: 'esco-test', anonymizer: 'test' },
    })
    const { occupations, considered } = orientOccupations(profile, { taxonomy, limit: 5 })
    expect(considered).toBeGreaterThanOrEqual(2_900)
    expect(occupations[0]?.essentialCoverage).toBe(1)
    expect(occupations.map((o) => o.occupation)).toContain(occupation.id)
    const gaps = assessOccupationGaps(profile, occupation.id, { taxonomy })
    expect(gaps.essential.coverage).toBe(1)
    expect(gaps.optional.met.length + gaps.optional.partial.length + gaps.optional.missing.length).toBe((occupation.optional ?? []).length)
  })

  it('maps the example catalogue onto ESCO concepts through their ESCO URIs', () => {
    const builtin = builtinTaxonomy()
    const byUri = new Map(taxonomy.all().flatMap((c) => (c.escoUri ? [[c.escoUri, c.id] as const] : [])))
    // ESCO concepts that a course of the example catalogue teaches under its built-in id.
    const needs = milanCourseCatalogue()
      .courses.flatMap((c) => c.teaches)
      .flatMap((t) => {
        const uri = builtin.get(t.concept)?.escoUri
        const id = uri === undefined ? undefined : byUri.get(uri)
        return id === undefined || t.level < 2 ? [] : [{ concept: id, level: 2, reason: 'essential' as const }]
      })
      .filter((need, i, all) => all.findIndex((n) => n.concept === need.concept) === i)
    expect(needs.length).toBeGreaterThan(5)
    const path = recommendTraining(needs, { catalogue: milanCourseCatalogue(), taxonomy })
    expect(path.uncovered).toEqual([])
    expect(path.steps.length).toBeGreaterThan(0)
  })
})
