/** A lower and upper bound of a confidence interval. */
export interface ReportInterval {
  lower: number
  upper: number
}

/** One group's selection figures in a {@link RankerAudit}. */
export interface SelectionRow {
  group: string
  /** People of the group in the audited population. */
  total: number
  /** Of them selected (in the top k of at least one vacancy, or of the vacancies counted). */
  selected: number
  /** `selected / total`. */
  rate: number
  /** The rate divided by the best group's rate (disparate impact of this group). */
  ratio: number
  /** Bootstrap interval of `ratio`. */
  ci: ReportInterval
  /** Bootstrap interval of `rate`. */
  rateCi?: ReportInterval
}

/** Ranking metrics of one ranker, averaged over vacancies. */
export interface RankingSummary {
  /** The cut-off of skew@k. */
  k: number
  /** Skew@k of every group: ln(share in top k / share in the population); `null` when the group is absent from every top k. */
  skew: { group: string; skew: number | null }[]
  minSkew: number | null
  maxSkew: number | null
  /** Normalised discounted KL-divergence of the rankings (0 = every prefix mirrors the population). */
  ndkl: number
  /** Lowest / highest mean group exposure (1 = parity of attention). */
  exposureRatio: number
}

/** What swapping every CV's gender cues did to one ranker's rankings. */
export interface CounterfactualSummary {
  /** CVs swapped. */
  pairs: number
  /** Share of (vacancy, person) pairs whose top-k membership changed. */
  flipRate: number
  /** Mean absolute score change of a person for a vacancy. */
  meanAbsScoreDelta: number
  /** Mean Kendall's tau between original and swapped top rankings (1 = same order). */
  kendallTau: number
  /** Mean rank-biased overlap between original and swapped rankings (1 = same). */
  rankBiasedOverlap: number
  /** Flip rate among the CVs that carry each kind of cue. */
  byCue?: { cue: string; pairs: number; flipRate: number }[]
}

/** How well a probe predicts the protected attribute from what the ranker sees. */
export interface PredictabilitySummary {
  /** What the probe read: `neutral` profiles or `raw` text. */
  input: 'neutral' | 'raw'
  /** Cross-validated AUROC over everyone (0.5 = chance). */
  auroc: number
  ci: ReportInterval
  /** AUROC within strata (e.g. occupation), pooled: what remains once legitimate job content is held fixed. */
  withinStrata?: { auroc: number; ci: ReportInterval }
  /** The features that predict the attribute most (words, concept ids), strongest first. */
  proxies?: { feature: string; weight: number }[]
}

/** The audit of one ranker. */
export interface RankerAudit {
  /** A short name, e.g. `incontro`, `bm25-raw`. */
  ranker: string
  /** One line on what the ranker reads. */
  description: string
  selection: SelectionRow[]
  /** Lowest ratio to the best group. */
  disparateImpact: number
  /** Whether `disparateImpact ≥ 0.8`. */
  fourFifths: boolean
  ranking: RankingSummary
  counterfactual?: CounterfactualSummary
  predictability?: PredictabilitySummary
  /** Seconds the ranker took (indexing and ranking). */
  seconds?: number
}

/**
 * A fairness report of one or more rankers over one population: what `incontro audit` and the bias
 * benchmark produce and every renderer of this module reads. It holds groups, counts and metrics only,
 * never CV text, names or per-person attributes.
 */
export interface FairnessReport {
  title: string
  /** The protected attribute the groups are values of, e.g. `gender`. */
  protectedAttribute: string
  /** The attribute the within-strata figures hold fixed, e.g. `occupation`. */
  strata?: string
  /** The top k counted as selected. */
  top: number
  profiles: number
  vacancies: number
  /** Groups of the protected attribute with their size. */
  groups: { group: string; count: number; share: number }[]
  rankers: RankerAudit[]
  /** Other settings worth printing (seed, population mode, …). */
  settings?: Record<string, string | number | boolean>
}
