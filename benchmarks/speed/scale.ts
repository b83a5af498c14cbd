// Matching at scale: compact records + HNSW at 10k / 100k / 1M profiles, with and without a hard filter
// that keeps 5% of them, against the raw hnswlib search, a raw hnswlib build of the same vectors and the
// exact scan (every profile scored) in the same run; save/load times; the pgvector adapter (PGlite)
// beside the embedded engine.
// Usage: pnpm bench:scale -- --size 10k|100k|1m [--queries 200] [--scan-queries 20] [--pg-size 10000]
//        [--ef-construction 100] [--raw-build true|false] [--budget-minutes M]
import { closeSync, openSync, readSync, rmSync, mkdtempSync, writeSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import hnswlib from 'hnswlib-node'
import { WorkPreferencesSchema, type MatchResult, type NeutralProfile, type NeutralVacancy } from '@incontro/core'
import {
  attributesPass,
  compileFilter,
  createConceptSpace,
  createHnswIndex,
  createMatcher,
  createPgVectorIndex,
  defaultCandidatesFactor,
  embedProfile,
  embedVacancy,
  loadHnswIndex,
  loadMatcherRecords,
  saveIndex,
  profileAttributes,
  saveMatcherRecords,
  type Matcher,
  type MatchQueryOptions,
  type RecordFilter,
  type VectorIndex,
} from '@incontro/match'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { syntheticProfiles, syntheticVacancies } from '../internal/population.js'
import { benchmarkArgs, environment, mb, quantile, writeResult } from '../internal/stats.js'

const { values } = parseArgs({
  args: benchmarkArgs(),
  options: {
    size: { type: 'string', default: '10k' },
    queries: { type: 'string' },
    'scan-queries': { type: 'string' },
    'pg-size': { type: 'string' },
    k: { type: 'string', default: '10' },
    /** efConstruction of the engine's HNSW index (default: the library's default). */
    'ef-construction': { type: 'string' },
    /** Also builds a bare hnswlib-node index (M 16, efConstruction 200: the maintainers' reference) of the same vectors. */
    'raw-build': { type: 'string', default: 'true' },
    /** Stops building after this many minutes and measures the profiles built so far (partial figures). */
    'budget-minutes': { type: 'string' },
  },
})
const sizes: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 }
const countOf = (text: string): number => sizes[text.toLowerCase()] ?? Number(text)
const requested = countOf(values.size)
let size = requested
const budgetMs = values['budget-minutes'] === undefined ? Number.POSITIVE_INFINITY : Number(values['budget-minutes']) * 60_000
if (!Number.isInteger(requested) || requested < 1000) throw new Error(`--size must be 10k, 100k, 1m or a count ≥ 1000, got ${values.size}`)
const queryCount = Number(values.queries ?? (size >= 1_000_000 ? 100 : 200))
const scanCount = Number(values['scan-queries'] ?? (size >= 1_000_000 ? 10 : 20))
const pgSize = values['pg-size'] === undefined ? (size >= 1_000_000 ? 0 : Math.min(size, 10_000)) : countOf(values['pg-size'])
if (!Number.isInteger(pgSize) || pgSize < 0) throw new Error(`--pg-size must be 0, a count, 10k or 100k, got ${values['pg-size']}`)
const k = Number(values.k)
const efConstruction = values['ef-construction'] === undefined ? undefined : Number(values['ef-construction'])
const rawBuild = values['raw-build'] !== 'false'
const out = (line: string) => process.stdout.write(`${line}\n`)
const load = (): string => loadavg().map((x) => x.toFixed(1)).join(' ')
const cpuSeconds = (): number => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1e6
}
const started = performance.now()
const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
const rss = (): number => {
  gc()
  gc()
  return process.memoryUsage().rss
}

const taxonomy = builtinTaxonomy()
const space = createConceptSpace(taxonomy)
out(`scale: ${size} profiles, ${queryCount} queries (${scanCount} against the exact scan), k=${k}, ${space.dimensions} dimensions, gc ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'exposed' : 'NOT exposed (RSS figures are upper bounds)'}; load average ${load()}`)

