import { createRandom } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { aurocWithVariance } from './internal/auroc.js'
import { predictabilityProbe, type ProbeSample } from './predictability-probe.js'

/** A synthetic population: occupation words, filler words, and optionally a cue word that gives gender away. */
function population(options: { n: number; cueRate: number; genderFollowsOccupation: boolean; seed: number }): ProbeSample[] {
  const random = createRandom(options.seed)
  const samples: ProbeSample[] = []
  for (let i = 0; i < options.n; i += 1) {
    const occupation = `occ${i % 4}`
    // With genderFollowsOccupation, occupations 0 and 1 are 80% women, 2 and 3 are 20% women.
    const pFemale = options.genderFollowsOccupation ? (i % 4 < 2 ? 0.8 : 0.2) : 0.5
    const label = random() < pFemale ? 'F' : 'M'
    const features = [`word:${occupation}`, `concept:${occupation}`]
    for (let w = 0; w < 12; w += 1) features.push(`word:filler${Math.floor(random() * 60)}`)
    if (random() < options.cueRate) features.push(label === 'F' ? 'word:laureata' : 'word:laureato')
    samples.push({ id: `s${i}`, features, label, stratum: occupation })
  }
  return samples
}

describe('predictabilityProbe', () => {
  it('finds a gender cue: AUROC near 1 and the cue words at the top of the proxies', () => {
    const result = predictabilityProbe(population({ n: 400, cueRate: 1, genderFollowsOccupation: false, seed: 1 }))
    expect(result.auroc).toBeGreaterThan(0.95)
    expect(result.ci.lower).toBeGreaterThan(0.9)
    expect(result.positive).toBe('F')
    const top = result.proxies.slice(0, 2).map((proxy) => proxy.feature)
    expect(top.sort()).toEqual(['word:laureata', 'word:laureato'])
    expect(result.proxies.find((proxy) => proxy.feature === 'word:laureata')?.weight).toBeGreaterThan(0)
  })

  it('finds nothing where nothing leaks: AUROC near 0.5 with an interval that contains it', () => {
    const result = predictabilityProbe(population({ n: 400, cueRate: 0, genderFollowsOccupation: false, seed: 2 }))
    expect(Math.abs(result.auroc - 0.5)).toBeLessThan(0.1)
    expect(result.ci.lower).toBeLessThan(0.5)
    expect(result.ci.upper).toBeGreaterThan(0.5)
  })

  it('separates legitimate job content from cues: high overall, ≈ 0.5 within occupations', () => {
    const result = predictabilityProbe(population({ n: 800, cueRate: 0, genderFollowsOccupation: true, seed: 3 }))
    expect(result.auroc).toBeGreaterThan(0.7)
    expect(result.withinStrata).toBeDefined()
    expect(Math.abs((result.withinStrata?.auroc as number) - 0.5)).toBeLessThan(0.08)
    expect(result.withinStrata?.strata.map((s) => s.stratum)).toEqual(['occ0', 'occ1', 'occ2', 'occ3'])
    // With a cue, within-occupation predictability rises too.
    const cued = predictabilityProbe(population({ n: 800, cueRate: 0.8, genderFollowsOccupation: true, seed: 3 }))
    expect(cued.withinStrata?.auroc).toBeGreaterThan(0.8)
  })

  it('is not biased below 0.5 for random labels in many small strata (fold models are never compared)', () => {
    const random = createRandom(11)
    const samples: ProbeSample[] = Array.from({ length: 900 }, (_, i) => ({
      id: `s${i}`,
      features: [`concept:occ${i % 45}`, ...Array.from({ length: 10 }, () => `word:w${Math.floor(random() * 80)}`)],
      label: random() < 0.5 ? 'F' : 'M',
      stratum: `occ${i % 45}`,
    }))
    const result = predictabilityProbe(samples)
    expect(result.withinStrata?.ci.lower).toBeLessThan(0.5)
    expect(result.withinStrata?.ci.upper).toBeGreaterThan(0.5)
    expect(result.ci.lower).toBeLessThan(0.5)
    expect(result.ci.upper).toBeGreaterThan(0.5)
  })

  it('is deterministic for a seed', () => {
    const samples = population({ n: 200, cueRate: 0.3, genderFollowsOccupation: true, seed: 4 })
    expect(predictabilityProbe(samples, { seed: 9 })).toEqual(predictabilityProbe(samples, { seed: 9 }))
  })

  it('refuses too few samples, a single label and an unknown positive label', () => {
    const samples = population({ n: 20, cueRate: 0, genderFollowsOccupation: false, seed: 5 })
    expect(() => predictabilityProbe(samples.slice(0, 3))).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => predictabilityProbe(samples.map((s) => ({ ...s, label: 'F' })))).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
    expect(() => predictabilityProbe(samples, { positive: 'X' })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})

describe('aurocWithVariance (DeLong)', () => {
  it('computes the AUROC by hand, ties counting 1/2', () => {
    // Positives 0.9, 0.7; negatives 0.8, 0.6: 0.9 beats both, 0.7 beats 0.6 → 3/4.
    expect(aurocWithVariance([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0]).auroc).toBe(0.75)
    expect(aurocWithVariance([0.5, 0.5], [1, 0]).auroc).toBe(0.5)
  })

  it('matches the DeLong variance computed from its structural components by hand', () => {
    // Positives 0.9, 0.7; negatives 0.8, 0.6. V10 = (1, 0.5), V01 = (0.5, 1): S10 = S01 = 0.125 → var = 0.125/2 + 0.125/2.
    expect(aurocWithVariance([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0]).variance).toBeCloseTo(0.125, 12)
  })
})
