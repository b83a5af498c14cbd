import type { NeutralProfile } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { profileFeatures } from './profile-features.js'
import { textFeatures } from './text-features.js'

describe('textFeatures', () => {
  it('lists distinct folded words, without numbers or punctuation', () => {
    expect(textFeatures('Cuoca di linea, 5 anni; cuoca!')).toEqual(['word:anni', 'word:cuoca', 'word:di', 'word:linea'])
  })
})

describe('profileFeatures', () => {
  const profile = {
    id: '0123456789abcdef',
    language: 'it',
    text: 'Esperienza in cucina e gestione turni',
    sections: [],
    experiences: [{ title: 'Cucina', occupation: 'esco:occ-cook', span: { start: 0, end: 10 } }],
    education: [],
    languages: [],
    licences: [],
    claims: [{ concept: 'esco:skill-knife', kind: 'skill', evidence: [{ span: { start: 0, end: 5 } }] }],
    absent: [],
    experienceMonths: 12,
    targetOccupations: ['esco:occ-chef'],
    provenance: { taxonomy: 't', anonymizer: 'a' },
  } as unknown as NeutralProfile

  it('lists concept and word features, each once, sorted', () => {
    const features = profileFeatures(profile)
    expect(features).toContain('concept:esco:occ-cook')
    expect(features).toContain('concept:esco:occ-chef')
    expect(features).toContain('concept:esco:skill-knife')
    expect(features).toContain('word:cucina')
    expect([...features].sort()).toEqual(features)
    expect(new Set(features).size).toBe(features.length)
  })

  it('can leave out concepts or words', () => {
    expect(profileFeatures(profile, { words: false }).every((f) => f.startsWith('concept:'))).toBe(true)
    expect(profileFeatures(profile, { concepts: false }).every((f) => f.startsWith('word:'))).toBe(true)
  })
})
