// Type tests, checked by `tsc -p tsconfig.check.json`: audit attributes cannot reach matching.
import type { AuditAttributes } from '@incontro/fairness'
import type { Matcher } from '@incontro/match'
import { embedProfile, scoreMatch, type ConceptSpace } from '@incontro/match'
import type { NeutralProfile, NeutralVacancy } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import type { Engine } from './create-engine.js'

declare const engine: Engine
declare const matcher: Matcher
declare const taxonomy: Taxonomy
declare const space: ConceptSpace
declare const vacancy: NeutralVacancy
declare const profile: NeutralProfile
declare const attributes: AuditAttributes
/** What a careless integration might build: a profile-shaped object carrying a protected attribute, without the brand. */
declare const profileWithGender: Omit<NeutralProfile, never> & { gender: string }
declare const plainRecord: { id: string; gender: string; ageBand: string }

void engine.addProfiles([profile])

// @ts-expect-error the audit-attribute store is not a profile
void engine.addProfiles([attributes])
// @ts-expect-error nor are its plain records
void engine.addProfiles([plainRecord])
// @ts-expect-error nor is the store accepted by the matcher
void matcher.upsertProfiles([attributes])
// @ts-expect-error nor can it be scored
scoreMatch(vacancy, attributes, { taxonomy })
// @ts-expect-error nor embedded
embedProfile(attributes, space)
// @ts-expect-error nor queried for vacancies
void engine.vacanciesFor(attributes, { k: 1 })
// @ts-expect-error attribute values are reached only through the store's methods, not as properties
void attributes.gender

// A branded profile with an extra field still type-checks (TypeScript types are open); keeping attributes in
// their own store, and never on profiles, is what keeps them out. This line documents the limit.
void engine.addProfiles([profileWithGender])
