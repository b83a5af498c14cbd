/**
 * Installability: every package is packed with `pnpm pack` (which rewrites `workspace:*` to versions),
 * the tarballs are installed together with npm into an empty project outside the monorepo (third-party
 * dependencies from the registry), and the README's API example, the CLI and a browser bundle run there.
 * Needs the npm registry; set INCONTRO_SKIP_PACK_INSTALL=1 to skip it offline (it says so).
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const packagesDir = join(root, 'packages')
const packageDirs = readdirSync(packagesDir)
  .filter((name) => existsSync(join(packagesDir, name, 'package.json')))
  .map((name) => join(packagesDir, name))
const skip = process.env.INCONTRO_SKIP_PACK_INSTALL === '1'
if (skip) console.warn('pack-install: INCONTRO_SKIP_PACK_INSTALL=1, the installation test from packed tarballs is skipped.')

const key = 'pack-install-test-key-0123456789'

/** The newest modification time of the files under a folder that go into the build (tests do not). */
function newest(dir: string): number {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) latest = Math.max(latest, newest(path))
    else if (!/\.test(-d)?\.ts$/.test(entry.name)) latest = Math.max(latest, statSync(path).mtimeMs)
  }
  return latest
}

/** Whether a package's dist is missing or older than its sources. */
function stale(dir: string): boolean {
  const built = join(dir, 'dist', 'index.js')
  return !existsSync(built) || statSync(built).mtimeMs < newest(join(dir, 'src'))
}

