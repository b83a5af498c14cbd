import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from './commands/demo.js'
import { runCli } from './run-cli.js'

async function cli(args: string[], stdin?: string) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: { INCONTRO_KEY: 'cli-test-key-of-16-bytes-or-more' },
    ...(stdin === undefined ? {} : { stdin: async () => new TextEncoder().encode(stdin) }),
  })
  return { code, stdout, stderr }
}

const data = defaultDataDir()
const cv = join(data, 'cvs', '01-it-hospitality.f.txt')

describe('incontro CLI', () => {
  it('demo: explains matches and finds every gender pair identical', async () => {
    const { code, stdout } = await cli(['demo', '--today', '2026-11', '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.pairs.length).toBeGreaterThanOrEqual(12)
    expect(report.vacancies.length).toBeGreaterThanOrEqual(6)
    expect(report.allIdentical).toBe(true)
    for (const vacancy of report.vacancies) {
      expect(vacancy.candidates.length).toBeGreaterThan(0)
      for (const candidate of vacancy.candidates) {
        const sum = candidate.components.reduce((s: number, c: { contribution: number }) => s + c.contribution, 0)
        expect(candidate.score).toBeCloseTo(sum, 12)
      }
    }
  })

  it('demo: the hospitality CV ranks first for the hospitality vacancy', async () => {
    const { stdout } = await cli(['demo', '--today', '2026-11', '--json', '--index', 'exact'])
    const report = JSON.parse(stdout)
    const hospitality = report.vacancies.find((v: { source: string }) => v.source.startsWith('01-it-hospitality'))
    expect(hospitality.candidates[0].cv).toMatch(/hospitality/)
  })

  it('annotate --json: one line per input with concept mentions and spans', async () => {
    const text = 'Esperienza come cameriera, attestato HACCP, servizio ai tavoli.'
    const { code, stdout } = await cli(['annotate', '-', '--json'], text)
    expect(code).toBe(0)
    const line = JSON.parse(stdout.trim())
    expect(line.source).toBe('-')
    expect(line.language).toBe('it')
    const ids = line.mentions.map((m: { concept: { id: string } }) => m.concept.id)
    expect(ids).toContain('occ.waiter')
    for (const m of line.mentions) {
      expect(typeof m.concept.label).toBe('string')
      expect(text.slice(m.start, m.end).length).toBeGreaterThan(0)
    }
  })

  it('anonymize --json: JSON Lines of { source, profile, report } with no name or email left', async () => {
    const { code, stdout } = await cli(['anonymize', cv, join(data, 'cvs', '01-it-hospitality.m.txt'), '--json'])
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines).toHaveLength(2)
    expect(lines[0].source).toBe(cv)
    expect(Object.keys(lines[0]).sort()).toEqual(['profile', 'report', 'source'])
    expect(lines[0].profile.text).not.toMatch(/giulia|ferri|@example/i)
    expect(lines[0].report.counts.email).toBeGreaterThanOrEqual(1)
  })

  it('match --json: one document, the contract array, listing ranked, explained candidates per vacancy', async () => {
    const { code, stdout } = await cli(['match', '--cvs', join(data, 'cvs'), '--vacancies', join(data, 'vacancies'), '--top', '2', '--json', '--today', '2026-11'])
    expect(code).toBe(0)
    const matches = JSON.parse(stdout)
    expect(Array.isArray(matches)).toBe(true)
    expect(Object.keys(matches[0]).sort()).toEqual(['results', 'vacancy'])
    expect(matches[0].results).toHaveLength(2)
    expect(Object.keys(matches[0].results[0]).sort()).toEqual(['components', 'id', 'score', 'source', 'unmet'])
    expect(matches[0].results[0].score).toBeGreaterThanOrEqual(matches[0].results[1].score)
  })

  it('match: pseudonymous ids do not depend on how the directory is spelled', async () => {
    const run = async (cvs: string) => {
      const { stdout } = await cli(['match', '--cvs', cvs, '--vacancies', join(data, 'vacancies'), '--top', '3', '--json', '--today', '2026-11'])
      return JSON.parse(stdout).map((v: { results: { id: string }[] }) => v.results.map((r) => r.id))
    }
    expect(await run(`${join(data, 'cvs')}/./`)).toEqual(await run(join(data, 'cvs')))
  })

  it('parse --json: typed records, kind guessed from content', async () => {
    const vacancy = join(data, 'vacancies', '01-it-hospitality-cameriere-di-sala.txt')
    const { code, stdout } = await cli(['parse', cv, vacancy, '--json'])
    expect(code).toBe(0)
    const [a, b] = stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(a.kind).toBe('cv')
    expect(a.result.experiences.length).toBeGreaterThan(0)
    expect(b.kind).toBe('vacancy')
    expect(b.result.requirements.length).toBeGreaterThan(0)
  })

  it('bad input: exit code 1 and one line on stderr, naming no content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'incontro-cli-'))
    try {
      const missing = await cli(['anonymize', join(dir, 'nope.txt')])
      expect(missing.code).toBe(1)
      expect(missing.stderr.trim().split('\n')).toHaveLength(1)
      const big = join(dir, 'big.txt')
      writeFileSync(big, 'x'.repeat(6 * 1024 * 1024))
      const tooBig = await cli(['anonymize', big])
      expect(tooBig.code).toBe(1)
      expect(tooBig.stderr).toMatch(/PARSE_LIMIT_EXCEEDED/)
      expect(tooBig.stderr).not.toMatch(/xxxx/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('--version prints the package version', async () => {
    const { code, stdout } = await cli(['--version'])
    expect(code).toBe(0)
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('usage errors exit 2; --help works on every command', async () => {
    expect((await cli(['match', '--cvs', 'x'])).code).toBe(2)
    expect((await cli(['frobnicate'])).code).toBe(2)
    for (const command of ['demo', 'parse', 'anonymize', 'match', 'annotate']) {
      const { code, stdout } = await cli([command, '--help'])
      expect(code).toBe(0)
      expect(stdout).toMatch(/Usage: incontro/)
    }
  })
})
