import { describe, expect, it } from 'vitest'
import type { CodedEntry, OccupationEntry, SkillEntry } from './entry.js'
import { builtinEntries, builtinTaxonomyVersion, languages, licences, qualifications } from './index.js'
import { expandEntries } from '../expand-entries.js'
import { skipped } from '../internal/keys.js'

const { skills, occupations, coded } = builtinEntries
const all: readonly (SkillEntry | OccupationEntry | CodedEntry)[] = [...skills, ...occupations, ...coded]
const ids = new Set(all.map((entry) => entry.id))

/** Italian job titles that are the same word for every gender; only these may have `m === f`. */
const epicene = new Set([
  'monitor di sperimentazioni cliniche',
  'responsabile di studi clinici',
  'specialista degli affari regolatori',
  'specialista di farmacovigilanza',
  'specialista di assicurazione qualità',
  'analista di laboratorio',
  'project manager',
  'product manager',
  'negoziante',
  'serramentista',
  'agente immobiliare',
  'terapista occupazionale',
  'marmista',
  'ceramista',
  'lavapiatti',
  'barista',
  'scaffalista',
  'banconista',
  'visual merchandiser',
  'agente di commercio',
  'carrellista',
  'responsabile di magazzino',
  'autista consegne',
  'autista di mezzi pesanti',
  'rider',
  'autista di autobus',
  'tassista',
  'assistente familiare',
  'fisioterapista',
  'farmacista',
  'medico',
  'baby sitter',
  'manovale edile',
  'elettricista',
  'elettricista industriale',
  'piastrellista',
  'contabile',
  'commercialista',
  'receptionist',
  'sistemista',
  'data analyst',
  'data scientist',
  'insegnante',
  "insegnante di scuola dell'infanzia",
  'insegnante di sostegno',
  'social media manager',
  'estetista',
  'capopartita',
  'maître di sala',
  "governante d'albergo",
  'tuttofare',
  'agente di viaggio',
  'capo reparto',
  'key account manager',
  'e-commerce specialist',
  'promoter',
  'buyer',
  'fiorista',
  'macchinista',
  'assistente sociale',
  'assistente di studio odontoiatrico',
  'dentista',
  'logopedista',
  'dietista',
  'capo squadra delle pulizie',
  'copritetto',
  'parquettista',
  'frigorista',
  'capocantiere',
  'geometra',
  'escavatorista',
  'gruista',
  'responsabile qualità',
  'attrezzista',
  'modellista',
  'gommista',
  'controller',
  'responsabile risorse umane',
  'assistente di direzione',
  'DevOps engineer',
  'cloud engineer',
  'analista SOC',
  'penetration tester',
  'data engineer',
  'machine learning engineer',
  'tester software',
  'business analyst',
  'IT project manager',
  'insegnante di lingue',
  'tutor',
  'progettista della formazione',
  'web designer',
  'digital marketing specialist',
  'copywriter',
  'interior designer',
  'stilista',
  'florovivaista',
  'trattorista',
])

const norm = (label: string): string => label.trim().toLowerCase()

function duplicates(labels: readonly string[]): string[] {
  const seen = new Set<string>()
  const dups: string[] = []
  for (const label of labels) {
    const key = norm(label)
    if (seen.has(key)) dups.push(label)
    seen.add(key)
  }
  return dups
}

function labelGroups(entry: SkillEntry | OccupationEntry | CodedEntry): { it: string[]; en: string[]; other: string[] } {
  if ('essential' in entry) {
    const { m, f, neutral, alt = [] } = entry.it
    const { preferred, m: enM, f: enF, alt: enAlt = [] } = entry.en
    const it = m === f ? [m, ...alt] : [m, f, ...alt]
    if (neutral !== undefined) it.push(neutral)
    const en = [preferred, ...enAlt]
    if (enM !== undefined) en.push(enM)
    if (enF !== undefined) en.push(enF)
    return { it, en, other: [...(entry.ambiguous ?? [])] }
  }
  const other = [...(entry.abbr ?? []), ...(entry.ambiguous ?? [])]
  if ('misspellings' in entry) other.push(...(entry.misspellings ?? []))
  return { it: [...entry.it], en: [...entry.en], other }
}

