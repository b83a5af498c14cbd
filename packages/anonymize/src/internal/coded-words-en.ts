/**
 * English masculine- and feminine-coded word stems after Gaucher, Friesen & Kay (2011), "Evidence that
 * gendered wording in job advertisements exists and sustains gender inequality", Journal of Personality
 * and Social Psychology 101(1), 109–128, Appendix A. A stem ending in `*` in the paper matches every word
 * starting with it; here `prefix: true`. Written out for this project from the published list, with the
 * hyphen-free spellings Gender Decoder also accepts, so scores can be compared with it.
 */
export interface CodedStem {
  stem: string
  prefix: boolean
}

const stems = (list: string): CodedStem[] =>
  list
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((s) => (s.endsWith('*') ? { stem: s.slice(0, -1), prefix: true } : { stem: s, prefix: false }))

/** Masculine-coded stems (Gaucher et al. 2011, Appendix A). */
export const masculineCodedEn: readonly CodedStem[] = stems(`
  active adventurous aggress* ambitio* analy* assert* athlet* autonom* boast* challeng* compet* confident
  courag* decide decisive decision* determin* dominant domina* force* greedy headstrong hierarch* hostil*
  impulsive independen* individual* intellect* lead* logic masculine objective opinion outspoken persist
  principle* reckless stubborn superior self-confiden* selfconfiden* self-relian* selfrelian* self-sufficien*
  selfsufficien*
`)

/** Feminine-coded stems (Gaucher et al. 2011, Appendix A). */
export const feminineCodedEn: readonly CodedStem[] = stems(`
  affectionate child* cheer* commit* communal compassion* connect* considerate cooperat* co-operat* depend*
  emotiona* empath* feminine flatterable gentle honest interpersonal interdependen* interpersona* kind
  kinship loyal* modesty nag nurtur* pleasant* polite quiet* respon* sensitiv* submissive support* sympath*
  tender* together* trust* understand* warm* whin* yield*
`)