// Profiles are generated in chunks and written to a scratch file (the deployer's profile store); the
// matcher keeps only compact records and loads the profiles of the returned page from that file.
const CHUNK = 10_000
const COMUNI = 100
/** Declared work place: one of 100 comuni (a filter on 5 of them keeps 5%), with coordinates. */
const withPlace = (profile: NeutralProfile, n: number): NeutralProfile => {
  const c = (n * 7919) % COMUNI
  return { ...profile, workPreferences: WorkPreferencesSchema.parse({ places: [{ comune: `C${c}`, lat: 38 + (c % 10) * 0.6, lon: 8 + Math.floor(c / 10) * 0.8, radiusKm: 10 }] }) }
}
const folder = mkdtempSync(join(tmpdir(), 'incontro-scale-'))
const profileFile = join(folder, 'profiles.jsonl')
const fd = openSync(profileFile, 'w+')
const offsets = new Float64Array(size + 1)
let written = 0
function* chunks(limit = size): Generator<NeutralProfile[]> {
  for (let c = 0; c * CHUNK < limit; c++) {
    const count = Math.min(CHUNK, limit - c * CHUNK)
    if (count <= 0) return
    yield syntheticProfiles(taxonomy, count, 1000 + c).map((profile, i) => withPlace(profile, c * CHUNK + i))
  }
}
const idOf = (n: number): string => `${(1000 + Math.floor(n / CHUNK)).toString(16).padStart(8, '0')}${(n % CHUNK).toString(16).padStart(24, '0')}`
const indexOfId = (id: string): number => (parseInt(id.slice(0, 8), 16) - 1000) * CHUNK + parseInt(id.slice(8), 16)
const loadProfiles = async (ids: readonly string[]): Promise<NeutralProfile[]> =>
  ids.map((id) => {
    const n = indexOfId(id)
    const start = offsets[n] as number
    const length = (offsets[n + 1] as number) - start
    const buffer = Buffer.allocUnsafe(length)
    readSync(fd, buffer, 0, length, start)
    return JSON.parse(buffer.toString('utf8')) as NeutralProfile
  })

const vacancies = syntheticVacancies(taxonomy, queryCount, 11)
const filter: RecordFilter = { place: { comuni: ['C1', 'C2', 'C3', 'C4', 'C5'] } }

// Build: the HNSW engine on compact records (the measured configuration). The benchmark keeps every
// profile's vector (embedded again, outside the timed build) for the exact vector scan and the raw hnswlib
// build, and which profiles pass the filter, for the exact scan by score.
const vectors = new Float32Array(size * space.dimensions)
const passes = new Uint8Array(size)
const compiledFilter = compileFilter(filter)
const baseline = rss()
const live = (): number => {
  gc()
  gc()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}
const liveBaseline = live()
const hnswIndex = createHnswIndex({ dimensions: space.dimensions, capacity: Math.min(size, 1 << 16), ...(efConstruction === undefined ? {} : { efConstruction }) })
const engine = createMatcher({ taxonomy, space, profileIndex: hnswIndex, tieKey: 'bench', loadProfiles })
let liveHalf: { bytes: number; profiles: number } | undefined
let buildSeconds = 0
let buildCpuSeconds = 0
let generateSeconds = 0
let t = performance.now()
const source = chunks()
/**
 * Generates the next chunk, writes it to the profile file, keeps its vectors and filter verdicts, and
 * upserts it; false when there is none. Nothing of the chunk stays referenced after it returns, so live
 * bytes measured between two calls are the engine's.
 */
