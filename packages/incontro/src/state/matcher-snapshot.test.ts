import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { MatchResult, NeutralProfile } from '@incontro/core'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { openEngineState } from './open-engine-state.js'
import { openPersistentEngine, type PersistentEngine } from './open-persistent-engine.js'
import { readSnapshotManifest, snapshotFolderName, snapshotManifestName } from './matcher-snapshot.js'
import { testProfile, testVacancy } from './internal/test-records.js'

const root = mkdtempSync(join(tmpdir(), 'incontro-snapshot-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const key = 'snapshot-test-key-0123456789abcdef'
let n = 0
const fresh = () => join(root, `s${++n}`)
const skillSets = [['skill.haccp'], ['skill.table-service'], ['skill.haccp', 'skill.table-service'], []]
const profiles = (from: number, count: number): NeutralProfile[] => Array.from({ length: count }, (_, i) => testProfile(from + i, skillSets[(from + i) % skillSets.length]))
const vacancies = [testVacancy(1), testVacancy(2, ['skill.table-service']), testVacancy(3, ['skill.haccp', 'skill.table-service'])]

/** Every answer a user relies on: the top k (ids, scores, explanations) for each vacancy, and vacancies for two profiles. */
async function answers(engine: PersistentEngine): Promise<string> {
  const out: MatchResult[][] = []
  for (const vacancy of vacancies) out.push(await engine.candidatesFor(vacancy, { k: 12 }))
  for (const profile of [testProfile(5, ['skill.haccp']), testProfile(9)]) out.push(await engine.vacanciesFor(profile, { k: 3 }))
  return JSON.stringify(out)
}

async function populated(dir: string, index: 'hnsw' | 'exact'): Promise<{ engine: PersistentEngine; expected: string }> {
  const engine = await openPersistentEngine({ key, state: dir, index })
  await engine.addProfiles(profiles(1, 120))
  await engine.addVacancies(vacancies)
  await engine.removeProfiles([testProfile(7).id, testProfile(8).id])
  await engine.addProfiles([testProfile(3, ['skill.table-service']), testProfile(200, ['skill.haccp'])])
  return { engine, expected: await answers(engine) }
}

describe('matcher snapshot', () => {
  it.each(['hnsw', 'exact'] as const)('a restart loads the %s matcher from its snapshot and gives identical top-k, scores and explanations', async (index) => {
    const dir = fresh()
    const { engine, expected } = await populated(dir, index)
    expect(engine.startup.matcher).toBe('rebuilt')
    await engine.close()
    expect(readSnapshotManifest(dir)).toMatchObject({ index, profiles: 119, vacancies: 3 })

    const again = await openPersistentEngine({ key, state: dir, index })
    expect(again.startup).toMatchObject({ matcher: 'snapshot', diagnostics: [] })
    expect(await answers(again)).toBe(expected)
    // Still writable, and the write reaches the database and the next snapshot.
    await again.addProfiles([testProfile(300, ['skill.haccp'])])
    await again.removeProfiles([testProfile(1).id])
    const changed = await answers(again)
    await again.close()
    const third = await openPersistentEngine({ key, state: dir, index })
    expect(third.startup.matcher).toBe('snapshot')
    expect(await answers(third)).toBe(changed)
    expect(third.state.profileCount()).toBe(119)
    await third.close()
  })

  it('a snapshot older than the database (records written without it) is detected as stale and the matcher rebuilt', async () => {
    const dir = fresh()
    const { engine } = await populated(dir, 'exact')
    await engine.close()
    // Written by another program, straight into the database: the snapshot does not hold it.
    const state = openEngineState(dir, { key, taxonomyVersion: builtinTaxonomy().version })
    state.putProfiles([testProfile(500, ['skill.haccp'])])
    state.close()
    const again = await openPersistentEngine({ key, state: dir, index: 'exact' })
    expect(again.startup.matcher).toBe('rebuilt')
    expect(again.startup.diagnostics[0]).toMatchObject({ code: 'ENGINE_SNAPSHOT_UNUSED', message: expect.stringContaining('snapshot-stale') })
    const ids = (await again.candidatesFor(testVacancy(1), { k: 200 })).map((result) => result.profileId)
    expect(ids).toContain(testProfile(500).id)
    await again.close()
  })

  it('the same generation reached by other writes (a database restored from a backup) is stale too', async () => {
    const dir = fresh()
    const engine = await openPersistentEngine({ key, state: dir, index: 'exact' })
    await engine.addProfiles(profiles(1, 10))
    const backup = `${dir}-backup`
    cpSync(dir, backup, { recursive: true })
    await engine.addProfiles([testProfile(11)])
    await engine.close()
    // The database goes back one write and takes another one: same generation, other records.
    for (const name of ['state.sqlite', 'state.sqlite-wal', 'state.sqlite-shm']) {
      rmSync(join(dir, name), { force: true })
      if (existsSync(join(backup, name))) cpSync(join(backup, name), join(dir, name))
    }
    const state = openEngineState(dir, { key, taxonomyVersion: builtinTaxonomy().version })
    const before = readSnapshotManifest(dir)
    state.putProfiles([testProfile(12, ['skill.table-service'])])
    expect(state.generation().generation).toBe(before?.generation)
    state.close()
    const again = await openPersistentEngine({ key, state: dir, index: 'exact' })
    expect(again.startup.matcher).toBe('rebuilt')
    expect((await again.candidatesFor(testVacancy(1), { k: 50 })).map((result) => result.profileId)).not.toContain(testProfile(11).id)
    await again.close()
  })

  const damage: [string, (dir: string, folder: string) => void, RegExp][] = [
    ['a flipped byte in the records', (_, folder) => flip(join(folder, 'profiles.records')), /MATCH_INDEX_CORRUPT/],
    ['a truncated HNSW graph', (_, folder) => truncate(join(folder, readdirSync(folder).find((name) => name.startsWith('profiles.index.') && name.endsWith('.graph')) as string)), /MATCH_INDEX_CORRUPT/],
    ['a missing index file', (_, folder) => rmSync(join(folder, 'vacancies.index')), /CORE_INVALID_INPUT/],
    ['an index file of another format version', (_, folder) => setVersion(join(folder, 'profiles.index'), 1), /MATCH_INDEX_CORRUPT/],
    ['a snapshot of another format version', (dir) => rewriteManifest(dir, (manifest) => ({ ...manifest, format: 99 })), /snapshot-format/],
    ['an edited manifest', (dir) => rewriteManifest(dir, (manifest) => ({ ...manifest, profiles: 1 })), /snapshot-manifest/],
    ['a manifest that is not JSON', (dir) => writeFileSync(join(dir, snapshotFolderName, snapshotManifestName), '{'), /snapshot-manifest/],
  ]
  it.each(damage)('%s: the snapshot is refused with a typed error, reported, and the matcher rebuilt to the same results', async (_, harm, reason) => {
    const dir = fresh()
    const { engine, expected } = await populated(dir, 'hnsw')
    await engine.close()
    const exact = async (): Promise<string> => {
      // Rebuilt results are compared on the exact index (an HNSW graph rebuilt in another order may differ).
      const copy = `${dir}-exact`
      rmSync(copy, { recursive: true, force: true })
      cpSync(dir, copy, { recursive: true })
      rmSync(join(copy, snapshotFolderName), { recursive: true, force: true })
      const reference = await openPersistentEngine({ key, state: copy, index: 'exact', snapshotEvery: 0 })
      const result = await answers(reference)
      await reference.close()
      return result
    }
    const manifest = readSnapshotManifest(dir)
    harm(dir, join(dir, snapshotFolderName, manifest?.folder as string))
    const again = await openPersistentEngine({ key, state: dir, index: 'hnsw' })
    expect(again.startup.matcher).toBe('rebuilt')
    expect(again.startup.diagnostics).toHaveLength(1)
    expect(again.startup.diagnostics[0]?.message).toMatch(reason)
    expect(JSON.parse(await answers(again)).map((results: MatchResult[]) => results.map((r) => r.profileId ?? r.vacancyId).sort())).toEqual(
      JSON.parse(expected).map((results: MatchResult[]) => results.map((r) => r.profileId ?? r.vacancyId).sort()),
    )
    await again.close()
    // The rebuilt engine saved a sound snapshot again.
    const healed = await openPersistentEngine({ key, state: dir, index: 'hnsw' })
    expect(healed.startup.matcher).toBe('snapshot')
    await healed.close()
    const reference = await exact()
    const exactAgain = await openPersistentEngine({ key, state: dir, index: 'exact', snapshotEvery: 0 })
    expect(exactAgain.startup.diagnostics[0]?.message).toMatch(/snapshot-identity/)
    expect(await answers(exactAgain)).toBe(reference)
    await exactAgain.close()
  })

  const tsx = new URL('../../../../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href
  it.runIf(process.platform !== 'win32' && existsSync(new URL(tsx)))(
    'a process killed (SIGKILL) while writing records and snapshots never leaves a snapshot that is loaded but disagrees with the database',
    async () => {
      // Killed at a committed batch (mid-write or mid-snapshot), and just after a snapshot (which is then current).
      for (const [signal, at] of [
        ['committed', 6],
        ['snapshot', 7],
        ['committed', 13],
      ] as const) {
        const dir = fresh()
        // Node itself with tsx as a loader (the tsx command would run the script in a grandchild the kill misses).
        const child = spawn(process.execPath, ['--import', tsx, '--conditions=@incontro/source', fileURLToPath(new URL('./internal/kill-snapshot-writer.ts', import.meta.url)), dir, key], {
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let lastCommitted = -1
        let buffered = ''
        await new Promise<void>((resolve, reject) => {
          child.on('error', reject)
          child.on('exit', () => resolve())
          child.stdout.on('data', (chunk: Buffer) => {
            buffered += chunk.toString('utf8')
            const lines = buffered.split('\n')
            buffered = lines.pop() ?? ''
            for (const line of lines) {
              const m = /^(committed|snapshot) (\d+)$/.exec(line)
              if (m?.[1] === 'committed') lastCommitted = Number(m[2])
              if (m?.[1] === signal && Number(m[2]) >= at) child.kill('SIGKILL')
            }
          })
        })
        expect(child.signalCode).toBe('SIGKILL')
        // What the database holds decides; a snapshot is used only when it holds exactly that.
        const copy = `${dir}-reference`
        cpSync(dir, copy, { recursive: true })
        rmSync(join(copy, snapshotFolderName), { recursive: true, force: true })
        const reference = await openPersistentEngine({ key, state: copy, index: 'exact', snapshotEvery: 0 })
        const engine = await openPersistentEngine({ key, state: dir, index: 'exact', snapshotEvery: 0 })
        if (signal === 'snapshot') expect(engine.startup.matcher).toBe('snapshot')
        expect(engine.state.profileCount()).toBeGreaterThanOrEqual((lastCommitted + 1) * 39)
        expect(engine.state.profileCount()).toBe(reference.state.profileCount())
        const ids = (text: string) => (JSON.parse(text) as MatchResult[][]).map((results) => results.map((result) => `${result.profileId}:${result.score}`).join(' '))
        const [mine, theirs] = [await answers(engine), await answers(reference)]
        expect({ signal, startup: engine.startup.matcher, ids: ids(mine) }).toEqual({ signal, startup: engine.startup.matcher, ids: ids(theirs) })
        expect(mine === theirs).toBe(true)
        const sorted = (results: MatchResult[]) => results.map((result) => result.profileId)
        expect(sorted(await engine.candidatesFor(testVacancy(1), { k: 1000 }))).toEqual(sorted(await reference.candidatesFor(testVacancy(1), { k: 1000 })))
        await engine.close()
        await reference.close()
      }
    },
    240_000,
  )
})

function flip(file: string): void {
  const bytes = readFileSync(file)
  bytes[bytes.length - 3] = (bytes[bytes.length - 3] as number) ^ 0xff
  writeFileSync(file, bytes)
}

function truncate(file: string): void {
  const bytes = readFileSync(file)
  writeFileSync(file, bytes.subarray(0, bytes.length - 100))
}

function setVersion(file: string, version: number): void {
  const bytes = readFileSync(file)
  bytes.writeUInt16LE(version, 14)
  writeFileSync(file, bytes)
}

function rewriteManifest(dir: string, change: (manifest: Record<string, unknown>) => Record<string, unknown>): void {
  const path = join(dir, snapshotFolderName, snapshotManifestName)
  writeFileSync(path, JSON.stringify(change(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)))
}
