import { cefrRank, IncontroError } from '@incontro/core'
import type { CefrLevel, ContractType, NeutralProfile, NeutralVacancy } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'

/** A place where a record can be worked from: a comune, with optional coordinates and an accepted radius. */
export interface RecordPlace {
  comune: string
  lat?: number | undefined
  lon?: number | undefined
  radiusKm?: number | undefined
}

/**
 * What hard filters read of a stored record (a profile or a vacancy). Vector indexes keep it beside the
 * vector so the filter runs inside the search (hnswlib's filter callback, SQL in pgvector).
 */
export interface RecordAttributes {
  /** Licence codes held, trimmed and upper-cased. */
  licences?: readonly string[]
  /** Languages with their best CEFR rank (`cefrRank`). */
  languages?: readonly { code: string; rank: number }[]
  eqfLevel?: number
  /** Declared work places (a profile) or the place of work (a vacancy). */
  places?: readonly RecordPlace[]
  remote?: boolean
  contracts?: readonly string[]
  hoursPerWeek?: { min: number; max: number }
}

/**
 * Hard filters of a query; every field given must hold. Profiles: licences, languages at a minimum
 * CEFR level and a minimum EQF level must be held; a place filter needs a declared place (a record
 * that declares none fails it); contract and hours filters let records that declare none pass.
 */
export interface RecordFilter {
  /** Every licence code listed must be held. */
  licences?: readonly string[]
  /** Every language must be spoken at least at its level. */
  languages?: readonly { code: string; level: CefrLevel }[]
  /** The EQF level must be at least this. */
  minEqf?: number
  /**
   * A declared place in one of the comuni, or within `near.km` (plus the place's own radius) of a
   * point, or remote work when `remote` is true: any of them passes.
   */
  place?: { comuni?: readonly string[]; near?: { lat: number; lon: number; km: number }; remote?: boolean }
  /** One of these contract types (records declaring none pass). */
  contracts?: readonly ContractType[]
  /** Weekly hours within the record's declared range (records declaring none pass). */
  hoursPerWeek?: number
}

/** A filter in numbers, ready for evaluation (see {@link compileFilter}). */
export interface CompiledFilter {
  licences: readonly string[]
  languages: readonly { code: string; rank: number }[]
  minEqf: number
  comuni: ReadonlySet<string> | undefined
  near: { lat: number; lon: number; km: number } | undefined
  remote: boolean
  placeFilter: boolean
  contracts: ReadonlySet<string> | undefined
  hours: number | undefined
}

const EARTH_KM = 6371.0088

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Checks a filter and turns levels into ranks; throws `CORE_INVALID_INPUT` on bad values. */
export function compileFilter(filter: RecordFilter): CompiledFilter {
  const bad = (what: string, value: unknown): never => {
    throw new IncontroError('CORE_INVALID_INPUT', `The filter's ${what} is invalid (${JSON.stringify(value)}); see RecordFilter in docs/reference/match.md.`, { field: what })
  }
  if (filter.minEqf !== undefined && !(Number.isInteger(filter.minEqf) && filter.minEqf >= 1 && filter.minEqf <= 8)) bad('minEqf', filter.minEqf)
  if (filter.hoursPerWeek !== undefined && !(filter.hoursPerWeek >= 0 && filter.hoursPerWeek <= 168)) bad('hoursPerWeek', filter.hoursPerWeek)
  const near = filter.place?.near
  if (near !== undefined && !(Math.abs(near.lat) <= 90 && Math.abs(near.lon) <= 180 && near.km >= 0)) bad('place.near', near)
  const languages = (filter.languages ?? []).map((language) => {
    const rank = cefrRank(language.level)
    if (rank === undefined) bad('languages', language)
    return { code: language.code, rank }
  })
  const place = filter.place
  return {
    licences: (filter.licences ?? []).map((code) => code.trim().toUpperCase()),
    languages,
    minEqf: filter.minEqf ?? 0,
    comuni: place?.comuni === undefined ? undefined : new Set(place.comuni),
    near,
    remote: place?.remote === true,
    placeFilter: place !== undefined,
    contracts: filter.contracts === undefined ? undefined : new Set(filter.contracts),
    hours: filter.hoursPerWeek,
  }
}

