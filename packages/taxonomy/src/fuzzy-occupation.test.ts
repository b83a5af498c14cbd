import { describe, expect, it } from 'vitest'
import { builtinTaxonomy } from './builtin-taxonomy.js'
import { fuzzyOccupation } from './fuzzy-occupation.js'

const taxonomy = builtinTaxonomy()

describe('fuzzyOccupation', () => {
  it('codes misspelt titles by the closest occupation label', () => {
    expect(fuzzyOccupation('Baista', taxonomy)).toBe('occ.barista')
    expect(fuzzyOccupation('Checout operator', taxonomy)).toBe('occ.cashier')
    expect(fuzzyOccupation('Addettə al serviizo in sala', taxonomy)).toBe('occ.waiter')
  })

  it('prefers the label covering most words over a shorter generic one', () => {
    expect(fuzzyOccupation('operatorə di cassa supermercato', taxonomy)).toBe('occ.cashier')
  })

  it('codes a title that is exactly a context-bound label, and nothing for words that are no job', () => {
    expect(fuzzyOccupation('OSS', taxonomy)).toBe('occ.oss')
    expect(fuzzyOccupation('Tirocinio curriculare', taxonomy)).toBeUndefined()
    expect(fuzzyOccupation('in corso', taxonomy)).toBeUndefined()
  })

  it('reads no real word, and no other ending of a word, as a misspelt occupation', () => {
    // "governance" is a word of the taxonomy, not a typo of "governante"; "Development" is no "developer".
    expect(fuzzyOccupation('Specialista Governance Bancaria', taxonomy)).toBeUndefined()
    expect(fuzzyOccupation('Senior Development & Compensation Specialist', taxonomy)).toBeUndefined()
    expect(fuzzyOccupation('Medical Education Manager', taxonomy)).toBeUndefined()
    expect(fuzzyOccupation('Energy Specialist Tier 1', taxonomy)).toBeUndefined()
    // Inflections still match: the plural titles of public-centre ads.
    expect(fuzzyOccupation('Cuochi', taxonomy)).toBe('occ.cook')
  })
})
