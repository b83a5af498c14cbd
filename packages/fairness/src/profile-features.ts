import type { NeutralProfile } from '@incontro/core'
import { textFeatures } from './text-features.js'

/** Options of {@link profileFeatures}. */
export interface ProfileFeaturesOptions {
  /** Include `concept:` features (claimed skills, held and target occupations); default true. */
  concepts?: boolean
  /** Include `word:` features of the neutral text; default true. */
  words?: boolean
}

/**
 * The features of a neutral profile for the predictability probe: `concept:<id>` for every concept the
 * profile claims or whose occupation it held or targets, and `word:<w>` for the words of its neutral text
 * (see `textFeatures`). Distinct, sorted. The probe asks whether these still reveal a protected attribute.
 *
 * @example
 * profileFeatures(profile) // ['concept:esco:…', 'word:cucina', 'word:turni', …]
 */
export function profileFeatures(profile: NeutralProfile, options: ProfileFeaturesOptions = {}): string[] {
  const features = new Set<string>()
  if (options.concepts !== false) {
    for (const claim of profile.claims) features.add(`concept:${claim.concept}`)
    for (const experience of profile.experiences) if (experience.occupation !== undefined) features.add(`concept:${experience.occupation}`)
    for (const target of profile.targetOccupations ?? []) features.add(`concept:${target}`)
  }
  if (options.words !== false) for (const word of textFeatures(profile.text)) features.add(word)
  return [...features].sort()
}
