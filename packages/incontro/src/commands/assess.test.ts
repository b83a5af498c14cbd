import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../run-cli.js'
import { defaultDataDir } from './demo.js'

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { INCONTRO_KEY: 'cli-test-key' } })
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
