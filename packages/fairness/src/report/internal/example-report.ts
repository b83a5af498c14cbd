import type { FairnessReport, RankerAudit } from '../fairness-report.js'

/** A hand-written two-ranker report (figures invented) for the renderers' tests. */
export function exampleReport(): FairnessReport {
  const audit = (ranker: string, female: number, male: number, flip: number, auroc: number): RankerAudit => ({
    ranker,
    description: `${ranker} over "generated" CVs, with <markup> & a | pipe`,
    selection: [
      { group: 'female', total: 500, selected: Math.round(500 * female), rate: female, ratio: Math.min(1, female / male), ci: { lower: Math.min(1, female / male) - 0.05, upper: Math.min(1, female / male) + 0.04 } },
      { group: 'male', total: 480, selected: Math.round(480 * male), rate: male, ratio: Math.min(1, male / female), ci: { lower: 0.95, upper: 1 } },
    ],
    disparateImpact: Math.min(female / male, male / female),
    fourFifths: Math.min(female / male, male / female) >= 0.8,
    ranking: { k: 10, skew: [{ group: 'female', skew: female === 0 ? null : Math.log(female / 0.25) }, { group: 'male', skew: Math.log(male / 0.25) }], minSkew: null, maxSkew: 0.2, ndkl: 0.04, exposureRatio: 0.91 },
    counterfactual: { pairs: 980, flipRate: flip, meanAbsScoreDelta: flip / 10, kendallTau: 1 - flip, rankBiasedOverlap: 1 - flip / 2, byCue: [{ cue: 'name', pairs: 980, flipRate: flip }] },
    predictability: { input: ranker === 'incontro' ? 'neutral' : 'raw', auroc, ci: { lower: auroc - 0.02, upper: Math.min(1, auroc + 0.02) }, withinStrata: { auroc: auroc - 0.01, ci: { lower: auroc - 0.04, upper: auroc + 0.02 } } },
    seconds: 1.5,
  })
  return {
    title: 'Bias audit </script><b>example</b>',
    protectedAttribute: 'gender',
    strata: 'occupation',
    top: 10,
    profiles: 980,
    vacancies: 20,
    groups: [{ group: 'female', count: 500, share: 500 / 980 }, { group: 'male', count: 480, share: 480 / 980 }],
    rankers: [audit('incontro', 0.3, 0.31, 0, 0.51), audit('bm25-raw', 0, 0.4, 0.12, 0.99)],
    settings: { seed: 7, population: 'cues-only' },
  }
}
