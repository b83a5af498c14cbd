import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { NeutralProfile, NeutralVacancy } from '@incontro/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditLog } from '../audit-log/verify-audit-log.js'
import { defaultDataDir } from '../commands/demo.js'
import { createEngine } from '../create-engine.js'
import { startServer, type RunningServer } from './start-server.js'

const key = 'match-workers-test-key-0123456789'
const clientKey = 'match-workers-client-key-0123456789'
const headers = { authorization: `Bearer ${clientKey}`, 'content-type': 'application/json' }
const data = defaultDataDir()
const root = mkdtempSync(join(tmpdir(), 'incontro-match-workers-'))

let server: RunningServer
let profiles: NeutralProfile[]
let vacancies: NeutralVacancy[]

beforeAll(async () => {
  const engine = createEngine({ key })
  profiles = readdirSync(join(data, 'cvs'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => engine.neutralizeCv(readFileSync(join(data, 'cvs', name), 'utf8'), { sourceId: name }).profile)
  vacancies = readdirSync(join(data, 'vacancies')).map((name) => engine.neutralizeVacancy(readFileSync(join(data, 'vacancies', name), 'utf8'), { sourceId: name }))
  // Half the records are stored before the start (loaded into the workers), half added through the API.
  const first = await startServer({ key, apiKeys: [clientKey], state: root, port: 0, logLevel: 'silent', version: '0.0.0-test' })
  await first.engine.addProfiles(profiles.slice(0, 6))
  await first.stop()
  server = await startServer({ key, apiKeys: [clientKey], state: root, port: 0, logLevel: 'silent', version: '0.0.0-test', matchWorkers: 2 })
})
afterAll(async () => {
  await server?.stop()
  rmSync(root, { recursive: true, force: true })
})

async function post(path: string, body: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
  return { status: response.status, text: await response.text() }
}

describe('serve with match workers', () => {
  it('answers matches byte for byte as the engine does in-process, writes included, and logs them', async () => {
    expect((await post('/v1/profiles', { profiles: profiles.slice(6) })).status).toBe(200)
    expect((await post('/v1/vacancies', { vacancies })).status).toBe(200)
    const removed = await fetch(`${server.url}/v1/profiles/${profiles[0]?.id}`, { method: 'DELETE', headers: { authorization: headers.authorization } })
    expect(removed.status).toBe(200)
    for (const vacancy of vacancies.slice(0, 5)) {
      const answer = await post('/v1/match/candidates', { vacancyId: vacancy.id, k: 5 })
      expect(answer.status).toBe(200)
      const { results, audit } = JSON.parse(answer.text) as { results: { profileId: string }[]; audit: { seq: number; hash: string } }
      expect(results.map((r) => r.profileId)).not.toContain(profiles[0]?.id)
      // The main thread's engine holds the same records: its answer, serialized, is the served text.
      expect(answer.text).toBe(JSON.stringify({ results: await server.engine.candidatesFor(vacancy, { k: 5 }), audit }))
    }
    const profile = profiles[3] as NeutralProfile
    const other = await post('/v1/match/vacancies', { profileId: profile.id, k: 3 })
    const { audit } = JSON.parse(other.text) as { audit: unknown }
    expect(other.text).toBe(JSON.stringify({ results: await server.engine.vacanciesFor(profile, { k: 3 }), audit }))
    expect(verifyAuditLog(root)).toMatchObject({ ok: true, entries: 6 })
  })

  it('refuses a malformed vacancy with a typed 400 before it reaches a worker', async () => {
    const vacancy = { ...(vacancies[0] as NeutralVacancy), requirements: 'not a list' }
    const answer = await post('/v1/match/candidates', { vacancy, k: 5 })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.text)).toMatchObject({ error: { code: 'CORE_SCHEMA_VIOLATION' } })
  })
})
