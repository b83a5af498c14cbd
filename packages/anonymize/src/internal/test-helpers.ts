import { ParsedProfileSchema, type ParsedProfile, type SectionKind } from '@incontro/core'

/** Builds a ParsedProfile by hand for tests: sections by heading lines, identity names and spans of items found by value. */
export function handParsed(
  text: string,
  options: {
    sourceId?: string
    language?: 'it' | 'en'
    givenNames?: string[]
    surnames?: string[]
    sections?: { kind: SectionKind; from: string; to?: string }[]
    experiences?: { title: string; start?: string; end?: string; months?: number }[]
    education?: { title: string; eqfLevel?: number; year?: number }[]
  },
): ParsedProfile {
  const span = (needle: string) => {
    const start = text.indexOf(needle)
    if (start < 0) throw new Error(`fixture: ${needle} not found`)
    return { start, end: start + needle.length }
  }
  return ParsedProfileSchema.parse({
    sourceId: options.sourceId ?? 'cv-1',
    language: options.language ?? 'it',
    document: { text, blocks: [], format: 'text', language: options.language ?? 'it' },
    identity: {
      sourceId: options.sourceId ?? 'cv-1',
      givenNames: options.givenNames ?? [],
      surnames: options.surnames ?? [],
      items: [],
      photo: false,
    },
    sections: (options.sections ?? []).map((s) => ({
      kind: s.kind,
      span: { start: span(s.from).start, end: s.to ? span(s.to).end : text.length },
    })),
    experiences: (options.experiences ?? []).map((e) => ({
      title: { text: e.title, span: span(e.title) },
      ...(e.start ? { start: e.start } : {}),
      ...(e.end ? { end: e.end } : {}),
      ...(e.months !== undefined ? { months: e.months } : {}),
      span: span(e.title),
    })),
    education: (options.education ?? []).map((e) => ({
      title: { text: e.title, span: span(e.title) },
      ...(e.eqfLevel ? { eqfLevel: e.eqfLevel } : {}),
      ...(e.year ? { year: e.year } : {}),
      span: span(e.title),
    })),
    languages: [],
    licences: [],
    diagnostics: [],
  })
}
