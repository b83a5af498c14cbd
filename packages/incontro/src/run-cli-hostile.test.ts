import { spawn, execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { defaultDataDir } from './commands/demo.js'
import { maxInputBytes } from './internal/io.js'
import { readStream } from './internal/read-stream.js'
import { runCli } from './run-cli.js'

const key = 'hostile-test-key-0123456789'

async function cli(args: string[], options: { env?: Record<string, string>; stdin?: (max: number) => Promise<Uint8Array> } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: options.env ?? { INCONTRO_KEY: key },
    ...(options.stdin ? { stdin: options.stdin } : {}),
  })
  return { code, stdout, stderr }
}

const data = defaultDataDir()
const cvText = readFileSync(join(data, 'cvs', '01-it-hospitality.f.txt'), 'utf8')
const otherCvText = readFileSync(join(data, 'cvs', '02-it-logistics.f.txt'), 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'incontro-hostile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const posix = process.platform !== 'win32'

function stderrLines(stderr: string): string[] {
  return stderr.trim().split('\n').filter((l) => l.length > 0)
}

describe('CLI: bounded input', () => {
  it.runIf(posix)('a FIFO named *.txt, given directly or inside a folder, is refused as not a regular file (no hang)', async () => {
    const folder = join(dir, 'fifo')
    mkdirSync(folder)
    execFileSync('mkfifo', [join(folder, 'pipe.txt')])
    writeFileSync(join(folder, 'cv.txt'), cvText)
    const direct = await cli(['annotate', join(folder, 'pipe.txt')])
    expect(direct.code).toBe(1)
    expect(direct.stderr).toMatch(/CLI_IO: .*pipe\.txt: it is a named pipe \(FIFO\), not a regular file/)
    const inFolder = await cli(['annotate', folder, '--json'])
    // Exit 3: some inputs failed, the others were processed.
    expect(inFolder.code).toBe(3)
    expect(stderrLines(inFolder.stderr).filter((l) => l.includes('CLI_IO'))).toHaveLength(1)
    // The other file of the folder is still read; the failure follows as a { source, error } line.
    const lines = inFolder.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; error?: { code: string } })
    expect(lines.filter((l) => l.error === undefined)).toHaveLength(1)
    expect(lines.filter((l) => l.error?.code === 'CLI_IO').map((l) => l.source)).toEqual([join(folder, 'pipe.txt')])
    // Inside `match --cvs`: the FIFO is one error line, the CV beside it is matched.
    const match = await cli(['match', '--cvs', folder, '--vacancies', join(data, 'vacancies'), '--json', '--today', '2026-11'])
    expect(match.code).toBe(3)
    expect(stderrLines(match.stderr).filter((l) => l.includes('CLI_IO'))).toEqual([expect.stringMatching(/CLI_IO: .*pipe\.txt: it is a named pipe \(FIFO\)/)])
    expect(match.stdout.length).toBeGreaterThan(0)
  })

  it.runIf(existsSync('/dev/zero'))('a device (/dev/zero) is refused before any byte is read', async () => {
    const { code, stderr } = await cli(['anonymize', '/dev/zero'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/CLI_IO: Cannot read \/dev\/zero: it is a character device/)
  })

  it('a sparse file past maxBytes, and one of 3 GB (past what Node reads at once), is refused from its size, not as a permission problem', async () => {
    for (const size of [maxInputBytes + 1, 3 * 1024 ** 3]) {
      const sparse = join(dir, `sparse-${size}.txt`)
      writeFileSync(sparse, '')
      truncateSync(sparse, size)
      const { code, stderr } = await cli(['annotate', sparse])
      expect(code).toBe(1)
      expect(stderr).toMatch(/PARSE_LIMIT_EXCEEDED: .*sparse-\d+\.txt exceeds maxBytes/)
      expect(stderr).not.toMatch(/permission/i)
      rmSync(sparse)
    }
  })

  it.runIf(posix && process.getuid?.() !== 0)('an unreadable file in a folder is a per-item permission error; the batch goes on', async () => {
    const folder = join(dir, 'unreadable')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a.txt'), cvText)
    writeFileSync(join(folder, 'b.txt'), otherCvText)
    chmodSync(join(folder, 'a.txt'), 0o000)
    const { code, stdout, stderr } = await cli(['annotate', folder, '--json'])
    expect(code).toBe(1)
    expect(stderrLines(stderr)).toEqual([expect.stringMatching(/CLI_IO: .*a\.txt: permission denied/)])
    expect(stdout.trim().split('\n')).toHaveLength(1)
  })

  it('standard input has the same byte limit, and an endless stream is stopped at it', async () => {
    let produced = 0
    const endless = new Readable({
      read() {
        produced += 65536
        this.push(new Uint8Array(65536))
      },
    })
    const bytes = await readStream(endless, 1000)
    expect(bytes.byteLength).toBe(1001)
    expect(produced).toBeLessThan(10 * 65536)
    const { code, stderr } = await cli(['annotate', '-'], { stdin: async (max) => new Uint8Array(max + 1).fill(120) })
    expect(code).toBe(1)
    expect(stderr).toMatch(/PARSE_LIMIT_EXCEEDED: standard input exceeds maxBytes/)
  })

  it.runIf(posix)('a symbolic link loop in a folder is a per-item CLI_IO error; the batch goes on', async () => {
    const folder = join(dir, 'loop')
    mkdirSync(folder)
    symlinkSync('b.txt', join(folder, 'a.txt'))
    symlinkSync('a.txt', join(folder, 'b.txt'))
    writeFileSync(join(folder, 'c.txt'), cvText)
    const { code, stdout, stderr } = await cli(['anonymize', folder, '--json'])
    expect(code).toBe(3)
    const errors = stderrLines(stderr).filter((l) => l.includes('CLI_IO'))
    expect(errors).toHaveLength(2)
    for (const line of errors) expect(line).toMatch(/CLI_IO: .*symbolic link loop/)
    expect(stderr).not.toMatch(/permission/i)
    expect(stdout.trim().split('\n').filter((l) => !l.includes('"error"'))).toHaveLength(1)
  })

  it('an empty file is a typed PARSE_MALFORMED error for every command, not a usage error or a silent success', async () => {
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const blank = join(dir, 'blank.txt')
    writeFileSync(blank, ' \n\t\n')
    for (const command of ['parse', 'anonymize', 'annotate', 'review-vacancy']) {
      for (const file of [empty, blank]) {
        const { code, stderr } = await cli([command, file])
        expect(code, `${command} ${file}`).toBe(1)
        expect(stderr).toMatch(/PARSE_MALFORMED: .*(is empty|has no text)/)
      }
    }
  })

  it('a file name with a newline stays on one error line and one output line', async () => {
    const odd = join(dir, 'odd\nname\u2028x.txt')
    writeFileSync(odd, '')
    const failed = await cli(['annotate', odd])
    expect(stderrLines(failed.stderr)).toHaveLength(1)
    expect(failed.stderr).toContain('odd\\u000aname\\u2028x.txt')
    writeFileSync(odd, 'Cameriera con esperienza.')
    const ok = await cli(['annotate', odd])
    expect(ok.code).toBe(0)
    expect(ok.stdout.split('\n')[0]).toContain('odd\\u000aname')
  })
})

