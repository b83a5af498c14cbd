import { defaultDataDir } from 'incontro'
import { runQuickstart } from './quickstart.js'

const vacancy = process.argv[2] ?? '07-en-ict-software-developer.txt'
const rows = await runQuickstart(defaultDataDir(), vacancy)
for (const row of rows) {
  const parts = Object.entries(row.parts)
    .map(([name, value]) => `${name} ${value.toFixed(3)}`)
    .join(' + ')
  process.stdout.write(`${row.cv.padEnd(30)} ${row.score.toFixed(3)} = ${parts}${row.missingEssential.length ? `   missing: ${row.missingEssential.join(', ')}` : ''}\n`)
}
