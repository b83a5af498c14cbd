import { describe, expect, it } from 'vitest'
import { runReviewVacancy } from './review-vacancy.js'

const encode = (text: string) => new TextEncoder().encode(text)
const run = (texts: Record<string, string>, options: { json: boolean; fix: boolean }) => {
  let stdout = ''
  const code = runReviewVacancy(
    Object.entries(texts).map(([source, text]) => ({ source, bytes: encode(text) })),
    options,
    { stdout: (s) => (stdout += s), stderr: () => {} },
  )
  return { code, stdout }
}

describe('incontro review-vacancy', () => {
  const bad = 'Cameriera di sala\nRequisiti:\n- bella presenza\n- max 30 anni\n- esperienza nel servizio ai tavoli\n'
  const good = "Cameriere/a di sala\nRequisiti:\n- esperienza nel servizio ai tavoli\nLa ricerca è rivolta a persone dell'uno e dell'altro sesso.\n"

  it('--json: one line per file with source, findings (category, severity, start, end, message), inclusive', () => {
    const { code, stdout } = run({ 'bad.txt': bad, 'good.txt': good }, { json: true, fix: false })
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

  it('--fix: adds the neutral rewrite', () => {
    const { stdout } = run({ 'bad.txt': bad }, { json: true, fix: true })
    const line = JSON.parse(stdout.trim())
    expect(line.rewritten).toContain('Cameriere/a di sala')
    expect(line.rewritten).not.toMatch(/bella presenza|30 anni/)
    expect(line.rewritten).toContain("dell'uno e dell'altro sesso")
  })

  it('prints a readable list with line and column, exit code 0 when nothing is illegal', () => {
    const { code, stdout } = run({ 'good.txt': good }, { json: false, fix: false })
    expect(code).toBe(0)
    expect(stdout).toContain('=== good.txt')
    expect(stdout).toContain('inclusive')
    const bad2 = run({ 'bad.txt': bad }, { json: false, fix: true }).stdout
    expect(bad2).toMatch(/3:3 error appearance "bella presenza"/)
    expect(bad2).toContain('--- rewritten')
  })
})
