import { createConceptSpace, createExactIndex, createMatcher, embedProfile } from '@incontro/match'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { NeutralProfileSchema } from '@incontro/core'
import { syntheticProfiles } from '../internal/population.js'
const taxonomy = builtinTaxonomy(); const space = createConceptSpace(taxonomy)
const n = 20000
const profiles = syntheticProfiles(taxonomy, n, 7)
let t = performance.now(); const json = profiles.map((p) => JSON.stringify(p)); console.log('stringify', performance.now() - t, json.reduce((a, s) => a + s.length, 0) / n)
t = performance.now(); const back = json.map((s) => JSON.parse(s)); console.log('parse', performance.now() - t)
t = performance.now(); back.forEach((p) => NeutralProfileSchema.parse(p)); console.log('zod', performance.now() - t)
t = performance.now(); profiles.forEach((p) => embedProfile(p, space)); console.log('embed', performance.now() - t)
const m = createMatcher({ taxonomy, space, profileIndex: createExactIndex({ dimensions: space.dimensions }) })
t = performance.now(); await m.upsertProfiles(profiles); console.log('upsert exact', performance.now() - t)
