/**
 * Lists the licences of the runtime dependencies of every published package (`dependencies` and
 * `optionalDependencies`, followed transitively through node_modules; peer dependencies are the adopter's
 * choice and are listed apart), and writes docs/licences.md.
 *
 *   npx tsx scripts/list-licences.ts            # rewrite docs/licences.md
 *   npx tsx scripts/list-licences.ts --check    # exit 1 when docs/licences.md is out of date
 */
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** One third-party package some published Incontro package needs at run time. */
export interface RuntimeDependency {
  name: string
  version: string
  licence: string
  /** The Incontro packages that pull it in (directly or through another dependency). */
  usedBy: string[]
  /** Whether it is a peer dependency (installed by the adopter), not a dependency. */
  peer: boolean
}

interface Manifest {
  name: string
  version: string
  private?: boolean
  license?: string | { type?: string }
  licenses?: { type?: string }[]
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest

/** The folder of package `name` as Node would find it from `fromDir` (pnpm's and npm's layouts alike). */
function locate(fromDir: string, name: string): string | undefined {
  let dir = fromDir
  for (;;) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate)
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** The licence a package declares, or what its licence file says when the manifest declares none. */
function licenceOf(manifest: Manifest, dir: string): string {
  if (typeof manifest.license === 'string') return manifest.license
  if (manifest.license?.type) return manifest.license.type
  const types = (manifest.licenses ?? []).map((entry) => entry.type).filter((type): type is string => type !== undefined)
  if (types.length > 0) return types.join(' OR ')
  const file = readdirSync(dir).find((name) => /^licen[cs]e/i.test(name))
  if (file === undefined) return 'UNKNOWN'
  // The MIT grant is recognisable by its first sentence; anything else is left for a person to read.
  const text = readFileSync(join(dir, file), 'utf8')
  return /Permission is hereby granted, free of charge/.test(text) ? `MIT (${file}; no licence field)` : `see ${file}`
}

/** The runtime dependencies of the published packages under `root/packages`, sorted by name. */
export function listLicences(root: string): RuntimeDependency[] {
  const packagesDir = join(root, 'packages')
  const ours = new Map<string, string>()
  for (const name of readdirSync(packagesDir)) {
    const dir = join(packagesDir, name)
    if (!existsSync(join(dir, 'package.json'))) continue
    const manifest = readManifest(dir)
    if (!manifest.private) ours.set(manifest.name, realpathSync(dir))
  }
  const found = new Map<string, RuntimeDependency>()
  for (const [owner, ownerDir] of ours) {
    const ownManifest = readManifest(ownerDir)
    const queue: { dir: string; name: string; peer: boolean }[] = [
      ...Object.keys({ ...ownManifest.dependencies, ...ownManifest.optionalDependencies }).map((name) => ({ dir: ownerDir, name, peer: false })),
      ...Object.keys(ownManifest.peerDependencies ?? {}).map((name) => ({ dir: ownerDir, name, peer: true })),
    ]
    const seen = new Set<string>()
    while (queue.length > 0) {
      const { dir, name, peer } = queue.shift()!
      if (ours.has(name)) continue
      const location = locate(dir, name)
      if (location === undefined) continue // an optional dependency not installed on this platform
      if (seen.has(location)) continue
      seen.add(location)
      const manifest = readManifest(location)
      const id = `${manifest.name}@${manifest.version}`
      const entry = found.get(id) ?? { name: manifest.name, version: manifest.version, licence: licenceOf(manifest, location), usedBy: [], peer }
      entry.peer &&= peer
      if (!entry.usedBy.includes(owner)) entry.usedBy.push(owner)
      found.set(id, entry)
      for (const next of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) queue.push({ dir: location, name: next, peer })
    }
  }
  const list = [...found.values()]
  for (const entry of list) entry.usedBy.sort()
  return list.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
}

/** docs/licences.md for a list of runtime dependencies. */
export function renderLicences(list: readonly RuntimeDependency[]): string {
  const counts = new Map<string, number>()
  for (const entry of list) counts.set(entry.licence, (counts.get(entry.licence) ?? 0) + 1)
  const row = (entry: RuntimeDependency): string => `| \`${entry.name}\` | ${entry.version} | ${entry.licence} | ${entry.usedBy.map((name) => `\`${name}\``).join(', ')} |`
  const regular = list.filter((entry) => !entry.peer)
  const peers = list.filter((entry) => entry.peer)
  return [
    '# Licences of runtime dependencies',
    '',
    'Every third-party package that the published Incontro packages need at run time (their `dependencies`,',
    'followed transitively), with its licence as declared in its `package.json`. Incontro itself is MIT.',
    'Generated by `npx tsx scripts/list-licences.ts` from the installed `node_modules`; a test',
    '(`packages/incontro/src/licences.test.ts`) fails when a dependency or a licence is missing here.',
    '',
    `Licences: ${[...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([licence, count]) => `${licence} (${count})`).join(', ')}.`,
    '',
    '| package | version | licence | needed by |',
    '| --- | --- | --- | --- |',
    ...regular.map(row),
    '',
    '## Peer dependencies',
    '',
    'Installed by the adopter when they use the subpath that needs them.',
    '',
    '| package | version | licence | needed by |',
    '| --- | --- | --- | --- |',
    ...peers.map(row),
    '',
  ].join('\n')
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = renderLicences(listLicences(root))
  const path = join(root, 'docs', 'licences.md')
  if (process.argv.includes('--check')) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : ''
    if (current !== text) {
      process.stderr.write('docs/licences.md is out of date: run `npx tsx scripts/list-licences.ts`.\n')
      process.exit(1)
    }
  } else {
    writeFileSync(path, text)
    process.stdout.write(`wrote ${path}\n`)
  }
}
