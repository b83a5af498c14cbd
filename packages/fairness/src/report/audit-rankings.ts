import { IncontroError } from '@incontro/core'
import { counterfactualRankingAudit, type RankedScore } from '../counterfactual-ranking-audit.js'
import { exposureRatios } from '../exposure-ratios.js'
import { groupFairness } from '../group-fairness.js'
import { ndkl } from '../ndkl.js'
import type { PredictabilityProbe } from '../predictability-probe.js'
import { rankingSkew } from '../ranking-skew.js'
import type { RankerAudit } from './fairness-report.js'

/** The rankings of one ranker, one per query (vacancy), best first. */
export interface QueryRanking {
  query: string
  ranked: readonly RankedScore[]
}

/** What {@link auditRankings} audits. */
export interface RankingsAuditInput {
  /** A short name of the ranker, e.g. `incontro`. */
  ranker: string
  /** One line on what it reads. */
  description: string
  /** The protected attribute by pseudonymous id: the whole population, ranked or not. */
  groups: ReadonlyMap<string, string>
  /** Per query, best first; at least `top` deep, deeper lists give NDKL and exposure more to read. */
  rankings: readonly QueryRanking[]
  /** The same queries over the population with every CV's gender cues swapped (same ids), in the same order. */
  swapped?: readonly QueryRanking[]
  /** The cue kinds swapped per id, for the counterfactual breakdown. */
  cues?: ReadonlyMap<string, readonly string[]>
  /** The shortlist size: selection is membership of at least one query's top `top`. */
  top: number
  /** A predictability probe of what the ranker reads, from `predictabilityProbe`. */
  probe?: { input: 'neutral' | 'raw'; result: PredictabilityProbe }
  seconds?: number
}

/** Options of {@link auditRankings}. */
export interface RankingsAuditOptions {
  /** Bootstrap resamples of the selection intervals; default 1000. */
  resamples?: number
  /** Seed of the bootstrap; default 1. */
  seed?: number
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null)

/**
 * Audits one ranker's rankings of a population for several queries with the metrics of this package, as
 * one {@link RankerAudit} for a report: selection (membership of any top k) per group with its ratio to the
 * best group and bootstrap intervals (`groupFairness`); skew@k of the pooled top-k slots against the
 * population's shares, NDKL and the exposure ratio averaged over queries (`rankingSkew`, `ndkl`,
 * `exposureRatios`); the counterfactual flip rate, score deltas, Kendall's τ and rank-biased overlap when
 * swapped rankings are given (`counterfactualRankingAudit`); and the probe's AUROC overall and within strata.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when there is no ranking, `top` is not a positive integer,
 * the swapped rankings do not match the queries, or no ranked id has a group.
 * @example
 * const audit = auditRankings({ ranker: 'incontro', description: 'neutral profiles', groups, rankings, top: 10 })
 * renderReportHtml({ title: 'Audit', protectedAttribute: 'gender', top: 10, profiles, vacancies, groups: counts, rankers: [audit] })
 */
export function auditRankings(input: RankingsAuditInput, options: RankingsAuditOptions = {}): RankerAudit {
  const { groups, rankings, top } = input
  if (!Number.isInteger(top) || top < 1) throw new IncontroError('FAIRNESS_INVALID_INPUT', 'top must be a positive integer, e.g. 10.', { top })
  if (rankings.length === 0) throw new IncontroError('FAIRNESS_INVALID_INPUT', 'The audit needs at least one ranking (one query).')
  const population = new Map<string, number>()
  for (const group of groups.values()) population.set(group, (population.get(group) ?? 0) + 1)
  const desired = new Map([...population].map(([group, count]) => [group, count / groups.size]))

  const selected = new Set<string>()
  for (const { ranked } of rankings) for (const item of ranked.slice(0, top)) selected.add(item.id)
  const fairness = groupFairness({ groups, selected }, { ...(options.resamples ? { resamples: options.resamples } : {}), ...(options.seed ? { seed: options.seed } : {}) })

  // Skew@k of the pooled top-k slots: a group's share of all shortlist places against its population share.
  const slots = new Map<string, number>()
  let slotTotal = 0
  let ndklSum = 0
  let exposureSum = 0
  let audited = 0
  for (const { ranked } of rankings) {
    const ids = ranked.map((item) => item.id)
    if (!ids.some((id) => groups.has(id))) continue
    const skew = rankingSkew(ids, groups, { k: top, desired })
    for (const entry of skew.groups) slots.set(entry.group, (slots.get(entry.group) ?? 0) + entry.count)
    slotTotal += skew.k
    ndklSum += ndkl(ids, groups, { desired })
    exposureSum += exposureRatios(ids, groups).exposureRatio
    audited += 1
  }
  if (audited === 0) throw new IncontroError('FAIRNESS_INVALID_INPUT', 'No ranked id has a group: check that the rankings and the attributes use the same ids.')
  const skew = [...population.keys()].sort().map((group) => ({ group, skew: finite(Math.log((slots.get(group) ?? 0) / slotTotal / (desired.get(group) as number))) }))
  const skews = skew.map((s) => s.skew ?? Number.NEGATIVE_INFINITY)

  const audit: RankerAudit = {
    ranker: input.ranker,
    description: input.description,
    selection: fairness.groups.map((row) => ({
      group: row.group,
      total: row.total,
      selected: row.selected,
      rate: row.selectionRate,
      ratio: row.ratioToReference,
      ci: row.ratioToReferenceInterval ?? { lower: row.ratioToReference, upper: row.ratioToReference },
      ...(row.selectionRateInterval ? { rateCi: row.selectionRateInterval } : {}),
    })),
    disparateImpact: fairness.disparateImpact,
    fourFifths: fairness.fourFifths,
    ranking: {
      k: top,
      skew,
      minSkew: finite(Math.min(...skews)),
      maxSkew: finite(Math.max(...skews)),
      ndkl: ndklSum / audited,
      exposureRatio: exposureSum / audited,
    },
  }
  if (input.swapped !== undefined) {
    if (input.swapped.length !== rankings.length || input.swapped.some((s, i) => s.query !== rankings[i]?.query)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', 'The swapped rankings must list the same queries in the same order as the original ones.')
    }
    const counterfactual = counterfactualRankingAudit(
      rankings.map((r, i) => ({ query: r.query, original: r.ranked, swapped: (input.swapped as readonly QueryRanking[])[i]?.ranked ?? [] })),
      { k: top, ...(input.cues ? { cues: input.cues } : {}) },
    )
    audit.counterfactual = {
      pairs: groups.size,
      flipRate: counterfactual.flipRate,
      meanAbsScoreDelta: counterfactual.meanAbsScoreDelta,
      kendallTau: counterfactual.kendallTau,
      rankBiasedOverlap: counterfactual.rbo,
      byCue: counterfactual.byCue.map((row) => ({ cue: row.cue, pairs: row.profiles, flipRate: row.flipRate })),
    }
  }
  if (input.probe !== undefined) {
    const { result } = input.probe
    audit.predictability = {
      input: input.probe.input,
      auroc: result.auroc,
      ci: result.ci,
      ...(result.withinStrata ? { withinStrata: { auroc: result.withinStrata.auroc, ci: result.withinStrata.ci } } : {}),
      proxies: result.proxies.slice(0, 10).map((p) => ({ feature: p.feature, weight: p.weight })),
    }
  }
  if (input.seconds !== undefined) audit.seconds = input.seconds
  return audit
}
