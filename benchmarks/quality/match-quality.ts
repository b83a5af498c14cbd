/**
 * Match quality on the synthetic evaluation set (data/match/, see docs/benchmarks/match-quality.md): Incontro's
 * public API with default settings against Okapi BM25 over the raw texts, in the same run; nDCG@10, P@5,
 * MRR per vacancy language and overall, tied pairs, the same with 5 deployer keys; then, on the real dev
 * set in ../shared/data/dev when present, the share of vacancies with an occupation and with a requirement
 * concept, and occupation precision on 200 Lazio ads judged by hand.
 *
 *   pnpm bench:match-quality [--esco] [--show N] [--no-dev]
 *
 * `--esco` adds a run with the full ESCO taxonomy; `--show N` prints each vacancy's top N of both rankers
 * with labels (to review labels). Writes benchmarks/results/match-quality.json.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createEngine, type Engine } from 'incontro'
import { isIncontroError } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'
import { loadEscoTaxonomy } from '../internal/esco-taxonomy.js'
import { benchmarkArgs, environment, writeResult } from '../internal/stats.js'
import { createBm25Ranker } from './match-quality-bm25.js'
import { devSetMissing, readIndeed, readLazio, titleHash } from './match-quality-dev.js'
import { mean, meetsTarget, ndcgAt, precisionAt, reciprocalRank, tiedPairs } from './match-quality-metrics.js'

const { values: flags } = parseArgs({
  args: benchmarkArgs(),
  options: { esco: { type: 'boolean', default: false }, show: { type: 'string' }, 'no-dev': { type: 'boolean', default: false } },
})
const here = dirname(fileURLToPath(import.meta.url))
const dataDir = join(here, 'data', 'match')
const readJsonl = <T>(file: string): T[] =>
  readFileSync(join(dataDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T)

interface Vacancy {
  id: string
  language: 'it' | 'en'
  occupation: string
  text: string
}
interface Cv {
  id: string
  language: 'it' | 'en'
  occupation: string
  level: string
  text: string
}
const vacancies = readJsonl<Vacancy>('vacancies.jsonl')
const cvs = readJsonl<Cv>('cvs.jsonl')
const cvById = new Map(cvs.map((c) => [c.id, c]))
const labelFile = JSON.parse(readFileSync(join(dataDir, 'labels.json'), 'utf8')) as { labels: Record<string, Record<string, number>> }
const rel = (vacancy: string, cv: string) => labelFile.labels[vacancy]?.[cv] ?? 0
const judgedOf = (vacancy: string) => cvs.map((c) => rel(vacancy, c.id))

const K = 10
const fixedKey = 'match-quality-benchmark-key-0'
const keys = [fixedKey, 'match-quality-benchmark-key-1', 'match-quality-benchmark-key-2', 'match-quality-benchmark-key-3', 'match-quality-benchmark-key-4']

/** A ranking of CV ids with scores for each vacancy. */
type Rankings = Map<string, { id: string; score: number }[]>

async function rankWithIncontro(key: string, taxonomy?: Taxonomy): Promise<{ rankings: Rankings; seconds: number; failedCvs: number; engine: Engine }> {
  const started = performance.now()
  const engine = createEngine(taxonomy === undefined ? { key } : { key, taxonomy })
  const results = engine.neutralizeCvs(cvs.map((c) => ({ input: c.text, sourceId: c.id })))
  const idOf = new Map<string, string>()
  const profiles = []
  let failedCvs = 0
  for (const [i, result] of results.entries()) {
    if (isIncontroError(result)) {
      failedCvs++
      continue
    }
    idOf.set(result.profile.id, (cvs[i] as Cv).id)
    profiles.push(result.profile)
  }
  await engine.addProfiles(profiles)
  const rankings: Rankings = new Map()
  for (const v of vacancies) {
    const neutral = engine.neutralizeVacancy(v.text, { sourceId: v.id })
    const found = await engine.candidatesFor(neutral, { k: K })
    rankings.set(
      v.id,
      found.map((r) => ({ id: idOf.get(r.profileId) ?? r.profileId, score: r.score })),
    )
  }
  return { rankings, seconds: (performance.now() - started) / 1000, failedCvs, engine }
}

function rankWithBm25(): { rankings: Rankings; seconds: number } {
  const started = performance.now()
  const ranker = createBm25Ranker(cvs)
  const rankings: Rankings = new Map()
  for (const v of vacancies) rankings.set(v.id, ranker.search(v.text, K))
  return { rankings, seconds: (performance.now() - started) / 1000 }
}

