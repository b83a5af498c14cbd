/**
 * Pure helpers of the match-quality benchmark: the relevance rule of the evaluation set and the ranking
 * metrics (nDCG@k with gains 2^rel − 1, P@k, MRR, tied pairs). See docs/benchmarks/match-quality.md.
 */

/** What the relevance rule needs to know about an occupation. */
export interface RuleOccupation {
  id: string
  /** ISCO-08 unit group, 4 digits. */
  isco: string
  adjacent: readonly string[]
}

/** What the relevance rule needs to know about a CV. */
export interface RuleCv {
  occupation: string
  /** `working`: has done the job; `junior`: only an internship, a course or a stated objective. */
  level: 'working' | 'junior'
  /** Key skills shown at a working level (in a job held). */
  skills: readonly string[]
  /** Key skills shown only in an internship, a course or a list. */
  partialSkills: readonly string[]
}

/** What the relevance rule needs to know about a vacancy. */
export interface RuleVacancy {
  occupation: string
  key: readonly string[]
}

/**
 * The graded relevance (0, 1, 2) of a CV for a vacancy: 2 = same occupation at a working level, or every
 * key skill of the vacancy at a working level; 1 = same occupation at a junior level, a related occupation
 * (same ISCO-08 minor group, or listed as adjacent by either side), or at least half of the key skills;
 * 0 otherwise.
 */
export function relevance(vacancy: RuleVacancy, cv: RuleCv, occupations: ReadonlyMap<string, RuleOccupation>): 0 | 1 | 2 {
  const working = new Set(cv.skills)
  if (cv.occupation === vacancy.occupation && cv.level === 'working') return 2
  if (vacancy.key.length > 0 && vacancy.key.every((k) => working.has(k))) return 2
  if (cv.occupation === vacancy.occupation) return 1
  const a = occupations.get(vacancy.occupation)
  const b = occupations.get(cv.occupation)
  if (a === undefined || b === undefined) throw new Error(`unknown occupation ${a === undefined ? vacancy.occupation : cv.occupation}`)
  if (a.isco.slice(0, 3) === b.isco.slice(0, 3)) return 1
  if (a.adjacent.includes(b.id) || b.adjacent.includes(a.id)) return 1
  const any = new Set([...cv.skills, ...cv.partialSkills])
  const shared = vacancy.key.filter((k) => any.has(k)).length
  return vacancy.key.length > 0 && shared * 2 >= vacancy.key.length ? 1 : 0
}

/** Discounted cumulative gain of graded relevances in rank order, gains 2^rel − 1 and discount log2(rank + 1). */
export function dcg(relevances: readonly number[], k: number): number {
  let sum = 0
  for (let i = 0; i < Math.min(k, relevances.length); i++) sum += (2 ** (relevances[i] as number) - 1) / Math.log2(i + 2)
  return sum
}

/** nDCG@k of a ranking (relevances in rank order) against every judged relevance of the query; 0 when nothing is relevant. */
export function ndcgAt(ranked: readonly number[], judged: readonly number[], k: number): number {
  const ideal = dcg([...judged].sort((x, y) => y - x), k)
  return ideal === 0 ? 0 : dcg(ranked, k) / ideal
}

/** Share of the first k results with relevance ≥ minimum (a short list counts its missing places as misses). */
export function precisionAt(ranked: readonly number[], k: number, minimum = 1): number {
  return ranked.slice(0, k).filter((r) => r >= minimum).length / k
}

/** Reciprocal rank of the first result with relevance ≥ minimum; 0 when there is none. */
export function reciprocalRank(ranked: readonly number[], minimum = 2): number {
  const index = ranked.findIndex((r) => r >= minimum)
  return index < 0 ? 0 : 1 / (index + 1)
}

/** Adjacent pairs of a ranked list of scores that are exactly equal, and the number of adjacent pairs. */
export function tiedPairs(scores: readonly number[]): { tied: number; pairs: number } {
  let tied = 0
  for (let i = 1; i < scores.length; i++) if (scores[i] === scores[i - 1]) tied++
  return { tied, pairs: Math.max(0, scores.length - 1) }
}

/** Arithmetic mean; NaN for an empty list. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / values.length
}

/**
 * Whether Incontro meets the target against BM25 for one language: nDCG@10 at least 1.25× BM25's, or at
 * least 0.95 when BM25's is above 0.76 (where 1.25× would be out of reach).
 */
export function meetsTarget(incontro: number, bm25: number): { pass: boolean; needed: number } {
  const needed = bm25 > 0.76 ? 0.95 : 1.25 * bm25
  return { pass: incontro >= needed, needed }
}
