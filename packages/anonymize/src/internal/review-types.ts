import type { VacancyFinding } from '../review-vacancy.js'

/** A finding of the vacancy review before it is returned, with the edit the rewrite applies. */
export interface ReviewCandidate extends VacancyFinding {
  /** Text that replaces the span in the rewrite; undefined: left as is. */
  replacement?: string
  /** An edit over another range than the span (removing "giovane e" while reporting "giovane"). */
  edit?: { start: number; end: number; replacement: string }
}
