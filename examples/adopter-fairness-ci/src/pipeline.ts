/**
 * The pipeline under test: in a real project this is your own configuration of Incontro (your taxonomy,
 * your key handling, your filters). The fairness suite imports it from here and never looks inside.
 */
import { builtinTaxonomy } from '@incontro/taxonomy'
import { createEngine, type Engine } from 'incontro'

// Loaded once: every ranking below builds a fresh engine (a fresh index) over the same taxonomy.
const taxonomy = builtinTaxonomy()

/** The engine as this deployment configures it; the key comes from the environment in production. */
export function createPipeline(): Engine {
  return createEngine({ key: process.env.INCONTRO_KEY ?? 'adopter-ci-test-key-not-secret', index: 'exact', today: '2026-06', taxonomy })
}

/** Ranks CVs for a vacancy text and returns their source ids, best first: the whole path from texts to a shortlist. */
export async function rankCvs(cvs: readonly { sourceId: string; text: string }[], vacancy: { sourceId: string; text: string }): Promise<string[]> {
  const engine = createPipeline()
  const sourceOf = new Map<string, string>()
  const profiles = cvs.map((cv) => {
    const { profile } = engine.neutralizeCv(cv.text, { sourceId: cv.sourceId })
    sourceOf.set(profile.id, cv.sourceId)
    return profile
  })
  await engine.addProfiles(profiles)
  const results = await engine.candidatesFor(engine.neutralizeVacancy(vacancy.text, { sourceId: vacancy.sourceId }), { k: cvs.length })
  return results.map((r) => sourceOf.get(r.profileId) as string)
}
