export { anonymize } from './anonymize.js'
export type { AnonymizeOptions, AnonymizeResult } from './anonymize.js'
export { anonymizeVacancy } from './anonymize-vacancy.js'
export { pseudonymousId } from './pseudonymous-id.js'
export { isValidCodiceFiscale } from '@incontro/core'
export { reviewVacancy } from './review-vacancy.js'
export type {
  GenderCodingLabel,
  GenderCodingScore,
  ReviewVacancyOptions,
  VacancyFinding,
  VacancyFindingCategory,
  VacancyFindingSeverity,
  VacancyReview,
} from './review-vacancy.js'
