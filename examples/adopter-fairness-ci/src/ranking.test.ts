import { expectRankingSwapInvariant } from '@incontro/fairness/testing'
import { describe, it } from 'vitest'
import { rankCvs } from './pipeline.js'

describe('rankings', () => {
  it('do not change when every CV is written in the other gender, nor when the ad uses the other gendered title', async () => {
    await expectRankingSwapInvariant(rankCvs, { numRuns: 4, minSize: 8, maxSize: 16 })
  })
})
