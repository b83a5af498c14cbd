// Child process of the crash test: writes batches of profiles to a state directory, one transaction each,
// and reports each committed batch on stdout, until it is killed (or after a bounded number of batches).
import { openEngineState } from '../open-engine-state.js'
import { testProfile } from './test-records.js'

const [directory, key] = process.argv.slice(2) as [string, string]
const state = openEngineState(directory, { key, taxonomyVersion: 'crash-test' })
const batchSize = 50
for (let batch = 0; batch < 5_000; batch++) {
  state.putProfiles(Array.from({ length: batchSize }, (_, i) => testProfile(batch * batchSize + i + 1)))
  process.stdout.write(`committed ${batch}\n`)
}
state.close()
