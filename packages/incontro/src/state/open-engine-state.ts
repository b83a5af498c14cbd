import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { IncontroError, keyedHash, NeutralProfileSchema, NeutralVacancySchema, type NeutralProfile, type NeutralVacancy } from '@incontro/core'

/** Version of the state database's layout; a newer file is refused, an older one migrated (none yet). */
export const stateFormatVersion = 1

/** The database file inside a state directory. */
export const stateFileName = 'state.sqlite'

/** Options of {@link openEngineState}. */
export interface EngineStateOptions {
  /** The deployer key; only a keyed fingerprint of it is stored, never the key. */
  key: string | Uint8Array
  /** The taxonomy version the stored records were coded with. */
  taxonomyVersion: string
  /**
   * Runs SQLite's `quick_check` on opening (default true). It reads the whole file (seconds for millions of
   * records); `openPersistentEngine` skips it when it loads a matcher snapshot and runs it
   * ({@link EngineState.checkIntegrity}) before rebuilding from the records. A damaged page is reported
   * with `ENGINE_STATE_CORRUPT` when it is read either way.
   */
  integrityCheck?: boolean
}

/**
 * Where the stored records are in their history: a counter every committed write raises, and a random tag
 * every committed write replaces. A saved matcher snapshot records both; it is used only when both still
 * match (a database restored from a backup and written again reaches the same counter with another tag).
 */
export interface StateGeneration {
  generation: number
  tag: string
}

/** A page of stored ids, in id order. */
export interface IdPage {
  ids: string[]
  total: number
}

/**
 * Engine state kept in an embedded database (SQLite, write-ahead log): neutral profiles and vacancies,
 * the taxonomy version they were coded with and a fingerprint of the key that made their ids. Every
 * write is one transaction: a process killed mid-write keeps every batch committed before it.
 */
export interface EngineState {
  /** The state directory; undefined for a state kept in memory only. */
  readonly directory: string | undefined
  /** Adds or replaces profiles in one transaction; returns the ids that replaced a stored record. */
  putProfiles(profiles: readonly NeutralProfile[]): string[]
  /** Adds or replaces vacancies in one transaction; returns the ids that replaced a stored record. */
  putVacancies(vacancies: readonly NeutralVacancy[]): string[]
  /** Removes profiles in one transaction; returns the ids that were stored (unknown ids are left out). */
  removeProfiles(ids: readonly string[]): string[]
  /** Removes vacancies in one transaction; returns the ids that were stored. */
  removeVacancies(ids: readonly string[]): string[]
  getProfile(id: string): NeutralProfile | undefined
  /** Stored profiles by id, in the order asked (undefined where absent), without validating them again. */
  getProfiles(ids: readonly string[]): (NeutralProfile | undefined)[]
  /** The generation of the stored records, read from the database. */
  generation(): StateGeneration
  getVacancy(id: string): NeutralVacancy | undefined
  /** Stored profile ids in id order, `limit` from `offset`. */
  profileIds(page?: { offset?: number; limit?: number }): IdPage
  /** Stored vacancy ids in id order, `limit` from `offset`. */
  vacancyIds(page?: { offset?: number; limit?: number }): IdPage
  /** Every stored profile in batches (for loading an engine), without holding them all at once. */
  profileBatches(size?: number): Iterable<NeutralProfile[]>
  /** Every stored vacancy in batches. */
  vacancyBatches(size?: number): Iterable<NeutralVacancy[]>
  profileCount(): number
  vacancyCount(): number
  /** A value of the metadata table (format, taxonomy version, key fingerprint, created). */
  meta(name: string): string | undefined
  /** Runs SQLite's `quick_check`; a damaged file throws `ENGINE_STATE_CORRUPT`. */
  checkIntegrity(): void
  /** Whether the database is still open. */
  isOpen(): boolean
  /** Closes the database (the write-ahead log is checkpointed). */
  close(): void
}

/** The keyed fingerprint of a deployer key stored in the state: it identifies the key without revealing it. */
export function keyFingerprint(key: string | Uint8Array): string {
  return keyedHash(key, 'incontro-state-key-fingerprint-v1', 32)
}

function corrupt(directory: string | undefined, what: string, cause?: unknown): IncontroError {
  return new IncontroError(
    'ENGINE_STATE_CORRUPT',
    `The engine state in ${directory ?? 'memory'} ${what}. Restore the directory from a backup, or start with an empty one and add the records again.`,
    { directory, reason: what },
    cause === undefined ? undefined : { cause },
  )
}

const checkedProfile = (directory: string | undefined, json: string): NeutralProfile => {
  const parsed = NeutralProfileSchema.safeParse(trusted(directory, json))
  if (!parsed.success) throw corrupt(directory, 'holds a profile that does not match the NeutralProfile schema')
  return parsed.data
}

const checkedVacancy = (directory: string | undefined, json: string): NeutralVacancy => {
  const parsed = NeutralVacancySchema.safeParse(trusted(directory, json))
  if (!parsed.success) throw corrupt(directory, 'holds a vacancy that does not match the NeutralVacancy schema')
  return parsed.data
}

