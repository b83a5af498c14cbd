import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { cvPairArbitrary } from '@incontro/fairness/testing'
import { defaultDataDir } from './commands/demo.js'
import { runCli } from './run-cli.js'

const key = 'batch-test-key-0123456789'

async function cli(args: string[], options: { tty?: boolean } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { INCONTRO_KEY: key }, stderrIsTTY: options.tty ?? false })
  return { code, stdout, stderr }
}

const data = defaultDataDir()
const dir = mkdtempSync(join(tmpdir(), 'incontro-batch-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const posix = process.platform !== 'win32'

/** A folder of good CVs with the bad files a real folder holds: a corrupt PDF, an empty file, binary bytes and symbolic link loops. */
function sportelloFolder(): { folder: string; good: string[]; bad: string[] } {
  const folder = join(dir, 'cvs')
  mkdirSync(folder)
  const good = readdirSync(join(data, 'cvs'))
    .filter((name) => name.endsWith('.txt'))
    .slice(0, 6)
  for (const name of good) copyFileSync(join(data, 'cvs', name), join(folder, name))
  // A PDF header with nothing of a PDF after it, and one cut off in the middle of its objects.
  writeFileSync(join(folder, 'corrupt.pdf'), '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n%%garbage\u0000\u0001')
  writeFileSync(join(folder, 'empty.txt'), '')
  writeFileSync(join(folder, 'binary.txt'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))
  const bad = ['corrupt.pdf', 'empty.txt', 'binary.txt']
  if (posix) {
    symlinkSync('loop-b.txt', join(folder, 'loop-a.txt'))
    symlinkSync('loop-a.txt', join(folder, 'loop-b.txt'))
    // A link to the folder itself, named like a file: a directory, so skipped, never followed round.
    symlinkSync('.', join(folder, 'self.txt'))
    bad.push('loop-a.txt', 'loop-b.txt')
  }
  return { folder, good, bad }
}

const { folder, good, bad } = sportelloFolder()

interface JsonError {
  source: string | null
  code: string
  message?: string
}

describe('batches that survive bad files', () => {
  it('anonymize goes on past every bad file, names each on stderr and in the JSON errors, exits 3', async () => {
    const { code, stdout, stderr } = await cli(['anonymize', folder, '--format', 'json', '--workers', '1'])
    expect(code).toBe(3)
    const { results, errors } = JSON.parse(stdout) as { results: { source: string }[]; errors: JsonError[] }
    expect(results.map((r) => r.source).sort()).toEqual(good.map((name) => join(folder, name)).sort())
    expect(errors.map((e) => e.source).sort()).toEqual(bad.map((name) => join(folder, name)).sort())
    for (const error of errors) {
      expect(error.code).toMatch(/^(PARSE_MALFORMED|PARSE_UNSUPPORTED_FORMAT|CLI_IO)$/)
      expect(stderr.split('\n').some((line) => line.startsWith(`incontro: ${error.code}: `) && line.includes(error.source as string))).toBe(true)
    }
    expect(errors.find((e) => e.source?.endsWith('empty.txt'))?.code).toBe('PARSE_MALFORMED')
    expect(stderr).toMatch(new RegExp(`${bad.length} of ${bad.length + good.length} inputs failed`))
  })

  it('with --blind the JSON errors carry no file name and no message', async () => {
    const { code, stdout } = await cli(['anonymize', folder, '--format', 'json', '--blind', '--workers', '1'])
    expect(code).toBe(3)
    expect(stdout).not.toContain(folder)
    const { errors } = JSON.parse(stdout) as { errors: JsonError[] }
    expect(errors).toHaveLength(bad.length)
    for (const error of errors) expect(error.message).toBeUndefined()
  })

  it('match ranks the good CVs for the good vacancies and lists the bad ones of both folders', async () => {
    const vacancies = join(dir, 'vacancies')
    mkdirSync(vacancies)
    for (const name of readdirSync(join(data, 'vacancies')).slice(0, 2)) copyFileSync(join(data, 'vacancies', name), join(vacancies, name))
    writeFileSync(join(vacancies, 'broken.pdf'), '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\ntruncated')
    const { code, stdout, stderr } = await cli(['match', '--cvs', folder, '--vacancies', vacancies, '--top', '3', '--format', 'json', '--today', '2026-11', '--workers', '1'])
    expect(code).toBe(3)
    // --json keeps the CLI contract (the bare array; failures on stderr only), --format json lists them too.
    const legacy = await cli(['match', '--cvs', folder, '--vacancies', vacancies, '--top', '3', '--json', '--today', '2026-11', '--workers', '1'])
    expect(legacy.code).toBe(3)
    expect(Array.isArray(JSON.parse(legacy.stdout))).toBe(true)
    expect(legacy.stderr).toContain('broken.pdf')
    expect(stderr).toContain('broken.pdf')
    const { matches, errors } = JSON.parse(stdout) as { matches: { vacancy: string; results: { source: string }[] }[]; errors: JsonError[] }
    expect(matches).toHaveLength(2)
    for (const m of matches) {
      expect(m.results).toHaveLength(3)
      for (const r of m.results) expect(good.map((name) => join(folder, name))).toContain(r.source)
    }
    expect(errors.map((e) => e.source)).toContain(join(vacancies, 'broken.pdf'))
    expect(errors).toHaveLength(bad.length + 1)
  })

  it('parse, annotate and review-vacancy go on too; JSON Lines end with one { source, error } line per failure', async () => {
    for (const command of ['parse', 'annotate', 'review-vacancy']) {
      const { code, stdout } = await cli([command, folder, '--format', 'jsonl', ...(command === 'parse' ? ['--kind', 'cv'] : [])])
      expect(code, command).not.toBe(0)
      expect([1, 3], command).toContain(code)
      const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; error?: { code: string } })
      expect(lines.filter((l) => l.error === undefined), command).toHaveLength(good.length)
      expect(lines.filter((l) => l.error !== undefined).map((l) => l.source).sort(), command).toEqual(bad.map((name) => join(folder, name)).sort())
    }
  })

  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url))
  it.runIf(posix && existsSync(tsx))('the incontro process ends after the folder with the corrupt PDF, with exit code 3 (no worker left holding it)', async () => {
    const child = spawn(tsx, ['--conditions=@incontro/source', fileURLToPath(new URL('./cli.ts', import.meta.url)), 'anonymize', folder, '--format', 'jsonl', '--workers', '1'], {
      env: { ...process.env, INCONTRO_KEY: key },
      stdio: ['ignore', 'ignore', 'ignore'],
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
    clearTimeout(timer)
    expect(code).toBe(3)
  }, 120_000)

  it('a batch where every input fails exits 1', async () => {
    const { code, stdout } = await cli(['anonymize', join(folder, 'empty.txt'), join(folder, 'corrupt.pdf'), '--format', 'json'])
    expect(code).toBe(1)
    expect((JSON.parse(stdout) as { errors: JsonError[] }).errors).toHaveLength(2)
  })
})