async function ingestNext(): Promise<boolean> {
  const next = source.next()
  if (next.done === true) return false
  const chunk = next.value
  const generated = performance.now()
  const lines = chunk.map((profile) => Buffer.from(`${JSON.stringify(profile)}\n`, 'utf8'))
  const block = Buffer.concat(lines)
  writeSync(fd, block, 0, block.length, offsets[written] as number)
  for (const [i, profile] of chunk.entries()) {
    const n = written + i
    offsets[n + 1] = (offsets[n] as number) + (lines[i] as Buffer).length
    vectors.set(embedProfile(profile, space), n * space.dimensions)
    passes[n] = attributesPass(profileAttributes(profile, taxonomy), compiledFilter) ? 1 : 0
  }
  written += chunk.length
  const start = performance.now()
  generateSeconds += (generated - t) / 1000
  const cpu = cpuSeconds()
  await engine.upsertProfiles(chunk)
  buildCpuSeconds += cpuSeconds() - cpu
  buildSeconds += (performance.now() - start) / 1000
  return true
}
while (await ingestNext()) {
  // Live bytes halfway, so that the bytes each further profile adds (the marginal cost, which fixed caches
  // such as the concept vectors and memos do not inflate) can be told from the average.
  if (liveHalf === undefined && written >= size / 2 && written < size) {
    liveHalf = { bytes: live(), profiles: written }
  }
  if (written % 100_000 === 0) out(`  ${written} profiles stored (${((performance.now() - started) / 1000).toFixed(0)} s since start, build ${buildSeconds.toFixed(0)} s, CPU ${buildCpuSeconds.toFixed(0)} s; load average ${load()})`)
  if (performance.now() - started > budgetMs && written < requested) {
    out(`  build budget spent: stopping at ${written} of ${requested} profiles (partial figures below)`)
    break
  }
  t = performance.now()
}
size = written
const buildLoad = load()
const afterEngine = rss()
const engineBytes = (afterEngine - baseline) / size
// Live bytes: the JS heap after collection plus array buffers (records, id maps, attribute table), and
// hnswlib's native memory estimated from its layout (vector, level-0 links and label, element pointer and
// level, lookup-table entry, per-element mutex, upper levels), which V8 does not see.
const m = 16
const nativePerProfile = space.dimensions * 4 + (2 * m * 4 + 4) + 8 + 8 + 4 + 40 + 40 + Math.ceil((m * 4 + 4) / m)
const liveEnd = live()
const liveBytes = (liveEnd - liveBaseline) / size + nativePerProfile
const marginalBytes = liveHalf === undefined ? undefined : (liveEnd - liveHalf.bytes) / (size - liveHalf.profiles) + nativePerProfile
const storeBytes = engine.records().store.bufferBytes() / size
out(`HNSW engine built in ${buildSeconds.toFixed(1)} s wall, ${buildCpuSeconds.toFixed(1)} s CPU = ${((buildCpuSeconds / size) * 1e6).toFixed(0)} µs CPU/profile (embedding, record and graph; generation ${generateSeconds.toFixed(0)} s excluded; load average ${buildLoad}): RSS +${mb(afterEngine - baseline)} MB = ${engineBytes.toFixed(0)} B/profile; live ${liveBytes.toFixed(0)} B/profile = JS heap and buffers + hnswlib native ${nativePerProfile} B (estimated); marginal ${marginalBytes?.toFixed(0) ?? '–'} B per further profile (live from ${liveHalf?.profiles ?? '–'} to ${size} profiles, + native); record store buffers ${storeBytes.toFixed(0)} B/profile`)

// The maintainers' reference: bare hnswlib-node (M 16, efConstruction 200, one thread) on the same vectors.
let rawBuildSeconds: number | undefined
let rawBuildCpuSeconds: number | undefined
if (rawBuild) {
  const raw = new hnswlib.HierarchicalNSW('cosine', space.dimensions)
  raw.initIndex(size, 16, 200, 100, false)
  const point = new Array<number>(space.dimensions)
  const start = performance.now()
  const cpu = cpuSeconds()
  for (let n = 0; n < size; n++) {
    for (let i = 0; i < space.dimensions; i++) point[i] = vectors[n * space.dimensions + i] as number
    raw.addPoint(point, n)
  }
  rawBuildCpuSeconds = cpuSeconds() - cpu
  rawBuildSeconds = (performance.now() - start) / 1000
  out(`raw hnswlib-node build (M 16, efConstruction 200) of the same vectors: ${rawBuildSeconds.toFixed(1)} s wall, ${rawBuildCpuSeconds.toFixed(1)} s CPU; engine build / raw build (CPU) ${(buildCpuSeconds / rawBuildCpuSeconds).toFixed(2)}×; load average ${load()}`)
}

