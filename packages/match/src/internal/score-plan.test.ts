import type { CefrLevel, Importance } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { scoreMatch } from '../score-match.js'
import { createCreditSources } from './credit-sources.js'
import { createScoreInputs, createScorePlan } from './score-plan.js'
import { seededRandom } from './prng.js'
import { testProfile, testTaxonomy, testVacancy } from './test-fixtures.js'

const taxonomy = testTaxonomy()
const sources = createCreditSources(taxonomy)
const scoreInputs = createScoreInputs()
const concepts = [...taxonomy.all().map((concept) => concept.id), 'skill.unknown']
const levels: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native']
const importances: Importance[] = ['essential', 'preferred']

describe('createScorePlan', () => {
  it('gives every profile exactly the score and the unmet constraints scoreMatch gives it', () => {
    const random = seededRandom('score-plan')
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
    const some = <T>(items: readonly T[], most: number): T[] => Array.from({ length: Math.floor(random() * (most + 1)) }, () => pick(items))
    const profiles = Array.from({ length: 120 }, (_, i) =>
      testProfile({
        name: `p${i}`,
        skills: some(concepts, 6).map((concept) => ({ concept, times: 1 + Math.floor(random() * 2) })),
        occupations: some(['occ.cook', 'occ.welder', 'lic.b'], 2),
        languages: some(['en', 'it', 'fr'], 3).map((code) => ({ code, level: pick(levels) })),
        licences: some(['B', ' b ', 'C'], 2),
        ...(random() < 0.8 ? { eqfLevel: 1 + Math.floor(random() * 8) } : {}),
        experienceMonths: Math.floor(random() * 60),
      }),
    )
    const vacancies = Array.from({ length: 60 }, (_, i) =>
      testVacancy({
        name: `v${i}`,
        essential: some(concepts, 4),
        preferred: some(concepts, 4),
        languages: some(['en', 'it'], 2).map((code) => ({ code, level: pick(levels), importance: pick(importances) })),
        ...(random() < 0.7 ? { eqfLevel: { level: 1 + Math.floor(random() * 8), importance: pick(importances) } } : {}),
        licences: some(['B', 'C', 'CQC'], 2).map((code) => ({ code, importance: pick(importances) })),
        experienceMonths: pick([0, 12, 36]),
      }),
    )
    // Inputs first: a plan knows the concept numbers assigned before it was made, as in the matcher.
    const inputs = profiles.map((profile) => scoreInputs.inputOf(profile))
    for (const input of inputs) scoreInputs.add(input)
    const weightings = [undefined, { essential: 0.7, languages: 0, licences: 0.3 }]
    for (const weights of weightings) {
      const options = weights === undefined ? { taxonomy, population: scoreInputs } : { taxonomy, weights, population: scoreInputs }
      for (const vacancy of vacancies) {
        const plan = createScorePlan(vacancy, { ...options, sources })
        for (const [i, profile] of profiles.entries()) {
          const expected = scoreMatch(vacancy, profile, options)
          const input = inputs[i] as (typeof inputs)[number]
          expect(Object.is(plan.score(input), expected.score)).toBe(true)
          // The matcher's two-pass scoring: the partial sum, then the word component, bit for bit.
          expect(Object.is(plan.complete(input, plan.partial(input)), expected.score)).toBe(true)
          expect(plan.bound(input)).toBe(plan.partial(input) + plan.lexicalWeight)
          expect(plan.hasUnmet(input)).toBe(expected.unmet.length > 0)
          // The bound the matcher prunes with never falls below the score.
          expect(plan.bound(input)).toBeGreaterThanOrEqual(expected.score)
        }
      }
    }
  })
})
