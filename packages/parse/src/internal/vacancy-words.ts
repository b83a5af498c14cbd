import type { ContractType, Importance } from '@incontro/core'

/** Words that make a vacancy line essential or preferred, whatever its section says. */
export const importanceWords: readonly (readonly [string, Importance])[] = [
  ['indispensabile', 'essential'], ['indispensabili', 'essential'], ['imprescindibile', 'essential'],
  ['richiesto', 'essential'], ['richiesta', 'essential'], ['richiesti', 'essential'], ['richieste', 'essential'],
  ['necessario', 'essential'], ['necessaria', 'essential'], ['necessari', 'essential'], ['necessarie', 'essential'],
  ['obbligatorio', 'essential'], ['obbligatoria', 'essential'], ['obbligatori', 'essential'], ['obbligatorie', 'essential'],
  ['required', 'essential'], ['must', 'essential'], ['essential', 'essential'], ['mandatory', 'essential'],
  ['gradito', 'preferred'], ['gradita', 'preferred'], ['graditi', 'preferred'], ['gradite', 'preferred'],
  ['preferenziale', 'preferred'], ['preferenziali', 'preferred'], ['preferibile', 'preferred'], ['preferibilmente', 'preferred'],
  ['nice to have', 'preferred'], ['a plus', 'preferred'], ['un plus', 'preferred'], ['plus', 'preferred'],
  ['preferred', 'preferred'], ['preferably', 'preferred'], ['ideally', 'preferred'], ['desirable', 'preferred'],
  ['costituisce titolo', 'preferred'], ['apprezzato', 'preferred'], ['apprezzata', 'preferred'],
]

/** Contract phrases of Italian and English vacancies → contract type. */
export const contractPhrases: readonly (readonly [string, ContractType])[] = [
  ['tempo indeterminato', 'permanent'], ['indeterminato', 'permanent'], ['permanent contract', 'permanent'],
  ['permanent position', 'permanent'], ['permanent role', 'permanent'], ['permanent', 'permanent'],
  ['tempo determinato', 'fixed-term'], ['contratto a termine', 'fixed-term'], ['fixed-term', 'fixed-term'],
  ['fixed term', 'fixed-term'], ['temporary contract', 'fixed-term'],
  ['apprendistato', 'apprenticeship'], ['apprenticeship', 'apprenticeship'],
  ['somministrazione', 'temporary-agency'], ['lavoro interinale', 'temporary-agency'], ['temporary agency', 'temporary-agency'],
  ['stage', 'internship'], ['tirocinio', 'internship'], ['internship', 'internship'], ['tirocinante', 'internship'],
  ['part-time', 'part-time'], ['part time', 'part-time'], ['parttime', 'part-time'],
  ['full-time', 'full-time'], ['full time', 'full-time'], ['fulltime', 'full-time'], ['tempo pieno', 'full-time'],
  ['freelance', 'freelance'], ['partita iva', 'freelance'], ['p. iva', 'freelance'], ['p.iva', 'freelance'],
  ['libero professionista', 'freelance'], ['libera professione', 'freelance'],
]

/** Labels that introduce the work place, followed by a colon. */
export const placeLabels: readonly string[] = [
  'sede di lavoro', 'luogo di lavoro', 'sede lavorativa', 'sede operativa', 'comune di lavoro', 'comune', 'citta', 'city', 'sede', 'luogo', 'zona', 'location', 'place of work',
  'workplace', 'job location', 'work location', 'based in', 'dove',
]

/** Number words up to ten, Italian and English ("almeno due anni", "two years"). */
export const numberWords: Readonly<Record<string, number>> = {
  un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
}

/** Adjectives of duration after "esperienza" → months ("esperienza triennale" = 36). */
export const durationAdjectives: Readonly<Record<string, number>> = {
  annuale: 12, biennale: 24, triennale: 36, quadriennale: 48, quinquennale: 60, pluriennale: 24,
}
