// Top-10 candidates for a vacancy over a generated population, HNSW against exact baselines in the
// same run. Usage: pnpm bench:match [-- --profiles 100000 --queries 300 --scan-queries 30]
import { parseArgs } from 'node:util'
import {
  createConceptSpace,
  createExactIndex,
  createHnswIndex,
  createMatcher,
  defaultCandidatesFactor,
  embedVacancy,
  scoreMatch,
  type Matcher,
  type VectorIndex,
} from '@incontro/match'
import { builtinTaxonomy } from '@incontro/taxonomy'
import type { MatchResult, NeutralProfile, NeutralVacancy } from '@incontro/core'
import { syntheticProfiles, syntheticVacancies } from '../internal/population.js'
import { benchmarkArgs, environment, mb, quantile, writeResult } from '../internal/stats.js'

const { values } = parseArgs({
  args: benchmarkArgs(),
  options: {
    profiles: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '300' },
    'scan-queries': { type: 'string', default: '30' },
    k: { type: 'string', default: '10' },
  },
})
const profileCount = Number(values.profiles)
const queryCount = Number(values.queries)
const scanCount = Number(values['scan-queries'])
const k = Number(values.k)
const out = (line: string) => process.stdout.write(`${line}\n`)

const taxonomy = builtinTaxonomy()
const space = createConceptSpace(taxonomy)
out(`match-100k: ${profileCount} profiles, ${queryCount} queries (${scanCount} against the full scan), k=${k}, taxonomy ${taxonomy.version} (${taxonomy.size} concepts), ${space.dimensions} dimensions`)

let t = performance.now()
const profiles = syntheticProfiles(taxonomy, profileCount, 7)
const vacancies = syntheticVacancies(taxonomy, queryCount, 11)
out(`population generated in ${((performance.now() - t) / 1000).toFixed(1)} s`)

async function build(index: VectorIndex): Promise<{ matcher: Matcher; seconds: number; rssMb: number }> {
  global.gc?.()
  const before = process.memoryUsage().rss
  const start = performance.now()
  const matcher = createMatcher({ taxonomy, space, profileIndex: index, tieKey: 'bench' })
  const batch = 5_000
  for (let i = 0; i < profiles.length; i += batch) await matcher.upsertProfiles(profiles.slice(i, i + batch))
  const seconds = (performance.now() - start) / 1000
  global.gc?.()
  return { matcher, seconds, rssMb: mb(process.memoryUsage().rss - before) }
}

/** Times top-k queries; without `candidatesFactor`, the matcher's default ({@link defaultCandidatesFactor}). */
async function timeQueries(
  matcher: Matcher,
  list: readonly NeutralVacancy[],
  candidatesFactor?: number,
  retrieval: 'postings' | 'index' = 'index',
): Promise<{ ms: number[]; results: MatchResult[][] }> {
  const ms: number[] = []
  const results: MatchResult[][] = []
  const query = candidatesFactor === undefined ? { k, retrieval } : { k, candidatesFactor, retrieval }
  for (const vacancy of list) {
    const start = performance.now()
    results.push(await matcher.candidatesFor(vacancy, query))
    ms.push(performance.now() - start)
  }
  return { ms, results }
}

/**
 * The exact top k: every stored profile scored (the exact index returns all of them as candidates), with
 * the same population statistics as the engine under test.
 */
async function fullScan(vacancy: NeutralVacancy, matcher: Matcher): Promise<MatchResult[]> {
  return matcher.candidatesFor(vacancy, { k, candidatesFactor: profileCount / k, retrieval: 'index' })
}

