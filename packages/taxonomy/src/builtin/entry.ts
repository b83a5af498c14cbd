/**
 * The compact form in which the built-in taxonomy is written by hand. `expandEntries` turns these
 * into {@link ConceptDefinition}s (labels with roles, generated split/doublet/schwa/asterisk forms).
 * Labels are written by the Incontro authors; ESCO URIs and ISCO-08 codes are cited facts.
 */

/** A skill (`skill.*`) or knowledge area (`know.*`). The first label of each language is preferred. */
export interface SkillEntry {
  id: string
  kind?: 'skill' | 'knowledge'
  it: readonly string[]
  en: readonly string[]
  /** Abbreviations and brand spellings valid in both languages ("HACCP", "MS Office", "SQL"). */
  abbr?: readonly string[]
  /** Common misspellings ("Exel", "autocad"), both languages. */
  misspellings?: readonly string[]
  /** Ambiguous short labels ("C", "R", "Go") recognised only in a skill context. */
  ambiguous?: readonly string[]
  broader?: readonly string[]
  related?: readonly string[]
  /** ESCO skill URI, `http://data.europa.eu/esco/skill/<uuid>`, where an ESCO concept matches. */
  esco?: string
}

/** An occupation (`occ.*`): Italian masculine and feminine singular titles folded into one concept. */
export interface OccupationEntry {
  id: string
  it: {
    /** Masculine singular ("cameriere", "direttore commerciale"). */
    m: string
    /** Feminine singular ("cameriera", "direttrice commerciale"). */
    f: string
    /** A gender-neutral form when one is idiomatic ("personale di sala"); otherwise omit. */
    neutral?: string
    /** Other titles for the same job, any gender ("commis di sala"). */
    alt?: readonly string[]
  }
  en: {
    /** The neutral English title ("server", "nurse"). */
    preferred: string
    /** Gendered English forms where they exist ("waiter" / "waitress"). */
    m?: string
    f?: string
    alt?: readonly string[]
  }
  /** ISCO-08 unit group, four digits. */
  isco: string
  /** ESCO occupation URI, `http://data.europa.eu/esco/occupation/<uuid>`. */
  esco?: string
  /** Ambiguous short titles or acronyms ("OSS", "ASA") recognised only in a skill context. */
  ambiguous?: readonly string[]
  broader?: readonly string[]
  /** Essential skill ids. */
  essential: readonly string[]
  /** Optional skill ids. */
  optional?: readonly string[]
}

/** A language (`lang.<iso>`), a licence (`lic.<code>`) or a qualification (`qual.<slug>`). */
export interface CodedEntry {
  id: string
  kind: 'language' | 'licence' | 'qualification'
  /** ISO 639-1 for languages; licence category (`B`, `CQC`, `ADR`, `forklift`) for licences. */
  code?: string
  /** EQF level for qualifications. */
  eqf?: number
  it: readonly string[]
  en: readonly string[]
  abbr?: readonly string[]
  /** Ambiguous short labels or acronyms ("ITS", "BA") recognised only in a skill context. */
  ambiguous?: readonly string[]
  broader?: readonly string[]
  esco?: string
}
