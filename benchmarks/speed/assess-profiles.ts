// Competence profiles for 10,000 generated profiles, and orientation over every occupation of the
// built-in taxonomy and of the full ESCO import (when the data is there), one core.
// Baseline in the same run: orientation with conceptCredit called afresh for every (occupation, skill)
// pair, as a caller would write it without the library's per-profile memo.
// Usage: pnpm bench:assess [-- --profiles 10000 --orient 200]
import { parseArgs } from 'node:util'
import { assessCompetences, milanCourseCatalogue, orientOccupations } from '@incontro/assess'
import { createRandom, NeutralProfileSchema, type Evidence, type NeutralProfile } from '@incontro/core'
import { builtinTaxonomy, conceptCredit, type Taxonomy } from '@incontro/taxonomy'
import { loadEscoTaxonomy } from '../internal/esco-taxonomy.js'
import { syntheticProfiles } from '../internal/population.js'
import { benchmarkArgs, environment, quantile, writeResult } from '../internal/stats.js'

const { values } = parseArgs({ args: benchmarkArgs(), options: { profiles: { type: 'string', default: '10000' }, orient: { type: 'string', default: '200' } } })
const profileCount = Number(values.profiles)
const orientCount = Number(values.orient)
const out = (line: string) => process.stdout.write(`${line}\n`)
const today = '2026-11'

/**
 * The generated population with roles that hold half of each profile's claims (so the experience
 * rules run, not only mentions) and dated roles (so recency counts).
 */
function withRoles(profiles: readonly NeutralProfile[]): NeutralProfile[] {
  return profiles.map((profile, i) => {
    const half = Math.ceil(profile.claims.length / 2) * 10
    const experiences = profile.experiences.map((e) => ({ ...e, start: '2019-01', end: i % 3 === 0 ? ('present' as const) : '2022-06', span: { start: 0, end: half } }))
    return NeutralProfileSchema.parse({ ...profile, experiences, sections: [{ kind: 'experience', span: { start: 0, end: half } }, { kind: 'skills', span: { start: half, end: half + 1000 } }] })
  })
}

/** Profiles drawn from any taxonomy's occupations (ESCO has no language or licence concepts): most essential skills, some optional ones, some noise. */
function occupationProfiles(taxonomy: Taxonomy, count: number, seed: number): NeutralProfile[] {
  const random = createRandom(seed)
  const occupations = taxonomy.byKind('occupation').filter((o) => (o.essential ?? []).length > 0)
  const skills = taxonomy.byKind('skill')
  return Array.from({ length: count }, (_, i) => {
    const occupation = occupations[Math.floor(random() * occupations.length)]
    const concepts = new Set<string>()
    for (const id of occupation?.essential ?? []) if (random() < 0.7) concepts.add(id)
    for (const id of occupation?.optional ?? []) if (random() < 0.3) concepts.add(id)
    for (let n = 0; n < 3; n++) concepts.add(skills[Math.floor(random() * skills.length)]?.id ?? '')
    concepts.delete('')
    const claims = [...concepts].sort().map((concept, n) => ({ concept, kind: taxonomy.require(concept).kind, evidence: [{ start: n * 10, end: n * 10 + 8 }] }))
    return NeutralProfileSchema.parse({
      id: i.toString(16).padStart(32, '0'),
      language: 'it',
      text: '',
      sections: [],
      experiences: occupation ? [{ title: 'x', occupation: occupation.id, start: '2020-01', end: 'present', span: { start: 0, end: 10 * claims.length } }] : [],
      education: [],
      languages: [],
      licences: [],
      claims,
      absent: [],
      experienceMonths: 60,
      provenance: { taxonomy: taxonomy.version, anonymizer: 'bench' },
    })
  })
}

function naiveOrientation(profile: NeutralProfile, taxonomy: Taxonomy): number {
  const have = new Map<string, Evidence[]>()
  for (const claim of profile.claims) have.set(claim.concept, claim.evidence)
  let best = 0
  for (const occupation of taxonomy.byKind('occupation')) {
    const essential = occupation.essential ?? []
    if (essential.length === 0) continue
    let e = 0
    for (const skill of essential) e += conceptCredit(skill, have, taxonomy).credit
    best = Math.max(best, e / essential.length)
  }
  return best
}