// The exact scan scores every profile (or every profile that passes the filter) exactly, on the engine's
// own records: an index that returns them all, so no second engine is built.
const allIds = Array.from({ length: size }, (_, n) => idOf(n))
const passingIds = allIds.filter((_, n) => passes[n] === 1)
const everyProfile: VectorIndex = {
  dimensions: space.dimensions,
  upsert: async () => undefined,
  remove: async () => undefined,
  async query(_vector, options) {
    if (options.where !== undefined && options.where !== filter) throw new Error('the exact scan knows the benchmark filter only')
    return (options.where === undefined ? allIds : passingIds).slice(0, options.k).map((id) => ({ id, similarity: 0 }))
  },
  count: async () => size,
  ids: () => [...allIds].sort(),
}
const exact = createMatcher({ taxonomy, space, profileIndex: everyProfile, tieKey: 'bench', loadProfiles, restored: engine.records() })
/** The plain-JS exact vector scan: cosine of every stored vector, best `hits` kept. */
function vectorScan(query: Float32Array, hits: number, where?: Uint8Array): number[] {
  const q = Float64Array.from(query)
  const best = new Float64Array(hits).fill(-Infinity)
  const bestIds = new Int32Array(hits).fill(-1)
  const d = space.dimensions
  for (let n = 0; n < size; n++) {
    if (where !== undefined && where[n] === 0) continue
    let dot = 0
    const base = n * d
    for (let i = 0; i < d; i++) dot += (q[i] as number) * (vectors[base + i] as number)
    if (dot <= (best[hits - 1] as number)) continue
    let at = hits - 1
    while (at > 0 && (best[at - 1] as number) < dot) {
      best[at] = best[at - 1] as number
      bestIds[at] = bestIds[at - 1] as number
      at--
    }
    best[at] = dot
    bestIds[at] = n
  }
  return Array.from(bestIds).filter((n) => n >= 0)
}

async function time(matcher: Matcher, list: readonly NeutralVacancy[], query: MatchQueryOptions): Promise<{ ms: number[]; results: MatchResult[][] }> {
  const ms: number[] = []
  const results: MatchResult[][] = []
  for (const vacancy of list) {
    const start = performance.now()
    results.push(await matcher.candidatesFor(vacancy, query))
    ms.push(performance.now() - start)
  }
  return { ms, results }
}
async function timeRaw(index: VectorIndex, list: readonly NeutralVacancy[], hits: number, where?: RecordFilter): Promise<number[]> {
  const ms: number[] = []
  for (const vacancy of list) {
    const vector = embedVacancy(vacancy, space)
    const start = performance.now()
    await index.query(vector, { k: hits, ...(where === undefined ? {} : { where }) })
    ms.push(performance.now() - start)
  }
  return ms
}
/** Share of the exact top k found (a profile with the k-th score counts as found: equal scores are interchangeable). */
function recall(found: readonly MatchResult[][], truth: readonly MatchResult[][]): number {
  let hit = 0
  let total = 0
  truth.forEach((expected, i) => {
    const got = found[i] ?? []
    const threshold = expected[expected.length - 1]?.score ?? 0
    const gotIds = new Set(got.map((r) => r.profileId))
    for (const e of expected) {
      total++
      if (gotIds.has(e.profileId) || (e.score === threshold && got.some((r) => r.score >= threshold))) hit++
    }
    total += Math.max(0, got.length - expected.length)
  })
  return total === 0 ? 1 : hit / total
}
const p = (ms: readonly number[]) => ({ p50: quantile(ms, 0.5), p99: quantile(ms, 0.99) })

