import { tokenize, type Token } from '@incontro/core'

/** A phrase found in a token list: the value it maps to and the tokens it covers. */
export interface PhraseMatch<T> {
  value: T
  /** Index of the phrase in its table (lower = listed first). */
  rank: number
  first: number
  last: number
}

/** A table of phrases compiled for matching token by token. */
export interface PhraseTable<T> {
  byFirst: Map<string, { norms: string[]; value: T; rank: number }[]>
}

/** Compiles `[phrase, value]` pairs; phrases are tokenized and folded the way documents are. */
export function compilePhrases<T>(entries: readonly (readonly [string, T])[]): PhraseTable<T> {
  const byFirst = new Map<string, { norms: string[]; value: T; rank: number }[]>()
  entries.forEach(([phrase, value], rank) => {
    const norms = tokenize(phrase).map((token) => token.norm)
    const first = norms[0]
    if (first === undefined) return
    const list = byFirst.get(first) ?? []
    list.push({ norms, value, rank })
    byFirst.set(first, list)
  })
  for (const list of byFirst.values()) list.sort((a, b) => b.norms.length - a.norms.length)
  return { byFirst }
}

/** Every longest phrase match, left to right, without overlaps. Linear: phrases have bounded length. */
export function matchPhrases<T>(tokens: readonly Token[], table: PhraseTable<T>): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = []
  let i = 0
  while (i < tokens.length) {
    const candidates = table.byFirst.get((tokens[i] as Token).norm)
    let matched = false
    if (candidates) {
      for (const candidate of candidates) {
        let ok = true
        for (let k = 1; k < candidate.norms.length; k++) {
          if (tokens[i + k]?.norm !== candidate.norms[k]) {
            ok = false
            break
          }
        }
        if (ok) {
          found.push({ value: candidate.value, rank: candidate.rank, first: i, last: i + candidate.norms.length - 1 })
          i += candidate.norms.length
          matched = true
          break
        }
      }
    }
    if (!matched) i++
  }
  return found
}
