import { spawn } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { verifyAuditLog } from '../audit-log/verify-audit-log.js'
import { runCli } from '../run-cli.js'

const root = mkdtempSync(join(tmpdir(), 'incontro-serve-cli-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const key = 'serve-cli-test-key-0123456789'
const clientKey = 'serve-cli-client-key-0123456789abcdef'

async function cli(args: string[], env: Record<string, string>) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env })
  return { code, stdout, stderr }
}

describe('incontro serve (command line)', () => {
  it('refuses to start without client keys unless --insecure-no-auth, and then only on loopback', async () => {
    const none = await cli(['serve', '--port', '0'], { INCONTRO_KEY: key })
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('CLI_USAGE')
    expect(none.stderr).toContain('INCONTRO_API_KEYS')
    const open = await cli(['serve', '--port', '0', '--insecure-no-auth', '--host', '0.0.0.0'], { INCONTRO_KEY: key })
    expect(open.code).toBe(1)
    expect(open.stderr).toContain('loopback')
    const short = await cli(['serve', '--port', '0'], { INCONTRO_KEY: key, INCONTRO_API_KEYS: 'short' })
    expect(short.code).toBe(1)
    expect(short.stderr).not.toContain('short,')
    const noKey = await cli(['serve', '--port', '0'], { INCONTRO_API_KEYS: clientKey })
    expect(noKey.stderr).toContain('ANONYMIZE_MISSING_KEY')
  })

  it('--help documents every option', async () => {
    const help = await cli(['serve', '--help'], {})
    expect(help.code).toBe(0)
    for (const option of ['--host', '--port', '--state', '--insecure-no-auth', '--body-limit', '--rate-limit', '--request-timeout', '--log-level', '--index', '--taxonomy', '--key', 'INCONTRO_API_KEYS']) expect(help.stdout).toContain(option)
  })

  const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url))
  it.runIf(process.platform !== 'win32' && existsSync(tsx))('stops gracefully on SIGTERM: the request in flight is answered, the audit trail flushed, exit 0', async () => {
    const state = join(root, 'state')
    const child = spawn(tsx, ['--conditions=@incontro/source', fileURLToPath(new URL('../cli.ts', import.meta.url)), 'serve', '--port', '0', '--state', state, '--log-level', 'silent'], {
      env: { ...process.env, INCONTRO_KEY: key, INCONTRO_API_KEYS: clientKey },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)))
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8')
        const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)
        if (m) resolve(m[1] as string)
      })
    })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    expect((await fetch(`${url}/healthz`)).status).toBe(200)
    const headers = { authorization: `Bearer ${clientKey}`, 'content-type': 'application/json' }
    const override = { vacancyId: 'a'.repeat(32), profileId: 'b'.repeat(32), action: 'include', reason: 'other' }
    // A request in flight: its body is half sent when SIGTERM arrives, and finished after.
    const body = JSON.stringify(override)
    const request = httpRequest(`${url}/v1/overrides`, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } })
    const answered = new Promise<number | undefined>((resolve, reject) => {
      request.on('response', (response) => {
        response.resume()
        resolve(response.statusCode)
      })
      request.on('error', reject)
    })
    request.write(body.slice(0, 20))
    await new Promise((resolve) => setTimeout(resolve, 300))
    child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 300))
    request.end(body.slice(20))
    expect(await answered).toBe(201)
    expect(await exited).toBe(0)
    expect(stderr).toContain('stopped')
    expect(verifyAuditLog(state)).toMatchObject({ ok: true, entries: 1 })
  })
})
