import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'incontro-review-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs `incontro review-vacancy` on files written from the given texts, in the given order. */
const run = async (texts: Record<string, string>, options: { json: boolean; fix: boolean }) => {
  let stdout = ''
  const paths = Object.entries(texts).map(([name, text]) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  })
  const args = ['review-vacancy', ...paths, ...(options.json ? ['--json'] : []), ...(options.fix ? ['--fix'] : [])]
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: () => {} })
  return { code, stdout: stdout.split(dir + '/').join('') }
}

describe('incontro review-vacancy', async () => {
  const bad = 'Cameriera di sala\nRequisiti:\n- bella presenza\n- max 30 anni\n- esperienza nel servizio ai tavoli\n'
  const good = "Cameriere/a di sala\nRequisiti:\n- esperienza nel servizio ai tavoli\nLa ricerca è rivolta a persone dell'uno e dell'altro sesso.\n"

  it('--json: one line per file with source, findings (category, severity, start, end, message), inclusive', async () => {
    const { code, stdout } = await run({ 'bad.txt': bad, 'good.txt': good }, { json: true, fix: false })
    expect(code).toBe(1)
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.source)).toEqual(['bad.txt', 'good.txt'])
    const [first, second] = lines
    expect(first.inclusive).toBe(false)
    expect(first.findings.map((f: { category: string }) => f.category)).toEqual(expect.arrayContaining(['gendered-title', 'appearance', 'age', 'missing-equal-opportunity-statement']))
    for (const f of first.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['category', 'severity', 'start', 'end', 'message']))
      expect(f.start).toBeLessThanOrEqual(f.end)
    }
    expect(first.rewritten).toBeUndefined()
    expect(second.inclusive).toBe(true)
    expect(second.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([])
  })

  it('--fix: adds the neutral rewrite', async () => {
    const { stdout } = await run({ 'bad.txt': bad }, { json: true, fix: true })
    const line = JSON.parse(stdout.trim())
    expect(line.rewritten).toContain('Cameriere/a di sala')
    expect(line.rewritten).not.toMatch(/bella presenza|30 anni/)
    expect(line.rewritten).toContain("dell'uno e dell'altro sesso")
  })

  it('prints a readable list with line and column, exit code 0 when nothing is illegal', async () => {
    const { code, stdout } = await run({ 'good.txt': good }, { json: false, fix: false })
    expect(code).toBe(0)
    expect(stdout).toContain('=== good.txt')
    // An Italian ad gets an Italian report (it used to be in English).
    expect(stdout).toContain('inclusivo')
    const bad2 = (await run({ 'bad.txt': bad }, { json: false, fix: true })).stdout
    expect(bad2).toMatch(/3:3 error appearance "bella presenza"/)
    expect(bad2).toContain('--- riscrittura')
  })

  it('an Italian ad: Italian messages, the feminine-only "automunita" found, --fix keeps a correct sentence, exit 1 on illegal requirements', async () => {
    const ad = 'cercasi cameriera bella presenza max 30 anni, automunita, inviare CV con foto'
    const { code, stdout } = await run({ 'ad.txt': ad }, { json: true, fix: true })
    expect(code).toBe(1)
    const line = JSON.parse(stdout.trim())
    const spans = line.findings.map((f: { start: number; end: number; category: string }) => `${f.category}:${ad.slice(f.start, f.end)}`)
    expect(spans).toEqual(expect.arrayContaining(['gendered-title:cameriera', 'gendered-address:automunita', 'appearance:bella presenza', 'age:max 30 anni', 'photo:CV con foto']))
    const photo = line.findings.find((f: { category: string }) => f.category === 'photo')
    expect(photo.message).toBe('Richiede una foto.')
    expect(line.rewritten).toContain('cercasi cameriere/a, automunito/a, inviare il CV')
    expect(line.rewritten).not.toMatch(/foto|30 anni|bella presenza/)
    const english = await run({ 'en.txt': 'Waitress wanted, must be female, under 30. Send your CV with a photo.' }, { json: true, fix: true })
    const en = JSON.parse(english.stdout.trim())
    expect(en.findings.find((f: { category: string }) => f.category === 'photo').message).toBe('Asks for a photo.')
    expect(en.rewritten).toContain('Send your CV.')
  })

  it('a very long ad (130,000 gendered titles) is reviewed without a stack overflow', async () => {
    const { code, stdout } = await run({ 'long.txt': 'cameriera\n'.repeat(130_000) }, { json: true, fix: false })
    expect(code).toBe(0)
    const line = JSON.parse(stdout.trim())
    expect(line.findings.filter((f: { category: string }) => f.category === 'gendered-title').length).toBe(130_000)
  }, 120_000)
})
