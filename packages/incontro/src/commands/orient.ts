import type { Engine } from '../create-engine.js'
import type { CliIo } from '../internal/io.js'
import { formatTraining, readCatalogue, readNeutralCv } from './assess.js'

/** `incontro orient`: occupations a CV could aim at, each with its gap and shortest training path. */
export async function runOrient(engine: Engine, cv: string, options: { top: number; catalogue?: string; minimize: 'hours' | 'cost'; json: boolean }, io: CliIo): Promise<void> {
  const profile = await readNeutralCv(engine, cv, io)
  const orientation = engine.orient(profile, { limit: options.top, minimize: options.minimize, ...(options.catalogue ? { catalogue: readCatalogue(options.catalogue) } : {}) })
  if (options.json) {
    io.stdout(`${JSON.stringify(orientation)}\n`)
    return
  }
  const { taxonomy } = engine
  const lang = profile.language
  io.stdout(`Profile ${profile.id}: ${orientation.considered} occupations scored (0.6 × essential coverage + 0.15 × optional coverage + 0.25 × closeness)\n`)
  orientation.occupations.forEach((fit, i) => {
    const close = fit.closestHeld ? `, closeness ${fit.closeness.toFixed(2)} to ${taxonomy.neutralTitle(fit.closestHeld, lang)}` : ''
    io.stdout(`\n${i + 1}. ${taxonomy.neutralTitle(fit.occupation, lang)}  score ${fit.score.toFixed(3)} (essential ${Math.round(fit.essentialCoverage * 100)}%, optional ${Math.round(fit.optionalCoverage * 100)}%${close})\n`)
    const missing = [...fit.gaps.essential.missing, ...fit.gaps.essential.partial].map((item) => taxonomy.label(item.required, lang))
    io.stdout(`   to learn: ${missing.length > 0 ? missing.join(', ') : 'nothing essential'}\n`)
    if (fit.training && fit.training.needs.length > 0) io.stdout(`${formatTraining(fit.training, taxonomy, lang).trimEnd().replace(/^/gm, '   ')}\n`)
  })
}
