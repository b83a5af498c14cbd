import { CourseCatalogueSchema } from '@incontro/core'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { describe, expect, it } from 'vitest'
import { milanCourseCatalogue } from './milan-course-catalogue.js'

describe('milanCourseCatalogue', () => {
  const catalogue = milanCourseCatalogue()

  it('has at least 60 courses with unique ids, valid against the schema', () => {
    expect(catalogue.courses.length).toBeGreaterThanOrEqual(60)
    expect(new Set(catalogue.courses.map((c) => c.id)).size).toBe(catalogue.courses.length)
    expect(() => CourseCatalogueSchema.parse(catalogue)).not.toThrow()
  })

  it('teaches only concepts of the built-in taxonomy', () => {
    const taxonomy = builtinTaxonomy()
    const unknown = catalogue.courses.flatMap((c) => c.teaches.filter((t) => taxonomy.get(t.concept) === undefined).map((t) => `${c.id}: ${t.concept}`))
    expect(unknown).toEqual([])
  })
})
