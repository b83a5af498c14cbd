// The same file of `natural` as in Node, imported so that a bundler inlines it (it has no dependencies);
// `natural` ships no types for its deep paths.
// @ts-expect-error no declaration file for this deep path
import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js'

/** Jaro–Winkler similarity of two strings (natural's implementation), for the browser build. */
export const jaroWinkler = jaroWinklerDistance as (a: string, b: string) => number