const trusted = <T>(directory: string | undefined, json: string): T => {
  try {
    return JSON.parse(json) as T
  } catch (error) {
    throw corrupt(directory, 'holds a record that is not valid JSON', error)
  }
}

/**
 * Opens (or creates) the engine state in a directory (in memory only, lost at exit, without one). State written with another key or taxonomy
 * version is refused with `ENGINE_STATE_MISMATCH`; a file that is not a state database, or a damaged
 * one, with `ENGINE_STATE_CORRUPT`.
 *
 * @example
 * const state = openEngineState('/var/lib/incontro', { key: process.env.INCONTRO_KEY!, taxonomyVersion: engine.taxonomy.version })
 * state.putProfiles([profile])
 */
export function openEngineState(directory: string | undefined, options: EngineStateOptions): EngineState {
  if (directory !== undefined) {
    try {
      mkdirSync(directory, { recursive: true, mode: 0o700 })
    } catch (error) {
      throw new IncontroError('CLI_IO', `Cannot create the state directory ${directory} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`, { directory }, { cause: error })
    }
  }
  let db: Database.Database
  try {
    db = new Database(directory === undefined ? ':memory:' : join(directory, stateFileName))
    db.pragma('journal_mode = WAL')
    // FULL: a committed transaction survives a power cut too, not only a killed process.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    if (options.integrityCheck === false) db.pragma('schema_version', { simple: true })
    else if (db.pragma('quick_check', { simple: true }) !== 'ok') throw corrupt(directory, 'fails SQLite\'s integrity check')
  } catch (error) {
    if (error instanceof IncontroError) throw error
    throw corrupt(directory, `is not a readable state database (${(error as { code?: string }).code ?? 'unknown error'})`, error)
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > stateFormatVersion) {
      throw new IncontroError('ENGINE_STATE_MISMATCH', `The engine state in ${directory} has format ${version}, newer than this version of Incontro reads (${stateFormatVersion}); upgrade Incontro.`, {
        directory,
        reason: 'format',
        expected: stateFormatVersion,
        actual: version,
      })
    }
    if (version === 0) {
      db.exec(`
        CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE IF NOT EXISTS profiles (id TEXT PRIMARY KEY, json TEXT NOT NULL) STRICT, WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS vacancies (id TEXT PRIMARY KEY, json TEXT NOT NULL) STRICT, WITHOUT ROWID;
      `)
      const init = db.transaction(() => {
        const put = db.prepare('INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)')
        put.run('format', String(stateFormatVersion))
        put.run('keyFingerprint', keyFingerprint(options.key))
        put.run('taxonomyVersion', options.taxonomyVersion)
        put.run('created', new Date().toISOString())
        db.pragma(`user_version = ${stateFormatVersion}`)
      })
      init()
    }
  } catch (error) {
    db.close()
    if (error instanceof IncontroError) throw error
    throw corrupt(directory, `cannot be set up (${(error as { code?: string }).code ?? 'unknown error'})`, error)
  }
  const metaOf = (name: string): string | undefined => (db.prepare('SELECT value FROM meta WHERE name = ?').get(name) as { value: string } | undefined)?.value
  const storedKey = metaOf('keyFingerprint')
  const storedTaxonomy = metaOf('taxonomyVersion')
  if (storedKey === undefined || storedTaxonomy === undefined) {
    db.close()
    throw corrupt(directory, 'has no key fingerprint or taxonomy version')
  }
  if (storedKey !== keyFingerprint(options.key)) {
    db.close()
    throw new IncontroError(
      'ENGINE_STATE_MISMATCH',
      `The engine state in ${directory} was written with another deployer key: its pseudonymous ids would not match the ones this key makes. Use the key it was written with (INCONTRO_KEY), or another state directory.`,
      { directory, reason: 'key' },
    )
  }
  if (storedTaxonomy !== options.taxonomyVersion) {
    db.close()
    throw new IncontroError(
      'ENGINE_STATE_MISMATCH',
      `The engine state in ${directory} was coded with taxonomy ${storedTaxonomy}, not ${options.taxonomyVersion}: its concepts would be read wrongly. Use that taxonomy, or re-import the records into a new state directory.`,
      { directory, reason: 'taxonomy', expected: options.taxonomyVersion, actual: storedTaxonomy },
    )
  }

  const statements = {
    hasProfile: db.prepare('SELECT 1 FROM profiles WHERE id = ?').pluck(),
    hasVacancy: db.prepare('SELECT 1 FROM vacancies WHERE id = ?').pluck(),
    putProfile: db.prepare('INSERT OR REPLACE INTO profiles (id, json) VALUES (?, ?)'),
    putVacancy: db.prepare('INSERT OR REPLACE INTO vacancies (id, json) VALUES (?, ?)'),
    deleteProfile: db.prepare('DELETE FROM profiles WHERE id = ?'),
    deleteVacancy: db.prepare('DELETE FROM vacancies WHERE id = ?'),
    getProfile: db.prepare('SELECT json FROM profiles WHERE id = ?').pluck(),
    getVacancy: db.prepare('SELECT json FROM vacancies WHERE id = ?').pluck(),
    profileIds: db.prepare('SELECT id FROM profiles ORDER BY id LIMIT ? OFFSET ?').pluck(),
    vacancyIds: db.prepare('SELECT id FROM vacancies ORDER BY id LIMIT ? OFFSET ?').pluck(),
    profileCount: db.prepare('SELECT count(*) FROM profiles').pluck(),
    readMeta: db.prepare('SELECT value FROM meta WHERE name = ?').pluck(),
    writeMeta: db.prepare('INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)'),
    vacancyCount: db.prepare('SELECT count(*) FROM vacancies').pluck(),
  }
  const generation = (): StateGeneration => ({
    generation: Number((statements.readMeta.get('generation') as string | undefined) ?? 0),
    tag: (statements.readMeta.get('writeTag') as string | undefined) ?? '',
  })
  // Inside every write transaction: the generation moves with the records, or not at all.
  const advance = (): void => {
    statements.writeMeta.run('generation', String(generation().generation + 1))
    statements.writeMeta.run('writeTag', randomBytes(16).toString('hex'))
  }
  const put = <T extends { id: string }>(has: Database.Statement, insert: Database.Statement) =>
    db.transaction((records: readonly T[]): string[] => {
      const replaced: string[] = []
      for (const record of records) {
        if (has.get(record.id) !== undefined) replaced.push(record.id)
        insert.run(record.id, JSON.stringify(record))
      }
      if (records.length > 0) advance()
      return replaced
    })
  const remove = (remover: Database.Statement) =>
    db.transaction((ids: readonly string[]): string[] => {
      const removed = ids.filter((id) => remover.run(id).changes > 0)
      if (removed.length > 0) advance()
      return removed
    })
  const putProfiles = put<NeutralProfile>(statements.hasProfile, statements.putProfile)
  const putVacancies = put<NeutralVacancy>(statements.hasVacancy, statements.putVacancy)
  const removeProfiles = remove(statements.deleteProfile)
  const removeVacancies = remove(statements.deleteVacancy)
  const page = (statement: Database.Statement, count: Database.Statement, options: { offset?: number; limit?: number } = {}): IdPage => ({
    ids: statement.all(options.limit ?? 100, options.offset ?? 0) as string[],
    total: count.get() as number,
  })
  function* batches<T>(table: 'profiles' | 'vacancies', size: number, check: (json: string) => T): Iterable<T[]> {
    // Keyset pagination: each batch is one short read, so writes are never blocked for long.
    const next = db.prepare(`SELECT id, json FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`)
    let after = ''
    for (;;) {
      const rows = next.all(after, size) as { id: string; json: string }[]
      if (rows.length === 0) return
      yield rows.map((row) => check(row.json))
      after = (rows[rows.length - 1] as { id: string }).id
    }
  }

  return {
    directory,
    putProfiles: (profiles) => putProfiles(profiles),
    putVacancies: (vacancies) => putVacancies(vacancies),
    removeProfiles: (ids) => removeProfiles(ids),
    removeVacancies: (ids) => removeVacancies(ids),
    getProfile(id) {
      const json = statements.getProfile.get(id) as string | undefined
      return json === undefined ? undefined : checkedProfile(directory, json)
    },
    getVacancy(id) {
      const json = statements.getVacancy.get(id) as string | undefined
      return json === undefined ? undefined : checkedVacancy(directory, json)
    },
    getProfiles(ids) {
      try {
        return ids.map((id) => {
          const json = statements.getProfile.get(id) as string | undefined
          return json === undefined ? undefined : trusted<NeutralProfile>(directory, json)
        })
      } catch (error) {
        if (error instanceof IncontroError) throw error
        throw corrupt(directory, `cannot be read (${(error as { code?: string }).code ?? 'unknown error'})`, error)
      }
    },
    checkIntegrity() {
      let result: unknown
      try {
        result = db.pragma('quick_check', { simple: true })
      } catch (error) {
        throw corrupt(directory, `cannot be read (${(error as { code?: string }).code ?? 'unknown error'})`, error)
      }
      if (result !== 'ok') throw corrupt(directory, 'fails SQLite\'s integrity check')
    },
    generation,
    profileIds: (options) => page(statements.profileIds, statements.profileCount, options),
    vacancyIds: (options) => page(statements.vacancyIds, statements.vacancyCount, options),
    // Records were validated on the way in and the file passed SQLite's check on opening: a bulk load
    // parses them without validating them again (a third of the load time).
    profileBatches: (size = 2_000) => batches('profiles', size, (json) => trusted<NeutralProfile>(directory, json)),
    vacancyBatches: (size = 2_000) => batches('vacancies', size, (json) => trusted<NeutralVacancy>(directory, json)),
    profileCount: () => statements.profileCount.get() as number,
    vacancyCount: () => statements.vacancyCount.get() as number,
    meta: metaOf,
    isOpen: () => db.open,
    close() {
      if (db.open) db.close()
    },
  }
}