interface Scores {
  ndcg10: number
  p5: number
  mrr: number
  vacancies: number
}
function evaluate(rankings: Rankings, language?: 'it' | 'en'): Scores & { perVacancy: Record<string, number> } {
  const chosen = vacancies.filter((v) => language === undefined || v.language === language)
  const perVacancy: Record<string, number> = {}
  const n: number[] = []
  const p: number[] = []
  const m: number[] = []
  for (const v of chosen) {
    const ranked = (rankings.get(v.id) ?? []).map((r) => rel(v.id, r.id))
    const value = ndcgAt(ranked, judgedOf(v.id), K)
    perVacancy[v.id] = value
    n.push(value)
    p.push(precisionAt(ranked, 5))
    m.push(reciprocalRank(ranked))
  }
  return { ndcg10: mean(n), p5: mean(p), mrr: mean(m), vacancies: chosen.length, perVacancy }
}

function ties(rankings: Rankings): { tied: number; pairs: number; share: number } {
  let tied = 0
  let pairs = 0
  for (const list of rankings.values()) {
    const t = tiedPairs(list.map((r) => r.score))
    tied += t.tied
    pairs += t.pairs
  }
  return { tied, pairs, share: pairs === 0 ? 0 : tied / pairs }
}

const f3 = (x: number) => x.toFixed(3)
const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const out: string[] = []
const say = (line = '') => {
  out.push(line)
  process.stdout.write(`${line}\n`)
}

say(`match quality: ${vacancies.length} vacancies (${vacancies.filter((v) => v.language === 'it').length} it, ${vacancies.filter((v) => v.language === 'en').length} en), ${cvs.length} CVs, top ${K}`)
const incontro = await rankWithIncontro(fixedKey)
const bm25 = rankWithBm25()
if (incontro.failedCvs > 0) say(`warning: ${incontro.failedCvs} CVs could not be read by the engine`)

const groups = [
  ['IT vacancies', 'it'],
  ['EN vacancies', 'en'],
  ['overall', undefined],
] as const
const table: Record<string, { incontro: Scores; bm25: Scores; target?: { needed: number; pass: boolean } }> = {}
say(`${''.padEnd(14)} ${'nDCG@10'.padStart(16)} ${'P@5'.padStart(16)} ${'MRR'.padStart(16)}   target (nDCG@10)`)
say(`${''.padEnd(14)} ${'incontro  bm25'.padStart(16)} ${'incontro  bm25'.padStart(16)} ${'incontro  bm25'.padStart(16)}`)
for (const [label, language] of groups) {
  const a = evaluate(incontro.rankings, language)
  const b = evaluate(bm25.rankings, language)
  const target = language === undefined ? undefined : meetsTarget(a.ndcg10, b.ndcg10)
  table[language ?? 'all'] = { incontro: strip(a), bm25: strip(b), ...(target === undefined ? {} : { target }) }
  const cell = (x: number, y: number) => `${f3(x).padStart(8)} ${f3(y).padStart(7)}`
  say(
    `${label.padEnd(14)} ${cell(a.ndcg10, b.ndcg10)} ${cell(a.p5, b.p5)} ${cell(a.mrr, b.mrr)}   ${target === undefined ? '' : `≥ ${f3(target.needed)} (${f3(a.ndcg10 / Math.max(b.ndcg10, 1e-9))}× bm25) ${target.pass ? 'PASS' : 'FAIL'}`}`,
  )
}
function strip(s: Scores & { perVacancy: unknown }): Scores {
  return { ndcg10: s.ndcg10, p5: s.p5, mrr: s.mrr, vacancies: s.vacancies }
}
const tie = ties(incontro.rankings)
say(`tied pairs in Incontro's top ${K}: ${tie.tied} of ${tie.pairs} adjacent pairs (${pct(tie.share)}); BM25: ${pct(ties(bm25.rankings).share)}`)
const verdict = table.it?.target?.pass === true && table.en?.target?.pass === true
say(`verdict: ${verdict ? 'PASS' : 'FAIL'} (both languages must meet the target)`)
say(`time: incontro ${incontro.seconds.toFixed(1)} s (neutralize ${cvs.length} CVs + ${vacancies.length} queries), bm25 ${bm25.seconds.toFixed(2)} s`)

