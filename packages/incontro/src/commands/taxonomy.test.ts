import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../run-cli.js'

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {} })
  return { code, stdout, stderr }
}

const shared = fileURLToPath(new URL('../../../../../shared/data', import.meta.url))
const hasShared = existsSync(join(shared, 'esco-v1.1.1-en'))

describe('incontro taxonomy', () => {
  it('stats: the built-in taxonomy meets the foundation counts (≥ 150 skills, ≥ 40 occupations)', async () => {
    const { code, stdout } = await cli(['taxonomy', 'stats', '--json'])
    expect(code).toBe(0)
    const stats = JSON.parse(stdout)
    expect(stats.byKind.skill + stats.byKind.knowledge).toBeGreaterThanOrEqual(150)
    expect(stats.byKind.occupation).toBeGreaterThanOrEqual(40)
    expect(stats.labels.byLanguageAndRole.it.feminine).toBeGreaterThanOrEqual(40)
  })

  it('a missing taxonomy file is a one-line error with exit code 1', async () => {
    const { code, stderr } = await cli(['annotate', '-', '--taxonomy', '/nonexistent/file.taxonomy'])
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  describe.skipIf(!hasShared)(`import-esco on ../shared/data (reference ESCO; skipped when ${shared} is absent)`, () => {
    it('imports ESCO v1.1.1 en + v1.0.8 it occupations, and the file is usable by stats and annotate', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'incontro-esco-'))
      try {
        const file = join(dir, 'esco.taxonomy')
        const imported = await cli(['taxonomy', 'import-esco', join(shared, 'esco-v1.1.1-en'), join(shared, 'esco-occupations-v1.0.8-it-en'), '-o', file, '--json'])
        expect(imported.code).toBe(0)
        const summary = JSON.parse(imported.stdout)
        expect(summary.stats.skills + summary.stats.knowledge).toBeGreaterThan(13_000)
        expect(summary.stats.occupations).toBeGreaterThan(3_000)
        const stats = JSON.parse((await cli(['taxonomy', 'stats', '--taxonomy', file, '--json'])).stdout)
        expect(stats.labels.byLanguageAndRole.it.feminine).toBeGreaterThan(1_000)
        const { stdout } = await runAnnotateText(file, 'Experience in welding and forklift operation; cameriera di sala.')
        const ids = JSON.parse(stdout.trim()).mentions.map((m: { concept: { uri?: string } }) => m.concept.uri)
        expect(ids.some((uri: string | undefined) => uri?.includes('/esco/'))).toBe(true)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  })
})

async function runAnnotateText(taxonomyFile: string, text: string) {
  let stdout = ''
  await runCli(['annotate', '-', '--json', '--taxonomy', taxonomyFile], {
    stdout: (s) => (stdout += s),
    stderr: () => {},
    stdin: async () => new TextEncoder().encode(text),
  })
  return { stdout }
}
