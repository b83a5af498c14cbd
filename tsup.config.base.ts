import { defineConfig, type Options } from 'tsup'
import { browserVariants } from './build/browser-variants'

/** What a package's build adds to the Node build. */
export interface IncontroBuild {
  /**
   * Also build `dist/browser/index.js` for the `browser` export condition: platform browser, with each
   * `x.browser.ts` in place of its Node-only sibling `x.ts` (see build/browser-variants.ts). `bundle`
   * lists dependencies to inline (deep imports a browser bundler could not resolve on its own).
   */
  browser?: { bundle?: (string | RegExp)[] }
}

/** The one tsup configuration every package extends: ESM, types, Node 20 (and, on request, a browser build). */
export function defineIncontroConfig(entry: NonNullable<Options['entry']>, extra: Options = {}, build: IncontroBuild = {}) {
  const options: Options = {
    entry,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: true,
    sourcemap: true,
    // The browser build writes dist/browser concurrently: keep it.
    clean: build.browser ? ['!browser/**'] : true,
    splitting: false,
    treeshake: true,
    ...extra,
  }
  if (!build.browser) return defineConfig(options)
  const browser: Options = {
    entry: { index: 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    dts: false,
    sourcemap: true,
    clean: true,
    splitting: false,
    treeshake: true,
    noExternal: build.browser.bundle ?? [],
    esbuildPlugins: [browserVariants()],
  }
  return defineConfig([options, browser])
}
