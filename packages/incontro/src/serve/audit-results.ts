import type { MatchResult } from '@incontro/core'
import type { AuditEvent } from '../audit-log/audit-entry.js'

/** The ranked results of a logged match, as the audit trail keeps them. */
export type AuditResults = Extract<AuditEvent, { type: 'match' }>['results']

/** What the audit trail keeps of ranked results: ids, ranks, scores and components, never evidence or text. */
export function auditResults(results: readonly MatchResult[], idOf: (result: MatchResult) => string): AuditResults {
  return results.map((result, i) => ({
    id: idOf(result),
    rank: i + 1,
    score: result.score,
    components: result.components.map(({ name, weight, value, contribution }) => ({ name, weight, value, contribution })),
    unmet: result.unmet.map(({ constraint, required }) => ({ constraint, required })),
  }))
}
