import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Tests run on the sources of workspace packages, no build needed (see each package's exports map).
    conditions: ['@incontro/source'],
  },
  ssr: { resolve: { conditions: ['@incontro/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/*/src/**/*.test.ts', 'benchmarks/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
