import { createDiagnostic, type Diagnostic, type Severity } from '@incontro/core'

/** What each importer diagnostic means, written once so messages stay consistent. */
const meanings = {
  ESCO_ROW_WITHOUT_URI: { severity: 'warning', text: 'rows without a concept URI were skipped' },
  ESCO_INVALID_URI: { severity: 'warning', text: 'rows whose concept URI is not a URL were skipped' },
  ESCO_CONCEPT_NOT_RELEASED: { severity: 'info', text: 'concepts whose status is not "released" were skipped' },
  ESCO_CONCEPT_WITHOUT_LABEL: { severity: 'warning', text: 'concepts without any label were dropped' },
  ESCO_INVALID_ISCO: { severity: 'warning', text: 'occupations with an ISCO group that is not 1–4 digits kept no ISCO code' },
  ESCO_UNKNOWN_URI: { severity: 'warning', text: 'relations naming a concept that was not imported were skipped' },
  ESCO_GROUP_EDGE_SKIPPED: { severity: 'info', text: 'broader relations to ISCO or skill groups were skipped (groups are not imported as concepts)' },
  ESCO_UNKNOWN_RELATION_TYPE: { severity: 'warning', text: 'occupation–skill relations with a relation type other than essential/optional were skipped' },
  ESCO_SELF_RELATION: { severity: 'info', text: 'relations from a concept to itself were skipped' },
  ESCO_BROADER_CYCLE: { severity: 'warning', text: 'broader relations closing a cycle were dropped' },
  ESCO_FILE_SKIPPED: { severity: 'info', text: 'CSV files the importer does not use were not read' },
} as const satisfies Record<string, { severity: Severity; text: string }>

/** A diagnostic code of the ESCO importer. */
export type EscoDiagnosticCode = keyof typeof meanings

const maxExamples = 5

/**
 * Collects row-level problems and reports each (code, file) once with a count and a few example
 * URIs, so a large import yields a readable list instead of thousands of entries.
 */
export function createEscoDiagnostics(): { note(code: EscoDiagnosticCode, file: string, example?: string): void; list(): Diagnostic[] } {
  const groups = new Map<string, { code: EscoDiagnosticCode; file: string; count: number; examples: string[] }>()
  return {
    note(code, file, example) {
      const key = `${code}\u0000${file}`
      let group = groups.get(key)
      if (!group) {
        group = { code, file, count: 0, examples: [] }
        groups.set(key, group)
      }
      group.count++
      if (example && group.examples.length < maxExamples && !group.examples.includes(example)) group.examples.push(example)
    },
    list() {
      return [...groups.values()].map(({ code, file, count, examples }) => {
        const meaning = meanings[code]
        const more = examples.length > 0 ? `; e.g. ${examples.join(', ')}` : ''
        return createDiagnostic(code, meaning.severity, `${file}: ${count} ${meaning.text}${more}.`, { path: [file] })
      })
    },
  }
}