describe('CLI comfort', () => {
  it('progress goes to stderr when it is a terminal, never with --quiet or to a pipe; stdout is the same', async () => {
    const args = ['annotate', join(data, 'cvs'), '--format', 'jsonl']
    const tty = await cli(args, { tty: true })
    const quiet = await cli([...args, '--quiet'], { tty: true })
    const piped = await cli(args)
    expect(tty.stderr).toMatch(/\r\u001b\[Kannotate: \d+\/\d+ \(\d+%\)/)
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true)
    expect(quiet.stderr).toBe('')
    expect(piped.stderr).toBe('')
    expect(tty.stdout).toBe(piped.stdout)
  })

  it('--format csv: a header and one row per record, quoted as CSV', async () => {
    const parse = await cli(['parse', join(data, 'cvs'), '--kind', 'cv', '--format', 'csv'])
    expect(parse.code).toBe(0)
    const lines = parse.stdout.trim().split('\n')
    expect(lines[0]).toBe('source,kind,format,language,sections,experiences,education,languages,requirements,diagnostics')
    expect(lines).toHaveLength(readdirSync(join(data, 'cvs')).length + 1)
    const match = await cli(['match', '--cvs', join(data, 'cvs'), '--vacancies', join(data, 'vacancies'), '--top', '2', '--format', 'csv', '--today', '2026-11', '--workers', '1'])
    expect(match.code).toBe(0)
    const rows = match.stdout.trim().split('\n')
    expect(rows[0]).toMatch(/^vacancy,vacancy_id,rank,candidate,candidate_id,score,essential,/)
    expect(rows).toHaveLength(readdirSync(join(data, 'vacancies')).length * 2 + 1)
    const assess = await cli(['assess', join(data, 'cvs', '01-it-hospitality.f.txt'), '--format', 'csv', '--today', '2026-11'])
    expect(assess.stdout.split('\n')[0]).toBe('profile,concept,name,scale,level,level_label,confidence,rule,evidence')
  })

  it('every option of every command is in its --help with a description, and in docs/reference/incontro.md', async () => {
    let program: Command | undefined
    await cli(['--help'])
    await runCli(['--version'], { stdout: () => {}, stderr: () => {} }, (p) => (program = p))
    const reference = readFileSync(new URL('../../../docs/reference/incontro.md', import.meta.url), 'utf8')
    const commands = (program as Command).commands.flatMap((c) => [c, ...c.commands])
    expect(commands.length).toBeGreaterThan(10)
    for (const command of commands) {
      if (command.commands.length > 0) continue
      const path = command.parent && command.parent.name() !== 'incontro' ? [command.parent.name(), command.name()] : [command.name()]
      const { code, stdout } = await cli([...path, '--help'])
      expect(code).toBe(0)
      for (const option of command.options) {
        const flag = option.long ?? option.short ?? ''
        expect(stdout, `${path.join(' ')} ${flag}`).toContain(flag)
        expect(option.description.length, `${path.join(' ')} ${flag} has a description`).toBeGreaterThan(5)
        expect(reference, `docs/reference/incontro.md documents ${path.join(' ')} ${flag}`).toContain(flag)
      }
    }
  })
})

describe('--workers', () => {
  it('anonymize over worker threads writes the same bytes as in one thread', async () => {
    const many = join(dir, 'many')
    mkdirSync(many)
    fc.sample(cvPairArbitrary(), { seed: 5, numRuns: 40 }).forEach((pair, i) => {
      writeFileSync(join(many, `cv-${String(i).padStart(3, '0')}-f.txt`), pair.female)
      writeFileSync(join(many, `cv-${String(i).padStart(3, '0')}-m.txt`), pair.male)
    })
    writeFileSync(join(many, 'cv-zz-empty.txt'), '')
    const one = await cli(['anonymize', many, '--format', 'jsonl', '--workers', '1', '--today', '2026-11'])
    const two = await cli(['anonymize', many, '--format', 'jsonl', '--workers', '2', '--today', '2026-11'])
    expect(one.code).toBe(3)
    expect(two.code).toBe(3)
    expect(two.stdout).toBe(one.stdout)
    expect(one.stdout.trim().split('\n')).toHaveLength(81)
  })
})
