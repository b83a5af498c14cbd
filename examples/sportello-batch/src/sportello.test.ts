import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../../..')
const data = join(root, 'examples', 'data')
// The CLI from the sources (no build needed), as a clone without `pnpm build` would run it.
const incontro = `${join(root, 'node_modules', '.bin', 'tsx')} --conditions=@incontro/source ${join(root, 'packages', 'incontro', 'src', 'cli.ts')}`

interface Shortlist {
  vacancy: string
  results: { id: string; score: number; components: { name: string; contribution: number }[] }[]
}

describe('sportello batch example (sportello.sh over a folder with the CLI)', () => {
  let out: string
  let stderr: string

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'incontro-sportello-'))
    const result = await run('bash', [join(here, '..', 'sportello.sh'), join(data, 'cvs'), join(data, 'vacancies'), out, '2'], {
      env: { ...process.env, INCONTRO: incontro, INCONTRO_KEY: 'sportello-test-key-0123456789' },
      maxBuffer: 256 * 1024 * 1024,
    })
    stderr = result.stderr
  }, 600_000)

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true })
  })

  it('writes one blind neutral profile per CV, with no file name and no e-mail address in it', () => {
    const text = readFileSync(join(out, 'profiles.jsonl'), 'utf8')
    const lines = text.trim().split('\n').map((line) => JSON.parse(line) as { source: string; profile: { id: string } })
    expect(lines).toHaveLength(readdirSync(join(data, 'cvs')).length)
    for (const line of lines) {
      expect(line.profile.id).toMatch(/^[0-9a-f]{32}$/)
      expect(line.source).toBe(line.profile.id)
    }
    for (const name of readdirSync(join(data, 'cvs'))) expect(text).not.toContain(name)
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/)
    expect(stderr).toMatch(/sportello: 24 profiles/)
  })

  it('reviews every vacancy', () => {
    const reviews = readFileSync(join(out, 'vacancy-review.jsonl'), 'utf8').trim().split('\n')
    expect(reviews).toHaveLength(readdirSync(join(data, 'vacancies')).length)
  })

  it('gives every vacancy a shortlist of stored profiles whose top two are the gender variants of one CV, with equal scores', () => {
    const shortlists = JSON.parse(readFileSync(join(out, 'shortlists.json'), 'utf8')) as Shortlist[]
    const ids = new Set(readFileSync(join(out, 'profiles.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { profile: { id: string } }).profile.id))
    expect(shortlists).toHaveLength(12)
    for (const shortlist of shortlists) {
      expect(shortlist.results).toHaveLength(2)
      for (const result of shortlist.results) expect(ids.has(result.id)).toBe(true)
      expect(shortlist.results[0]!.score).toBe(shortlist.results[1]!.score)
      const sum = shortlist.results[0]!.components.reduce((total, c) => total + c.contribution, 0)
      expect(sum).toBeCloseTo(shortlist.results[0]!.score, 12)
    }
  })
})
