// Full ESCO import (English v1.1.1 + Italian occupations v1.0.8) and the persisted taxonomy file: import
// time, peak RSS, file size, load time in a fresh process. Baselines from the same run: reading and
// gunzipping the same files (the floor of any importer) and gunzip + JSON.parse of the saved payload
// (the floor of loading). Usage: pnpm bench:esco [-- --dir ../shared/data]
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { importEsco, loadTaxonomy, saveTaxonomy, taxonomyStats } from '@incontro/taxonomy'
import { escoDataDir } from '../internal/esco-taxonomy.js'
import { benchmarkArgs, environment, mb, writeResult } from '../internal/stats.js'

const { values } = parseArgs({ args: benchmarkArgs(), options: { dir: { type: 'string', default: escoDataDir }, load: { type: 'string' } } })
const out = (line: string) => process.stdout.write(`${line}\n`)

if (values.load) {
  // Child mode: a cold process that only loads the file, so the figure is what a CLI start pays.
  const start = performance.now()
  const taxonomy = await loadTaxonomy(values.load)
  out(JSON.stringify({ ms: performance.now() - start, concepts: taxonomy.size, maxRssMb: mb(process.resourceUsage().maxRSS * 1024) }))
  process.exit(0)
}

const dirs = [join(values.dir, 'esco-v1.1.1-en'), join(values.dir, 'esco-occupations-v1.0.8-it-en')]
if (!dirs.every((d) => existsSync(d))) {
  out(`skipped: ESCO data not found under ${values.dir} (set --dir or INCONTRO_ESCO_DIR)`)
  process.exit(0)
}

let start = performance.now()
const result = await importEsco(dirs, { version: 'esco-1.1.1-en+1.0.8-it' })
const importMs = performance.now() - start
const importRssMb = mb(process.resourceUsage().maxRSS * 1024)

// Baseline: read and decompress the same files, nothing else.
start = performance.now()
let rawBytes = 0
for (const file of result.stats.files) {
  const bytes = await readFile(file)
  rawBytes += (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).length
}
const readOnlyMs = performance.now() - start

const folder = await mkdtemp(join(tmpdir(), 'incontro-esco-bench-'))
const file = join(folder, 'esco.taxonomy')
start = performance.now()
await saveTaxonomy(result.taxonomy, file)
const saveMs = performance.now() - start
const fileBytes = statSync(file).size

const self = fileURLToPath(import.meta.url)
const child = spawnSync(process.execPath, [...process.execArgv, self, '--load', file], { encoding: 'utf8' })
const cold = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { ms?: number; maxRssMb?: number }

start = performance.now()
const bytes = await readFile(file)
const payload = bytes.subarray(bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1)
JSON.parse(gunzipSync(payload).toString('utf8'))
const parseFloorMs = performance.now() - start
await rm(folder, { recursive: true, force: true })

const stats = taxonomyStats(result.taxonomy)
const sourceBytes = dirs.flatMap((d) => readdirSync(d).map((n) => statSync(join(d, n)).size)).reduce((a, b) => a + b, 0)
const figures = {
  environment: environment(),
  inputs: dirs,
  sourceMb: mb(sourceBytes),
  import: { ms: Math.round(importMs), peakRssMb: importRssMb, concepts: result.taxonomy.size, ...result.stats, files: result.stats.files.length },
  baselineReadAndGunzip: { ms: Math.round(readOnlyMs), rawMb: mb(rawBytes) },
  save: { ms: Math.round(saveMs), fileMb: mb(fileBytes) },
  loadColdProcess: { ms: Math.round(cold.ms ?? Number.NaN), peakRssMb: cold.maxRssMb },
  baselineGunzipJsonParse: { ms: Math.round(parseFloorMs) },
  labels: stats.labels.byLanguageAndRole,
  relations: stats.relations,
  diagnostics: result.diagnostics.map((d) => `${d.code}: ${d.message}`),
}
out(`ESCO import  ${figures.import.ms} ms, peak RSS ${importRssMb} MB, ${result.taxonomy.size} concepts, ${result.stats.labels} labels, ${result.stats.relations} relations`)
out(`  baseline   read + gunzip of the same ${result.stats.files.length} files: ${figures.baselineReadAndGunzip.ms} ms (${figures.baselineReadAndGunzip.rawMb} MB of CSV)`)
out(`save         ${figures.save.ms} ms, file ${figures.save.fileMb} MB (sources ${figures.sourceMb} MB gzipped CSV)`)
out(`load (cold)  ${figures.loadColdProcess.ms} ms, peak RSS ${figures.loadColdProcess.peakRssMb} MB`)
out(`  baseline   gunzip + JSON.parse of the payload: ${figures.baselineGunzipJsonParse.ms} ms`)
out(`written ${writeResult('esco-import', figures)}`)
