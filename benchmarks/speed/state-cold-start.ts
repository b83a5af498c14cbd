// Cold start of a saved engine: N profiles written to a state directory (SQLite), then the time to open it,
// load every profile into the engine and answer a first match, beside the floor of the same run (reading
// and parsing the stored records without building the engine).
// Usage: pnpm bench:state [-- --profiles 100000 --index hnsw|exact]
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { openEngineState, openPersistentEngine } from 'incontro/server'
import { syntheticProfiles, syntheticVacancies } from '../internal/population.js'
import { benchmarkArgs, environment, mb, writeResult } from '../internal/stats.js'

const { values } = parseArgs({ args: benchmarkArgs(), options: { profiles: { type: 'string', default: '100000' }, index: { type: 'string', default: 'hnsw' } } })
const count = Number(values.profiles)
const index = values.index === 'exact' ? 'exact' : 'hnsw'
const out = (line: string) => process.stdout.write(`${line}\n`)
const key = 'state-cold-start-benchmark-key-0123456789'
const taxonomy = builtinTaxonomy()
const dir = mkdtempSync(join(tmpdir(), 'incontro-cold-start-'))

try {
  out(`state-cold-start: ${count} profiles, ${index} index, taxonomy ${taxonomy.version}`)
  let t = performance.now()
  const profiles = syntheticProfiles(taxonomy, count, 7)
  out(`population generated in ${((performance.now() - t) / 1000).toFixed(1)} s`)

  t = performance.now()
  const state = openEngineState(dir, { key, taxonomyVersion: taxonomy.version })
  for (let i = 0; i < profiles.length; i += 2_000) state.putProfiles(profiles.slice(i, i + 2_000))
  state.close()
  const writeSeconds = (performance.now() - t) / 1000
  const fileMb = mb(statSync(join(dir, 'state.sqlite')).size)
  out(`written in ${writeSeconds.toFixed(1)} s (${Math.round(count / writeSeconds)} profiles/s, transactions of 2,000), ${fileMb} MB`)
  profiles.length = 0
  global.gc?.()

  // The floor: open, read and parse every stored record, nothing else.
  t = performance.now()
  const reread = openEngineState(dir, { key, taxonomyVersion: taxonomy.version })
  let read = 0
  for (const batch of reread.profileBatches()) read += batch.length
  reread.close()
  const readSeconds = (performance.now() - t) / 1000
  out(`floor: open + read + JSON.parse of ${read} records: ${readSeconds.toFixed(2)} s`)

  // Cold start: open the state, load the engine, answer a first match.
  const [vacancy] = syntheticVacancies(taxonomy, 1, 11)
  t = performance.now()
  const engine = await openPersistentEngine({ key, state: dir, taxonomy, index })
  const loadedSeconds = (performance.now() - t) / 1000
  const first = await engine.candidatesFor(vacancy!, { k: 10 })
  const coldStartSeconds = (performance.now() - t) / 1000
  await engine.close()
  const memory = process.memoryUsage()
  out(`cold start (open + load ${count} profiles into the engine + first match, ${first.length} results): ${coldStartSeconds.toFixed(2)} s (loaded in ${loadedSeconds.toFixed(2)} s); target ≤ 3 s`)
  out(`RSS ${mb(memory.rss)} MB`)
  out(`written to ${writeResult(`state-cold-start-${index}`, {
    benchmark: 'state-cold-start',
    date: new Date().toISOString(),
    environment: environment(),
    profiles: count,
    index,
    writeSeconds,
    fileMb,
    floorReadParseSeconds: readSeconds,
    loadSeconds: loadedSeconds,
    coldStartSeconds,
    targetSeconds: 3,
    rssMb: mb(memory.rss),
  })}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
