import type { IdentityRecord, NeutralProfile, NeutralVacancy } from '@incontro/core'
import { IncontroError } from '@incontro/core'
import { createEngine, type EngineOptions } from 'incontro'

/** One line of the shortlist an employer sees: no name, no contact, only the pseudonymous id and the reasons. */
export interface ShortlistRow {
  profileId: string
  score: number
  /** Component name → weight × value; they add up to the score. */
  parts: Record<string, number>
  /** Labels of the essential requirements the candidate does not show. */
  missing: string[]
}

/** The contact details a candidate agreed to share with one employer. */
export interface Introduction {
  profileId: string
  vacancyId: string
  identity: IdentityRecord
}

/** A portal built on the engine; the identity store is a separate map, as it would be a separate database. */
export interface Portal {
  /** A candidate uploads a CV (any format the engine reads); the portal keeps the identity apart and indexes the neutral profile. */
  submitCv(file: Uint8Array | string, candidateRef: string): Promise<{ profileId: string; redacted: number }>
  /** An employer publishes a vacancy. */
  publishVacancy(text: Uint8Array | string, vacancyRef: string): Promise<{ vacancyId: string }>
  /** The blind, explained shortlist of a vacancy. */
  shortlist(vacancyId: string, k: number): Promise<ShortlistRow[]>
  /** The candidate says yes to one vacancy. */
  consent(profileId: string, vacancyId: string): void
  /** The employer asks to meet a shortlisted candidate: allowed only after that candidate's consent for that vacancy. */
  introduce(profileId: string, vacancyId: string): Introduction
}

/**
 * Creates a portal: matching sees only neutral records, and identities leave the identity store only for a
 * vacancy the candidate consented to.
 */
export function createPortal(options: EngineOptions): Portal {
  const engine = createEngine(options)
  const identities = new Map<string, IdentityRecord>()
  const profiles = new Map<string, NeutralProfile>()
  const vacancies = new Map<string, NeutralVacancy>()
  const consents = new Set<string>()

  return {
    async submitCv(file, candidateRef) {
      const { document, diagnostics } = await engine.read(file)
      const { profile, identity, report } = engine.neutralizeCv(document, { sourceId: candidateRef, readDiagnostics: diagnostics })
      identities.set(profile.id, identity)
      profiles.set(profile.id, profile)
      await engine.addProfiles([profile])
      return { profileId: profile.id, redacted: report.redactions.length }
    },
    async publishVacancy(text, vacancyRef) {
      const vacancy = engine.neutralizeVacancy(text, { sourceId: vacancyRef })
      vacancies.set(vacancy.id, vacancy)
      await engine.addVacancies([vacancy])
      return { vacancyId: vacancy.id }
    },
    async shortlist(vacancyId, k) {
      const vacancy = vacancies.get(vacancyId)
      if (vacancy === undefined) throw new IncontroError('MATCH_UNKNOWN_ID', 'No published vacancy has this id.', { id: vacancyId })
      const results = await engine.candidatesFor(vacancy, { k })
      return results.map((result) => ({
        profileId: result.profileId,
        score: result.score,
        parts: Object.fromEntries(result.components.map((c) => [c.name, c.contribution])),
        missing: engine.assess(profiles.get(result.profileId)!, vacancy).essential.missing.map((m) => engine.taxonomy.label(m.required, vacancy.language)),
      }))
    },
    consent(profileId, vacancyId) {
      if (!profiles.has(profileId) || !vacancies.has(vacancyId)) {
        throw new IncontroError('MATCH_UNKNOWN_ID', 'Consent names a profile or vacancy the portal does not have.', { profileId, vacancyId })
      }
      consents.add(`${profileId}\u0000${vacancyId}`)
    },
    introduce(profileId, vacancyId) {
      if (!consents.has(`${profileId}\u0000${vacancyId}`)) {
        throw new IncontroError('CORE_INVALID_INPUT', 'The candidate has not consented to be introduced for this vacancy; ask them first.', { profileId, vacancyId })
      }
      return { profileId, vacancyId, identity: identities.get(profileId)! }
    },
  }
}
