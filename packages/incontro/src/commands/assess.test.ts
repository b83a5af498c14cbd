import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../run-cli.js'
import { defaultDataDir } from './demo.js'

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { INCONTRO_KEY: 'cli-test-key-0123456789' } })
  return { code, stdout, stderr }
}

const data = defaultDataDir()
const retailCv = join(data, 'cvs', '11-en-retail.f.txt')
const cncVacancy = join(data, 'vacancies', '10-en-manufacturing-cnc-operator-welder.txt')

describe('incontro assess, train, orient', () => {
  it('assess --json: competences with evidence and a gap against an occupation', async () => {
    const { code, stdout } = await cli(['assess', retailCv, '--occupation', 'occ.cook', '--today', '2026-11', '--json'])
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.competences.competences.length).toBeGreaterThan(0)
    for (const c of out.competences.competences) expect(c.evidence.length).toBeGreaterThan(0)
    expect(out.gaps.occupation).toBe('occ.cook')
  })

  it('train: every essential need the catalogue can close is closed, and minimizing cost never costs more than minimizing hours', async () => {
    const byHours = JSON.parse((await cli(['train', retailCv, '--vacancy', cncVacancy, '--today', '2026-11', '--json'])).stdout)
    const byCost = JSON.parse((await cli(['train', retailCv, '--vacancy', cncVacancy, '--today', '2026-11', '--minimize', 'cost', '--json'])).stdout)
    const closed = new Set(byHours.training.steps.flatMap((s: { covers: { concept: string }[] }) => s.covers.map((c) => c.concept)))
    for (const need of byHours.training.needs) expect(closed.has(need.concept) || byHours.training.uncovered.some((u: { concept: string }) => u.concept === need.concept)).toBe(true)
    expect(byCost.training.totalCost).toBeLessThanOrEqual(byHours.training.totalCost)
    expect(byHours.training.totalHours).toBeLessThanOrEqual(byCost.training.totalHours)
  })

  it('train: refuses a call without a target, and a catalogue that breaks the schema', async () => {
    expect((await cli(['train', retailCv])).code).toBe(1)
    const dir = mkdtempSync(join(tmpdir(), 'incontro-assess-'))
    try {
      const bad = join(dir, 'catalogue.json')
      writeFileSync(bad, JSON.stringify({ id: 'x', version: '1', area: 'x', courses: [{ id: 'c' }] }))
      const { code, stderr } = await cli(['train', retailCv, '--occupation', 'occ.cook', '--catalogue', bad])
      expect(code).toBe(1)
      expect(stderr).toContain('CORE_SCHEMA_VIOLATION')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('orient: human-readable ranking with the occupations to aim at', async () => {
    const { code, stdout } = await cli(['orient', retailCv, '--top', '3', '--today', '2026-11'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^1\. .+ score \d\.\d{3}/m)
    expect(stdout).toMatch(/^3\. /m)
  })
})

describe('incontro questionnaire', () => {
  it('scores a CEFR answers file, and assess counts the result as self-declared evidence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'incontro-questionnaire-'))
    try {
      const answers = join(dir, 'answers.json')
      const yes = (activity: string, n: number) => Object.fromEntries(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((level, i) => [`${activity}-${level}`, i < n ? 1 : 0]))
      writeFileSync(answers, JSON.stringify({ answers: { ...yes('listening', 4), ...yes('reading', 4), ...yes('spoken-interaction', 4), ...yes('spoken-production', 3), ...yes('writing', 3) } }))
      const human = await cli(['questionnaire', 'cefr', '--answers', answers, '--language', 'de', '--lang', 'en'])
      expect(human.code).toBe(0)
      expect(human.stdout).toMatch(/Overall\s+B2/)
      const json = await cli(['questionnaire', 'cefr', '--answers', answers, '--language', 'de', '--json'])
      const result = join(dir, 'result.json')
      writeFileSync(result, json.stdout)
      const assessed = JSON.parse((await cli(['assess', retailCv, '--questionnaire', result, '--today', '2026-11', '--json'])).stdout)
      expect(assessed.competences.competences.find((c: { concept: string }) => c.concept === 'lang.de')).toMatchObject({ label: 'B2', scale: 'cefr' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses an unknown instrument as a usage error', async () => {
    const { code, stderr } = await cli(['questionnaire', 'big-five', '--answers', 'x.json'])
    expect(code).toBe(1)
    expect(stderr).toContain('CLI_USAGE')
  })
})