/** Whether a record's places pass a compiled place filter. */
export function placesPass(places: readonly RecordPlace[] | undefined, remote: boolean | undefined, filter: CompiledFilter): boolean {
  if (!filter.placeFilter) return true
  if (filter.remote && remote === true) return true
  for (const place of places ?? []) {
    if (filter.comuni?.has(place.comune) === true) return true
    if (filter.near !== undefined && place.lat !== undefined && place.lon !== undefined) {
      if (distanceKm(filter.near, { lat: place.lat, lon: place.lon }) <= filter.near.km + (place.radiusKm ?? 0)) return true
    }
  }
  return false
}

/** Whether attributes pass a compiled filter (the reference every adapter agrees with). */
export function attributesPass(attributes: RecordAttributes | undefined, filter: CompiledFilter): boolean {
  const a = attributes ?? {}
  for (const code of filter.licences) if (!(a.licences ?? []).includes(code)) return false
  for (const language of filter.languages) {
    const spoken = (a.languages ?? []).find((l) => l.code === language.code)
    if (spoken === undefined || spoken.rank < language.rank) return false
  }
  if (filter.minEqf > 0 && (a.eqfLevel ?? 0) < filter.minEqf) return false
  if (!placesPass(a.places, a.remote, filter)) return false
  if (filter.contracts !== undefined && a.contracts !== undefined && a.contracts.length > 0 && !a.contracts.some((c) => filter.contracts?.has(c))) return false
  if (filter.hours !== undefined && a.hoursPerWeek !== undefined && (filter.hours < a.hoursPerWeek.min || filter.hours > a.hoursPerWeek.max)) return false
  return true
}

/**
 * The filterable attributes of a neutral profile: licences listed or held as licence concepts with
 * evidence, the best CEFR rank per language, the EQF level, and the declared work preferences (never the
 * address: neutral profiles have none).
 */
export function profileAttributes(profile: NeutralProfile, taxonomy?: Taxonomy): RecordAttributes {
  const licences = new Set(profile.licences.map((code) => code.trim().toUpperCase()))
  if (taxonomy !== undefined) {
    for (const claim of profile.claims) {
      if (claim.kind !== 'licence' || claim.evidence.length === 0) continue
      const code = taxonomy.get(claim.concept)?.code
      if (code !== undefined) licences.add(code.trim().toUpperCase())
    }
  }
  const ranks = new Map<string, number>()
  for (const spoken of profile.languages) {
    const rank = cefrRank(spoken.level)
    if (rank > (ranks.get(spoken.code) ?? -1)) ranks.set(spoken.code, rank)
  }
  const preferences = profile.workPreferences
  const attributes: RecordAttributes = {
    licences: [...licences].sort(),
    languages: [...ranks].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([code, rank]) => ({ code, rank })),
  }
  if (profile.eqfLevel !== undefined) attributes.eqfLevel = profile.eqfLevel
  if (preferences?.places !== undefined) attributes.places = preferences.places
  if (preferences?.remote !== undefined) attributes.remote = preferences.remote
  if (preferences?.contracts !== undefined) attributes.contracts = preferences.contracts
  if (preferences?.hoursPerWeek !== undefined) attributes.hoursPerWeek = preferences.hoursPerWeek
  return attributes
}

/** The filterable attributes of a neutral vacancy: its place (a comune), contract types and hours. */
export function vacancyAttributes(vacancy: NeutralVacancy): RecordAttributes {
  const attributes: RecordAttributes = {}
  if (vacancy.place !== undefined) attributes.places = [{ comune: vacancy.place }]
  if (vacancy.contract.length > 0) attributes.contracts = vacancy.contract
  return attributes
}
