export { assessGaps } from './assess-gaps.js'
export type { ConceptGaps, Gaps, LanguageGap } from './assess-gaps.js'
