import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { isIncontroError } from '@incontro/core'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { keyFingerprint, openEngineState, stateFileName } from './open-engine-state.js'
import { openPersistentEngine } from './open-persistent-engine.js'
import { testProfile, testVacancy } from './internal/test-records.js'

const root = mkdtempSync(join(tmpdir(), 'incontro-state-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const key = 'state-test-key-0123456789abcdef'
let n = 0
const fresh = () => join(root, `s${++n}`)

describe('engine state', () => {
  it('keeps profiles and vacancies across a restart, and the engine matches them after reopening', async () => {
    const dir = fresh()
    const first = await openPersistentEngine({ key, state: dir, index: 'exact' })
    await first.addProfiles([testProfile(1), testProfile(2, ['skill.table-service'])])
    await first.addVacancies([testVacancy(1)])
    await first.removeProfiles([testProfile(2).id])
    const before = await first.candidatesFor(testVacancy(1), { k: 5 })
    await first.close()

    const again = await openPersistentEngine({ key, state: dir, index: 'exact' })
    expect(again.state.profileIds().ids).toEqual([testProfile(1).id])
    expect(again.state.vacancyIds().ids).toEqual([testVacancy(1).id])
    expect(again.profile(testProfile(1).id)).toEqual(testProfile(1))
    expect(await again.candidatesFor(testVacancy(1), { k: 5 })).toEqual(before)
    const report = await again.addProfiles([testProfile(1)])
    expect(report).toEqual({ added: 0, replaced: [testProfile(1).id] })
    await again.close()
  })

  it('stores a keyed fingerprint of the key, never the key', () => {
    const dir = fresh()
    openEngineState(dir, { key, taxonomyVersion: 't1' }).close()
    const bytes = readFileSync(join(dir, stateFileName))
    expect(bytes.includes(Buffer.from(key))).toBe(false)
    const state = openEngineState(dir, { key, taxonomyVersion: 't1' })
    expect(state.meta('keyFingerprint')).toBe(keyFingerprint(key))
    state.close()
  })

  it('refuses state written with another key or taxonomy version with ENGINE_STATE_MISMATCH', async () => {
    const dir = fresh()
    const engine = await openPersistentEngine({ key, state: dir })
    await engine.addProfiles([testProfile(1)])
    await engine.close()
    const other = await openPersistentEngine({ key: 'another-key-0123456789abcdef', state: dir }).catch((error: unknown) => error)
    expect(isIncontroError(other, 'ENGINE_STATE_MISMATCH')).toBe(true)
    expect((other as { details: { reason: string } }).details.reason).toBe('key')
    expect((other as Error).message).not.toContain('another-key')
    const taxonomy = () => openEngineState(dir, { key, taxonomyVersion: `${builtinTaxonomy().version}-other` })
    expect(taxonomy).toThrowError(expect.objectContaining({ code: 'ENGINE_STATE_MISMATCH', details: expect.objectContaining({ reason: 'taxonomy' }) }))
  })

  it('refuses a file that is not a state database with ENGINE_STATE_CORRUPT', () => {
    const dir = fresh()
    openEngineState(dir, { key, taxonomyVersion: 't' }).close()
    writeFileSync(join(dir, stateFileName), Buffer.alloc(8192, 0x41))
    expect(() => openEngineState(dir, { key, taxonomyVersion: 't' })).toThrowError(expect.objectContaining({ code: 'ENGINE_STATE_CORRUPT' }))
  })

  const tsx = new URL('../../../../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href
  it.runIf(process.platform !== 'win32' && existsSync(new URL(tsx)))('a process killed (SIGKILL) during a run of inserts loses no committed batch, and the database opens intact', async () => {
    const dir = fresh()
    // Node itself with tsx as a loader: the tsx command runs the script in a grandchild that a kill of the command misses.
    const child = spawn(process.execPath, ['--import', tsx, '--conditions=@incontro/source', fileURLToPath(new URL('./internal/kill-writer.ts', import.meta.url)), dir, key], { stdio: ['ignore', 'pipe', 'pipe'] })
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
          const m = /^committed (\d+)$/.exec(line)
          if (m) lastCommitted = Number(m[1])
        }
        // Kill it in the middle of its run, while it is writing.
        if (lastCommitted >= 20) child.kill('SIGKILL')
      })
    })
    expect(child.signalCode).toBe('SIGKILL')
    expect(lastCommitted).toBeGreaterThanOrEqual(20)
    const state = openEngineState(dir, { key, taxonomyVersion: 'crash-test' })
    const count = state.profileCount()
    // Every batch reported committed is there, whole; a batch cut by the kill is absent or whole, never half.
    expect(count).toBeGreaterThanOrEqual((lastCommitted + 1) * 50)
    expect(count % 50).toBe(0)
    for (const i of [1, 25, (lastCommitted + 1) * 50]) expect(state.getProfile(testProfile(i).id)).toEqual(testProfile(i))
    state.close()
  })
})
