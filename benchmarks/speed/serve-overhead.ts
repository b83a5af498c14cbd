// The server's CPU time per match request outside matching, measured in one process: the same queries
// alternately through the HTTP stack in-process (Fastify's inject: routing, validation, the audit trail,
// serialization; no socket) and called on the engine directly, interleaved so that a loaded machine slows
// both alike. Robust where the loopback load test (serve-load.ts) is not: on a shared machine.
// Usage: pnpm bench:serve-overhead [-- --profiles 3000 --rounds 300 --no-audit]  (about 1 min at the defaults)
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { openEngineState, startServer } from 'incontro/server'
import { syntheticProfiles, syntheticVacancies } from '../internal/population.js'
import { benchmarkArgs, environment, writeResult } from '../internal/stats.js'

const { values } = parseArgs({ args: benchmarkArgs(), options: { 'no-audit': { type: 'boolean', default: false }, profiles: { type: 'string', default: '3000' }, rounds: { type: 'string', default: '300' }, k: { type: 'string', default: '10' } } })
const count = Number(values.profiles)
const rounds = Number(values.rounds)
const k = Number(values.k)
const out = (line: string) => process.stdout.write(`${line}\n`)
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ')
const key = 'serve-overhead-benchmark-key-0123456789'
const clientKey = 'serve-overhead-client-key-0123456789'
const taxonomy = builtinTaxonomy()
const dir = mkdtempSync(join(tmpdir(), 'incontro-serve-overhead-'))
try {
  out(`serve-overhead: ${count} profiles, k=${k}, ${rounds} interleaved rounds (load average ${load()})`)
  const profiles = syntheticProfiles(taxonomy, count, 7)
  if (values['no-audit']) out('without the audit trail (--no-audit)')
  const vacancies = syntheticVacancies(taxonomy, 100, 11)
  const state = openEngineState(dir, { key, taxonomyVersion: taxonomy.version })
  for (let i = 0; i < profiles.length; i += 2_000) state.putProfiles(profiles.slice(i, i + 2_000))
  state.close()
  // With the state directory, so every match is written to the audit trail as in production.
  // --no-audit: the state in memory and no audit trail, to see what the trail costs.
  const withAudit = !values['no-audit']
  const server = await startServer({ key, apiKeys: [clientKey], ...(withAudit ? { state: dir } : {}), port: 0, logLevel: 'warn', version: '0.0.0-bench', rateLimitPerMinute: 1e9 })
  if (!withAudit) await server.engine.addProfiles(profiles)
  const headers = { authorization: `Bearer ${clientKey}`, 'content-type': 'application/json' }
  const bodies = vacancies.map((vacancy) => JSON.stringify({ vacancy, k }))
  const served = async (i: number) => {
    const response = await server.app.inject({ method: 'POST', url: '/v1/match/candidates', headers, payload: bodies[i % bodies.length] as string })
    if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`)
  }
  const direct = async (i: number) => {
    await server.engine.candidatesFor(vacancies[i % vacancies.length] as (typeof vacancies)[number], { k })
  }
  for (let i = 0; i < 30; i++) {
    await served(i)
    await direct(i)
  }
  let servedCpu = 0
  let directCpu = 0
  for (let i = 0; i < rounds; i++) {
    let start = process.cpuUsage()
    await served(i)
    let used = process.cpuUsage(start)
    servedCpu += used.user + used.system
    start = process.cpuUsage()
    await direct(i)
    used = process.cpuUsage(start)
    directCpu += used.user + used.system
  }
  await server.stop()
  const servedMs = servedCpu / 1000 / rounds
  const directMs = directCpu / 1000 / rounds
  out(`CPU per match request: served (in-process HTTP stack) ${servedMs.toFixed(2)} ms, engine alone ${directMs.toFixed(2)} ms: ${(servedMs - directMs).toFixed(2)} ms outside matching (ratio ${(servedMs / directMs).toFixed(2)}) (load average ${load()})`)
  out(`written to ${writeResult('serve-overhead', { benchmark: 'serve-overhead', date: new Date().toISOString(), environment: environment(), profiles: count, rounds, k, servedCpuMs: servedMs, engineCpuMs: directMs, overheadCpuMs: servedMs - directMs, loadAverage: loadavg() })}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