describe('CLI: pseudonymous ids', () => {
  const cvs = join(dir, 'ids', 'cvs')
  const other = join(dir, 'ids', 'other')
  mkdirSync(cvs, { recursive: true })
  mkdirSync(other, { recursive: true })
  writeFileSync(join(cvs, '01.txt'), cvText)
  writeFileSync(join(other, '01.txt'), otherCvText)
  const ids = async (...args: string[]) => {
    const { stdout, code, stderr } = await cli(['anonymize', '--json', ...args])
    expect(code, stderr).toBe(0)
    return stdout.trim().split('\n').map((l) => (JSON.parse(l) as { profile: { id: string } }).profile.id)
  }

  it('the same file gets the same id alone, inside its folder, and spelled relative or absolute', async () => {
    const [alone] = await ids(join(cvs, '01.txt'))
    const [inFolder] = await ids(cvs)
    const [viaDots] = await ids(`${join(dir, 'ids', 'other')}/../cvs/./01.txt`)
    const [relativePath] = await ids(relative(process.cwd(), join(cvs, '01.txt')))
    expect(inFolder).toBe(alone)
    expect(viaDots).toBe(alone)
    expect(relativePath).toBe(alone)
  })

  it('two different files with the same name in different folders get different ids', async () => {
    const [a, b] = await ids(join(cvs, '01.txt'), join(other, '01.txt'))
    expect(a).not.toBe(b)
  })

  it('the same file given twice is read once', async () => {
    expect(await ids(cvs, join(cvs, '01.txt'))).toHaveLength(1)
  })

  it('--source-id: a template of the deployer; a template that makes two files one id is refused with a typed error', async () => {
    const [byHash] = await ids('--source-id', 'cv-{sha256}', join(cvs, '01.txt'))
    const [byHashElsewhere] = await ids('--source-id', 'cv-{sha256}', cvs)
    expect(byHash).toBe(byHashElsewhere)
    const collide = await cli(['anonymize', '--json', '--source-id', '{name}', join(cvs, '01.txt'), join(other, '01.txt')])
    expect(collide.code).toBe(1)
    expect(collide.stdout).toBe('')
    expect(collide.stderr).toMatch(/CORE_INVALID_INPUT: .*same sourceId/)
    const constant = await cli(['anonymize', '--source-id', 'same', cvs])
    expect(constant.code).toBe(2)
  })

  it('--source-ids: a mapping file of the deployer names each file; a file missing from it is an error', async () => {
    const mapping = join(dir, 'ids', 'ids.json')
    writeFileSync(mapping, JSON.stringify({ 'cvs/01.txt': 'cand-1' }))
    const [mapped] = await ids('--source-ids', mapping, join(cvs, '01.txt'))
    const [templated] = await ids('--source-id', 'cand-1', join(cvs, '01.txt')).catch(() => [undefined])
    expect(mapped).toMatch(/^[0-9a-f]{32}$/)
    expect(templated).toBeUndefined()
    const missing = await cli(['anonymize', '--source-ids', mapping, join(other, '01.txt')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/CLI_USAGE: The --source-ids mapping has no id/)
  })
})

describe('CLI: keys', () => {
  const cv = join(dir, 'key-cv.txt')
  writeFileSync(cv, cvText)

  it('anonymize and match refuse to run without a key, or with one shorter than 16 bytes', async () => {
    const none = await cli(['anonymize', cv], { env: {} })
    expect(none.code).toBe(1)
    expect(none.stderr).toMatch(/ANONYMIZE_MISSING_KEY/)
    expect(none.stdout).toBe('')
    const match = await cli(['match', '--cvs', join(data, 'cvs'), '--vacancies', join(data, 'vacancies')], { env: {} })
    expect(match.code).toBe(1)
    expect(match.stderr).toMatch(/ANONYMIZE_MISSING_KEY/)
    const short = await cli(['anonymize', cv, '--key', 'k'], { env: {} })
    expect(short.code).toBe(1)
    expect(short.stderr).toMatch(/CLI_USAGE: The deployer key is too short/)
    expect(short.stderr).not.toMatch(/'k'|"k"/)
  })

  it('--key means the same on every command: parse and annotate accept it, --blind ids equal the profile ids, the key never shows', async () => {
    const secret = 'a-secret-key-nobody-should-see'
    const anonymized = await cli(['anonymize', cv, '--json', '--key', secret], { env: {} })
    const profileId = JSON.parse(anonymized.stdout).profile.id as string
    for (const command of ['parse', 'annotate']) {
      const { code, stdout, stderr } = await cli([command, cv, '--json', '--blind', '--key', secret], { env: {} })
      expect(code, stderr).toBe(0)
      expect(JSON.parse(stdout).source).toBe(profileId)
      expect(stdout + stderr).not.toContain(secret)
    }
    expect(anonymized.stdout + anonymized.stderr).not.toContain(secret)
    const blindWithoutKey = await cli(['annotate', cv, '--blind'], { env: {} })
    expect(blindWithoutKey.code).toBe(1)
  })
})

describe('CLI: file names are personal data', () => {
  const folder = join(dir, 'names')
  const vacancies = join(dir, 'names-vacancies')
  mkdirSync(folder)
  mkdirSync(vacancies)
  writeFileSync(join(folder, 'CV_Giulia_Ferri_1985.txt'), cvText)
  writeFileSync(join(vacancies, 'Annuncio_Bar_Rossi.txt'), readFileSync(join(data, 'vacancies', '01-it-hospitality-cameriere-di-sala.txt')))

  it('--blind replaces the file name with the pseudonymous id in anonymize, match, parse, annotate and review-vacancy, JSON and text', async () => {
    const runs = [
      ['anonymize', folder, '--json', '--blind'],
      ['anonymize', folder, '--blind'],
      ['match', '--cvs', folder, '--vacancies', vacancies, '--json', '--blind', '--today', '2026-11'],
      ['match', '--cvs', folder, '--vacancies', vacancies, '--blind', '--today', '2026-11'],
      ['parse', folder, '--json', '--blind'],
      ['annotate', folder, '--blind'],
      ['review-vacancy', vacancies, '--json', '--blind'],
      ['review-vacancy', vacancies, '--blind'],
    ]
    for (const args of runs) {
      const { stdout, stderr } = await cli(args)
      expect(stdout.length, args.join(' ')).toBeGreaterThan(0)
      expect(stdout + stderr, args.join(' ')).not.toMatch(/Giulia_Ferri|CV_Giulia|Annuncio_Bar|\/names/)
    }
  })

  it('without --blind the operator still sees the source (the JSON contract)', async () => {
    const { stdout } = await cli(['anonymize', folder, '--json'])
    const line = JSON.parse(stdout) as { source: string; profile: unknown; report: unknown }
    expect(line.source).toContain('CV_Giulia_Ferri_1985.txt')
    // The neutral profile and the report never carry it.
    expect(JSON.stringify(line.profile) + JSON.stringify(line.report)).not.toMatch(/Giulia_Ferri|CV_/)
  })
})

describe('CLI: closed output', () => {
  const cliPath = fileURLToPath(new URL('./cli.ts', import.meta.url))
  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url))

  it.runIf(posix && existsSync(tsx))('an output closed early (| head -c 10) ends quietly, with no stack trace', async () => {
    const child = spawn(tsx, ['--conditions=@incontro/source', cliPath, 'anonymize', '--json', join(data, 'cvs')], {
      env: { ...process.env, INCONTRO_KEY: key },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  }, 60_000)
})
