import { mkdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { browserVariants } from '../../../build/browser-variants.js'

/** The example's folder (index.html lives there; the bundle goes to its dist/). */
export const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** What {@link buildDemo} wrote. */
export interface DemoBuild {
  file: string
  bytes: number
}

/**
 * Bundles the page script for browsers from the workspace sources, with each package's `*.browser.ts`
 * variants in place of the Node-only modules (the same plugin the packages' browser builds use). The output
 * is one minified classic script, so index.html also works when opened from disk (file://).
 */
export async function buildDemo(outDir = join(demoDir, 'dist')): Promise<DemoBuild> {
  mkdirSync(outDir, { recursive: true })
  const file = join(outDir, 'app.js')
  await build({
    entryPoints: [join(demoDir, 'src', 'app.ts')],
    outfile: file,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    conditions: ['@incontro/source'],
    plugins: [browserVariants()],
    logLevel: 'warning',
  })
  return { file, bytes: statSync(file).size }
}
