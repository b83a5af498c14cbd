import { IncontroError } from '@incontro/core'
import type { Engine } from '../create-engine.js'
import type { CliIo } from '../internal/io.js'
import { formatGaps, formatTraining, readCatalogue, readNeutralCv, readNeutralVacancy } from './assess.js'

/** `incontro train`: the courses that close a CV's gap against a vacancy or an occupation. */
export async function runTrain(
  engine: Engine,
  cv: string,
  options: { vacancy?: string; occupation?: string; catalogue?: string; minimize: 'hours' | 'cost'; optional: boolean; json: boolean },
  io: CliIo,
): Promise<void> {
  if ((options.vacancy === undefined) === (options.occupation === undefined)) throw new IncontroError('CLI_USAGE', 'Give exactly one of --vacancy <file> or --occupation <id>.')
  const profile = await readNeutralCv(engine, cv, io)
  const gaps = options.vacancy ? engine.assess(profile, await readNeutralVacancy(engine, options.vacancy, io)) : engine.assessOccupation(profile, options.occupation ?? '')
  const path = engine.train(gaps, { minimize: options.minimize, includeOptional: options.optional, ...(options.catalogue ? { catalogue: readCatalogue(options.catalogue) } : {}) })
  if (options.json) {
    io.stdout(`${JSON.stringify({ profileId: profile.id, gaps, training: path })}\n`)
    return
  }
  io.stdout(`Profile ${profile.id}\n${formatGaps(gaps, engine.taxonomy, profile.language)}\n${formatTraining(path, engine.taxonomy, profile.language)}`)
}
