import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultDataDir } from '../commands/demo.js'
import { verifyAuditLog, auditLogFileName } from '../audit-log/verify-audit-log.js'
import { startServer, type RunningServer } from './start-server.js'

const root = mkdtempSync(join(tmpdir(), 'incontro-serve-'))
const state = join(root, 'state')
const key = 'serve-test-deployer-key-0123456789'
const clientKey = 'client-key-for-tests-0123456789abcdef'
const otherKey = 'another-client-key-0123456789abcdef'
const cvText = readFileSync(join(defaultDataDir(), 'cvs', '01-it-hospitality.f.txt'), 'utf8')
const vacancyText = readFileSync(join(defaultDataDir(), 'vacancies', '01-it-hospitality-cameriere-di-sala.txt'), 'utf8')
// Strings of the CV that must never reach a log line or the audit trail.
const personal = ['GIULIA', 'Giulia', 'Ferri', 'giulia.ferri@example.com', '333 555 0101', 'FRRGLI94E54A794J', 'Via degli Esempi', 'cv-giulia-ferri.pdf']

let logs = ''
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logs += chunk.toString('utf8')
    done()
  },
})

const winAnsi = (line: string) => line.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '-')
async function pdfOf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const lines = text.split('\n')
  for (let start = 0; start < lines.length; start += 48) {
    const page = pdf.addPage([595, 842])
    lines.slice(start, start + 48).forEach((line, i) => page.drawText(winAnsi(line), { x: 40, y: 800 - i * 16, size: 10, font }))
  }
  return pdf.save()
}

let server: RunningServer
const options = { key, apiKeys: [clientKey, otherKey], state, port: 0, version: '0.1.0-test', logStream, bodyLimit: 256 * 1024, fileLimit: 200 * 1024, rateLimitPerMinute: 400 }
beforeAll(async () => {
  server = await startServer(options)
})
afterAll(async () => {
  await server?.stop()
  rmSync(root, { recursive: true, force: true })
})

const auth = (k = clientKey) => ({ authorization: `Bearer ${k}` })
async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = auth()) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, body: text.length > 0 ? (JSON.parse(text) as Record<string, any>) : undefined, headers: response.headers }
}

describe('incontro serve over loopback', () => {
  it('answers health and readiness without a key, and serves the OpenAPI 3.1 document', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(await call('GET', '/healthz', undefined, {})).toMatchObject({ status: 200, body: { status: 'ok' } })
    expect(await call('GET', '/readyz', undefined, {})).toMatchObject({ status: 200, body: { status: 'ready' } })
    const openapi = await call('GET', '/openapi.json', undefined, {})
    expect(openapi.status).toBe(200)
    expect(openapi.body?.openapi).toBe('3.1.0')
    expect(Object.keys(openapi.body?.paths)).toEqual(expect.arrayContaining(['/v1/cvs/anonymize', '/v1/match/candidates', '/v1/overrides', '/v1/profiles/{id}']))
  })

  it('refuses requests without a valid key (401) and accepts a listed one', async () => {
    const none = await call('GET', '/v1/profiles', undefined, {})
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toBe('Bearer')
    expect((await call('GET', '/v1/profiles', undefined, { authorization: 'Bearer wrong-key-0123456789abcdef' })).status).toBe(401)
    expect((await call('GET', '/v1/profiles', undefined, { authorization: clientKey })).status).toBe(401)
    expect((await call('GET', '/v1/profiles', undefined, auth(otherKey))).status).toBe(200)
  })

  it('anonymizes an uploaded PDF CV, stores it, matches it both ways, assesses it and records an override', async () => {
    const form = new FormData()
    form.append('sourceId', 'cv-giulia-ferri.pdf')
    form.append('file', new Blob([await pdfOf(cvText)], { type: 'application/pdf' }), 'cv-giulia-ferri.pdf')
    const upload = await fetch(`${server.url}/v1/cvs/anonymize?store=true`, { method: 'POST', headers: auth(), body: form })
    expect(upload.status).toBe(200)
    const anonymized = (await upload.json()) as { profile: { id: string; text: string }; stored: { added: number } }
    expect(anonymized.stored.added).toBe(1)
    for (const s of ['Giulia', 'Ferri', 'giulia.ferri@example.com']) expect(anonymized.profile.text).not.toContain(s)
    const profileId = anonymized.profile.id

    const neutral = await call('POST', '/v1/vacancies/neutralize?store=true', { text: vacancyText, sourceId: 'job-1' })
    expect(neutral.status).toBe(200)
    const vacancyId = neutral.body?.vacancy.id as string

    const list = await call('GET', '/v1/profiles?limit=10')
    expect(list.body).toEqual({ ids: [profileId], total: 1 })
    expect((await call('GET', `/v1/profiles/${profileId}`)).body?.id).toBe(profileId)

    const candidates = await call('POST', '/v1/match/candidates', { vacancyId, k: 5 })
    expect(candidates.status).toBe(200)
    expect(candidates.body?.results[0].profileId).toBe(profileId)
    expect(candidates.body?.results[0].score).toBeGreaterThan(0.3)
    expect(candidates.body?.audit.seq).toBe(1)

    const vacancies = await call('POST', '/v1/match/vacancies', { profileId, k: 5 })
    expect(vacancies.body?.results[0].vacancyId).toBe(vacancyId)

    const assessed = await call('POST', '/v1/assess', { profileId, vacancyId })
    expect(assessed.status).toBe(200)
    expect(assessed.body?.competences.competences.length).toBeGreaterThan(0)
    expect(assessed.body?.gaps.essential.coverage).toBeGreaterThan(0)

    const override = await call('POST', '/v1/overrides', { vacancyId, profileId, action: 'raise', reason: 'equivalent-experience', reference: 'case-17', overrides: candidates.body?.audit.seq })
    expect(override.status).toBe(201)
    expect(override.body?.audit.seq).toBe(4)
    const badOverride = await call('POST', '/v1/overrides', { vacancyId, profileId, action: 'raise', reason: 'la signora Ferri ha chiamato' })
    expect(badOverride.status).toBe(400)
    expect(JSON.stringify(badOverride.body)).not.toContain('Ferri')

    const review = await call('POST', '/v1/vacancies/review', { text: 'Cercasi cameriera bella presenza, max 30 anni.' })
    expect(review.body?.findings.map((f: { category: string }) => f.category)).toEqual(expect.arrayContaining(['appearance', 'age']))

    // Replace, then remove: the record is gone and a second removal is a 404.
    expect((await call('PUT', `/v1/profiles/${profileId}`, anonymized.profile)).body).toEqual({ replaced: true })
    expect((await call('DELETE', `/v1/vacancies/${vacancyId}`)).body).toEqual({ removed: true })
    expect((await call('DELETE', `/v1/vacancies/${vacancyId}`)).status).toBe(404)
    expect((await call('POST', '/v1/match/candidates', { vacancyId, k: 5 })).status).toBe(404)
  })

  it('refuses malformed records at the boundary with a typed code and the paths at fault', async () => {
    const bad = await call('POST', '/v1/profiles', { profiles: [{ id: 'not-hex', name: 'Mario Rossi' }] })
    expect(bad.status).toBe(400)
    expect(bad.body?.error.code).toBe('CORE_SCHEMA_VIOLATION')
    expect(bad.body?.error.issues.length).toBeGreaterThan(0)
    expect(JSON.stringify(bad.body)).not.toContain('Mario')
    expect((await call('POST', '/v1/match/candidates', { k: 5 })).status).toBe(400)
  })

  it('refuses a body or a file over the limits with 413', async () => {
    const big = await call('POST', '/v1/cvs/anonymize', { text: 'x'.repeat(300 * 1024) })
    expect(big.status).toBe(413)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(220 * 1024).fill(0x61)]), 'big.txt')
    const file = await fetch(`${server.url}/v1/documents/read`, { method: 'POST', headers: auth(), body: form })
    expect(file.status).toBe(413)
    expect(((await file.json()) as { error: { code: string } }).error.code).toBe('PARSE_LIMIT_EXCEEDED')
  })

  it('keeps the state and the audit trail across a restart; the trail verifies and holds no personal data', async () => {
    await server.stop()
    server = await startServer(options)
    expect((await call('GET', '/v1/profiles')).body?.total).toBe(1)
    expect((await call('POST', '/v1/overrides', { vacancyId: 'f'.repeat(32), profileId: 'e'.repeat(32), action: 'exclude', reason: 'data-error' })).body?.audit.seq).toBe(5)
    const verification = verifyAuditLog(state)
    expect(verification).toMatchObject({ ok: true, entries: 5 })
    const trail = readFileSync(join(state, auditLogFileName), 'utf8')
    for (const s of [...personal, clientKey, key]) expect(trail).not.toContain(s)
  })

  it('limits the rate per client key (429)', async () => {
    let limited = 0
    for (let i = 0; i < 450 && limited === 0; i++) {
      const response = await fetch(`${server.url}/v1/profiles`, { headers: auth(otherKey) })
      await response.arrayBuffer()
      if (response.status === 429) limited = i
    }
    expect(limited).toBeGreaterThan(0)
    expect(limited).toBeLessThanOrEqual(400)
    // Another key has its own budget.
    expect((await call('GET', '/v1/profiles')).status).toBe(200)
  })

  it('writes structured JSON logs without CV text, file names, ids or keys', () => {
    const lines = logs.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThan(20)
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
    expect(lines.some((line) => JSON.parse(line).req?.route === '/v1/cvs/anonymize')).toBe(true)
    for (const s of [...personal, clientKey, otherKey, key, 'Bearer', 'sala']) expect(logs).not.toContain(s)
    expect(logs).not.toMatch(/[0-9a-f]{32}/)
  })
})
