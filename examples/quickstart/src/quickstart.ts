import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { MatchResult } from '@incontro/core'
import { createEngine } from 'incontro'

/** One ranked candidate of the quickstart, as a portal would show it. */
export interface QuickstartRow {
  cv: string
  score: number
  /** Component name → weight × value, the parts that add up to the score. */
  parts: Record<string, number>
  missingEssential: string[]
}

/**
 * Neutralizes every CV of a directory (female variants only), indexes them, and ranks them for one
 * vacancy with explanations and gaps — the API example of the README, end to end.
 */
export async function runQuickstart(dataDir: string, vacancyFile: string, k = 5): Promise<QuickstartRow[]> {
  const engine = createEngine({ key: 'quickstart-key-use-a-secret-in-production', today: '2026-11' })
  const cvDir = join(dataDir, 'cvs')
  const cvOf = new Map<string, string>()
  const profiles = readdirSync(cvDir)
    .filter((name) => name.includes('.f.'))
    .sort()
    .map((name) => {
      const { profile } = engine.neutralizeCv(readFileSync(join(cvDir, name)), { sourceId: name })
      cvOf.set(profile.id, name)
      return profile
    })
  await engine.addProfiles(profiles)
  const vacancy = engine.neutralizeVacancy(readFileSync(join(dataDir, 'vacancies', vacancyFile)), { sourceId: vacancyFile })
  const results: MatchResult[] = await engine.candidatesFor(vacancy, { k })
  return results.map((result) => {
    const profile = profiles.find((p) => p.id === result.profileId)
    const gaps = profile ? engine.assess(profile, vacancy) : undefined
    return {
      cv: cvOf.get(result.profileId) ?? result.profileId,
      score: result.score,
      parts: Object.fromEntries(result.components.map((c) => [c.name, c.contribution])),
      missingEssential: gaps ? gaps.essential.missing.map((m) => engine.taxonomy.label(m.required, vacancy.language)) : [],
    }
  })
}