function recall(found: readonly MatchResult[][], truth: readonly MatchResult[][]): number {
  let hit = 0
  let total = 0
  truth.forEach((expected, i) => {
    // A result counts as found when the engine returned a profile with the same score as the i-th true one
    // (profiles with equal scores are interchangeable for the user).
    const got = found[i] ?? []
    const threshold = expected[expected.length - 1]?.score ?? 0
    const gotIds = new Set(got.map((r) => r.profileId))
    for (const e of expected) {
      total++
      if (gotIds.has(e.profileId) || (e.score === threshold && got.some((r) => r.score >= threshold))) hit++
    }
  })
  return total === 0 ? 1 : hit / total
}

const hnswIndex = createHnswIndex({ dimensions: space.dimensions, capacity: profileCount })
// Counts the engine's index queries, to report how often exact retrieval fell back to the index.
let indexQueries = 0
const countedQuery = hnswIndex.query.bind(hnswIndex)
hnswIndex.query = (vector, options) => {
  indexQueries++
  return countedQuery(vector, options)
}
const hnsw = await build(hnswIndex)
out(`HNSW index built in ${hnsw.seconds.toFixed(1)} s (+${hnsw.rssMb} MB RSS)`)
const exact = await build(createExactIndex({ dimensions: space.dimensions }))
out(`exact index built in ${exact.seconds.toFixed(1)} s (+${exact.rssMb} MB RSS)`)

// Warm up both paths.
await timeQueries(hnsw.matcher, vacancies.slice(0, 20))
await timeQueries(exact.matcher, vacancies.slice(0, 20))
await timeQueries(hnsw.matcher, vacancies.slice(0, 20), undefined, 'postings')
indexQueries = 0
const postingsRun = await timeQueries(hnsw.matcher, vacancies, undefined, 'postings')
const fallbacks = indexQueries
const hnswRun = await timeQueries(hnsw.matcher, vacancies)
const hnswNarrowRun = await timeQueries(hnsw.matcher, vacancies, 10)
const exactRun = await timeQueries(exact.matcher, vacancies)

// Raw vector search on the same HNSW index, without the engine's re-scoring: the overhead baseline.
const rawMs: number[] = []
for (const vacancy of vacancies) {
  const vector = embedVacancy(vacancy, space)
  const start = performance.now()
  await hnswIndex.query(vector, { k: k * defaultCandidatesFactor })
  rawMs.push(performance.now() - start)
}

// The engine before score plans: 100 candidates, each scored and explained by scoreMatch (reference for the speed-up).
const byId = new Map(profiles.map((profile) => [profile.id, profile]))
const explainAllMs: number[] = []
for (const vacancy of vacancies) {
  const start = performance.now()
  const hits = await hnswIndex.query(embedVacancy(vacancy, space), { k: k * 10 })
  const scored = hits.map((hit) => scoreMatch(vacancy, byId.get(hit.id) as NeutralProfile, { taxonomy, population: hnsw.matcher.population() }))
  scored.sort((a, b) => b.score - a.score).slice(0, k)
  explainAllMs.push(performance.now() - start)
}

const scanList = vacancies.slice(0, scanCount)
const scanMs: number[] = []
const truth: MatchResult[][] = []
for (const vacancy of scanList) {
  const start = performance.now()
  truth.push(await fullScan(vacancy, exact.matcher))
  scanMs.push(performance.now() - start)
}

