/** Test helper: a ranking from a string of group letters ('MFMF' → ids M0, F1, M2, F3) and its group map. */
export function groupsOf(spec: string): { ranking: string[]; groups: Map<string, string> } {
  const ranking = [...spec].map((letter, i) => `${letter}${i}`)
  return { ranking, groups: new Map(ranking.map((id) => [id, id[0] as string])) }
}
