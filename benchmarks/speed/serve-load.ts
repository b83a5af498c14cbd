// Load test of `incontro serve` over loopback: N stored profiles, POST /v1/match/candidates at a fixed
// rate (autocannon, bounded duration), latency percentiles, errors and the server's RSS over the run,
// beside the same matching called in-process in the same run, and the server's CPU time per request
// against the in-process CPU time per query (the overhead outside matching, robust on a loaded machine).
// Usage: pnpm bench:serve [-- --profiles 10000 --rate 200 --seconds 60 --workers 0 --cpu-prof <dir>]
// (about 90 s at the defaults: building the population, the in-process baseline, the server's cold start, 60 s of load)
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { createEngine } from 'incontro'
import { openEngineState } from 'incontro/server'
import { syntheticProfiles, syntheticVacancies } from '../internal/population.js'
import { benchmarkArgs, environment, mb, quantile, writeResult } from '../internal/stats.js'

const { values } = parseArgs({
  args: benchmarkArgs(),
  options: { profiles: { type: 'string', default: '10000' }, rate: { type: 'string', default: '200' }, seconds: { type: 'string', default: '60' }, k: { type: 'string', default: '10' }, workers: { type: 'string' }, 'cpu-prof': { type: 'string' } },
})
const count = Number(values.profiles)
const rate = Number(values.rate)
const seconds = Math.min(600, Number(values.seconds))
const k = Number(values.k)
const out = (line: string) => process.stdout.write(`${line}\n`)
const key = 'serve-load-benchmark-key-0123456789'
const clientKey = 'serve-load-benchmark-client-key-0123456789'
const taxonomy = builtinTaxonomy()
const dir = mkdtempSync(join(tmpdir(), 'incontro-serve-load-'))
const cli = fileURLToPath(new URL('../../packages/incontro/src/cli.ts', import.meta.url))
const tsx = createRequire(import.meta.url).resolve('tsx')

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ')