// The same with other deployer keys: the key changes pseudonymous ids and the hash that breaks ties.
const perKey: Record<string, number[]> = { it: [], en: [], all: [] }
perKey.it?.push(table.it?.incontro.ndcg10 ?? Number.NaN)
perKey.en?.push(table.en?.incontro.ndcg10 ?? Number.NaN)
perKey.all?.push(table.all?.incontro.ndcg10 ?? Number.NaN)
for (const key of keys.slice(1)) {
  const run = await rankWithIncontro(key)
  perKey.it?.push(evaluate(run.rankings, 'it').ndcg10)
  perKey.en?.push(evaluate(run.rankings, 'en').ndcg10)
  perKey.all?.push(evaluate(run.rankings).ndcg10)
}
const keySummary = Object.fromEntries(Object.entries(perKey).map(([g, xs]) => [g, { mean: mean(xs), min: Math.min(...xs), max: Math.max(...xs), values: xs }]))
say(
  `nDCG@10 over ${keys.length} deployer keys: ` +
    Object.entries(keySummary)
      .map(([g, s]) => `${g} ${f3(s.mean)} (${f3(s.min)}–${f3(s.max)})`)
      .join(', '),
)

// Per vacancy, where Incontro loses most to BM25.
const perVacancyA = evaluate(incontro.rankings).perVacancy
const perVacancyB = evaluate(bm25.rankings).perVacancy
const gaps = vacancies
  .map((v) => ({ id: v.id, incontro: perVacancyA[v.id] ?? 0, bm25: perVacancyB[v.id] ?? 0 }))
  .sort((x, y) => x.incontro - x.bm25 - (y.incontro - y.bm25))
say(`largest losses to BM25 (nDCG@10 incontro/bm25): ${gaps.slice(0, 8).map((g) => `${g.id} ${f3(g.incontro)}/${f3(g.bm25)}`).join(', ')}`)
say(`vacancies where Incontro beats BM25: ${gaps.filter((g) => g.incontro > g.bm25 + 1e-9).length} of ${gaps.length}; loses: ${gaps.filter((g) => g.incontro < g.bm25 - 1e-9).length}`)

let esco: Record<string, unknown> | undefined
if (flags.esco) {
  const loaded = await loadEscoTaxonomy()
  if ('skipped' in loaded) say(`--esco skipped: ${loaded.skipped}`)
  else {
    const run = await rankWithIncontro(fixedKey, loaded.taxonomy)
    const e = { it: strip(evaluate(run.rankings, 'it')), en: strip(evaluate(run.rankings, 'en')), all: strip(evaluate(run.rankings)), ties: ties(run.rankings), importSeconds: loaded.seconds, seconds: run.seconds }
    esco = e
    say(`with the ESCO taxonomy (import ${loaded.seconds.toFixed(0)} s): nDCG@10 it ${f3(e.it.ndcg10)}, en ${f3(e.en.ndcg10)}, all ${f3(e.all.ndcg10)}; P@5 ${f3(e.all.p5)}; MRR ${f3(e.all.mrr)}; tied pairs ${pct(e.ties.share)}`)
  }
}

const show = flags.show === undefined ? 0 : Number(flags.show)
if (show > 0) {
  const describe = (vid: string, r: { id: string; score: number }) => {
    const c = cvById.get(r.id)
    return `${r.id}:${rel(vid, r.id)}:${c?.occupation ?? '?'}${c?.level === 'junior' ? '(j)' : ''}:${c?.language ?? '?'}:${r.score.toFixed(4)}`
  }
  for (const v of vacancies) {
    say(`\n${v.id} [${v.occupation}]`)
    say(`  incontro: ${(incontro.rankings.get(v.id) ?? []).slice(0, show).map((r) => describe(v.id, r)).join('  ')}`)
    say(`  bm25:     ${(bm25.rankings.get(v.id) ?? []).slice(0, show).map((r) => describe(v.id, r)).join('  ')}`)
  }
}