await time(engine, vacancies.slice(0, 20), { k })
await time(engine, vacancies.slice(0, 20), { k, where: filter })
const engineRun = await time(engine, vacancies, { k })
const filteredRun = await time(engine, vacancies, { k, where: filter })
const rawMs = await timeRaw(hnswIndex, vacancies, k * defaultCandidatesFactor)
const rawFilteredMs = await timeRaw(hnswIndex, vacancies, k * defaultCandidatesFactor, filter)
const scanList = vacancies.slice(0, scanCount)
// The truth goes through the index path with every profile as a candidate, never through the postings the
// engine itself answers with, so recall compares two independent paths.
const everyone = { k, candidatesFactor: size / k, retrieval: 'index' as const }
const scan = await time(exact, scanList, everyone)
const scanFiltered = await time(exact, scanList, { ...everyone, where: filter })
const filteredShare = passingIds.length / size
// The plain-JS exact vector scan (the issue's baseline) and how many of its best 700 vectors hnswlib finds.
const candidates = k * defaultCandidatesFactor
const vectorScanMs: number[] = []
let rawOverlap = 0
for (const vacancy of scanList) {
  const vector = embedVacancy(vacancy, space)
  const start = performance.now()
  const best = vectorScan(vector, candidates)
  vectorScanMs.push(performance.now() - start)
  const found = new Set((await hnswIndex.query(vector, { k: candidates })).map((hit) => hit.id))
  rawOverlap += best.filter((n) => found.has(idOf(n))).length / Math.max(1, best.length)
}
const rawRecall700 = rawOverlap / scanList.length
out(`exact scans done; load average ${load()}`)

out(`engine p50 ${quantile(engineRun.ms, 0.5).toFixed(3)} ms (filter ${quantile(filteredRun.ms, 0.5).toFixed(3)} ms), raw hnswlib p50 ${quantile(rawMs, 0.5).toFixed(3)} ms (filter ${quantile(rawFilteredMs, 0.5).toFixed(3)} ms), exact scan p50 ${quantile(scan.ms, 0.5).toFixed(1)} ms; recall@${k} ${recall(engineRun.results.slice(0, scanCount), scan.results).toFixed(3)} (filter ${recall(filteredRun.results.slice(0, scanCount), scanFiltered.results).toFixed(3)}); raw hnswlib recall@${candidates} of vectors ${rawRecall700.toFixed(3)}`)

// Save and load (index + records), timed.
const indexPath = join(folder, 'profiles.index')
const recordsPath = join(folder, 'profiles.records')
t = performance.now()
await saveIndex(hnswIndex, indexPath)
await saveMatcherRecords(engine, recordsPath)
const saveSeconds = (performance.now() - t) / 1000
t = performance.now()
const loadedIndex = await loadHnswIndex(indexPath)
const restored = await loadMatcherRecords(recordsPath)
const loadSeconds = (performance.now() - t) / 1000
const reloaded = createMatcher({ taxonomy, space, profileIndex: loadedIndex, tieKey: 'bench', loadProfiles, restored })
const reloadedSame = JSON.stringify(await reloaded.candidatesFor(vacancies[0] as NeutralVacancy, { k })) === JSON.stringify(engineRun.results[0])
const fileBytes = statSync(indexPath).size + statSync(recordsPath).size
out(`saved in ${saveSeconds.toFixed(1)} s (${mb(fileBytes)} MB, ${(fileBytes / size).toFixed(0)} B/profile), loaded in ${loadSeconds.toFixed(1)} s; same results after load: ${reloadedSame}`)

