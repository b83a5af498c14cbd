// Cold start of a saved engine: N profiles written to a state directory (SQLite), then
//  1. the floor: open the database, read and parse every stored record (nothing built);
//  2. the rebuild (the baseline, what a start without a matcher snapshot does): open the state, re-derive
//     every profile into the matcher, answer a first match; closing saves the matcher snapshot;
//  3. the cold start of the server process over the saved state (a new Node process: module loading,
//     opening the state, loading the snapshot, listening, a first match over HTTP), `--runs` times;
//  4. the snapshot load alone, in this process, and its bytes on disk per profile.
// CPU time and the load average are printed beside wall-clock figures (the machine may be shared).
// The server process loads the built packages (as `incontro serve` does) when they are built
// (`pnpm build`), else the sources through tsx (slower to load: say which in the figures).
// Usage: pnpm bench:state [-- --profiles 100000 --index hnsw|exact --runs 3 --source]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { openEngineState, openPersistentEngine } from 'incontro/server'
import { syntheticProfiles, syntheticVacancies } from '../internal/population.js'
import { benchmarkArgs, environment, mb, writeResult } from '../internal/stats.js'

const { values } = parseArgs({
  args: benchmarkArgs(),
  options: {
    profiles: { type: 'string', default: '100000' },
    index: { type: 'string', default: 'hnsw' },
    runs: { type: 'string', default: '3' },
    /** Runs the server process on the TypeScript sources (through tsx) even when the packages are built. */
    source: { type: 'boolean', default: false },
  },
})
const count = Number(values.profiles)
const runs = Number(values.runs)
const index = values.index === 'exact' ? 'exact' : 'hnsw'
const out = (line: string) => process.stdout.write(`${line}\n`)
const load = (): string => loadavg().map((value) => value.toFixed(2)).join(' ')
const key = 'state-cold-start-benchmark-key-0123456789'
const taxonomy = builtinTaxonomy()
const dir = mkdtempSync(join(tmpdir(), 'incontro-cold-start-'))
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1e6
}
const bytesUnder = (path: string): number => {
  const info = statSync(path)
  if (!info.isDirectory()) return info.size
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0)
}

