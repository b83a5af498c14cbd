import { z } from 'zod'

/** CEFR levels (Common European Framework of Reference for Languages), plus `native`. */
export const CefrLevelSchema = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'])
/** A CEFR level or `native`. */
export type CefrLevel = z.infer<typeof CefrLevelSchema>

const cefrOrder: Record<CefrLevel, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 }

/** Orders CEFR levels: A1 = 1 … C2 = 6, native = 7. */
export function cefrRank(level: CefrLevel): number {
  return cefrOrder[level]
}

/** An ISO 639-1 language code (`it`, `en`, `fr`, `zh` …). */
export const LanguageCodeSchema = z.string().regex(/^[a-z]{2,3}$/)
/** An ISO 639-1 language code. */
export type LanguageCode = z.infer<typeof LanguageCodeSchema>

/** EQF level 1–8 (European Qualifications Framework, Council Recommendation 2017/C 189/03). */
export const EqfLevelSchema = z.number().int().min(1).max(8)
/** An EQF level 1–8. */
export type EqfLevel = z.infer<typeof EqfLevelSchema>

/** Whether a requirement must be met or is a plus. */
export const ImportanceSchema = z.enum(['essential', 'preferred'])
/** `essential` or `preferred`. */
export type Importance = z.infer<typeof ImportanceSchema>