describe('built-in taxonomy data', () => {
  it('has a version string', () => {
    expect(builtinTaxonomyVersion).toBe('incontro-builtin-0.1.0')
  })

  it('has unique ids', () => {
    expect(duplicates(all.map((entry) => entry.id))).toEqual([])
  })

  it('uses the id prefix of each kind', () => {
    for (const skill of skills) expect(skill.id).toMatch(/^(skill|know)\.[a-z0-9-]+$/)
    for (const occupation of occupations) expect(occupation.id).toMatch(/^occ\.[a-z0-9-]+$/)
    for (const language of languages) expect(language.id).toMatch(/^lang\.[a-z]{2}$/)
    for (const licence of licences) expect(licence.id).toMatch(/^lic\.[a-z0-9-]+$/)
    for (const qualification of qualifications) expect(qualification.id).toMatch(/^qual\.[a-z0-9-]+$/)
  })

  it('marks knowledge areas as knowledge and skills as skills', () => {
    for (const skill of skills) {
      expect(skill.kind === 'knowledge', skill.id).toBe(skill.id.startsWith('know.'))
    }
  })

  it('has at least 600 skills and knowledge areas and 150 occupations', () => {
    expect(skills.length).toBeGreaterThanOrEqual(600)
    expect(occupations.length).toBeGreaterThanOrEqual(150)
  })

  it('only references ids that exist', () => {
    const missing: string[] = []
    const check = (from: string, refs: readonly string[] | undefined): void => {
      for (const ref of refs ?? []) if (!ids.has(ref)) missing.push(`${from} -> ${ref}`)
    }
    for (const skill of skills) {
      check(skill.id, skill.broader)
      check(skill.id, skill.related)
    }
    for (const occupation of occupations) {
      check(occupation.id, occupation.broader)
      check(occupation.id, occupation.essential)
      check(occupation.id, occupation.optional)
    }
    for (const entry of coded) check(entry.id, entry.broader)
    expect(missing).toEqual([])
  })

  it('never relates a concept to itself and has no cycles through broader', () => {
    const broader = new Map(all.map((entry) => [entry.id, entry.broader ?? []]))
    for (const skill of skills) expect(skill.related ?? [], skill.id).not.toContain(skill.id)
    for (const id of ids) {
      const seen = new Set<string>()
      const stack = [...(broader.get(id) ?? [])]
      while (stack.length > 0) {
        const next = stack.pop() as string
        expect(next, `broader cycle through ${id}`).not.toBe(id)
        if (seen.has(next)) continue
        seen.add(next)
        stack.push(...(broader.get(next) ?? []))
      }
    }
  })

  it('links occupations to skills: 4 to 8 essential, optional distinct from essential', () => {
    for (const occupation of occupations) {
      expect(occupation.essential.length, occupation.id).toBeGreaterThanOrEqual(4)
      expect(occupation.essential.length, occupation.id).toBeLessThanOrEqual(8)
      const skillRefs = [...occupation.essential, ...(occupation.optional ?? [])]
      for (const ref of skillRefs) expect(ref, occupation.id).toMatch(/^(skill|know)\./)
      expect(duplicates(skillRefs), occupation.id).toEqual([])
      expect(occupation.isco, occupation.id).toMatch(/^\d{4}$/)
    }
  })

  it('gives every occupation a masculine and a feminine Italian title, equal only for epicene nouns', () => {
    for (const { id, it: title } of occupations) {
      expect(title.m.length, id).toBeGreaterThan(0)
      expect(title.f.length, id).toBeGreaterThan(0)
      if (title.m === title.f) expect(epicene.has(title.m), `${id}: "${title.m}" is not listed as epicene`).toBe(true)
    }
  })

  it('has an Italian and an English label for every concept', () => {
    for (const entry of all) {
      const { it: itLabels, en } = labelGroups(entry)
      expect(itLabels.length, entry.id).toBeGreaterThan(0)
      expect(en.length, entry.id).toBeGreaterThan(0)
    }
  })

  it('never repeats a label within a concept', () => {
    const problems: string[] = []
    for (const entry of all) {
      const { it: itLabels, en, other } = labelGroups(entry)
      for (const dup of duplicates(itLabels)) problems.push(`${entry.id} it: ${dup}`)
      for (const dup of duplicates(en)) problems.push(`${entry.id} en: ${dup}`)
      const words = new Set([...itLabels, ...en].map(norm))
      for (const dup of duplicates(other)) problems.push(`${entry.id} abbr/misspellings/ambiguous: ${dup}`)
      for (const label of other) if (words.has(norm(label))) problems.push(`${entry.id} repeats "${label}" as abbr, misspelling or ambiguous`)
    }
    expect(problems).toEqual([])
  })

  it('writes no label with a capitalised acronym the annotator skips as a function word', () => {
    // "AI", "AD", "IN" are Italian or English function words to the annotator: "AI engineer" would match every "engineer".
    const problems: string[] = []
    for (const concept of expandEntries(builtinEntries)) {
      for (const label of concept.labels) {
        for (const word of label.text.match(/[\p{L}\p{N}]+/gu) ?? []) {
          if (word.length >= 2 && word === word.toUpperCase() && /\p{L}/u.test(word) && skipped.has(word.toLowerCase())) problems.push(`${concept.id}: ${label.text}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('writes labels without stray whitespace', () => {
    for (const entry of all) {
      const { it: itLabels, en, other } = labelGroups(entry)
      for (const label of [...itLabels, ...en, ...other]) {
        expect(label, entry.id).toBe(label.trim())
        expect(label, entry.id).not.toMatch(/\s{2}/)
      }
    }
  })

  it('cites well-formed ESCO URIs of the right kind, each at most once', () => {
    const uris: string[] = []
    for (const skill of skills) {
      if (skill.esco === undefined) continue
      expect(skill.esco, skill.id).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/)
      uris.push(skill.esco)
    }
    for (const occupation of occupations) {
      if (occupation.esco === undefined) continue
      expect(occupation.esco, occupation.id).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/)
      uris.push(occupation.esco)
    }
    expect(duplicates(uris)).toEqual([])
  })

  it('codes languages by ISO 639-1, licences by category and qualifications by EQF level', () => {
    for (const language of languages) {
      expect(language.kind).toBe('language')
      expect(language.id).toBe(`lang.${language.code ?? ''}`)
    }
    const codes = licences.map((licence) => licence.code)
    expect(codes).toEqual(expect.arrayContaining(['AM', 'A', 'B', 'BE', 'C', 'CE', 'D', 'CQC', 'ADR', 'forklift']))
    for (const licence of licences) {
      expect(licence.kind).toBe('licence')
      expect(licence.id).toBe(`lic.${(licence.code ?? '').toLowerCase()}`)
    }
    for (const qualification of qualifications) {
      expect(qualification.kind).toBe('qualification')
      expect(qualification.eqf, qualification.id).toBeGreaterThanOrEqual(1)
      expect(qualification.eqf, qualification.id).toBeLessThanOrEqual(8)
    }
  })
})
