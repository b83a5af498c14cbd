import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { defaultDataDir } from 'incontro'
import { createPortal } from './create-portal.js'

// A walk through the portal with the example data: every CV submitted, one vacancy published, the blind shortlist.
const portal = createPortal({ key: process.env.INCONTRO_KEY ?? 'portal-example-key-use-a-secret', today: '2026-11' })
const data = defaultDataDir()
for (const name of readdirSync(join(data, 'cvs')).sort()) await portal.submitCv(readFileSync(join(data, 'cvs', name)), name)
const vacancyFile = process.argv[2] ?? '03-it-care-operatore-socio-sanitario.txt'
const { vacancyId } = await portal.publishVacancy(readFileSync(join(data, 'vacancies', vacancyFile)), vacancyFile)
for (const row of await portal.shortlist(vacancyId, 5)) {
  process.stdout.write(`${row.profileId}  ${row.score.toFixed(3)}${row.missing.length ? `  missing: ${row.missing.join(', ')}` : ''}\n`)
}