/** CPU time (user + system, ms) of a process and of its descendants still running (cluster workers), from /proc. */
function cpuMs(pid: number): number {
  const ticks = 100 // USER_HZ on Linux
  let total = 0
  const visit = (id: number): void => {
    try {
      const stat = readFileSync(`/proc/${id}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      total += ((Number(fields[11]) + Number(fields[12])) / ticks) * 1000
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim()
        for (const child of children ? children.split(' ') : []) visit(Number(child))
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  visit(pid)
  return total
}

/** CPU time (ms) of a process's main thread only (with match workers, the thread that serves HTTP). */
function mainThreadCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) / 100) * 1000
  } catch {
    return Number.NaN
  }
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 'NaN')
  return Math.round(kb / 102.4) / 10
}

const child = { current: undefined as ReturnType<typeof spawn> | undefined }
try {
  out(`serve-load: ${count} profiles, POST /v1/match/candidates k=${k} at ${rate} req/s for ${seconds} s over loopback (load average ${load()})`)
  const profiles = syntheticProfiles(taxonomy, count, 7)
  const vacancies = syntheticVacancies(taxonomy, 300, 11)
  const state = openEngineState(dir, { key, taxonomyVersion: taxonomy.version })
  for (let i = 0; i < profiles.length; i += 2_000) state.putProfiles(profiles.slice(i, i + 2_000))
  state.close()

  // The same matching in-process (baseline): one engine, the same profiles and vacancies.
  const engine = createEngine({ key, taxonomy })
  await engine.addProfiles(profiles)
  for (const vacancy of vacancies.slice(0, 20)) await engine.candidatesFor(vacancy, { k })
  const inProcess: number[] = []
  const cpuBefore = process.cpuUsage()
  for (const vacancy of vacancies) {
    const start = performance.now()
    await engine.candidatesFor(vacancy, { k })
    inProcess.push(performance.now() - start)
  }
  const cpuUsed = process.cpuUsage(cpuBefore)
  const inProcessCpuMs = (cpuUsed.user + cpuUsed.system) / 1000 / vacancies.length
  await engine.close()
  out(`in-process candidatesFor: p50 ${quantile(inProcess, 0.5).toFixed(2)} ms, p99 ${quantile(inProcess, 0.99).toFixed(2)} ms, CPU ${inProcessCpuMs.toFixed(2)} ms per query (load average ${load()})`)

  // The server, in its own process, on the saved state (with the audit trail on).
  const profiling = values['cpu-prof'] === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`]
  const workers = values.workers === undefined ? [] : ['--match-workers', values.workers]
  const server = spawn(process.execPath, [...profiling, '--import', tsx, '--conditions=@incontro/source', cli, 'serve', '--host', '127.0.0.1', '--port', '0', '--state', dir, '--rate-limit', '1000000', '--log-level', 'warn', ...workers], {
    env: { ...process.env, INCONTRO_KEY: key, INCONTRO_API_KEYS: clientKey },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  child.current = server
  const started = performance.now()
  const url = await new Promise<string>((resolve, reject) => {
    let stderr = ''
    server.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)))
    server.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
      const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)
      if (m) resolve(m[1] as string)
    })
  })
  out(`server ready in ${((performance.now() - started) / 1000).toFixed(1)} s (cold start with ${count} profiles, process start included)`)
  const bodies = vacancies.map((vacancy) => JSON.stringify({ vacancy, k }))
  let next = 0
  const headers = { authorization: `Bearer ${clientKey}`, 'content-type': 'application/json' }
  const pid = server.pid as number
  // Warm-up, then the measured run.
  await autocannon({ url: `${url}/v1/match/candidates`, method: 'POST', headers, body: bodies[0], connections: 4, amount: 200 })
  const rss: { at: number; mb: number }[] = [{ at: 0, mb: rssMb(pid) }]
  const serverCpuBefore = cpuMs(pid)
  const mainCpuBefore = mainThreadCpuMs(pid)
  const sampler = setInterval(() => rss.push({ at: rss.length, mb: rssMb(pid) }), 1_000)
  const result = await autocannon({
    url: `${url}/v1/match/candidates`,
    method: 'POST',
    headers,
    connections: 20,
    overallRate: rate,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  })
  clearInterval(sampler)
  const serverCpuPerRequest = (cpuMs(pid) - serverCpuBefore) / Math.max(1, result.requests.total)
  const mainCpuPerRequest = (mainThreadCpuMs(pid) - mainCpuBefore) / Math.max(1, result.requests.total)
  rss.push({ at: rss.length, mb: rssMb(pid) })
  const afterWarm = rss[Math.min(10, rss.length - 1)] as { mb: number }
  const last = rss[rss.length - 1] as { mb: number }
  const growth = (last.mb - afterWarm.mb) / afterWarm.mb
  const errors = result.errors + result.timeouts + result.non2xx
  out(`served ${result.requests.total} requests (${result.requests.average.toFixed(1)} req/s): latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${errors} (non-2xx ${result.non2xx}, timeouts ${result.timeouts})`)
  out(`server CPU ${serverCpuPerRequest.toFixed(2)} ms per request vs ${inProcessCpuMs.toFixed(2)} ms per in-process query: ${(serverCpuPerRequest - inProcessCpuMs).toFixed(2)} ms of CPU outside matching per request; served p50 / in-process p50 = ${(result.latency.p50 / quantile(inProcess, 0.5)).toFixed(1)}; main thread ${mainCpuPerRequest.toFixed(2)} ms per request (load average ${load()})`)
  out(`server RSS: ${rss[0]?.mb} MB before, ${afterWarm.mb} MB at 10 s, ${last.mb} MB at the end (${(growth * 100).toFixed(1)}% growth after warm-up; target < 10%)`)
  out(`targets: p99 ≤ 50 ms ${result.latency.p99 <= 50 ? 'met' : 'NOT met'}; 0 errors ${errors === 0 ? 'met' : 'NOT met'}; RSS growth < 10% ${growth < 0.1 ? 'met' : 'NOT met'}`)
  server.kill('SIGTERM')
  await new Promise((resolve) => server.once('exit', resolve))
  child.current = undefined
  out(`written to ${writeResult(rate === 200 && seconds === 60 ? 'serve-load' : `serve-load-rate${rate}-${seconds}s`, {
    benchmark: 'serve-load',
    date: new Date().toISOString(),
    environment: environment(),
    profiles: count,
    rate,
    seconds,
    k,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: { total: errors, non2xx: result.non2xx, timeouts: result.timeouts },
    inProcessMs: { p50: quantile(inProcess, 0.5), p99: quantile(inProcess, 0.99), cpu: inProcessCpuMs },
    serverCpuMsPerRequest: serverCpuPerRequest,
    mainThreadCpuMsPerRequest: mainCpuPerRequest,
    matchWorkers: values.workers ?? 'default',
    rssMb: { before: rss[0]?.mb, at10s: afterWarm.mb, end: last.mb, growth },
    loadAverage: loadavg(),
  })}`)
  void mb
} finally {
  child.current?.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
}
