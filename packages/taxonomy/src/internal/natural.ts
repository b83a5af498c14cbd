import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// Deep imports: `natural`'s root pulls database drivers and dotenv (see DESIGN.md).

/** A Porter stemmer of `natural`. */
export interface Stemmer {
  stem(word: string): string
}

/** Jaro–Winkler similarity of two strings (natural's implementation). */
export const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string) => number
/** Damerau–Levenshtein distance of two strings (natural's implementation, unrestricted transpositions). */
export const damerauLevenshtein = (
  require('natural/lib/natural/distance/levenshtein_distance.js') as { DamerauLevenshteinDistance: (a: string, b: string) => number }
).DamerauLevenshteinDistance
/** Italian Porter stemmer of `natural`. */
export const stemIt = require('natural/lib/natural/stemmers/porter_stemmer_it.js') as Stemmer
/** English Porter stemmer of `natural`. */
export const stemEn = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer
