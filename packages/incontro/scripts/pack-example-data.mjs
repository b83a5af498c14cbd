// prepack/postpack: the published `incontro` carries the synthetic example data (examples/data, ~170 KB) so
// that `npx incontro demo` works after `npm install incontro`; defaultDataDir() finds it beside dist/.
import { cpSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(packageDir, 'examples')
rmSync(target, { recursive: true, force: true })
if (process.argv[2] === 'copy') {
  cpSync(join(packageDir, '..', '..', 'examples', 'data'), join(target, 'data'), { recursive: true })
}
