import type { Evidence } from '@incontro/core'
import { builtinTaxonomy, conceptCredit } from '@incontro/taxonomy'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCreditLookup } from './held-concepts.js'

const taxonomy = builtinTaxonomy()
const ids = taxonomy.all().map((c) => c.id)

describe('createCreditLookup', () => {
  it('gives the same credit as conceptCredit for every concept of the taxonomy', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 12 }), (held) => {
        const have = new Map<string, Evidence[]>(held.map((id, i) => [id, [{ start: i, end: i + 1 }]]))
        const lookup = createCreditLookup(have, taxonomy)
        for (const id of ids) expect(lookup(id)).toEqual(conceptCredit(id, have, taxonomy))
      }),
      { numRuns: 60 },
    )
  })
})
