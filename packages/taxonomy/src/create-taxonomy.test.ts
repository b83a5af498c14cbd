import { isIncontroError } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { createTaxonomy } from './create-taxonomy.js'
import { fixtureTaxonomy } from './internal/fixture-taxonomy.js'

describe('createTaxonomy', () => {
  const taxonomy = fixtureTaxonomy()

  it('fills narrower from broader and walks ancestors nearest first', () => {
    expect(taxonomy.get('skill.welding')?.narrower).toEqual(['skill.tig-welding', 'skill.mig-welding'])
    expect(taxonomy.ancestors('skill.nodejs')).toEqual(['skill.javascript', 'skill.programming'])
  })

  it('scores related skills above unrelated ones', () => {
    const exact = taxonomy.similarity('skill.welding', 'skill.welding').value
    const narrower = taxonomy.similarity('skill.welding', 'skill.tig-welding').value
    const broader = taxonomy.similarity('skill.tig-welding', 'skill.welding').value
    const sibling = taxonomy.similarity('skill.tig-welding', 'skill.mig-welding').value
    const related = taxonomy.similarity('skill.coffee', 'skill.table-service').value
    const unrelated = taxonomy.similarity('skill.tig-welding', 'skill.haccp').value
    expect(exact).toBe(1)
    expect(narrower).toBeGreaterThan(broader)
    expect(broader).toBeGreaterThan(unrelated)
    expect(sibling).toBeGreaterThan(unrelated)
    expect(related).toBeGreaterThan(unrelated)
    expect(unrelated).toBe(0)
  })

  it('gives Italian occupations a neutral split title', () => {
    expect(taxonomy.neutralTitle('occ.waiter', 'it')).toBe('cameriere/a')
    expect(taxonomy.neutralTitle('occ.sales-director', 'it')).toBe('direttore/trice commerciale')
    expect(taxonomy.neutralTitle('occ.waiter', 'en')).toBe('server')
  })

  it('finds coded concepts by code, case-insensitively', () => {
    expect(taxonomy.byCode('licence', 'b')?.id).toBe('lic.b')
    expect(taxonomy.byCode('language', 'EN')?.id).toBe('lang.en')
  })

  it('refuses dangling references and duplicates with typed errors', () => {
    const bad = () =>
      createTaxonomy([{ id: 'a', kind: 'skill', labels: [{ text: 'a', lang: 'it', role: 'preferred' }], broader: ['missing'] }], { version: 'x' })
    expect(bad).toThrowError(/unknown concepts/)
    try {
      bad()
    } catch (error) {
      expect(isIncontroError(error, 'TAXONOMY_INVALID')).toBe(true)
    }
    const dup = { id: 'a', kind: 'skill' as const, labels: [{ text: 'a', lang: 'it' as const, role: 'preferred' as const }] }
    expect(() => createTaxonomy([dup, dup], { version: 'x' })).toThrowError(/Duplicate/)
    expect(() => taxonomy.require('nope')).toThrowError(/No concept/)
  })

  it('refuses cycles in broader', () => {
    const label = [{ text: 'x', lang: 'it' as const, role: 'preferred' as const }]
    expect(() =>
      createTaxonomy(
        [
          { id: 'a', kind: 'skill', labels: label, broader: ['b'] },
          { id: 'b', kind: 'skill', labels: label, broader: ['a'] },
        ],
        { version: 'x' },
      ),
    ).toThrowError(/cycle/)
  })
})
