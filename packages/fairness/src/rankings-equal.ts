/**
 * Whether two rankings list the same ids in the same order. Incontro's rankings are deterministic,
 * so a counterfactual ranking audit expects exact equality, not closeness.
 *
 * @example
 * rankingsEqual(['p2', 'p1'], ['p2', 'p1']) // true
 */
export function rankingsEqual(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false
  return true
}
