import { createDiagnostic, IncontroError, isIncontroError, NeutralProfileSchema, NeutralVacancySchema, type Diagnostic, type NeutralProfile, type NeutralVacancy } from '@incontro/core'
import { createConceptSpace, createExactIndex, createHnswIndex, createMatcher, type Matcher, type VectorIndex } from '@incontro/match'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { createEngine, type AddReport, type Engine, type EngineOptions } from '../create-engine.js'
import { validateIds, validateRecords } from '../internal/validate.js'
import { keyFingerprint, openEngineState, type EngineState } from './open-engine-state.js'
import { readMatcherSnapshot, writeMatcherSnapshot, type SnapshotIdentity } from './matcher-snapshot.js'

/** Options of {@link openPersistentEngine}: the engine's options and the state directory. */
export interface PersistentEngineOptions extends EngineOptions {
  /** The directory of the engine state (created when missing); undefined keeps the state in memory only. */
  state: string | undefined
  /**
   * Save a snapshot of the matcher after this many added, replaced or removed records (default 10,000; 0
   * never saves one between start and close). A snapshot is also saved on `close()` and after a rebuild.
   */
  snapshotEvery?: number
}

/** How the engine's matcher was made on opening. */
export interface EngineStartup {
  /** `snapshot`: loaded from the saved matcher; `rebuilt`: every record read again from the database. */
  matcher: 'snapshot' | 'rebuilt'
  /** Seconds spent opening the state and making the matcher. */
  seconds: number
  /** Why a snapshot was not used (stale, damaged, missing): never personal data. */
  diagnostics: Diagnostic[]
}

/** An engine whose profiles and vacancies are kept in a state directory and loaded again on opening. */
export interface PersistentEngine extends Engine {
  readonly state: EngineState
  /** How the matcher was made on opening (from the saved snapshot or rebuilt). */
  readonly startup: EngineStartup
  /** A stored profile by pseudonymous id. */
  profile(id: string): NeutralProfile | undefined
  /** A stored vacancy by pseudonymous id. */
  vacancy(id: string): NeutralVacancy | undefined
  /**
   * Saves a snapshot of the matcher (indexes, compact records, population) beside the database, tied to its
   * generation; returns false when there is no state directory or the matcher no longer mirrors the database.
   */
  saveSnapshot(): Promise<boolean>
  /** Waits for pending writes, saves a snapshot when records changed since the last one, and closes the state. */
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
 * Opens an engine over a state directory. The matcher's derived state (vector indexes, compact records,
 * population statistics) is loaded from the snapshot saved beside the database when that snapshot was
 * made from the database's current generation; otherwise (none, stale, damaged, another format) every
 * stored record is read again and the reason is reported in `startup.diagnostics`. Every later add or
 * removal is committed to the database (one transaction per call) before the engine's memory changes, so
 * a restart, or a process killed mid-write, loses nothing committed. Full profiles stay in the database:
 * the matcher reads those of the page it explains. State written with another key or taxonomy version is
 * refused with `ENGINE_STATE_MISMATCH`.
 *
 * @example
 * const engine = await openPersistentEngine({ key: process.env.INCONTRO_KEY!, state: '/var/lib/incontro' })
 * await engine.addProfiles([profile])
 * await engine.close()
 */