try {
  out(`state-cold-start: ${count} profiles, ${index} index, taxonomy ${taxonomy.version}; load average ${load()}`)
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

  // 1. The floor: open, read and parse every stored record, nothing else.
  t = performance.now()
  let cpu = process.cpuUsage()
  const reread = openEngineState(dir, { key, taxonomyVersion: taxonomy.version })
  let read = 0
  for (const batch of reread.profileBatches()) read += batch.length
  reread.close()
  const readSeconds = (performance.now() - t) / 1000
  out(`floor: open + read + JSON.parse of ${read} records: ${readSeconds.toFixed(2)} s (CPU ${cpuSeconds(cpu).toFixed(2)} s); load average ${load()}`)

  // 2. The rebuild, in this process (the baseline); closing saves the snapshot.
  const [vacancy] = syntheticVacancies(taxonomy, 1, 11)
  t = performance.now()
  cpu = process.cpuUsage()
  const rebuilt = await openPersistentEngine({ key, state: dir, taxonomy, index })
  const rebuildLoadSeconds = (performance.now() - t) / 1000
  const expected = JSON.stringify(await rebuilt.candidatesFor(vacancy!, { k: 10 }))
  const rebuildSeconds = (performance.now() - t) / 1000
  const rebuildCpu = cpuSeconds(cpu)
  out(`rebuild (open + re-derive ${count} profiles + first match): ${rebuildSeconds.toFixed(2)} s, CPU ${rebuildCpu.toFixed(2)} s (${rebuilt.startup.matcher}); load average ${load()}`)
  t = performance.now()
  await rebuilt.close()
  const saveSeconds = (performance.now() - t) / 1000
  const snapshotBytes = bytesUnder(join(dir, 'matcher'))
  out(`snapshot saved on close in ${saveSeconds.toFixed(2)} s: ${mb(snapshotBytes)} MB, ${(snapshotBytes / count).toFixed(0)} B/profile (indexes with the HNSW graph, records, population)`)

  // 3. The cold start of the server process over the saved state.
  const child = fileURLToPath(new URL('./internal/cold-start-child.mjs', import.meta.url))
  const tsx = new URL('../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href
  const built = existsSync(fileURLToPath(new URL('../../packages/incontro/dist/server.js', import.meta.url)))
  const modules = built && !values.source ? 'built packages' : 'TypeScript sources through tsx'
  const nodeArgs = built && !values.source ? [] : ['--import', tsx, '--conditions=@incontro/source']
  const starts: { wallMs: number; importedMs: number; listeningMs: number; firstMatchMs: number; cpuMs: number; rssMb: number; matcher: string }[] = []
  for (let run = 0; run < runs; run++) {
    const before = performance.now()
    const result = spawnSync(process.execPath, [...nodeArgs, child, dir, key, index, JSON.stringify(vacancy)], { encoding: 'utf8' })
    const wallMs = performance.now() - before
    const line = result.stdout.trim().split('\n').pop() ?? ''
    if (result.status !== 0 || !line.startsWith('{')) throw new Error(`The cold-start child failed (${String(result.status)}): ${result.stderr.slice(-2000)}`)
    const report = JSON.parse(line) as { importedMs: number; listeningMs: number; firstMatchMs: number; cpuMs: number; rssMb: number; status: number; startup: { matcher: string; seconds: number } }
    starts.push({ wallMs, importedMs: report.importedMs, listeningMs: report.listeningMs, firstMatchMs: report.firstMatchMs, cpuMs: report.cpuMs, rssMb: report.rssMb, matcher: report.startup.matcher })
    out(
      `server process cold start ${run + 1} (${modules}): modules loaded at ${(report.importedMs / 1000).toFixed(2)} s, ready (listening) ${(report.listeningMs / 1000).toFixed(2)} s after process start, first match over HTTP (${report.status}) at ${(report.firstMatchMs / 1000).toFixed(2)} s, state + matcher ${report.startup.seconds.toFixed(2)} s (${report.startup.matcher}); CPU ${(report.cpuMs / 1000).toFixed(2)} s, RSS ${report.rssMb} MB; whole process ${(wallMs / 1000).toFixed(2)} s; load average ${load()}`,
    )
  }

  // 4. The snapshot load alone, in this process, with the results of the first match compared.
  t = performance.now()
  cpu = process.cpuUsage()
  const loaded = await openPersistentEngine({ key, state: dir, taxonomy, index })
  const loadSeconds = (performance.now() - t) / 1000
  const loadCpu = cpuSeconds(cpu)
  const same = JSON.stringify(await loaded.candidatesFor(vacancy!, { k: 10 })) === expected
  await loaded.close()
  out(`snapshot load in this process (open state + load matcher): ${loadSeconds.toFixed(2)} s, CPU ${loadCpu.toFixed(2)} s (${loaded.startup.matcher}); first match identical to the rebuilt engine's: ${same}; load average ${load()}`)
  const best = starts.reduce((a, b) => (b.listeningMs < a.listeningMs ? b : a), starts[0]!)
  out(`cold start (best of ${runs}): ready in ${(best.listeningMs / 1000).toFixed(2)} s (target ≤ 3 s), was ${rebuildSeconds.toFixed(2)} s rebuilding in process (${(rebuildSeconds / (best.listeningMs / 1000)).toFixed(1)}×)`)
  const memory = process.memoryUsage()
  out(`written to ${writeResult(`state-cold-start-${index}`, {
    benchmark: 'state-cold-start',
    date: new Date().toISOString(),
    environment: environment(),
    loadAverage: loadavg(),
    profiles: count,
    index,
    writeSeconds,
    fileMb,
    floorReadParseSeconds: readSeconds,
    rebuild: { seconds: rebuildSeconds, loadSeconds: rebuildLoadSeconds, cpuSeconds: rebuildCpu },
    snapshot: { saveSeconds, bytes: snapshotBytes, bytesPerProfile: snapshotBytes / count, loadSeconds, loadCpuSeconds: loadCpu, sameFirstMatch: same },
    serverModules: modules,
    serverColdStarts: starts,
    targetSeconds: 3,
    rssMb: mb(memory.rss),
  })}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
