import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { samplePopulation, vacancyPairArbitrary } from '@incontro/fairness/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../run-cli.js'

async function cli(args: string[], env: Record<string, string | undefined> = { INCONTRO_KEY: 'cli-audit-test-key-0123456789' }) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env })
  return { code, stdout, stderr }
}

let dir = ''
let cvs = ''
let vacancies = ''
let attributes = ''

beforeAll(() => {
  // Synthetic people, written here: CVs in the variant of each person's gender, attributes in a CSV beside them.
  dir = mkdtempSync(join(tmpdir(), 'incontro-audit-'))
  cvs = join(dir, 'cvs')
  vacancies = join(dir, 'vacancies')
  mkdirSync(cvs)
  mkdirSync(vacancies)
  const people = samplePopulation({ size: 40, seed: 11, language: 'it' })
  const csv = ['source,gender,occupation,ageBand']
  people.forEach((person, i) => {
    writeFileSync(join(cvs, `${person.sourceId}.txt`), person.cv)
    csv.push(`${person.sourceId}.txt,${person.gender},${person.occupation},${i % 3 === 0 ? '50+' : '30-49'}`)
  })
  attributes = join(dir, 'attributes.csv')
  writeFileSync(attributes, `${csv.join('\n')}\n`)
  fc.sample(vacancyPairArbitrary({ language: 'it' }), { numRuns: 3, seed: 4 }).forEach((ad, i) => writeFileSync(join(vacancies, `ad-${i}.txt`), ad.masculine))
})

describe('incontro audit', () => {
  it('--json prints groups, selection with ratio and interval, ranking metrics and predictability within strata', async () => {
    const { code, stdout } = await cli(['audit', '--cvs', cvs, '--vacancies', vacancies, '--attributes', attributes, '--strata', 'occupation', '--top', '5', '--json'])
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.groups.map((g: { group: string }) => g.group)).toEqual(['female', 'male'])
    expect(out.groups.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(40)
    expect(out.selection).toHaveLength(2)
    for (const row of out.selection) {
      expect(row.rate).toBe(row.selected / row.total)
      expect(row.ci.lower).toBeLessThanOrEqual(row.ratio)
      expect(row.ci.upper).toBeGreaterThanOrEqual(row.ratio)
    }
    // Three vacancies, top 5 each: at most 15 people selected, at least 5.
    const selected = out.selection.reduce((n: number, row: { selected: number }) => n + row.selected, 0)
    expect(selected).toBeGreaterThanOrEqual(5)
    expect(selected).toBeLessThanOrEqual(15)
    expect(Math.max(...out.selection.map((row: { ratio: number }) => row.ratio))).toBe(1)
    expect(out.ranking.k).toBe(5)
    expect(out.ranking.skew.map((s: { group: string }) => s.group)).toEqual(['female', 'male'])
    expect(out.ranking.ndkl).toBeGreaterThanOrEqual(0)
    expect(out.ranking.exposureRatio).toBeGreaterThan(0)
    expect(out.ranking.exposureRatio).toBeLessThanOrEqual(1)
    expect(out.predictability.auroc).toBeGreaterThanOrEqual(0)
    expect(out.predictability.ci.lower).toBeLessThanOrEqual(out.predictability.auroc)
    expect(out.predictability.withinStrata.ci.upper).toBeGreaterThanOrEqual(out.predictability.withinStrata.auroc)
  })

  it('without --strata there is no withinStrata; --protected picks another column', async () => {
    const { code, stdout } = await cli(['audit', '--cvs', cvs, '--vacancies', vacancies, '--attributes', attributes, '--protected', 'ageBand', '--json'])
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.protected).toBe('ageBand')
    expect(out.groups.map((g: { group: string }) => g.group)).toEqual(['30-49', '50+'])
    expect(out.predictability.withinStrata).toBeUndefined()
  })

  it('reports groups and metrics only: no pseudonymous id, file name or per-person attribute', async () => {
    const { stdout } = await cli(['audit', '--cvs', cvs, '--vacancies', vacancies, '--attributes', attributes, '--json'])
    expect(stdout).not.toMatch(/[0-9a-f]{32}/)
    expect(stdout).not.toMatch(/pop-\d+/)
  })

  it('attributes never appear in match output, even with the attributes file among the CVs', async () => {
    writeFileSync(join(cvs, 'attributes.csv'), readFileSync(attributes))
    const { code, stdout } = await cli(['match', '--cvs', cvs, '--vacancies', vacancies, '--top', '40', '--json'])
    expect(code).toBe(0)
    const out = JSON.parse(stdout) as { results: { source: string }[] }[]
    expect(out[0]?.results.length).toBeGreaterThan(0)
    expect(stdout).not.toMatch(/\b(?:female|male|ageBand|30-49|50\+)\b/)
    expect(stdout).not.toContain('attributes.csv')
  })

  it('--report writes a self-contained HTML report with the charts', async () => {
    const file = join(dir, 'audit.html')
    const { code, stdout } = await cli(['audit', '--cvs', cvs, '--vacancies', vacancies, '--attributes', attributes, '--report', file])
    expect(code).toBe(0)
    expect(stdout).toContain('| metric | incontro |')
    const page = readFileSync(file, 'utf8')
    expect(page).toContain('<canvas id="chart-selection"')
    expect(page).not.toMatch(/<script[^>]+src=/)
  })

  it('needs the deployer key, like match', async () => {
    const { code, stderr } = await cli(['audit', '--cvs', cvs, '--vacancies', vacancies, '--attributes', attributes], {})
    expect(code).toBe(1)
    expect(stderr).toMatch(/INCONTRO_KEY/)
  })

  it('refuses an attributes file without the named column or with a CV twice, naming no value', async () => {
    const missing = await cli(['audit', '--cvs', cvs, '--vacancies', vacancies, '--attributes', attributes, '--protected', 'citizenship'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no column "citizenship"')
    const twice = join(dir, 'twice.csv')
    writeFileSync(twice, 'source,gender\npop-1.txt,female\npop-1.txt,male\n')
    const duplicate = await cli(['audit', '--cvs', cvs, '--vacancies', vacancies, '--attributes', twice])
    expect(duplicate.code).toBe(1)
    expect(duplicate.stderr).toContain('row 3')
    expect(duplicate.stderr).not.toMatch(/female|male/)
    const absent = await cli(['audit', '--cvs', cvs, '--vacancies', vacancies, '--attributes', join(dir, 'nope.csv')])
    expect(absent.code).toBe(1)
    expect(absent.stderr).toContain('Cannot read the attributes file')
  })
})
