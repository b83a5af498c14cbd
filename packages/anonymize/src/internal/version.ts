/** The version of this package, recorded in every neutral record's provenance (kept in step with package.json). */
export const anonymizerVersion = '0.1.0'
