import { expectSwapInvariant } from '@incontro/fairness/testing'
import { describe, it } from 'vitest'
import { createPipeline } from './pipeline.js'

const engine = createPipeline()

describe('neutral profiles', () => {
  it('are identical for the female and male variants of a CV (Italian and English)', async () => {
    await expectSwapInvariant((text, sourceId) => engine.neutralizeCv(text, { sourceId }).profile, { numRuns: 60 })
  })

  it('give the same competences for both variants', async () => {
    await expectSwapInvariant((text, sourceId) => engine.competences(engine.neutralizeCv(text, { sourceId }).profile), { numRuns: 30, language: 'it' })
  })
})
