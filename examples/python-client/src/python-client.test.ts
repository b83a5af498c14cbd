import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { createEngine } from 'incontro'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../../..')
const data = join(root, 'examples', 'data')
const client = join(here, '..', 'incontro_client.py')

function python(): string | undefined {
  for (const candidate of ['python3', 'python']) {
    try {
      if (/^Python 3\./.test(execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim())) return candidate
    } catch {
      // not installed under this name
    }
  }
  return undefined
}

const py = python()
const hasServe = existsSync(join(root, 'packages', 'incontro', 'src', 'commands', 'serve.ts'))
if (!py) console.warn('python-client: no Python 3 found; the example client of `incontro serve` is not tested.')
if (!hasServe) console.warn('python-client: this checkout has no `incontro serve` yet (packages/incontro/src/commands/serve.ts); the example client is not tested against it.')

const key = 'python-client-test-key-0123456789'
const apiKey = 'python-client-api-key-abcdef0123456789'

describe.skipIf(!py || !hasServe)('Python client of incontro serve (standard library only, driven by /openapi.json)', () => {
  let server: ChildProcess
  let url: string
  let work: string
  let cvs: string

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'incontro-pyclient-'))
    cvs = join(work, 'cvs')
    mkdirSync(cvs)
    // One variant of each CV: the sportello's folder.
    for (const name of readdirSync(join(data, 'cvs')).filter((name) => name.includes('.f.'))) writeFileSync(join(cvs, name), readFileSync(join(data, 'cvs', name)))
    server = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=@incontro/source', join(root, 'packages', 'incontro', 'src', 'cli.ts'), 'serve', '--host', '127.0.0.1', '--port', '0'], {
      env: { ...process.env, INCONTRO_KEY: key, INCONTRO_API_KEYS: apiKey },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    url = await new Promise<string>((resolveUrl, reject) => {
      let seen = ''
      server.stderr!.on('data', (chunk: Buffer) => {
        seen += chunk.toString('utf8')
        const found = /serving on (http:\/\/[^\s]+)/.exec(seen)
        if (found) resolveUrl(found[1]!)
      })
      server.on('exit', (code) => reject(new Error(`incontro serve exited with ${code}: ${seen.slice(0, 2000)}`)))
    })
  }, 300_000)

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((done) => server.once('exit', done))
    }
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('ranks the CVs of a folder for a vacancy exactly as the engine does in-process', async () => {
    const vacancyFile = join(data, 'vacancies', '07-en-ict-software-developer.txt')
    const { stdout } = await run(py!, [client, '--url', url, '--cvs', cvs, '--vacancy', vacancyFile, '--top', '3'], {
      env: { ...process.env, INCONTRO_API_KEY: apiKey },
    })
    const ranked = stdout.trim().split('\n').map((line) => JSON.parse(line) as { rank: number; profileId: string; score: number })
    const engine = createEngine({ key })
    const profiles = readdirSync(cvs).sort().map((name) => engine.neutralizeCv(readFileSync(join(cvs, name), 'utf8'), { sourceId: name }).profile)
    await engine.addProfiles(profiles)
    const vacancy = engine.neutralizeVacancy(readFileSync(vacancyFile, 'utf8'), { sourceId: '07-en-ict-software-developer.txt' })
    const expected = await engine.candidatesFor(vacancy, { k: 3 })
    expect(ranked.map((row) => row.profileId)).toEqual(expected.map((result) => result.profileId))
    ranked.forEach((row, i) => expect(row.score).toBeCloseTo(expected[i]!.score, 4))
    expect(ranked[0]!.profileId).toBe(profiles[readdirSync(cvs).sort().indexOf('07-en-ict.f.json')]!.id)
  })

  it('is refused without the API key, with the typed error of the service', async () => {
    const probe = `
import sys
sys.path.insert(0, ${JSON.stringify(dirname(client))})
from incontro_client import IncontroClient, IncontroServiceError
c = IncontroClient(${JSON.stringify(url)}, None)
try:
    c.call("anonymizeCv", {"text": "Esperienza\\nCuoco 2019-2023"})
    print("accepted")
except IncontroServiceError as e:
    print(e.status)
print(c.call("health")["status"])
`
    const { stdout } = await run(py!, ['-c', probe])
    expect(stdout.trim().split('\n')).toEqual(['401', 'ok'])
  })
})
