import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'esbuild'

/**
 * An esbuild plugin for the browser builds: a relative import of `./x.js` inside a workspace package's
 * `src/` resolves to `./x.browser.ts` when that file exists beside `x.ts`. The Node-only modules (files,
 * zlib, worker threads, `node:crypto`) have such a sibling that does the same work with browser APIs or
 * throws a typed `CORE_UNSUPPORTED_PLATFORM`/`PARSE_UNSUPPORTED_FORMAT`; everything else is shared, so the
 * two builds cannot drift.
 */
export function browserVariants(): Plugin {
  return {
    name: 'incontro-browser-variants',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        if (!/[\\/]src[\\/]/.test(args.importer)) return undefined
        const base = resolve(args.resolveDir, args.path).replace(/\.js$/, '')
        const variant = `${base}.browser.ts`
        return existsSync(variant) ? { path: variant } : undefined
      })
    },
  }
}
