import { describe, expect, it } from 'vitest'
import { createTaxonomy } from './create-taxonomy.js'
import { taxonomyStats } from './taxonomy-stats.js'

describe('taxonomyStats', () => {
  it('counts concepts by kind, labels by language and role, relations and codes', () => {
    const taxonomy = createTaxonomy(
      [
        { id: 's1', kind: 'skill', labels: [{ text: 'saldatura', lang: 'it', role: 'preferred' }, { text: 'welding', lang: 'en', role: 'preferred' }], escoUri: 'http://data.europa.eu/esco/skill/1' },
        { id: 's2', kind: 'skill', labels: [{ text: 'TIG welding', lang: 'en', role: 'preferred' }, { text: 'TIG', lang: 'en', role: 'abbreviation' }], broader: ['s1'], related: ['k1'] },
        { id: 'k1', kind: 'knowledge', labels: [{ text: 'metallurgy', lang: 'en', role: 'preferred' }] },
        {
          id: 'o1',
          kind: 'occupation',
          isco: '7212',
          labels: [
            { text: 'saldatore', lang: 'it', role: 'masculine' },
            { text: 'saldatrice', lang: 'it', role: 'feminine' },
            { text: 'saldatore/trice', lang: 'it', role: 'neutral' },
            { text: 'welder', lang: 'en', role: 'preferred' },
          ],
          essential: ['s1', 's2'],
          optional: ['k1'],
        },
      ],
      { version: 'test-1' },
    )
    const stats = taxonomyStats(taxonomy)
    expect(stats).toMatchObject({
      version: 'test-1',
      concepts: 4,
      byKind: { skill: 2, knowledge: 1, occupation: 1, language: 0, licence: 0, qualification: 0 },
      relations: { broader: 1, related: 1, essential: 2, optional: 1 },
      withEscoUri: 1,
      withIsco: 1,
    })
    expect(stats.labels.total).toBe(9)
    expect(stats.labels.byLanguage).toEqual({ it: 4, en: 5 })
    expect(stats.labels.byRole).toMatchObject({ preferred: 5, masculine: 1, feminine: 1, neutral: 1, abbreviation: 1, alt: 0 })
    expect(stats.labels.byLanguageAndRole.it).toMatchObject({ preferred: 1, masculine: 1, feminine: 1, neutral: 1 })
  })
})
