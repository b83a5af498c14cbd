import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Every `import { … } from '<workspace package>'` in the code blocks of README.md and docs/**/*.md must name
// something the package exports there: a reader who copies an example must not meet "does not provide an
// export named …". Runtime names are imported from the package (its sources); type names are looked up in
// the `export type` lists of its entry file.
const root = fileURLToPath(new URL('../../../', import.meta.url))

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

/** Workspace packages by name: their directory and the source file of each export path. */
function workspacePackages(): Map<string, string> {
  const entries = new Map<string, string>()
  for (const dir of readdirSync(join(root, 'packages'))) {
    let manifest: { name: string; exports?: Record<string, { '@incontro/source'?: string } | string> }
    try {
      manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'))
    } catch {
      continue
    }
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const source = typeof target === 'object' ? target['@incontro/source'] : undefined
      if (source) entries.set(subpath === '.' ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, '')}`, join(root, 'packages', dir, source))
    }
  }
  return entries
}

interface DocImport {
  file: string
  specifier: string
  name: string
  type: boolean
}

function docImports(packages: Map<string, string>): DocImport[] {
  const found: DocImport[] = []
  for (const file of [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))]) {
    const text = readFileSync(file, 'utf8')
    for (const block of text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
      for (const statement of (block[1] ?? '').matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
        const specifier = statement[3] as string
        if (!packages.has(specifier)) continue
        for (const raw of (statement[2] as string).split(',')) {
          const part = raw.trim()
          if (!part) continue
          const typeOnly = statement[1] !== undefined || part.startsWith('type ')
          const name = part.replace(/^type\s+/, '').split(/\s+as\s+/)[0] as string
          found.push({ file: relative(root, file), specifier, name, type: typeOnly })
        }
      }
    }
  }
  return found
}

describe('imports shown in the README and docs', () => {
  const packages = workspacePackages()
  const imports = docImports(packages)

  it('there are examples to check', () => {
    expect(imports.length).toBeGreaterThanOrEqual(5)
    expect(imports.some((i) => i.specifier === 'incontro')).toBe(true)
  })

  it('every named import exists on the package it is imported from', async () => {
    const missing: string[] = []
    for (const item of imports) {
      const entry = packages.get(item.specifier) as string
      if (item.type) {
        // A type is exported by name from the entry file (export type { … } or export { … }).
        const source = readFileSync(entry, 'utf8')
        if (!new RegExp(`export\\s+(type\\s+)?\\{[^}]*\\b${item.name}\\b[^}]*\\}`).test(source) && !new RegExp(`export\\s+(type|interface)\\s+${item.name}\\b`).test(source)) {
          missing.push(`${item.file}: type ${item.name} from '${item.specifier}'`)
        }
        continue
      }
      const module = (await import(/* @vite-ignore */ item.specifier)) as Record<string, unknown>
      if (!(item.name in module)) missing.push(`${item.file}: ${item.name} from '${item.specifier}'`)
    }
    expect(missing).toEqual([])
  })
})
