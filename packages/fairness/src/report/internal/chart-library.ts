import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

let cached: string | undefined

/**
 * The source of Chart.js's UMD bundle, read once from the installed package: the HTML report inlines it so
 * it renders offline. Its exports map does not list the UMD file, so it is found beside the main entry.
 */
export function chartLibrarySource(): string {
  if (cached !== undefined) return cached
  try {
    const require = createRequire(import.meta.url)
    const main = require.resolve('chart.js')
    cached = readFileSync(join(dirname(main), 'chart.umd.min.js'), 'utf8')
    return cached
  } catch (error) {
    // A broken installation, not bad input: no IncontroError code fits, so the cause is kept for the operator.
    throw new Error('Cannot read the Chart.js bundle that the HTML report inlines; reinstall @incontro/fairness with its dependency chart.js.', { cause: error })
  }
}
