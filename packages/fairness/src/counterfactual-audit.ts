import { IncontroError } from '@incontro/core'
import { diffPaths } from './internal/diff-paths.js'

/** A counterfactual pair: the same case in two variants that should not change the outcome. */
export interface CounterfactualPair<V> {
  /** An id for the pair (pseudonymous); it is the only thing reported about the pair. */
  id: string
  a: V
  b: V
}

/** Options of {@link counterfactualAudit}. */
export interface CounterfactualAuditOptions {
  /**
   * Whether two outcomes count as the same; default: deep structural equality. When a custom
   * comparison reports a difference that structural equality does not see, the path is `$`.
   */
  compare?: (x: unknown, y: unknown) => boolean
}

/** The result of a counterfactual audit: counts and, for differing pairs, where the outcomes differ. */
export interface CounterfactualAuditResult {
  total: number
  identical: number
  /** Pairs whose outcomes differ, in input order, with the JSONPath of every difference. */
  differing: { id: string; paths: string[] }[]
  /** `identical / total`; 1 for an empty audit. */
  rate: number
}

/**
 * Evaluates both variants of each pair (e.g. a CV written for a woman and for a man) and reports which
 * pairs get a different outcome and where the outcomes differ, as JSON paths. Pairs run one after
 * another, variant `a` first, so stateful or rate-limited evaluators behave predictably. The result
 * holds ids, counts and paths only, never outcome values.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when two pairs share an id. Errors thrown by
 * `evaluate` propagate unchanged.
 * @example
 * const audit = await counterfactualAudit(pairs, (cv) => engine.scoreCv(cv))
 * if (audit.rate < 1) report(audit.differing) // [{ id: 'pair-7', paths: ['$.score', '$.components[2].value'] }]
 */
export async function counterfactualAudit<V>(
  pairs: readonly CounterfactualPair<V>[],
  evaluate: (input: V) => Promise<unknown> | unknown,
  options: CounterfactualAuditOptions = {},
): Promise<CounterfactualAuditResult> {
  const ids = new Set<string>()
  for (const [index, pair] of pairs.entries()) {
    if (ids.has(pair.id)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', `Pair ids must be unique; the pair at index ${index} repeats an earlier id.`, {
        index,
      })
    }
    ids.add(pair.id)
  }
  const differing: { id: string; paths: string[] }[] = []
  for (const pair of pairs) {
    const x = await evaluate(pair.a)
    const y = await evaluate(pair.b)
    if (options.compare === undefined) {
      const paths = diffPaths(x, y)
      if (paths.length > 0) differing.push({ id: pair.id, paths })
    } else if (!options.compare(x, y)) {
      const paths = diffPaths(x, y)
      differing.push({ id: pair.id, paths: paths.length > 0 ? paths : ['$'] })
    }
  }
  const total = pairs.length
  const identical = total - differing.length
  return { total, identical, differing, rate: total === 0 ? 1 : identical / total }
}