// pgvector (PGlite, in-process, WebAssembly) beside the embedded engine on the same first pgSize profiles
// (the engine itself when pgSize is the whole population). Bulk load: HNSW index dropped, rows inserted
// (multi-row INSERTs of 500), then the index built in one pass.
let pg: Record<string, unknown> | undefined
if (pgSize > 0) {
  const { PGlite } = await import('@electric-sql/pglite')
  const { vector } = await import('@electric-sql/pglite-pgvector')
  const db = await PGlite.create({ extensions: { vector } })
  const pgIndex = createPgVectorIndex({ client: db, table: 'profiles', dimensions: space.dimensions })
  const pgEngine = createMatcher({ taxonomy, space, profileIndex: pgIndex, tieKey: 'bench', loadProfiles })
  const same = pgSize >= size
  const hnswSmall = same ? engine : createMatcher({ taxonomy, space, profileIndex: createHnswIndex({ dimensions: space.dimensions }), tieKey: 'bench', loadProfiles })
  const smallIds = allIds.slice(0, pgSize)
  const smallPassing = smallIds.filter((_, n) => passes[n] === 1)
  const exactSmall = same
    ? exact
    : createMatcher({
        taxonomy,
        space,
        tieKey: 'bench',
        loadProfiles,
        restored: hnswSmall.records(),
        profileIndex: { ...everyProfile, query: async (_vector, options) => (options.where === undefined ? smallIds : smallPassing).slice(0, options.k).map((id) => ({ id, similarity: 0 })) },
      })
  let pgInsert = 0
  const pgCpu = cpuSeconds()
  await pgIndex.beginBulkLoad()
  for (const chunk of chunks(Math.min(pgSize, size))) {
    const start = performance.now()
    await pgEngine.upsertProfiles(chunk)
    pgInsert += (performance.now() - start) / 1000
    if (!same) await hnswSmall.upsertProfiles(chunk)
  }
  out(`pgvector: ${pgSize} rows inserted in ${pgInsert.toFixed(1)} s (records and embedding included); load average ${load()}`)
  let start = performance.now()
  await pgIndex.endBulkLoad()
  const pgIndexSeconds = (performance.now() - start) / 1000
  const pgBuildCpu = cpuSeconds() - pgCpu
  out(`pgvector: HNSW index (m 16, ef_construction 64) built in ${pgIndexSeconds.toFixed(1)} s; load average ${load()}`)
  const list = vacancies.slice(0, Math.min(50, vacancies.length))
  start = performance.now()
  await time(pgEngine, list.slice(0, 5), { k })
  const pgRun = await time(pgEngine, list, { k })
  const pgFiltered = await time(pgEngine, list, { k, where: filter })
  const smallRun = await time(hnswSmall, list, { k })
  const smallFiltered = await time(hnswSmall, list, { k, where: filter })
  const small = { k, candidatesFactor: pgSize / k }
  const truthList = list.slice(0, Math.min(list.length, scanCount))
  const truthSmall = await time(exactSmall, truthList, small)
  const truthSmallFiltered = await time(exactSmall, truthList, { ...small, where: filter })
  pg = {
    profiles: pgSize,
    insertSeconds: pgInsert,
    indexSeconds: pgIndexSeconds,
    buildSeconds: pgInsert + pgIndexSeconds,
    buildCpuSeconds: pgBuildCpu,
    engine: p(pgRun.ms),
    engineFiltered: p(pgFiltered.ms),
    embedded: p(smallRun.ms),
    embeddedFiltered: p(smallFiltered.ms),
    recall: recall(pgRun.results.slice(0, truthList.length), truthSmall.results),
    recallFiltered: recall(pgFiltered.results.slice(0, truthList.length), truthSmallFiltered.results),
    embeddedRecall: recall(smallRun.results.slice(0, truthList.length), truthSmall.results),
    embeddedRecallFiltered: recall(smallFiltered.results.slice(0, truthList.length), truthSmallFiltered.results),
    queries: list.length,
    truthQueries: truthList.length,
  }
  await db.close()
}

