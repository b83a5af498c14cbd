import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeFileAtomic } from './write-file-atomic.js'

const dir = mkdtempSync(join(tmpdir(), 'incontro-atomic-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const bytes = (text: string) => new TextEncoder().encode(text)

describe('writeFileAtomic', () => {
  it('writes all chunks in order', () => {
    const path = join(dir, 'a.bin')
    writeFileAtomic(path, [bytes('one '), bytes('two')])
    expect(readFileSync(path, 'utf8')).toBe('one two')
  })

  it('leaves the previous file intact and no temporary file when writing fails midway', () => {
    const path = join(dir, 'b.bin')
    writeFileSync(path, 'previous')
    function* failing(): Generator<Uint8Array> {
      yield bytes('partial')
      throw new Error('disk full (simulated)')
    }
    expect(() => writeFileAtomic(path, failing())).toThrow('disk full')
    expect(readFileSync(path, 'utf8')).toBe('previous')
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