// ---------------------------------------------------------------- the real dev set
let dev: Record<string, unknown> | undefined
const missing = devSetMissing()
if (flags['no-dev']) say('dev set: skipped (--no-dev)')
else if (missing !== undefined) say(`dev set: skipped (${missing}); the maintainers' copy is under ../shared/data/dev`)
else {
  const started = performance.now()
  const engine = incontro.engine
  const lazio = readLazio()
  const indeed = readIndeed()
  const coverage = (texts: readonly string[], prefix: string) => {
    let occupation = 0
    let requirement = 0
    const occupations: (string | undefined)[] = []
    for (const [i, text] of texts.entries()) {
      const v = engine.neutralizeVacancy(text, { sourceId: `${prefix}-${i}` })
      occupations.push(v.occupation)
      if (v.occupation !== undefined) occupation++
      if (v.requirements.length > 0) requirement++
    }
    return { n: texts.length, occupation: occupation / texts.length, requirement: requirement / texts.length, occupationCount: occupation, requirementCount: requirement, occupations }
  }
  const a = coverage(
    lazio.map((r) => r.text),
    'lazio',
  )
  const b = coverage(
    indeed.map((r) => r.text),
    'indeed',
  )
  const all = { n: a.n + b.n, occupation: (a.occupationCount + b.occupationCount) / (a.n + b.n), requirement: (a.requirementCount + b.requirementCount) / (a.n + b.n) }
  say(`\ndev set (real vacancies): with an occupation / with ≥ 1 requirement concept (targets ≥ 90% / ≥ 85%)`)
  say(`  Lazio public centres (${a.n}): ${pct(a.occupation)} / ${pct(a.requirement)}`)
  say(`  aggregator (${b.n}):         ${pct(b.occupation)} / ${pct(b.requirement)}`)
  say(`  overall (${all.n}):            ${pct(all.occupation)} / ${pct(all.requirement)}   ${all.occupation >= 0.9 ? 'PASS' : 'FAIL'} / ${all.requirement >= 0.85 ? 'PASS' : 'FAIL'}`)

  // Occupation precision on the 200 Lazio ads judged by hand.
  const judged = JSON.parse(readFileSync(join(dataDir, 'lazio-judged.json'), 'utf8')) as { judged: { line: number; hash: string; isco: string[]; confidence: string }[] }
  const lineIndex = new Map(lazio.map((r, i) => [r.line, i]))
  let coded = 0
  let right4 = 0
  let right3 = 0
  let stale = 0
  let noIsco = 0
  const wrongByGroup = new Map<string, number>()
  for (const j of judged.judged) {
    const index = lineIndex.get(j.line)
    const record = index === undefined ? undefined : lazio[index]
    if (record === undefined || titleHash(record.qualifica) !== j.hash) {
      stale++
      continue
    }
    const concept = a.occupations[index as number]
    if (concept === undefined) continue
    coded++
    const isco = engine.taxonomy.get(concept)?.isco
    if (isco === undefined) {
      noIsco++
      continue
    }
    if (j.isco.some((c) => c === isco.slice(0, 4))) right4++
    else wrongByGroup.set(`${j.isco[0]?.slice(0, 1)}→${isco.slice(0, 1)}`, (wrongByGroup.get(`${j.isco[0]?.slice(0, 1)}→${isco.slice(0, 1)}`) ?? 0) + 1)
    if (j.isco.some((c) => c.slice(0, 3) === isco.slice(0, 3))) right3++
  }
  const precision4 = coded === 0 ? 0 : right4 / coded
  const precision3 = coded === 0 ? 0 : right3 / coded
  say(
    `  occupation precision on ${judged.judged.length} judged Lazio ads: ${coded} got an occupation; ISCO 4 digits ${pct(precision4)}, 3 digits ${pct(precision3)} (target ≥ 90%) ${precision4 >= 0.9 ? 'PASS' : 'FAIL'}` +
      (stale > 0 ? `; ${stale} judgments no longer match their record` : '') +
      (noIsco > 0 ? `; ${noIsco} occupations without an ISCO code` : ''),
  )
  say(`  wrong codes by major group (judged→given): ${[...wrongByGroup.entries()].sort((x, y) => y[1] - x[1]).map(([g, n]) => `${g} ${n}`).join(', ') || 'none'}`)
  say(`  dev-set time: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  dev = {
    lazio: { n: a.n, occupation: a.occupation, requirement: a.requirement },
    aggregator: { n: b.n, occupation: b.occupation, requirement: b.requirement },
    overall: all,
    occupationPrecision: { judged: judged.judged.length, coded, isco4: precision4, isco3: precision3, stale, noIsco },
  }
}

const path = writeResult('match-quality', {
  environment: environment(),
  set: { vacancies: vacancies.length, cvs: cvs.length, k: K },
  byLanguage: table,
  tiedPairs: tie,
  keys: keySummary,
  verdict: verdict ? 'PASS' : 'FAIL',
  perVacancy: gaps,
  ...(esco === undefined ? {} : { esco }),
  ...(dev === undefined ? {} : { dev }),
  seconds: { incontro: incontro.seconds, bm25: bm25.seconds },
})
say(`wrote ${path}`)
