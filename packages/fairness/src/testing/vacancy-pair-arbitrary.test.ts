import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { vacancyPairArbitrary } from './vacancy-pair-arbitrary.js'

describe('vacancyPairArbitrary', () => {
  it('writes the two wordings with the same lines, differing only in the job title', () => {
    fc.assert(
      fc.property(vacancyPairArbitrary(), (ad) => {
        const f = ad.feminine.split('\n')
        const m = ad.masculine.split('\n')
        expect(f.length).toBe(m.length)
        expect(ad.gendered).toBe(ad.feminine !== ad.masculine)
        expect(ad.feminine).toMatch(ad.language === 'it' ? /Requisiti:/ : /Requirements:/)
      }),
      { numRuns: 200 },
    )
  })

  it('uses the feminine and masculine titles of the occupation', () => {
    const ads = fc.sample(vacancyPairArbitrary({ language: 'it', occupations: ['nurse'] }), { numRuns: 20, seed: 1 })
    for (const ad of ads) {
      expect(ad.occupation).toBe('nurse')
      expect(ad.feminine).toContain('infermiera')
      expect(ad.masculine).toContain('infermiere')
      expect(ad.masculine).not.toContain('infermiera')
    }
  })

  it('refuses a list with no known occupation', () => {
    expect(() => vacancyPairArbitrary({ occupations: ['astronaut'] })).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_INPUT' }))
  })
})
