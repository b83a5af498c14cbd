import fc from 'fast-check'
import { counterfactualRankingAudit, predictabilityProbe, profileFeatures } from '@incontro/fairness'
import { samplePopulation, vacancyPairArbitrary } from '@incontro/fairness/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { createPipeline } from './pipeline.js'

// A population where gender shows only through cues: nothing a neutral pipeline keeps may predict it.
const people = samplePopulation({ size: 240, seed: 2026 })
const ads = fc.sample(vacancyPairArbitrary(), { numRuns: 6, seed: 2026 })
const engine = createPipeline()
const original = people.map((p) => engine.neutralizeCv(p.cv, { sourceId: p.sourceId }).profile)
const swapped = people.map((p) => engine.neutralizeCv(p.counterfactual, { sourceId: p.sourceId }).profile)

async function rank(profiles: typeof original) {
  const ranker = createPipeline()
  await ranker.addProfiles(profiles)
  const out = []
  for (const [i, ad] of ads.entries()) {
    const vacancy = ranker.neutralizeVacancy(ad.masculine, { sourceId: `${ad.sourceId}-${i}` })
    out.push({ query: vacancy.id, ranked: (await ranker.candidatesFor(vacancy, { k: 50 })).map((r) => ({ id: r.profileId, score: r.score })) })
  }
  return out
}

let before: Awaited<ReturnType<typeof rank>> = []
let after: Awaited<ReturnType<typeof rank>> = []
beforeAll(async () => {
  before = await rank(original)
  after = await rank(swapped)
})

describe('a population audit', () => {
  it('no shortlist place flips and no score moves when every CV swaps its gender cues', () => {
    const cues = new Map(original.map((profile, i) => [profile.id, people[i]?.cues ?? []]))
    const audit = counterfactualRankingAudit(before.map((b, i) => ({ query: b.query, original: b.ranked, swapped: after[i]?.ranked ?? [] })), { k: 10, cues })
    expect(audit.flipRate).toBe(0)
    expect(audit.maxAbsScoreDelta).toBe(0)
    expect(audit.byCue.length).toBeGreaterThan(5)
  })

  it('gender cannot be predicted from the neutral profiles within an occupation better than chance', () => {
    const probe = predictabilityProbe(
      original.map((profile, i) => ({ id: profile.id, features: profileFeatures(profile), label: people[i]?.gender ?? '', stratum: people[i]?.occupation ?? '' })),
      { seed: 1 },
    )
    // The interval, not the point estimate: 240 people give an interval about ±0.07 wide.
    expect(probe.withinStrata?.ci.lower).toBeLessThan(0.5)
    expect(probe.ci.lower).toBeLessThan(0.5)
  })
})
