export { FOUR_FIFTHS, selectionRates } from './selection-rates.js'
export type { GroupSelectionRate, SelectionRates } from './selection-rates.js'
export { selectionRateRatioInterval } from './selection-rate-ratio-interval.js'
export type { RatioInterval, RatioIntervalOptions } from './selection-rate-ratio-interval.js'
export { counterfactualAudit } from './counterfactual-audit.js'
export type { CounterfactualAuditOptions, CounterfactualAuditResult, CounterfactualPair } from './counterfactual-audit.js'
export { rankingsEqual } from './rankings-equal.js'
export { topKOverlap } from './top-k-overlap.js'
// Audit attributes (kept apart from profiles)
export { createAuditAttributes, standardAuditAttributes } from './create-audit-attributes.js'
export type { AuditAttributeRow, AuditAttributeValues, AuditAttributes, StandardAuditAttribute } from './create-audit-attributes.js'
export { INTERSECTION_SEPARATOR, intersectGroups } from './intersect-groups.js'
// Group metrics
export { bootstrapInterval } from './bootstrap-interval.js'
export type { BootstrapOptions, Interval } from './bootstrap-interval.js'
export { metricFrame } from './metric-frame.js'
export type { GroupMetric, MetricFrame, MetricFrameOptions, MetricFrameRow } from './metric-frame.js'
export { groupMetrics } from './group-metrics.js'
export { groupFairness } from './group-fairness.js'
export type { Bounds, GroupFairness, GroupFairnessInput, GroupFairnessOptions, GroupFairnessRow } from './group-fairness.js'
// Ranking metrics
export { rankingSkew } from './ranking-skew.js'
export type { GroupSkew, RankingSkew, RankingSkewOptions } from './ranking-skew.js'
export { ndkl } from './ndkl.js'
export type { NdklOptions } from './ndkl.js'
export { exposureRatios } from './exposure-ratios.js'
export type { AttentionModel, ExposureRatios, ExposureRatiosOptions, GroupExposure } from './exposure-ratios.js'
export { normalizedDiscountedFairness } from './normalized-discounted-fairness.js'
export type { NormalizedDiscountedFairness, NormalizedDiscountedFairnessOptions } from './normalized-discounted-fairness.js'
export { kendallTau } from './kendall-tau.js'
export { rankBiasedOverlap } from './rank-biased-overlap.js'
export type { RankBiasedOverlapOptions } from './rank-biased-overlap.js'
// Counterfactual ranking audits
export { counterfactualRankingAudit } from './counterfactual-ranking-audit.js'
export type {
  CounterfactualFigures,
  CounterfactualQueryAudit,
  CounterfactualRanking,
  CounterfactualRankingAudit,
  CounterfactualRankingAuditOptions,
  RankedScore,
} from './counterfactual-ranking-audit.js'
// Predictability probe
export { profileFeatures } from './profile-features.js'
export type { ProfileFeaturesOptions } from './profile-features.js'
export { textFeatures } from './text-features.js'
export { predictabilityProbe } from './predictability-probe.js'
export type {
  AurocWithInterval,
  PredictabilityProbe,
  PredictabilityProbeOptions,
  ProbeSample,
  ProxyFeature,
  StratumAuroc,
} from './predictability-probe.js'
// Fair re-ranking (never applied by default)
export type { RankedCandidate, ReRankMethod, ReRankMove, ReRanking } from './re-ranking.js'
export { fairMTable } from './fair-m-table.js'
export type { FairMTable, FairMTableOptions } from './fair-m-table.js'
export { fairTopK } from './fair-top-k.js'
export type { FairTopKOptions } from './fair-top-k.js'
export { detGreedy } from './det-greedy.js'
export type { DeterministicReRankOptions } from './det-greedy.js'
export { detConstSort } from './det-const-sort.js'
