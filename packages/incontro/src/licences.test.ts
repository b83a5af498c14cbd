import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { listLicences } from '../../../scripts/list-licences.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const permissive = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Zlib', 'BlueOak-1.0.0', 'CC0-1.0', 'Python-2.0'])

/** Whether an SPDX expression (as found in manifests) lets the adopter take a permissive licence. */
function allowsPermissive(expression: string): boolean {
  const plain = expression.replace(/\s*\(.*?;.*?\)$/, '').replace(/[()]/g, '')
  return plain.split(/\s+OR\s+/).some((alternative) => alternative.split(/\s+AND\s+/).every((licence) => permissive.has(licence.trim())))
}

describe('docs/licences.md', () => {
  const installed = listLicences(root)
  const documented = new Map(
    readFileSync(join(root, 'docs', 'licences.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => {
        const [name, , licence] = line.split('|').slice(1).map((cell) => cell.trim().replace(/`/g, ''))
        return [name!, licence!] as const
      }),
  )

  it('lists every runtime dependency of the published packages with its licence (run scripts/list-licences.ts when it fails)', () => {
    expect(installed.length).toBeGreaterThan(10)
    const missing = installed.filter((entry) => documented.get(entry.name) !== entry.licence).map((entry) => `${entry.name} (${entry.licence})`)
    expect(missing).toEqual([])
    const names = new Set(installed.map((entry) => entry.name))
    expect([...documented.keys()].filter((name) => !names.has(name))).toEqual([])
  })

  it('has only licences that allow a permissive choice (no copyleft-only or unknown licence at run time)', () => {
    expect(installed.filter((entry) => !allowsPermissive(entry.licence)).map((entry) => `${entry.name}: ${entry.licence}`)).toEqual([])
  })
})
