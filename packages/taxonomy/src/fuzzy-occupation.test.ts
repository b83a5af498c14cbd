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
})
