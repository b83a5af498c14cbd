import { builtinTaxonomy } from '@incontro/taxonomy'
import { describe, expect, it } from 'vitest'
import { assessOccupationGaps } from './assess-occupation-gaps.js'
import { cookProfile } from './internal/fixtures.js'

const taxonomy = builtinTaxonomy()

describe('assessOccupationGaps', () => {
  it('splits a head chef’s essential skills for a cook: held skills met (claimed or implied by the role), the rest missing', () => {
    const gaps = assessOccupationGaps(cookProfile(), 'occ.chef', { taxonomy })
    const essential = taxonomy.require('occ.chef').essential ?? []
    expect([...gaps.essential.met, ...gaps.essential.partial, ...gaps.essential.missing].map((c) => c.required).sort()).toEqual([...essential].sort())
    expect(gaps.essential.met.map((c) => c.required)).toEqual(expect.arrayContaining(['skill.haccp', 'skill.cooking']))
    expect(gaps.essential.missing.map((c) => c.required)).toContain('skill.food-cost')
  })

  it('names the held skills that carry over through partial credit', () => {
    const gaps = assessOccupationGaps(cookProfile(), 'occ.chef', { taxonomy })
    for (const t of gaps.transferable) {
      for (const g of t.gives) {
        expect(g.credit).toBeGreaterThan(0)
        expect(g.credit).toBeLessThan(1)
        expect(gaps.essential.partial.concat(gaps.optional.partial).some((p) => p.required === g.required && p.via === t.concept)).toBe(true)
      }
    }
  })

  it('refuses a concept that is not an occupation, and an unknown id, with typed errors', () => {
    expect(() => assessOccupationGaps(cookProfile(), 'skill.haccp', { taxonomy })).toThrow(expect.objectContaining({ code: 'CORE_INVALID_INPUT' }))
    expect(() => assessOccupationGaps(cookProfile(), 'occ.nope', { taxonomy })).toThrow(expect.objectContaining({ code: 'TAXONOMY_UNKNOWN_CONCEPT' }))
  })
})
