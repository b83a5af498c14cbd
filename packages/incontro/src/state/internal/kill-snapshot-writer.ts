// Child process of the snapshot crash test: writes batches of profiles through a persistent engine that
// saves matcher snapshots as it goes (every 80 records, and explicitly after every fourth batch), reporting
// each committed batch and each saved snapshot on stdout, until it is killed.
import { openPersistentEngine } from '../open-persistent-engine.js'
import { testProfile } from './test-records.js'

const [directory, key] = process.argv.slice(2) as [string, string]
const engine = await openPersistentEngine({ key, state: directory, index: 'exact', snapshotEvery: 80 })
const batchSize = 40
const skills = [['skill.haccp'], ['skill.table-service'], ['skill.haccp', 'skill.table-service']]
for (let batch = 0; batch < 2_000; batch++) {
  await engine.addProfiles(Array.from({ length: batchSize }, (_, i) => testProfile(batch * batchSize + i + 1, skills[(batch + i) % 3])))
  if (batch % 5 === 4) await engine.removeProfiles([testProfile(batch * batchSize).id])
  process.stdout.write(`committed ${batch}\n`)
  if (batch % 4 === 3) {
    await engine.saveSnapshot()
    process.stdout.write(`snapshot ${batch}\n`)
    // A pause after a snapshot, so that a kill can land while the snapshot is the current one.
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}
await engine.close()
