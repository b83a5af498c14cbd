// Speed of the gender-predictability probe on 10,000 generated neutral profiles (concept and word
// features, 5-fold cross-validation, a second model within occupations), one core. Reference line in the
// same run: the same probe on "raw" texts, the neutral text plus the gender cues a CV would carry
// (participles, honorifics), which the probe must find.
// Usage: npx tsx --conditions=@incontro/source benchmarks/speed/predictability-probe.ts [--profiles 10000]
import { parseArgs } from 'node:util'
import { createRandom } from '@incontro/core'
import { predictabilityProbe, profileFeatures, textFeatures, type ProbeSample } from '@incontro/fairness'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { syntheticProfiles } from '../internal/population.js'
import { benchmarkArgs, environment, writeResult } from '../internal/stats.js'

const { values } = parseArgs({ args: benchmarkArgs(), options: { profiles: { type: 'string', default: '10000' } } })
const count = Number(values.profiles)
const out = (line: string) => process.stdout.write(`${line}\n`)

const taxonomy = builtinTaxonomy()
const profiles = syntheticProfiles(taxonomy, count, 14)
// A seed of its own: drawn from the profiles' seed, gender would echo their generation.
const random = createRandom(20_141)
// Gender is drawn independently of the profile: only the injected cues carry it.
const genders = profiles.map(() => (random() < 0.5 ? 'F' : 'M'))
const cues = { F: ['laureata', 'motivata', 'sig.ra'], M: ['laureato', 'motivato', 'sig.'] } as const

let start = performance.now()
const neutralSamples: ProbeSample[] = profiles.map((profile, i) => ({
  id: profile.id,
  features: profileFeatures(profile),
  label: genders[i] as string,
  stratum: profile.experiences[0]?.occupation ?? 'none',
}))
const rawSamples: ProbeSample[] = profiles.map((profile, i) => {
  const gender = genders[i] as 'F' | 'M'
  const cueWords = cues[gender].filter(() => random() < 0.9).join(' ')
  return { id: profile.id, features: textFeatures(`${profile.text} ${cueWords}`), label: gender, stratum: profile.experiences[0]?.occupation ?? 'none' }
})
const featureMs = performance.now() - start
const nnz = neutralSamples.reduce((sum, sample) => sum + sample.features.length, 0)

let cpu = process.cpuUsage()
start = performance.now()
const neutral = predictabilityProbe(neutralSamples, { seed: 1 })
const neutralMs = performance.now() - start
const neutralCpuMs = process.cpuUsage(cpu).user / 1000
cpu = process.cpuUsage()
start = performance.now()
const raw = predictabilityProbe(rawSamples, { seed: 1 })
const rawMs = performance.now() - start
const rawCpuMs = process.cpuUsage(cpu).user / 1000

const fmt = (x: number) => x.toFixed(3)
out(`profiles ${count}, features per profile ${(nnz / count).toFixed(0)}, vocabulary kept ${neutral.features} (neutral) / ${raw.features} (raw)`)
out(`features built in ${featureMs.toFixed(0)} ms`)
out(`neutral probe: ${neutralMs.toFixed(0)} ms wall, ${neutralCpuMs.toFixed(0)} ms CPU; AUROC ${fmt(neutral.auroc)} [${fmt(neutral.ci.lower)}, ${fmt(neutral.ci.upper)}], within occupations ${fmt(neutral.withinStrata?.auroc ?? Number.NaN)} [${fmt(neutral.withinStrata?.ci.lower ?? Number.NaN)}, ${fmt(neutral.withinStrata?.ci.upper ?? Number.NaN)}]`)
out(`raw-text probe (reference): ${rawMs.toFixed(0)} ms wall, ${rawCpuMs.toFixed(0)} ms CPU; AUROC ${fmt(raw.auroc)} [${fmt(raw.ci.lower)}, ${fmt(raw.ci.upper)}], within occupations ${fmt(raw.withinStrata?.auroc ?? Number.NaN)}; top proxies ${raw.proxies.slice(0, 3).map((p) => p.feature).join(', ')}`)
out(`written ${writeResult('predictability-probe', { environment: environment(), count, featureMs, neutralMs, neutralCpuMs, rawMs, rawCpuMs, neutral: { auroc: neutral.auroc, ci: neutral.ci, withinStrata: neutral.withinStrata?.auroc }, raw: { auroc: raw.auroc, ci: raw.ci, withinStrata: raw.withinStrata?.auroc } })}`)
