import { NeutralProfileSchema, NeutralVacancySchema, keyedHash } from '@incontro/core'
import type { CefrLevel, ConceptKind, Importance, NeutralProfile, NeutralVacancy, RequirementSource } from '@incontro/core'
import { createTaxonomy, type ConceptDefinition, type Taxonomy } from '@incontro/taxonomy'

const skill = (id: string, label: string, extra: Partial<ConceptDefinition> = {}): ConceptDefinition => ({
  id,
  kind: 'skill',
  labels: [
    { text: label, lang: 'en', role: 'preferred' },
    { text: label, lang: 'it', role: 'preferred' },
  ],
  ...extra,
})

/** A small hand-built taxonomy for the tests of this package: kitchen, food safety, welding, office. */
export function testTaxonomy(): Taxonomy {
  return createTaxonomy(
    [
      skill('skill.cooking', 'cooking'),
      skill('skill.pastry', 'pastry', { broader: ['skill.cooking'] }),
      skill('skill.grilling', 'grilling', { broader: ['skill.cooking'] }),
      skill('skill.food-safety', 'food safety'),
      skill('skill.haccp', 'HACCP', { broader: ['skill.food-safety'] }),
      skill('skill.customer-service', 'customer service', { related: ['skill.communication'] }),
      skill('skill.soft-skills', 'soft skills'),
      skill('skill.communication', 'communication', { broader: ['skill.soft-skills'] }),
      skill('skill.welding', 'welding'),
      skill('skill.tig-welding', 'TIG welding', { broader: ['skill.welding'] }),
      skill('skill.office', 'office software'),
      skill('skill.excel', 'Excel', { broader: ['skill.office'] }),
      {
        id: 'occ.cook',
        kind: 'occupation',
        isco: '5120',
        labels: [{ text: 'cook', lang: 'en', role: 'preferred' }],
        essential: ['skill.cooking', 'skill.haccp'],
      },
      { id: 'occ.cook-assistant', kind: 'occupation', isco: '5120', labels: [{ text: 'cook assistant', lang: 'en', role: 'preferred' }] },
      { id: 'occ.pastry-cook', kind: 'occupation', isco: '5120', broader: ['occ.cook'], labels: [{ text: 'pastry cook', lang: 'en', role: 'preferred' }] },
      { id: 'occ.welder', kind: 'occupation', isco: '7212', labels: [{ text: 'welder', lang: 'en', role: 'preferred' }] },
      { id: 'lang.en', kind: 'language', code: 'en', labels: [{ text: 'English', lang: 'en', role: 'preferred' }] },
      { id: 'lang.it', kind: 'language', code: 'it', labels: [{ text: 'Italian', lang: 'en', role: 'preferred' }] },
      { id: 'lic.b', kind: 'licence', code: 'B', labels: [{ text: 'driving licence B', lang: 'en', role: 'preferred' }] },
    ],
    { version: 'match-test-1' },
  )
}

/** A pseudonymous id for a test name. */
export function testId(name: string): string {
  return keyedHash('test', name, 32)
}

const provenance = { taxonomy: 'match-test-1', anonymizer: 'test' }

/** Concepts of a test profile; each claim gets one piece of evidence per repetition. */
export interface TestProfileInput {
  name: string
  skills?: readonly (string | { concept: string; kind?: ConceptKind; times?: number; section?: string })[]
  /** Occupations of experiences, 24 months each unless given. */
  occupations?: readonly (string | { occupation: string; months: number })[]
  /** Occupations stated as the objective. */
  targets?: readonly string[]
  /** The neutral text (blank by default, so it has no words). */
  text?: string
  languages?: readonly { code: string; level: CefrLevel }[]
  licences?: readonly string[]
  eqfLevel?: number
  experienceMonths?: number
}

/** Builds a neutral profile the only way code outside `anonymize` may: by parsing it. */
export function testProfile(input: TestProfileInput): NeutralProfile {
  let position = 0
  const claims = (input.skills ?? []).map((entry) => {
    const { concept, kind = 'skill', times = 1, section = 'skills' } = typeof entry === 'string' ? { concept: entry } : entry
    const evidence = Array.from({ length: times }, () => {
      const start = position
      position += 10
      return { start, end: start + 8, section }
    })
    return { concept, kind, evidence }
  })
  const experiences = (input.occupations ?? []).map((entry, i) => ({
    title: `experience ${i + 1}`,
    occupation: typeof entry === 'string' ? entry : entry.occupation,
    months: typeof entry === 'string' ? 24 : entry.months,
    span: { start: 1000 + 100 * i, end: 1090 + 100 * i },
  }))
  return NeutralProfileSchema.parse({
    id: testId(input.name),
    language: 'it',
    text: input.text ?? ' '.repeat(2000),
    sections: [],
    experiences,
    education: input.eqfLevel === undefined ? [] : [{ title: 'diploma', eqfLevel: input.eqfLevel, span: { start: 1500, end: 1520 } }],
    languages: input.languages ?? [],
    licences: input.licences ?? [],
    claims,
    absent: [],
    experienceMonths: input.experienceMonths ?? 0,
    ...(input.eqfLevel === undefined ? {} : { eqfLevel: input.eqfLevel }),
    ...(input.targets === undefined ? {} : { targetOccupations: input.targets }),
    provenance,
  })
}

/** What a test vacancy asks for. */
export interface TestVacancyInput {
  name: string
  essential?: readonly string[]
  preferred?: readonly string[]
  occupation?: string
  languages?: readonly { code: string; level: CefrLevel; importance?: Importance }[]
  eqfLevel?: { level: number; importance: Importance }
  licences?: readonly { code: string; importance?: Importance }[]
  experienceMonths?: number
  /** Where the ad states a required concept (a requirement line when not given). */
  sources?: Readonly<Record<string, RequirementSource>>
  /** Title and neutral text (empty and blank by default, so the ad has no words). */
  title?: string
  text?: string
  language?: 'it' | 'en'
}

/** Builds a neutral vacancy by parsing it. */
export function testVacancy(input: TestVacancyInput): NeutralVacancy {
  const requirement = (importance: Importance) => (concept: string, i: number) => ({
    concept,
    kind: 'skill' as const,
    importance,
    ...(input.sources?.[concept] === undefined ? {} : { source: input.sources[concept] }),
    evidence: [{ start: i * 10, end: i * 10 + 5 }],
  })
  return NeutralVacancySchema.parse({
    id: testId(input.name),
    language: input.language ?? 'en',
    title: input.title ?? '',
    ...(input.occupation === undefined ? {} : { occupation: input.occupation }),
    text: input.text ?? ' '.repeat(500),
    requirements: [...(input.essential ?? []).map(requirement('essential')), ...(input.preferred ?? []).map(requirement('preferred'))],
    languages: (input.languages ?? []).map((l) => ({ code: l.code, level: l.level, importance: l.importance ?? 'essential' })),
    ...(input.eqfLevel === undefined ? {} : { eqfLevel: input.eqfLevel }),
    licences: (input.licences ?? []).map((l) => ({ code: l.code, importance: l.importance ?? 'essential' })),
    ...(input.experienceMonths === undefined ? {} : { experienceMonths: input.experienceMonths }),
    contract: [],
    provenance,
  })
}
