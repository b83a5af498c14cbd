import { builtinTaxonomy } from '@incontro/taxonomy'
import { describe, expect, it } from 'vitest'
import { cookProfile, studentProfile } from './internal/fixtures.js'
import { milanCourseCatalogue } from './milan-course-catalogue.js'
import { orientationWeights, orientOccupations } from './orient-occupations.js'

const taxonomy = builtinTaxonomy()

describe('orientOccupations', () => {
  it('ranks kitchen occupations first for a cook, in descending score with ties by id', () => {
    const { occupations, considered } = orientOccupations(cookProfile(), { taxonomy, limit: 5, today: '2026-11' })
    expect(considered).toBeGreaterThan(50)
    expect(occupations[0]?.occupation).toBe('occ.cook')
    expect(occupations.slice(0, 3).map((o) => o.occupation)).toContain('occ.kitchen-assistant')
    for (let i = 1; i < occupations.length; i++) {
      const [a, b] = [occupations[i - 1], occupations[i]]
      expect(a && b && (a.score > b.score || (a.score === b.score && a.occupation < b.occupation))).toBe(true)
    }
  })

  it('makes every score the weighted sum of its parts', () => {
    for (const fit of orientOccupations(cookProfile(), { taxonomy, limit: 10 }).occupations) {
      const sum = orientationWeights.essential * fit.essentialCoverage + orientationWeights.optional * fit.optionalCoverage + orientationWeights.closeness * fit.closeness
      expect(fit.score).toBeCloseTo(sum, 5)
      expect(fit.gaps.essential.coverage).toBeCloseTo(fit.essentialCoverage, 5)
    }
  })

  it('orients a student without experience by skills alone, each occupation with a training path', () => {
    const { occupations } = orientOccupations(studentProfile(), { taxonomy, limit: 3, catalogue: milanCourseCatalogue() })
    expect(occupations).toHaveLength(3)
    for (const fit of occupations) {
      expect(fit.closeness).toBe(0)
      expect(fit.essentialCoverage).toBeGreaterThan(0)
      expect(fit.training?.needs.length).toBe(fit.gaps.essential.missing.length + fit.gaps.essential.partial.length)
    }
  })
})
