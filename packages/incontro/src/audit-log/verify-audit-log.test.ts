import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../run-cli.js'
import { openAuditLog } from './open-audit-log.js'
import { auditHeadFileName, auditLogFileName, verifyAuditLog } from './verify-audit-log.js'

const root = mkdtempSync(join(tmpdir(), 'incontro-audit-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const original = join(root, 'original')
const versions = { incontro: '0.1.0', taxonomy: 'test', index: 'hnsw' as const }
const id = (n: number) => n.toString(16).padStart(32, '0')

beforeAll(async () => {
  const log = await openAuditLog(original)
  for (let i = 1; i <= 5; i++) {
    await log.append(
      {
        type: 'match',
        direction: 'candidates-for-vacancy',
        subject: id(1000 + i),
        k: 2,
        results: [
          { id: id(i), rank: 1, score: 0.8, components: [{ name: 'essential', weight: 0.5, value: 0.9, contribution: 0.45 }], unmet: [] },
          { id: id(i + 100), rank: 2, score: 0.5, components: [{ name: 'essential', weight: 0.5, value: 0.6, contribution: 0.3 }], unmet: [{ constraint: 'licence', required: 'B' }] },
        ],
      },
      { requester: 'a1b2c3d4e5f6', versions },
    )
  }
  await log.append({ type: 'override', vacancyId: id(1001), profileId: id(101), action: 'raise', reason: 'equivalent-experience', reference: 'case-2026.17', overrides: 1 }, { requester: 'a1b2c3d4e5f6', versions })
  await log.close()
})

/** A copy of the log with its lines changed by `edit`. */
function tampered(name: string, edit: (lines: string[]) => string[]): string {
  const dir = join(root, name)
  cpSync(original, dir, { recursive: true })
  const lines = readFileSync(join(dir, auditLogFileName), 'utf8').trimEnd().split('\n')
  writeFileSync(join(dir, auditLogFileName), `${edit(lines).join('\n')}\n`)
  return dir
}

async function verifyCli(dir: string) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['audit-log', 'verify', dir], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {} })
  return { code, stdout, stderr }
}

describe('audit log', () => {
  it('an untouched log verifies, and `incontro audit-log verify` exits 0', async () => {
    const result = verifyAuditLog(original)
    expect(result).toMatchObject({ ok: true, entries: 6, problems: [] })
    const cli = await verifyCli(original)
    expect(cli.code).toBe(0)
    expect(cli.stdout).toContain('6 entries, chain intact')
  })

  it('a directory without an audit log is an error (exit 1), not an intact empty log', async () => {
    const cli = await verifyCli(join(root, 'no-such-dir'))
    expect(cli.code).toBe(1)
    expect(cli.stderr).toContain('CLI_IO')
  })

  it('detects an edited entry (a score changed) and exits 3', async () => {
    const dir = tampered('edit', (lines) => lines.map((line, i) => (i === 2 ? line.replace('"score":0.8', '"score":0.9') : line)))
    expect(verifyAuditLog(dir).problems).toEqual([expect.objectContaining({ line: 3, kind: 'hash' })])
    const cli = await verifyCli(dir)
    expect(cli.code).toBe(3)
    expect(cli.stderr).toContain('line 3: hash')
  })

  it('detects a deleted entry in the middle', async () => {
    const dir = tampered('delete', (lines) => lines.filter((_, i) => i !== 1))
    const kinds = verifyAuditLog(dir).problems.map((p) => p.kind)
    expect(kinds).toEqual(expect.arrayContaining(['sequence', 'chain']))
    expect((await verifyCli(dir)).code).toBe(3)
  })

  it('detects entries cut from the end (against the head file)', async () => {
    const dir = tampered('truncate', (lines) => lines.slice(0, 4))
    expect(verifyAuditLog(dir).problems).toEqual([expect.objectContaining({ line: 0, kind: 'head' })])
    expect((await verifyCli(dir)).code).toBe(3)
  })

  it('detects reordered entries', async () => {
    const dir = tampered('reorder', (lines) => [lines[0], lines[2], lines[1], ...lines.slice(3)] as string[])
    const kinds = verifyAuditLog(dir).problems.map((p) => p.kind)
    expect(kinds).toEqual(expect.arrayContaining(['sequence', 'chain']))
    expect((await verifyCli(dir)).code).toBe(3)
  })

  it('detects an entry re-hashed after editing (the chain to the next entry breaks)', async () => {
    const { createHash } = await import('node:crypto')
    const { canonicalJson } = await import('./canonical-json.js')
    const dir = tampered('rehash', (lines) =>
      lines.map((line, i) => {
        if (i !== 1) return line
        const entry = JSON.parse(line) as Record<string, unknown>
        ;(entry.results as { score: number }[])[0]!.score = 0.99
        delete entry.hash
        return JSON.stringify({ ...entry, hash: createHash('sha256').update(canonicalJson(entry)).digest('hex') })
      }),
    )
    expect(verifyAuditLog(dir).problems).toEqual([expect.objectContaining({ line: 3, kind: 'chain' })])
  })

  it('refuses to append to a log that does not verify', async () => {
    const dir = tampered('append-to-forged', (lines) => lines.filter((_, i) => i !== 1))
    await expect(openAuditLog(dir)).rejects.toMatchObject({ code: 'ENGINE_STATE_CORRUPT' })
  })

  it('drops a last line cut short by a crash, and goes on from the last whole entry', async () => {
    const dir = join(root, 'crash')
    cpSync(original, dir, { recursive: true })
    writeFileSync(join(dir, auditLogFileName), `${readFileSync(join(dir, auditLogFileName), 'utf8')}{"seq":7,"ty`)
    const log = await openAuditLog(dir)
    const entry = await log.append({ type: 'assessment', profileId: id(1), competences: 3 }, { requester: 'local', versions })
    await log.close()
    expect(entry.seq).toBe(7)
    expect(verifyAuditLog(dir)).toMatchObject({ ok: true, entries: 7 })
  })

  it('holds no personal data: entries with any field beyond ids, codes, versions and numbers are refused', async () => {
    const log = await openAuditLog(join(root, 'strict'))
    const withText = { type: 'assessment', profileId: id(1), competences: 1, text: 'Mario Rossi, mario.rossi@example.com' }
    await expect(log.append(withText as never, { requester: 'local', versions })).rejects.toThrow()
    const withName = { type: 'override', vacancyId: id(1), profileId: id(2), action: 'include', reason: 'other', reference: 'Mario Rossi ha chiamato' }
    await expect(log.append(withName as never, { requester: 'local', versions })).rejects.toThrow()
    await expect(log.append({ type: 'assessment', profileId: 'Mario Rossi', competences: 1 } as never, { requester: 'local', versions })).rejects.toThrow()
    await log.close()
    const text = readFileSync(join(original, auditLogFileName), 'utf8')
    for (const line of text.trimEnd().split('\n')) {
      // Every string value is an id, a hash, a code, a version or a time.
      const strings: string[] = []
      JSON.parse(line, (_key, value: unknown) => {
        if (typeof value === 'string') strings.push(value)
        return value
      })
      for (const s of strings) expect(s).toMatch(/^(?:[0-9a-f]{12,64}|[a-z-]+|[A-Za-z0-9._:-]{1,64}|\d{4}-\d\d-\d\dT[\d:.]+Z)$/)
    }
    expect(readFileSync(join(original, auditHeadFileName), 'utf8')).toMatch(/^\{"seq":6,"hash":"[0-9a-f]{64}"\}\n$/)
  })
})
