import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// Deep import: `natural`'s root pulls database drivers and dotenv (see DESIGN.md).
/** Jaro–Winkler similarity of two strings (natural's implementation). */
export const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string) => number
