import { NeutralProfileSchema } from '@incontro/core'
import { cvPairArbitrary } from '@incontro/fairness/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEngine } from './create-engine.js'

const engine = createEngine({ key: 'test-deployer-key', today: '2026-11', index: 'exact' })

// `anonymize` builds its profile without re-validating it (for speed): this checks that what it builds
// always satisfies the schema that defines a NeutralProfile, and that validation changes nothing.
describe('neutral profiles satisfy their schema', () => {
  it('every profile of generated CVs (both variants, both languages) parses unchanged', () => {
    fc.assert(
      fc.property(cvPairArbitrary(), (pair) => {
        for (const text of [pair.female, pair.male]) {
          const { profile } = engine.neutralizeCv(text, { sourceId: pair.sourceId })
          const parsed = NeutralProfileSchema.safeParse(profile)
          expect(parsed.success).toBe(true)
          expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(profile))
        }
      }),
      { numRuns: 300 },
    )
  })
})
