// Type tests, checked by `tsc -p tsconfig.check.json`: matching accepts only branded neutral records.
import type { NeutralProfile, NeutralVacancy, ParsedProfile } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import type { Matcher } from './create-matcher.js'
import { embedProfile } from './embed-profile.js'
import { scoreMatch } from './score-match.js'
import type { ConceptSpace } from './create-concept-space.js'

declare const taxonomy: Taxonomy
declare const space: ConceptSpace
declare const matcher: Matcher
declare const vacancy: NeutralVacancy
declare const profile: NeutralProfile
declare const parsed: ParsedProfile
declare const lookalike: { [K in keyof NeutralProfile as K extends string ? K : never]: NeutralProfile[K] }

scoreMatch(vacancy, profile, { taxonomy })
embedProfile(profile, space)
void matcher.upsertProfiles([profile])

// @ts-expect-error a parsed, un-anonymized profile is not accepted
scoreMatch(vacancy, parsed, { taxonomy })
// @ts-expect-error nor is an object with the same fields but no brand
embedProfile(lookalike, space)
// @ts-expect-error a profile is not a vacancy
void matcher.candidatesFor(profile, { k: 1 })
