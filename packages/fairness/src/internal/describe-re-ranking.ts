import { IncontroError } from '@incontro/core'
import type { RankedCandidate, ReRankMove } from '../re-ranking.js'
import { assertPositiveInteger } from './validate.js'

/** Validates candidates and returns them in score order (ties by id, code units), the order a plain ranker gives. */
export function scoreOrder(candidates: readonly RankedCandidate[], k: number): RankedCandidate[] {
  assertPositiveInteger(k, 'k', '10')
  const ids = new Set<string>()
  for (const [index, candidate] of candidates.entries()) {
    if (ids.has(candidate.id)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', `Candidate ${index + 1} repeats an earlier id; list each candidate once.`, { index })
    }
    if (!Number.isFinite(candidate.score)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', `Candidate ${index + 1} has a score that is not a finite number.`, { index })
    }
    ids.add(candidate.id)
  }
  return [...candidates].sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
}

/** The moves between the score-order top k and the re-ranked top k. */
export function describeMoves(before: readonly RankedCandidate[], after: readonly RankedCandidate[], k: number): { changed: boolean; moves: ReRankMove[] } {
  const oldPosition = new Map<string, number>()
  before.slice(0, k).forEach((candidate, i) => oldPosition.set(candidate.id, i + 1))
  const newPosition = new Map<string, number>()
  after.forEach((candidate, i) => newPosition.set(candidate.id, i + 1))
  const moves: ReRankMove[] = []
  for (const candidate of after) {
    const from = oldPosition.get(candidate.id) ?? null
    const to = newPosition.get(candidate.id) as number
    if (from !== to) moves.push({ id: candidate.id, group: candidate.group, from, to })
  }
  for (const candidate of before.slice(0, k)) {
    if (!newPosition.has(candidate.id)) moves.push({ id: candidate.id, group: candidate.group, from: oldPosition.get(candidate.id) as number, to: null })
  }
  return { changed: moves.length > 0, moves }
}
