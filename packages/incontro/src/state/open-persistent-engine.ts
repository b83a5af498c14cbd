import { IncontroError, type NeutralProfile, type NeutralVacancy } from '@incontro/core'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { createEngine, type AddReport, type Engine, type EngineOptions } from '../create-engine.js'
import { openEngineState, type EngineState } from './open-engine-state.js'

/** Options of {@link openPersistentEngine}: the engine's options and the state directory. */
export interface PersistentEngineOptions extends EngineOptions {
  /** The directory of the engine state (created when missing); undefined keeps the state in memory only. */
  state: string | undefined
}

/** An engine whose profiles and vacancies are kept in a state directory and loaded again on opening. */
export interface PersistentEngine extends Engine {
  readonly state: EngineState
  /** A stored profile by pseudonymous id. */
  profile(id: string): NeutralProfile | undefined
  /** A stored vacancy by pseudonymous id. */
  vacancy(id: string): NeutralVacancy | undefined
  /** Waits for pending writes and closes the state. */
  close(): Promise<void>
}

function checkBatch(records: readonly { id: string }[], what: string): void {
  const seen = new Set<string>()
  for (const record of records) {
    if (seen.has(record.id)) {
      throw new IncontroError('CORE_INVALID_INPUT', `Two ${what} of one batch have the same pseudonymous id (the same sourceId); give every source its own sourceId.`, {
        id: record.id,
        reason: 'id-collision',
      })
    }
    seen.add(record.id)
  }
}

/**
 * Opens an engine over a state directory: the stored profiles and vacancies are loaded into the engine,
 * and every later add or removal is committed to the state (one transaction per call) before the
 * engine's memory changes, so a restart, or a process killed mid-write, loses nothing committed.
 * State written with another key or taxonomy version is refused with `ENGINE_STATE_MISMATCH`.
 *
 * @example
 * const engine = await openPersistentEngine({ key: process.env.INCONTRO_KEY!, state: '/var/lib/incontro' })
 * await engine.addProfiles([profile])
 * await engine.close()
 */
export async function openPersistentEngine(options: PersistentEngineOptions): Promise<PersistentEngine> {
  const { state: directory, ...engineOptions } = options
  const taxonomy = engineOptions.taxonomy ?? builtinTaxonomy()
  const engine = createEngine({ ...engineOptions, taxonomy })
  const state = openEngineState(directory, { key: options.key, taxonomyVersion: taxonomy.version })
  try {
    for (const batch of state.vacancyBatches()) await engine.addVacancies(batch)
    for (const batch of state.profileBatches()) await engine.addProfiles(batch)
  } catch (error) {
    state.close()
    throw error
  }
  // Writes run one after another, so the engine's memory changes in the order the state committed.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run)
    queue = next.catch(() => undefined)
    return next
  }
  return {
    ...engine,
    state,
    addProfiles: (profiles): Promise<AddReport> =>
      serial(async () => {
        checkBatch(profiles, 'profiles')
        state.putProfiles(profiles)
        return engine.addProfiles(profiles)
      }),
    addVacancies: (vacancies): Promise<AddReport> =>
      serial(async () => {
        checkBatch(vacancies, 'vacancies')
        state.putVacancies(vacancies)
        return engine.addVacancies(vacancies)
      }),
    removeProfiles: (ids) =>
      serial(async () => {
        state.removeProfiles(ids)
        await engine.removeProfiles(ids)
      }),
    removeVacancies: (ids) =>
      serial(async () => {
        state.removeVacancies(ids)
        await engine.removeVacancies(ids)
      }),
    profile: (id) => state.getProfile(id),
    vacancy: (id) => state.getVacancy(id),
    async close() {
      await queue
      state.close()
    },
  }
}
