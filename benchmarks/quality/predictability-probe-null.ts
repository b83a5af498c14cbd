// Calibration of the predictability probe on random labels: 5,000 generated neutral profiles, gender drawn
// independently of them with six seeds. Each AUROC should be near 0.5 and about 95% of intervals should contain it.
// Usage: npx tsx --conditions=@incontro/source benchmarks/quality/predictability-probe-null.ts
import { createRandom } from '@incontro/core'
import { predictabilityProbe, profileFeatures } from '@incontro/fairness'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { syntheticProfiles } from '../internal/population.js'
const profiles = syntheticProfiles(builtinTaxonomy(), 5000, 14)
const features = profiles.map((p) => profileFeatures(p))
for (const seed of [1, 2, 3, 4, 5, 6]) {
  const random = createRandom(1000 + seed)
  const r = predictabilityProbe(profiles.map((p, i) => ({ id: p.id, features: features[i] as string[], label: random() < 0.5 ? 'F' : 'M', stratum: p.experiences[0]?.occupation ?? 'none' })))
  process.stdout.write(`${seed}: ${r.auroc.toFixed(3)} [${r.ci.lower.toFixed(3)}, ${r.ci.upper.toFixed(3)}] within ${r.withinStrata?.auroc.toFixed(3)} [${r.withinStrata?.ci.lower.toFixed(3)}, ${r.withinStrata?.ci.upper.toFixed(3)}]\n`)
}