export async function openPersistentEngine(options: PersistentEngineOptions): Promise<PersistentEngine> {
  const started = performance.now()
  const { state: directory, snapshotEvery: every, ...engineOptions } = options
  const snapshotEvery = every ?? 10_000
  if (!Number.isInteger(snapshotEvery) || snapshotEvery < 0) {
    throw new IncontroError('ENGINE_CONFIG', 'snapshotEvery must be a whole number of records (0: only on close).', { path: 'snapshotEvery' })
  }
  const taxonomy = engineOptions.taxonomy ?? builtinTaxonomy()
  // SQLite's whole-file check is run only when the records are read again (a rebuild), not to load a snapshot.
  const state = openEngineState(directory, { key: options.key, taxonomyVersion: taxonomy.version, integrityCheck: directory === undefined })
  const space = createConceptSpace(taxonomy)
  const kind = engineOptions.index === 'exact' ? 'exact' : 'hnsw'
  const identity: SnapshotIdentity = { keyFingerprint: keyFingerprint(options.key), taxonomyVersion: taxonomy.version, index: kind, dimensions: space.dimensions }
  const tieKey = engineOptions.tieKey ?? (typeof options.key === 'string' ? options.key : Buffer.from(options.key).toString('hex'))
  const makeIndex = (): VectorIndex => (kind === 'exact' ? createExactIndex({ dimensions: space.dimensions }) : createHnswIndex({ dimensions: space.dimensions }))

  // Profiles being replaced or removed, as the matcher still knows them until its update is done: a query
  // running meanwhile explains its page with the version its scores were computed from.
  const inflight = new Map<string, NeutralProfile>()
  const loadProfiles = async (ids: readonly string[]): Promise<(NeutralProfile | undefined)[]> => {
    const stored = state.getProfiles(ids)
    return ids.map((id, i) => inflight.get(id) ?? stored[i])
  }

  const diagnostics: Diagnostic[] = []
  let matcher: Matcher | undefined
  let indexes: { profileIndex: VectorIndex; vacancyIndex: VectorIndex } | undefined
  let restoredIds: { profiles: string[]; vacancies: string[] } | undefined
  const counts = () => ({ profiles: state.profileCount(), vacancies: state.vacancyCount() })
  try {
    if (directory !== undefined) {
      try {
        const snapshot = await readMatcherSnapshot(directory, identity, state.generation(), counts())
        if (snapshot === undefined) {
          if (state.profileCount() + state.vacancyCount() > 0) diagnostics.push(createDiagnostic('ENGINE_SNAPSHOT_MISSING', 'info', 'No matcher snapshot was saved: the matcher was rebuilt from the database.'))
        } else {
          const vacancies: NeutralVacancy[] = []
          for (const batch of state.vacancyBatches()) vacancies.push(...batch)
          matcher = createMatcher({
            taxonomy,
            space,
            profileIndex: snapshot.profileIndex,
            vacancyIndex: snapshot.vacancyIndex,
            tieKey,
            loadProfiles,
            restored: snapshot.records,
            restoredVacancies: vacancies,
          })
          indexes = { profileIndex: snapshot.profileIndex, vacancyIndex: snapshot.vacancyIndex }
          restoredIds = { profiles: [...snapshot.records.store.entries()].map(([id]) => id), vacancies: vacancies.map((vacancy) => vacancy.id) }
        }
      } catch (error) {
        const code = isIncontroError(error) ? error.code : 'UNEXPECTED'
        const reason = isIncontroError(error) ? String((error.details as { reason?: unknown } | undefined)?.reason ?? code) : 'unexpected error'
        diagnostics.push(
          createDiagnostic('ENGINE_SNAPSHOT_UNUSED', 'warning', `The matcher snapshot was not used (${code}, ${reason}): the matcher was rebuilt from the database. ${error instanceof Error ? error.message : ''}`.trim()),
        )
        matcher = undefined
      }
    }
  } catch (error) {
    state.close()
    throw error
  }
  const rebuilt = matcher === undefined
  if (matcher === undefined || indexes === undefined) {
    indexes = { profileIndex: makeIndex(), vacancyIndex: makeIndex() }
    matcher = createMatcher({ taxonomy, space, ...indexes, tieKey, loadProfiles })
  }
  const live = { matcher, indexes }
  const engine = createEngine({ ...engineOptions, taxonomy }, { matcher, profileIds: restoredIds?.profiles ?? [], vacancyIds: restoredIds?.vacancies ?? [] })
  if (rebuilt) {
    try {
      if (directory !== undefined) state.checkIntegrity()
      for (const batch of state.vacancyBatches()) await engine.addVacancies(batch)
      for (const batch of state.profileBatches()) await engine.addProfiles(batch)
    } catch (error) {
      state.close()
      throw error
    }
  }
  const startup: EngineStartup = { matcher: rebuilt ? 'rebuilt' : 'snapshot', seconds: (performance.now() - started) / 1000, diagnostics }

  // The generation of the database the matcher mirrors; undefined once they may differ (a write to the
  // database whose engine update failed): then no snapshot is saved by this process.
  let mirrored: ReturnType<EngineState['generation']> | undefined = state.generation()
  let saved = rebuilt ? undefined : { ...mirrored }
  let changes = 0
  // Writes run one after another, so the engine's memory changes in the order the state committed.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run)
    queue = next.catch(() => undefined)
    return next
  }
  const saveNow = async (): Promise<boolean> => {
    if (directory === undefined || !state.isOpen() || mirrored === undefined) return false
    const now = state.generation()
    if (now.generation !== mirrored.generation || now.tag !== mirrored.tag) return false
    if (saved !== undefined && saved.generation === now.generation && saved.tag === now.tag) return true
    await writeMatcherSnapshot(directory, identity, now, live.matcher, live.indexes, counts())
    saved = now
    changes = 0
    return true
  }
  const saveSnapshot = (): Promise<boolean> => serial(saveNow)
  const write = async <T>(size: number, commit: () => void, apply: () => Promise<T>): Promise<T> => {
    commit()
    try {
      const result = await apply()
      if (mirrored !== undefined) mirrored = state.generation()
      return result
    } catch (error) {
      // Committed to the database but not (wholly) applied to the matcher: a snapshot of it would be wrong.
      mirrored = undefined
      throw error
    } finally {
      changes += size
      if (snapshotEvery > 0 && changes >= snapshotEvery && directory !== undefined) {
        changes = 0
        // Queued after this write; errors are left to the next attempt (the database holds the records).
        setImmediate(() => void saveSnapshot().catch(() => undefined))
      }
    }
  }
  const keepOld = (ids: readonly string[]): string[] => {
    const old = state.getProfiles(ids)
    const kept: string[] = []
    ids.forEach((id, i) => {
      const profile = old[i]
      if (profile !== undefined) {
        inflight.set(id, profile)
        kept.push(id)
      }
    })
    return kept
  }
  if (rebuilt && directory !== undefined && state.profileCount() + state.vacancyCount() > 0) {
    // The next start loads it instead of rebuilding; saved after the start, not delaying it.
    setImmediate(() => void saveSnapshot().catch(() => undefined))
  }
  return {
    ...engine,
    state,
    startup,
    addProfiles: (profiles): Promise<AddReport> =>
      serial(async () => {
        const valid = validateRecords<NeutralProfile>(profiles, NeutralProfileSchema, 'addProfiles', 'NeutralProfile')
        checkBatch(valid, 'profiles')
        let kept: string[] = []
        try {
          return await write(
            valid.length,
            () => {
              kept = keepOld(valid.map((profile) => profile.id))
              state.putProfiles(valid)
            },
            () => engine.addProfiles(valid),
          )
        } finally {
          for (const id of kept) inflight.delete(id)
        }
      }),
    addVacancies: (vacancies): Promise<AddReport> =>
      serial(async () => {
        const valid = validateRecords<NeutralVacancy>(vacancies, NeutralVacancySchema, 'addVacancies', 'NeutralVacancy')
        checkBatch(valid, 'vacancies')
        return write(
          valid.length,
          () => state.putVacancies(valid),
          () => engine.addVacancies(valid),
        )
      }),
    removeProfiles: (ids) =>
      serial(async () => {
        let kept: string[] = []
        try {
          return await write(
            Array.isArray(ids) ? ids.length : 0,
            () => {
              const valid = validateIds(ids, 'removeProfiles')
              kept = keepOld(valid)
              state.removeProfiles(valid)
            },
            () => engine.removeProfiles(ids),
          )
        } finally {
          for (const id of kept) inflight.delete(id)
        }
      }),
    removeVacancies: (ids) =>
      serial(async () =>
        write(
          Array.isArray(ids) ? ids.length : 0,
          () => state.removeVacancies(validateIds(ids, 'removeVacancies')),
          () => engine.removeVacancies(ids),
        ),
      ),
    profile: (id) => state.getProfile(id),
    vacancy: (id) => state.getVacancy(id),
    saveSnapshot,
    async close() {
      await queue
      try {
        await saveNow()
      } finally {
        state.close()
        await engine.close()
      }
    },
  }
}
