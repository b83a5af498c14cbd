import { defineConfig, type Options } from 'tsup'

/** The one tsup configuration every package extends: ESM, types, Node 20. */
export function defineIncontroConfig(entry: NonNullable<Options['entry']>, extra: Options = {}) {
  const options: Options = {
    entry,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: false,
    treeshake: true,
    ...extra,
  }
  return defineConfig(options)
}