const result = {
  benchmark: 'match-100k',
  date: new Date().toISOString(),
  environment: environment(),
  profiles: profileCount,
  queries: queryCount,
  k,
  defaultCandidatesFactor,
  build: { hnswSeconds: hnsw.seconds, exactSeconds: exact.seconds, hnswRssMb: hnsw.rssMb, exactRssMb: exact.rssMb },
  query: {
    postingsEngine: { p50: quantile(postingsRun.ms, 0.5), p99: quantile(postingsRun.ms, 0.99), fallbacksToIndex: fallbacks },
    hnswEngine: { p50: quantile(hnswRun.ms, 0.5), p99: quantile(hnswRun.ms, 0.99) },
    hnswEngineFactor10: { p50: quantile(hnswNarrowRun.ms, 0.5), p99: quantile(hnswNarrowRun.ms, 0.99) },
    explainEveryCandidate100: { p50: quantile(explainAllMs, 0.5), p99: quantile(explainAllMs, 0.99) },
    exactVectorEngine: { p50: quantile(exactRun.ms, 0.5), p99: quantile(exactRun.ms, 0.99) },
    rawHnswSearch: { p50: quantile(rawMs, 0.5), p99: quantile(rawMs, 0.99) },
    fullScanScoring: { p50: quantile(scanMs, 0.5), p99: quantile(scanMs, 0.99) },
  },
  recallAt10: {
    postingsVsFullScan: recall(postingsRun.results.slice(0, scanCount), truth),
    hnswVsExactVector: recall(hnswRun.results, exactRun.results),
    hnswVsFullScan: recall(hnswRun.results.slice(0, scanCount), truth),
    hnswFactor10VsFullScan: recall(hnswNarrowRun.results.slice(0, scanCount), truth),
    exactVectorVsFullScan: recall(exactRun.results.slice(0, scanCount), truth),
  },
  memory: { rssMb: mb(process.memoryUsage().rss), heapUsedMb: mb(process.memoryUsage().heapUsed) },
}

const row = (name: string, q: { p50: number; p99: number }) => out(`  ${name.padEnd(34)} p50 ${q.p50.toFixed(3).padStart(9)} ms   p99 ${q.p99.toFixed(3).padStart(9)} ms`)
out('\nquery time, top-10 (re-scoring included unless noted)')
const candidates = k * defaultCandidatesFactor
row('engine, exact postings (default)', result.query.postingsEngine)
row(`HNSW engine (${candidates} cand.)`, result.query.hnswEngine)
row(`HNSW engine (${k * 10} candidates)`, result.query.hnswEngineFactor10)
row(`${k * 10} cand., scoreMatch on each (old)`, result.query.explainEveryCandidate100)
row('exact-vector engine (baseline)', result.query.exactVectorEngine)
row(`raw hnswlib search, ${candidates} hits`, result.query.rawHnswSearch)
row('full scan, every profile scored', result.query.fullScanScoring)
out(`  ranking and explaining ${candidates} candidates adds ${(result.query.hnswEngine.p50 - result.query.rawHnswSearch.p50).toFixed(3)} ms to the raw search (p50)`)
out(`  exact postings fell back to the index on ${fallbacks} of ${queryCount} queries`)
out(`  speed-up of exact postings: ${(result.query.hnswEngine.p50 / result.query.postingsEngine.p50).toFixed(1)}× vs HNSW engine, ${(result.query.rawHnswSearch.p50 / result.query.postingsEngine.p50).toFixed(2)}× vs the raw HNSW search alone (p50)`)
out(`  speed-up of HNSW engine: ${(result.query.exactVectorEngine.p50 / result.query.hnswEngine.p50).toFixed(1)}× vs exact-vector, ${(result.query.fullScanScoring.p50 / result.query.hnswEngine.p50).toFixed(0)}× vs full scan (p50)`)
out('recall@10')
out(`  exact postings vs full scan         ${result.recallAt10.postingsVsFullScan.toFixed(3)}`)
out(`  HNSW engine vs exact-vector engine  ${result.recallAt10.hnswVsExactVector.toFixed(3)}`)
out(`  HNSW engine vs full scan            ${result.recallAt10.hnswVsFullScan.toFixed(3)}  (${k * 10} candidates: ${result.recallAt10.hnswFactor10VsFullScan.toFixed(3)})`)
out(`  exact-vector engine vs full scan    ${result.recallAt10.exactVectorVsFullScan.toFixed(3)}`)
out(`memory: RSS ${result.memory.rssMb} MB, heap ${result.memory.heapUsedMb} MB; HNSW build +${hnsw.rssMb} MB, exact build +${exact.rssMb} MB`)
out(`written to ${writeResult('match-100k', result)}`)
