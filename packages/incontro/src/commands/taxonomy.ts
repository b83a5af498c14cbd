import { importEsco, loadTaxonomy, saveTaxonomy, taxonomyStats, builtinTaxonomy, type Taxonomy } from '@incontro/taxonomy'
import type { CliIo } from '../internal/io.js'

/** Loads the taxonomy named by `--taxonomy`, or undefined for the built-in one. */
export async function taxonomyFromOption(path: string | undefined): Promise<Taxonomy | undefined> {
  return path === undefined ? undefined : loadTaxonomy(path)
}

/** `incontro taxonomy import-esco <dir…> -o <file>`: imports the official ESCO CSV download into one file. */
export async function runImportEsco(dirs: readonly string[], options: { output: string; json: boolean }, io: CliIo): Promise<void> {
  const started = performance.now()
  const result = await importEsco(dirs, {
    onProgress: (event) => {
      if (!options.json) io.stderr(`\rreading ${event.file}: ${event.rows} rows   `)
    },
  })
  if (!options.json) io.stderr('\n')
  await saveTaxonomy(result.taxonomy, options.output)
  const seconds = (performance.now() - started) / 1000
  if (options.json) {
    io.stdout(`${JSON.stringify({ output: options.output, seconds, stats: result.stats, diagnostics: result.diagnostics })}\n`)
    return
  }
  io.stdout(
    `imported ${result.stats.skills} skills, ${result.stats.knowledge} knowledge concepts, ${result.stats.occupations} occupations, ${result.stats.labels} labels, ${result.stats.relations} relations in ${seconds.toFixed(1)} s → ${options.output}\n`,
  )
  for (const d of result.diagnostics) io.stdout(`  ${d.severity} ${d.code}: ${d.message}\n`)
}

/** `incontro taxonomy stats [--taxonomy <file>]`: counts of concepts, labels and relations. */
export async function runTaxonomyStats(options: { taxonomy?: string; json: boolean }, io: CliIo): Promise<void> {
  const taxonomy = (await taxonomyFromOption(options.taxonomy)) ?? builtinTaxonomy()
  const stats = taxonomyStats(taxonomy)
  if (options.json) {
    io.stdout(`${JSON.stringify(stats)}\n`)
    return
  }
  const k = stats.byKind
  io.stdout(`taxonomy ${stats.version}: ${stats.concepts} concepts\n`)
  io.stdout(`  skills ${k.skill}, knowledge ${k.knowledge}, occupations ${k.occupation}, languages ${k.language}, licences ${k.licence}, qualifications ${k.qualification}\n`)
  io.stdout(`  labels ${stats.labels.total} (it ${stats.labels.byLanguage.it}, en ${stats.labels.byLanguage.en})\n`)
  const it = stats.labels.byLanguageAndRole.it
  io.stdout(`  Italian titles: masculine ${it.masculine}, feminine ${it.feminine}, neutral ${it.neutral}\n`)
  io.stdout(`  relations: broader ${stats.relations.broader}, related ${stats.relations.related}, essential ${stats.relations.essential}, optional ${stats.relations.optional}\n`)
  io.stdout(`  with ESCO URI ${stats.withEscoUri}, with ISCO-08 code ${stats.withIsco}\n`)
}