const result = {
  benchmark: `scale-${values.size.toLowerCase()}`,
  date: new Date().toISOString(),
  environment: environment(),
  profiles: size,
  requestedProfiles: requested,
  queries: queryCount,
  scanQueries: scanCount,
  k,
  candidates: k * defaultCandidatesFactor,
  filterShare: filteredShare,
  loadAverage: { build: buildLoad, end: load() },
  totalSeconds: (performance.now() - started) / 1000,
  build: {
    engineSeconds: buildSeconds,
    engineCpuSeconds: buildCpuSeconds,
    cpuMicrosecondsPerProfile: (buildCpuSeconds / size) * 1e6,
    efConstruction: efConstruction ?? 'default',
    generateSeconds,
    rawHnswSeconds: rawBuildSeconds,
    rawHnswCpuSeconds: rawBuildCpuSeconds,
  },
  memory: { engineBytesPerProfile: engineBytes, liveBytesPerProfile: liveBytes, marginalLiveBytesPerProfile: marginalBytes, hnswNativeBytesPerProfileEstimate: nativePerProfile, recordStoreBytesPerProfile: storeBytes, rssMb: mb(process.memoryUsage().rss) },
  persistence: { saveSeconds, loadSeconds, fileBytesPerProfile: fileBytes / size, sameResultsAfterLoad: reloadedSame },
  query: {
    engine: p(engineRun.ms),
    engineFiltered: p(filteredRun.ms),
    rawHnsw: p(rawMs),
    rawHnswFiltered: p(rawFilteredMs),
    exactScan: p(scan.ms),
    exactScanFiltered: p(scanFiltered.ms),
    exactVectorScan: p(vectorScanMs),
  },
  recallAt10: {
    engine: recall(engineRun.results.slice(0, scanCount), scan.results),
    engineFiltered: recall(filteredRun.results.slice(0, scanCount), scanFiltered.results),
    rawHnswVectorsAt700: rawRecall700,
  },
  pgvector: pg,
}
const row = (name: string, q: { p50: number; p99: number }) => out(`  ${name.padEnd(44)} p50 ${q.p50.toFixed(3).padStart(9)} ms   p99 ${q.p99.toFixed(3).padStart(9)} ms`)
out(`\nquery time, top-${k} (${k * defaultCandidatesFactor} candidates re-scored exactly unless noted)`)
row('HNSW engine', result.query.engine)
row(`HNSW engine, filter keeping ${(filteredShare * 100).toFixed(1)}%`, result.query.engineFiltered)
row(`raw hnswlib search, ${k * defaultCandidatesFactor} hits`, result.query.rawHnsw)
row(`raw hnswlib search, ${k * defaultCandidatesFactor} hits, filter`, result.query.rawHnswFiltered)
row('exact scan, every profile scored', result.query.exactScan)
row('exact scan, filter', result.query.exactScanFiltered)
row(`exact vector scan (plain JS), best ${candidates}`, result.query.exactVectorScan)
out(`recall@${k} vs exact scan: engine ${result.recallAt10.engine.toFixed(3)}, with filter ${result.recallAt10.engineFiltered.toFixed(3)}`)
out(`engine / raw hnswlib (p50): ${(result.query.engine.p50 / result.query.rawHnsw.p50).toFixed(2)}×, filtered ${(result.query.engineFiltered.p50 / result.query.rawHnswFiltered.p50).toFixed(2)}×`)
out(`memory: live ${liveBytes.toFixed(0)} B/profile (marginal ${marginalBytes?.toFixed(0) ?? '–'} B), RSS delta ${engineBytes.toFixed(0)} B/profile, record store ${storeBytes.toFixed(0)} B/profile; build ${buildSeconds.toFixed(1)} s (CPU ${buildCpuSeconds.toFixed(1)} s${rawBuildCpuSeconds === undefined ? '' : `, raw hnswlib ef 200 ${rawBuildCpuSeconds.toFixed(1)} s CPU`}); load ${loadSeconds.toFixed(1)} s; whole run ${((performance.now() - started) / 1000).toFixed(0)} s, load average ${load()}`)
if (pg !== undefined) {
  const q = pg as { engine: { p50: number; p99: number }; engineFiltered: { p50: number; p99: number }; embedded: { p50: number; p99: number }; embeddedFiltered: { p50: number; p99: number }; recall: number; recallFiltered: number; embeddedRecall: number; embeddedRecallFiltered: number; insertSeconds: number; indexSeconds: number }
  out(`\npgvector (PGlite 0.5.15 + pgvector 0.8, in-process WebAssembly) on the first ${pgSize} profiles: rows inserted in ${q.insertSeconds.toFixed(1)} s, HNSW index built in ${q.indexSeconds.toFixed(1)} s`)
  row('pgvector engine', q.engine)
  row('pgvector engine, filter', q.engineFiltered)
  row('embedded HNSW engine, same profiles', q.embedded)
  row('embedded HNSW engine, same profiles, filter', q.embeddedFiltered)
  out(`  recall@${k} vs exact scan: pgvector ${q.recall.toFixed(3)} (filter ${q.recallFiltered.toFixed(3)}), embedded ${q.embeddedRecall.toFixed(3)} (filter ${q.embeddedRecallFiltered.toFixed(3)})`)
}
out(`written to ${writeResult(`scale-${values.size.toLowerCase()}`, result)}`)
closeSync(fd)
rmSync(folder, { recursive: true, force: true })
