import { describe, expect, it } from 'vitest'
import { createConceptSpace } from './create-concept-space.js'
import { testTaxonomy } from './internal/test-fixtures.js'
import { norm } from './internal/vectors.js'

const taxonomy = testTaxonomy()

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0
  for (let i = 0; i < a.length; i++) dot += (a[i] as number) * (b[i] as number)
  return dot
}

describe('createConceptSpace', () => {
  const space = createConceptSpace(taxonomy)

  it('gives every concept a unit vector of the requested dimensions', () => {
    expect(space.dimensions).toBe(128)
    for (const concept of taxonomy.all()) {
      const vector = space.vectorOf(concept.id)
      expect(vector).toHaveLength(128)
      expect(norm(vector)).toBeCloseTo(1, 5)
    }
    expect(createConceptSpace(taxonomy, { dimensions: 16 }).vectorOf('skill.pastry')).toHaveLength(16)
  })

  it('puts siblings, parent and child, and related concepts closer than unrelated ones', () => {
    const v = (id: string) => space.vectorOf(id)
    const unrelated = Math.max(
      Math.abs(cosine(v('skill.pastry'), v('skill.welding'))),
      Math.abs(cosine(v('skill.pastry'), v('skill.excel'))),
      Math.abs(cosine(v('skill.customer-service'), v('skill.tig-welding'))),
    )
    expect(cosine(v('skill.pastry'), v('skill.grilling'))).toBeGreaterThan(unrelated + 0.1)
    expect(cosine(v('skill.pastry'), v('skill.cooking'))).toBeGreaterThan(unrelated + 0.1)
    expect(cosine(v('skill.customer-service'), v('skill.communication'))).toBeGreaterThan(unrelated + 0.1)
    expect(cosine(v('skill.pastry'), v('skill.grilling'))).toBeGreaterThan(cosine(v('skill.pastry'), v('skill.tig-welding')))
  })

  it('is deterministic: a fresh space with the same seed gives the same bits, another seed does not', () => {
    const again = createConceptSpace(testTaxonomy())
    expect(Array.from(again.vectorOf('skill.haccp'))).toEqual(Array.from(space.vectorOf('skill.haccp')))
    expect(space.vectorOf('skill.haccp')).toBe(space.vectorOf('skill.haccp'))
    const other = createConceptSpace(taxonomy, { seed: 'other' })
    expect(Array.from(other.vectorOf('skill.haccp'))).not.toEqual(Array.from(space.vectorOf('skill.haccp')))
  })

  it('gives a concept unknown to the taxonomy its own stable vector', () => {
    const vector = space.vectorOf('skill.not-in-taxonomy')
    expect(norm(vector)).toBeCloseTo(1, 5)
    expect(Array.from(createConceptSpace(taxonomy).vectorOf('skill.not-in-taxonomy'))).toEqual(Array.from(vector))
  })

  it('pins a vector, so that a change of generator (which would change every persisted index) is noticed', () => {
    expect(Array.from(createConceptSpace(taxonomy, { dimensions: 4 }).vectorOf('skill.pastry')).map((x) => x.toFixed(4))).toEqual([
      '-0.2888',
      '-0.6596',
      '0.4554',
      '-0.5236',
    ])
  })
})