async function pnpm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('npx', ['-y', 'pnpm@10', ...args], { cwd, maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

// The README's API example, with files in place of `fileBytes` and `vacancyText`.
const readmeExample = `
import { readFileSync } from 'node:fs'
import { isIncontroError } from '@incontro/core'
import { createEngine } from 'incontro'

const engine = createEngine({ key: process.env.INCONTRO_KEY })
const out = { profiles: [], results: [] }
const profiles = []
for (const name of ['cv-a.txt', 'cv-b.txt']) {
  const { document, diagnostics } = await engine.read(readFileSync(name))
  const { profile, identity, report } = engine.neutralizeCv(document, { sourceId: name, readDiagnostics: diagnostics })
  await engine.addProfiles([profile])
  profiles.push(profile)
  out.profiles.push({ id: profile.id, identityKeys: Object.keys(identity), redacted: report.redactions.length })
}
const vacancy = engine.neutralizeVacancy(readFileSync('vacancy.txt'), { sourceId: 'job-17' })
const results = await engine.candidatesFor(vacancy, { k: 10 })
for (const r of results) out.results.push({ profileId: r.profileId, score: r.score, components: r.components.map((c) => [c.name, c.weight, c.value]) })
const gaps = engine.assess(profiles[0], vacancy)
out.gapKeys = Object.keys(gaps)
try { createEngine({ key: '' }) } catch (error) { out.typedError = isIncontroError(error) ? error.code : 'untyped' }
process.stdout.write(JSON.stringify(out))
`

// One CV anonymized with the packages a browser page would use, as a Node program and as a browser bundle.
const onDevice = `
import { anonymize } from '@incontro/anonymize'
import { parseCv } from '@incontro/parse'
import { builtinTaxonomy } from '@incontro/taxonomy'
const taxonomy = builtinTaxonomy()
export function neutral(text) {
  return anonymize(parseCv(text, { sourceId: 'cv-a', taxonomy, today: '2026-11' }), { key: '${key}', taxonomy }).profile
}
`

describe.skipIf(skip)('packed packages install and run outside the monorepo', () => {
  let work: string
  let project: string
  const timings: Record<string, number> = {}

  beforeAll(async () => {
    let started = performance.now()
    if (packageDirs.some(stale)) await pnpm(['build'], root)
    timings.build = performance.now() - started
    work = mkdtempSync(join(tmpdir(), 'incontro-pack-'))
    const tarballs = join(work, 'tarballs')
    project = join(work, 'project')
    mkdirSync(tarballs)
    mkdirSync(project)
    started = performance.now()
    await pnpm(['--recursive', '--filter', './packages/*', 'pack', '--pack-destination', tarballs], root)
    timings.pack = performance.now() - started
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'adopter', private: true, type: 'module' }))
    const data = join(root, 'examples', 'data')
    writeFileSync(join(project, 'cv-a.txt'), readFileSync(join(data, 'cvs', '07-en-ict.f.json')))
    writeFileSync(join(project, 'cv-b.txt'), readFileSync(join(data, 'cvs', '09-en-construction.m.txt')))
    writeFileSync(join(project, 'vacancy.txt'), readFileSync(join(data, 'vacancies', '07-en-ict-software-developer.txt')))
    started = performance.now()
    const files = readdirSync(tarballs).map((name) => join(tarballs, name))
    expect(files).toHaveLength(packageDirs.length)
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...files], { cwd: project, maxBuffer: 64 * 1024 * 1024 })
    timings.install = performance.now() - started
  }, 1_800_000)

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true })
    if (process.env.INCONTRO_PACK_TIMINGS) writeFileSync(process.env.INCONTRO_PACK_TIMINGS, JSON.stringify(timings))
  })

  it('packs every package with workspace:* rewritten to versions, and only dist, schemas and the readme in it', () => {
    for (const dir of packageDirs) {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string }
      const installed = JSON.parse(readFileSync(join(project, 'node_modules', manifest.name, 'package.json'), 'utf8')) as {
        version: string
        dependencies?: Record<string, string>
      }
      expect(installed.version).toBe(manifest.version)
      for (const range of Object.values(installed.dependencies ?? {})) expect(range).not.toMatch(/^workspace:/)
      const top = readdirSync(join(project, 'node_modules', manifest.name)).filter((name) => name !== 'node_modules')
      expect(top.every((name) => ['dist', 'schemas', 'README.md', 'package.json', 'LICENSE'].includes(name)), `${manifest.name}: ${top.join(', ')}`).toBe(true)
    }
  })

  it("runs the README's API example from the installed tarballs", async () => {
    writeFileSync(join(project, 'readme-example.mjs'), readmeExample)
    const { stdout } = await run('node', ['readme-example.mjs'], { cwd: project, env: { ...process.env, INCONTRO_KEY: key } })
    const out = JSON.parse(stdout) as { profiles: { id: string; identityKeys: string[] }[]; results: { profileId: string; score: number }[]; gapKeys: string[]; typedError: string }
    expect(out.profiles.map((p) => p.id)).toHaveLength(2)
    for (const profile of out.profiles) expect(profile.id).toMatch(/^[0-9a-f]{32}$/)
    // The ICT CV ranks first for the software developer vacancy.
    expect(out.results[0]?.profileId).toBe(out.profiles[0]?.id)
    expect(out.results[0]!.score).toBeGreaterThan(out.results[1]!.score)
    expect(out.gapKeys).toContain('essential')
    expect(out.typedError).toBe('ENGINE_CONFIG')
  })

  it('runs the installed incontro CLI', async () => {
    const { stdout } = await run(join(project, 'node_modules', '.bin', 'incontro'), ['anonymize', 'cv-b.txt', '--json'], {
      cwd: project,
      env: { ...process.env, INCONTRO_KEY: key },
    })
    const line = JSON.parse(stdout.trim().split('\n')[0]!) as { profile: { id: string } }
    expect(line.profile.id).toMatch(/^[0-9a-f]{32}$/)
  })

  it('bundles the installed packages for browsers (the `browser` condition) with the same neutral profile as Node', async () => {
    writeFileSync(join(project, 'on-device.mjs'), onDevice)
    const result = await build({
      absWorkingDir: project,
      entryPoints: ['on-device.mjs'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((path) => path.includes('@incontro/parse/dist/browser/'))).toBe(true)
    expect(inputs.filter((path) => /yauzl|unpdf|mammoth|hnswlib|worker_threads/.test(path))).toEqual([])
    writeFileSync(join(project, 'on-device.browser.mjs'), result.outputFiles[0]!.text)
    // Both run in a plain Node process (the bundle needs no DOM), outside vitest's module resolution.
    const compare = `
      import { readFileSync } from 'node:fs'
      const text = readFileSync('cv-b.txt', 'utf8')
      const bundle = await import('./on-device.browser.mjs')
      const node = await import('./on-device.mjs')
      process.stdout.write(JSON.stringify([bundle.neutral(text), node.neutral(text)]))`
    const { stdout } = await run('node', ['--input-type=module', '-e', compare], { cwd: project, maxBuffer: 64 * 1024 * 1024 })
    const [fromBundle, fromNode] = JSON.parse(stdout) as [{ id: string }, { id: string }]
    expect(fromBundle.id).toMatch(/^[0-9a-f]{32}$/)
    expect(fromBundle).toEqual(fromNode)
  })
})
