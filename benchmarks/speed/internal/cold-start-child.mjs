// Child process of bench:state: starts the HTTP server over a saved state directory, as `incontro serve`
// does, and reports on one JSON line the time from process start to modules loaded, to listening and to
// a first match answered over HTTP. Plain JavaScript, so that with the packages built it runs on node
// alone, loading the built packages as a deployment does.
import { PassThrough } from 'node:stream'
import { startServer } from 'incontro/server'

const [directory, key, index, vacancyJson] = process.argv.slice(2)
// performance.now() counts from process start: module loading is included.
const imported = performance.now()
const importedCpu = process.cpuUsage()
const server = await startServer({ key, apiKeys: [], insecureNoAuth: true, state: directory, port: 0, index, version: 'bench', logStream: new PassThrough() })
const listening = performance.now()
const listeningCpu = process.cpuUsage()
const response = await fetch(`${server.url}/v1/match/candidates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ vacancy: JSON.parse(vacancyJson), k: 10 }) })
await response.arrayBuffer()
const answered = performance.now()
const used = process.cpuUsage()
process.stdout.write(
  `${JSON.stringify({
    importedMs: imported,
    importedCpuMs: (importedCpu.user + importedCpu.system) / 1000,
    listeningCpuMs: (listeningCpu.user + listeningCpu.system) / 1000,
    listeningMs: listening,
    firstMatchMs: answered,
    status: response.status,
    startup: server.engine.startup,
    cpuMs: (used.user + used.system) / 1000,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  })}\n`,
)
await server.stop()
