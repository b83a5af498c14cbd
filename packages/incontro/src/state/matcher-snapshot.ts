import { createHash, randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { IncontroError, writeFileAtomic } from '@incontro/core'
import { loadExactIndex, loadHnswIndex, loadMatcherRecords, saveIndex, saveMatcherRecords, type Matcher, type MatcherRecords, type VectorIndex } from '@incontro/match'
import type { StateGeneration } from './open-engine-state.js'

/** The folder of matcher snapshots inside a state directory. */
export const snapshotFolderName = 'matcher'
/** The manifest that names the current snapshot. */
export const snapshotManifestName = 'snapshot.json'
/** Version of the snapshot layout; another version is not loaded (the matcher is rebuilt from the database). */
export const snapshotFormatVersion = 1

/** What a snapshot must have been made with to be loaded. */
export interface SnapshotIdentity {
  keyFingerprint: string
  taxonomyVersion: string
  index: 'hnsw' | 'exact'
  dimensions: number
}

/** The manifest of a snapshot: what it was made with and from which generation of the database. */
export interface SnapshotManifest extends SnapshotIdentity, StateGeneration {
  format: number
  profiles: number
  vacancies: number
  /** The folder (inside `matcher/`) holding the files. */
  folder: string
  written: string
}

/** The matcher's derived state, as saved and loaded. */
export interface MatcherSnapshotParts {
  profileIndex: VectorIndex
  vacancyIndex: VectorIndex
  records: MatcherRecords
}

function flushDirectory(directory: string): void {
  let fd: number | undefined
  try {
    fd = openSync(directory, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open a directory; its renames are durable once they return.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

const digest = (manifest: SnapshotManifest): string => createHash('sha256').update(JSON.stringify(manifest)).digest('hex')

/**
 * Writes a snapshot of a matcher's derived state (profile and vacancy indexes, compact records and
 * population statistics) into `<state>/matcher/`: the files go into a new folder, flushed, and then a
 * manifest naming that folder and the database generation is written atomically (temporary file,
 * flush, rename). A process killed at any point leaves the previous manifest, whose generation no longer
 * matches the database once a later write committed, so a stale snapshot is never loaded. Call it only
 * when the matcher holds exactly the records of `generation` (no write in between).
 */
export async function writeMatcherSnapshot(
  stateDirectory: string,
  identity: SnapshotIdentity,
  generation: StateGeneration,
  matcher: Matcher,
  parts: { profileIndex: VectorIndex; vacancyIndex: VectorIndex },
  counts: { profiles: number; vacancies: number },
): Promise<void> {
  const root = join(stateDirectory, snapshotFolderName)
  mkdirSync(root, { recursive: true, mode: 0o700 })
  const folder = `g${generation.generation}-${randomBytes(6).toString('hex')}`
  const scratch = join(root, `.tmp-${folder}`)
  mkdirSync(scratch, { mode: 0o700 })
  try {
    // Each file is written atomically and flushed by the save functions.
    await saveIndex(parts.profileIndex, join(scratch, 'profiles.index'))
    await saveIndex(parts.vacancyIndex, join(scratch, 'vacancies.index'))
    await saveMatcherRecords(matcher, join(scratch, 'profiles.records'))
    renameSync(scratch, join(root, folder))
    flushDirectory(root)
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true })
    throw error
  }
  const manifest: SnapshotManifest = {
    format: snapshotFormatVersion,
    ...identity,
    generation: generation.generation,
    tag: generation.tag,
    ...counts,
    folder,
    written: new Date().toISOString(),
  }
  writeFileAtomic(join(root, snapshotManifestName), [Buffer.from(`${JSON.stringify({ ...manifest, sha256: digest(manifest) })}\n`, 'utf8')])
  flushDirectory(root)
  // Older snapshots and scratch folders of interrupted saves are no longer referenced.
  for (const name of readdirSync(root)) {
    if (name !== folder && name !== snapshotManifestName) rmSync(join(root, name), { recursive: true, force: true })
  }
}

function snapshotError(code: 'ENGINE_STATE_MISMATCH' | 'ENGINE_STATE_CORRUPT', reason: string, message: string, cause?: unknown): IncontroError {
  return new IncontroError(code, message, { reason }, cause === undefined ? undefined : { cause })
}

/** Reads and checks the manifest; undefined when there is no snapshot. */
export function readSnapshotManifest(stateDirectory: string): SnapshotManifest | undefined {
  let text: string
  try {
    text = readFileSync(join(stateDirectory, snapshotFolderName, snapshotManifestName), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw snapshotError('ENGINE_STATE_CORRUPT', 'snapshot-manifest', `The matcher snapshot manifest cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, error)
  }
  let parsed: SnapshotManifest & { sha256?: unknown }
  try {
    parsed = JSON.parse(text) as SnapshotManifest & { sha256?: unknown }
  } catch (error) {
    throw snapshotError('ENGINE_STATE_CORRUPT', 'snapshot-manifest', 'The matcher snapshot manifest is not valid JSON.', error)
  }
  if (typeof parsed !== 'object' || parsed === null) throw snapshotError('ENGINE_STATE_CORRUPT', 'snapshot-manifest', 'The matcher snapshot manifest is not a JSON object.')
  if (parsed.format !== snapshotFormatVersion) {
    throw snapshotError('ENGINE_STATE_MISMATCH', 'snapshot-format', `The matcher snapshot has format ${String(parsed.format)}, not ${snapshotFormatVersion}, which this version of Incontro writes.`)
  }
  const { sha256, ...manifest } = parsed
  if (sha256 !== digest(manifest) || typeof manifest.folder !== 'string' || !/^g\d+-[0-9a-f]{12}$/.test(manifest.folder)) {
    throw snapshotError('ENGINE_STATE_CORRUPT', 'snapshot-manifest', 'The matcher snapshot manifest fails its checksum (its content was damaged).')
  }
  return manifest
}

/**
 * Loads the snapshot of `<state>/matcher/` when it was made with `identity` from the database's current
 * generation and record counts; undefined when there is none. A stale snapshot (another generation,
 * identity or count) throws `ENGINE_STATE_MISMATCH`; a damaged one `ENGINE_STATE_CORRUPT` or
 * `MATCH_INDEX_CORRUPT`. The caller then rebuilds the matcher from the database.
 */
export async function readMatcherSnapshot(
  stateDirectory: string,
  identity: SnapshotIdentity,
  generation: StateGeneration,
  counts: { profiles: number; vacancies: number },
): Promise<MatcherSnapshotParts | undefined> {
  const manifest = readSnapshotManifest(stateDirectory)
  if (manifest === undefined) return undefined
  const differs = (Object.keys(identity) as (keyof SnapshotIdentity)[]).filter((name) => manifest[name] !== identity[name])
  if (differs.length > 0) {
    throw snapshotError('ENGINE_STATE_MISMATCH', 'snapshot-identity', `The matcher snapshot was made with another ${differs.join(', ')}.`)
  }
  if (manifest.generation !== generation.generation || manifest.tag !== generation.tag) {
    throw snapshotError(
      'ENGINE_STATE_MISMATCH',
      'snapshot-stale',
      `The matcher snapshot is of generation ${manifest.generation} of the database, which is now at generation ${generation.generation}${manifest.generation === generation.generation ? ' with other writes' : ''}.`,
    )
  }
  if (manifest.profiles !== counts.profiles || manifest.vacancies !== counts.vacancies) {
    throw snapshotError('ENGINE_STATE_MISMATCH', 'snapshot-stale', 'The matcher snapshot holds another number of records than the database.')
  }
  const folder = join(stateDirectory, snapshotFolderName, manifest.folder)
  const load = (name: string): Promise<VectorIndex> => (identity.index === 'hnsw' ? loadHnswIndex(join(folder, name)) : loadExactIndex(join(folder, name)))
  const profileIndex = await load('profiles.index')
  const vacancyIndex = await load('vacancies.index')
  const records = await loadMatcherRecords(join(folder, 'profiles.records'))
  if ((await profileIndex.count()) !== counts.profiles || records.store.size !== counts.profiles || (await vacancyIndex.count()) !== counts.vacancies) {
    throw snapshotError('ENGINE_STATE_CORRUPT', 'snapshot-content', 'The matcher snapshot files do not hold the records their manifest names.')
  }
  return { profileIndex, vacancyIndex, records }
}
