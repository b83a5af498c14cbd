// The same files of `natural` as in Node, imported so that a bundler inlines them; `natural` ships no types
// for its deep paths.
// @ts-expect-error no declaration file for this deep path
import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js'
// @ts-expect-error no declaration file for this deep path
import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js'
// @ts-expect-error no declaration file for this deep path
import porterIt from 'natural/lib/natural/stemmers/porter_stemmer_it.js'
// @ts-expect-error no declaration file for this deep path
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js'

/** A Porter stemmer of `natural`. */
export interface Stemmer {
  stem(word: string): string
}

/** Jaro–Winkler similarity of two strings (natural's implementation), for the browser build. */
export const jaroWinkler = jaroWinklerDistance as (a: string, b: string) => number
/** Damerau–Levenshtein distance of two strings (natural's implementation), for the browser build. */
export const damerauLevenshtein = (levenshtein as { DamerauLevenshteinDistance: (a: string, b: string) => number }).DamerauLevenshteinDistance
/** Italian Porter stemmer of `natural`, for the browser build. */
export const stemIt = porterIt as Stemmer
/** English Porter stemmer of `natural`, for the browser build. */
export const stemEn = porterEn as Stemmer
