import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { NeutralVacancy } from '@incontro/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultDataDir } from '../commands/demo.js'
import { openPersistentEngine, type PersistentEngine } from '../state/open-persistent-engine.js'
import { createServer } from './create-server.js'
import type { ServerContext } from './route-spec.js'

const key = 'serve-limits-test-key-0123456789'
const clientKey = 'serve-limits-client-key-0123456789'
const headers = { authorization: `Bearer ${clientKey}` }
const data = defaultDataDir()
const versions = { incontro: '0.0.0-test', taxonomy: 'test', index: 'hnsw' as const }

let engine: PersistentEngine
let vacancies: NeutralVacancy[]
let app: FastifyInstance
/** A copy of the engine whose candidatesFor never answers within the time limit. */
let slowApp: FastifyInstance

const contextOf = (over: Partial<PersistentEngine> = {}): ServerContext => ({ engine: { ...engine, ...over }, versions, phase: () => 'ready' })

beforeAll(async () => {
  engine = await openPersistentEngine({ key, state: undefined })
  const profiles = readdirSync(join(data, 'cvs'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => engine.neutralizeCv(readFileSync(join(data, 'cvs', name), 'utf8'), { sourceId: name }).profile)
  await engine.addProfiles(profiles)
  vacancies = readdirSync(join(data, 'vacancies')).map((name) => engine.neutralizeVacancy(readFileSync(join(data, 'vacancies', name), 'utf8'), { sourceId: name }))
  app = await createServer(contextOf(), { apiKeys: [clientKey], version: '0.0.0-test', logLevel: 'silent' })
  const never = (): Promise<never> => new Promise(() => undefined)
  slowApp = await createServer(contextOf({ candidatesFor: never }), { apiKeys: [clientKey], version: '0.0.0-test', logLevel: 'silent', handlerTimeoutMs: 150 })
})
afterAll(async () => {
  await app?.close()
  await slowApp?.close()
  await engine?.close()
})

/** Bytes of a file no reader knows: a made-up header, then pseudo-random bytes (many of them control characters). */
function binaryBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = 12345
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    bytes[i] = state >>> 24
  }
  bytes.set([0x7a, 0x7a, 0x01, 0x02, 0x03, 0x04], 0)
  return bytes
}

function multipart(bytes: Uint8Array): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----incontro-test-boundary'
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="upload.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

describe('serve: limits and the API boundary', () => {
  it('answers a match exactly as the engine does in-process', async () => {
    for (const vacancy of vacancies.slice(0, 4)) {
      const response = await app.inject({ method: 'POST', url: '/v1/match/candidates', headers, payload: { vacancy, k: 5 } })
      expect(response.statusCode).toBe(200)
      const served = response.json() as { results: unknown[] }
      expect(served.results.length).toBeGreaterThan(0)
      expect(served.results).toEqual(JSON.parse(JSON.stringify(await engine.candidatesFor(vacancy, { k: 5 }))))
    }
  })

  it('answers 503 HANDLER_TIMEOUT when a handler exceeds the time limit, and goes on serving', async () => {
    const vacancy = vacancies[0]
    const slow = await slowApp.inject({ method: 'POST', url: '/v1/match/candidates', headers, payload: { vacancy, k: 5 } })
    expect(slow.statusCode).toBe(503)
    expect(slow.headers['retry-after']).toBe('1')
    expect(slow.json()).toMatchObject({ error: { code: 'HANDLER_TIMEOUT' } })
    expect((await slowApp.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
    // Routes that do not hang still answer on the same server.
    const other = await slowApp.inject({ method: 'POST', url: '/v1/vacancies/review', headers, payload: { text: readFileSync(join(data, 'vacancies', '01-it-hospitality-cameriere-di-sala.txt'), 'utf8') } })
    expect(other.statusCode).toBe(200)
  })

  it('refuses an uploaded binary file with 415 PARSE_UNSUPPORTED_FORMAT, not a parse or a 500', async () => {
    for (const url of ['/v1/cvs/anonymize', '/v1/cvs/parse', '/v1/vacancies/neutralize', '/v1/documents/read']) {
      const response = await app.inject({ method: 'POST', url, ...multipart(binaryBytes(4096)) })
      expect(response.statusCode).toBe(415)
      expect(response.json()).toMatchObject({ error: { code: 'PARSE_UNSUPPORTED_FORMAT' } })
    }
  })

  it('refuses a JSON text field made of binary garbage with 415 PARSE_UNSUPPORTED_FORMAT', async () => {
    const garbage = Buffer.from(binaryBytes(2048)).toString('latin1')
    const decoded = Buffer.from(binaryBytes(2048)).toString('utf8') // binary read as UTF-8: many U+FFFD
    for (const text of [garbage, decoded]) {
      const response = await app.inject({ method: 'POST', url: '/v1/cvs/anonymize', headers, payload: { text } })
      expect(response.statusCode).toBe(415)
      expect(response.json()).toMatchObject({ error: { code: 'PARSE_UNSUPPORTED_FORMAT' } })
    }
    // Ordinary text with a few odd characters is still read.
    const cv = readFileSync(join(data, 'cvs', '01-it-hospitality.f.txt'), 'utf8')
    const ok = await app.inject({ method: 'POST', url: '/v1/cvs/anonymize', headers, payload: { text: `${cv}\u0007\uFFFD` } })
    expect(ok.statusCode).toBe(200)
  })

  it('refuses a truncated PDF with a typed 4xx, never a 500', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'), Buffer.from(binaryBytes(512))])
    const response = await app.inject({ method: 'POST', url: '/v1/cvs/anonymize', ...multipart(pdf) })
    expect(response.statusCode).toBeGreaterThanOrEqual(400)
    expect(response.statusCode).toBeLessThan(500)
    expect((response.json() as { error: { code: string } }).error.code).toMatch(/^PARSE_/)
  })
})
