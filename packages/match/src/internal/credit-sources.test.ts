import { describe, expect, it } from 'vitest'
import { createCreditSources } from './credit-sources.js'
import { testTaxonomy } from './test-fixtures.js'

const taxonomy = testTaxonomy()

describe('createCreditSources', () => {
  it('lists exactly the concepts with a positive similarity to the required one, with that similarity', () => {
    const sources = createCreditSources(taxonomy)
    const ids = [...taxonomy.all().map((concept) => concept.id), 'skill.unknown']
    for (const required of ids) {
      const expected = new Map(
        ids.map((held) => [held, taxonomy.similarity(required, held).value] as const).filter(([, value]) => value > 0),
      )
      expect(new Map([...sources(required)].sort())).toEqual(new Map([...expected].sort()))
    }
  })
})