function timeOrientation(taxonomy: Taxonomy, profiles: readonly NeutralProfile[], catalogue: boolean): number[] {
  const ms: number[] = []
  const course = milanCourseCatalogue()
  for (const profile of profiles) {
    const t = performance.now()
    orientOccupations(profile, { taxonomy, today, limit: 10, ...(catalogue ? { catalogue: course } : {}) })
    ms.push(performance.now() - t)
  }
  return ms
}

function timeNaive(taxonomy: Taxonomy, profiles: readonly NeutralProfile[]): number[] {
  return profiles.map((profile) => {
    const t = performance.now()
    naiveOrientation(profile, taxonomy)
    return performance.now() - t
  })
}

const summary = (ms: readonly number[]) => ({ mean: ms.reduce((a, b) => a + b, 0) / ms.length, p50: quantile(ms, 0.5), p99: quantile(ms, 0.99) })
const show = (s: { mean: number; p50: number; p99: number }) => `mean ${s.mean.toFixed(2)} ms, p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms`

const builtin = builtinTaxonomy()
const population = withRoles(syntheticProfiles(builtin, profileCount, 21))
// Warm-up, then the timed run.
for (const profile of population.slice(0, 200)) assessCompetences(profile, { taxonomy: builtin, today })
let t = performance.now()
let levels = 0
for (const profile of population) levels += assessCompetences(profile, { taxonomy: builtin, today }).competences.length
const competenceSeconds = (performance.now() - t) / 1000
out(`assess profiles: competence profiles for ${profileCount} generated profiles in ${competenceSeconds.toFixed(2)} s (target ≤ 5 s), ${(levels / profileCount).toFixed(1)} levels per profile`)

const sample = population.slice(0, orientCount)
timeOrientation(builtin, sample.slice(0, 20), false)
const builtinOrientation = summary(timeOrientation(builtin, sample, false))
const builtinWithTraining = summary(timeOrientation(builtin, sample, true))
const builtinNaive = summary(timeNaive(builtin, sample))
const occupations = builtin.byKind('occupation').length
out(`orientation, built-in taxonomy (${occupations} occupations), ${orientCount} profiles: ${show(builtinOrientation)}`)
out(`  with the shortest training path for the top 10: ${show(builtinWithTraining)}`)
out(`  baseline, conceptCredit afresh per (occupation, skill): ${show(builtinNaive)}`)

const result: Record<string, unknown> = {
  profiles: profileCount,
  competenceSeconds,
  levelsPerProfile: levels / profileCount,
  builtin: { occupations, orientation: builtinOrientation, withTraining: builtinWithTraining, naive: builtinNaive },
  environment: environment(),
}

const esco = await loadEscoTaxonomy()
if ('skipped' in esco) {
  out(`orientation over ESCO skipped: ${esco.skipped}`)
  result.esco = { skipped: esco.skipped }
} else {
  const escoOccupations = esco.taxonomy.byKind('occupation').filter((o) => (o.essential ?? []).length > 0).length
  const escoProfiles = occupationProfiles(esco.taxonomy, orientCount, 33)
  timeOrientation(esco.taxonomy, escoProfiles.slice(0, 10), false)
  const escoOrientation = summary(timeOrientation(esco.taxonomy, escoProfiles, false))
  const escoWithTraining = summary(timeOrientation(esco.taxonomy, escoProfiles, true))
  const escoNaive = summary(timeNaive(esco.taxonomy, escoProfiles.slice(0, Math.min(50, orientCount))))
  out(`orientation, ESCO (${escoOccupations} occupations with essential skills; imported in ${esco.seconds.toFixed(1)} s), ${orientCount} profiles: ${show(escoOrientation)} (target ≤ 50 ms)`)
  out(`  with the shortest training path for the top 10: ${show(escoWithTraining)}`)
  out(`  baseline, conceptCredit afresh per (occupation, skill), ${Math.min(50, orientCount)} profiles: ${show(escoNaive)}`)
  result.esco = { occupations: escoOccupations, importSeconds: esco.seconds, orientation: escoOrientation, withTraining: escoWithTraining, naive: escoNaive }
}
out(`wrote ${writeResult('assess-profiles', result)}`)
