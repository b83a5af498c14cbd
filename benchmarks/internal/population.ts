import {
  createRandom,
  NeutralProfileSchema,
  NeutralVacancySchema,
  type CefrLevel,
  type NeutralProfile,
  type NeutralVacancy,
} from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'

const levels: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']
const provenance = { taxonomy: 'bench', anonymizer: 'bench' }

function hexId(prefix: number, i: number): string {
  return `${prefix.toString(16).padStart(8, '0')}${i.toString(16).padStart(24, '0')}`
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T
}

/** Everyday words of CVs and ads (written here) that pad synthetic texts to a realistic length and vocabulary. */
const fillerWords = {
  it: 'gestione cliente clienti attività reparto ufficio negozio turni squadra ordini controllo qualità sicurezza formazione corso attestato progetto progetti supporto assistenza vendita magazzino produzione manutenzione impianti macchine documenti report analisi pianificazione organizzazione comunicazione relazioni fornitori consegne spedizioni preparazione servizio accoglienza cucina sala pulizia igiene norme procedure software strumenti dati contabilità fatture amministrazione segreteria archivio telefono agenda eventi marketing social responsabile coordinamento collaborazione autonomia precisione puntualità flessibilità esperienza stagione estate inverno Milano Lombardia provincia settore aziendale commerciale tecnico operativo'.split(' '),
  en: 'management customer customers activities department office shop shifts team orders control quality safety training course certificate project projects support assistance sales warehouse production maintenance plant machines documents reports analysis planning organisation communication relations suppliers deliveries shipping preparation service reception kitchen hall cleaning hygiene rules procedures software tools data accounting invoices administration secretarial archive phone calendar events marketing social manager coordination collaboration autonomy accuracy punctuality flexibility experience season summer winter London region sector business commercial technical operational'.split(' '),
} as const

/** A synthetic neutral text: the labels of the concepts, in the text's language, among everyday words. */
function syntheticText(taxonomy: Taxonomy, concepts: Iterable<string>, language: 'it' | 'en', words: number, random: () => number): string {
  const parts: string[] = []
  for (const concept of concepts) parts.push(taxonomy.label(concept, language))
  for (let n = 0; n < words; n++) parts.push(pick(fillerWords[language], random))
  // Shuffle so the labels are spread through the text, as in a real CV.
  for (let i = parts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[parts[i], parts[j]] = [parts[j] as string, parts[i] as string]
  }
  return parts.join(' ')
}

/**
 * A synthetic population of neutral profiles drawn from the taxonomy's structure: each profile
 * follows an occupation, holds most of its essential skills, some optional ones and some noise, so
 * that profiles cluster the way real ones do. Built through `NeutralProfileSchema` (the persisted
 * form), not through CV texts: the benchmark measures matching, not ingest.
 */
export function syntheticProfiles(taxonomy: Taxonomy, count: number, seed: number): NeutralProfile[] {
  const random = createRandom(seed)
  const occupations = taxonomy.byKind('occupation')
  const skills = [...taxonomy.byKind('skill'), ...taxonomy.byKind('knowledge')].map((c) => c.id)
  const languages = taxonomy.byKind('language').map((c) => c.code ?? 'en')
  const profiles: NeutralProfile[] = []
  for (let i = 0; i < count; i++) {
    const occupation = pick(occupations, random)
    const concepts = new Set<string>()
    for (const id of occupation.essential ?? []) if (random() < 0.7) concepts.add(id)
    for (const id of occupation.optional ?? []) if (random() < 0.3) concepts.add(id)
    const noise = Math.floor(random() * 4)
    for (let n = 0; n < noise; n++) concepts.add(pick(skills, random))
    const claims = [...concepts].sort().map((concept, n) => ({
      concept,
      kind: taxonomy.require(concept).kind,
      evidence: [{ start: n * 10, end: n * 10 + 8, section: 'skills' }],
    }))
    const language = random() < 0.7 ? 'it' : 'en'
    const text = syntheticText(taxonomy, [occupation.id, ...concepts], language, 150 + Math.floor(random() * 150), random)
    profiles.push(
      NeutralProfileSchema.parse({
        id: hexId(seed, i),
        language,
        text,
        sections: [],
        experiences: [{ title: taxonomy.neutralTitle(occupation.id, 'it'), occupation: occupation.id, months: Math.floor(random() * 120), span: { start: 0, end: 0 } }],
        education: [],
        languages: [
          { code: 'it', level: random() < 0.8 ? 'native' : pick(levels, random) },
          { code: pick(languages, random), level: pick(levels, random) },
        ],
        licences: random() < 0.6 ? ['B'] : [],
        claims,
        absent: [],
        experienceMonths: Math.floor(random() * 240),
        eqfLevel: 2 + Math.floor(random() * 6),
        provenance,
      }),
    )
  }
  return profiles
}

/** Synthetic vacancies, one per drawn occupation: its essential skills essential, optional ones preferred. */
export function syntheticVacancies(taxonomy: Taxonomy, count: number, seed: number): NeutralVacancy[] {
  const random = createRandom(seed)
  const occupations = taxonomy.byKind('occupation')
  const vacancies: NeutralVacancy[] = []
  for (let i = 0; i < count; i++) {
    const occupation = pick(occupations, random)
    const requirement = (concept: string, importance: 'essential' | 'preferred') => ({
      concept,
      kind: taxonomy.require(concept).kind,
      importance,
      evidence: [],
    })
    const preferred = (occupation.optional ?? []).filter((id) => !(occupation.essential ?? []).includes(id))
    vacancies.push(
      NeutralVacancySchema.parse({
        id: hexId(seed + 1, i),
        language: 'it',
        title: taxonomy.neutralTitle(occupation.id, 'it'),
        occupation: occupation.id,
        text: syntheticText(taxonomy, [...(occupation.essential ?? []), ...preferred], 'it', 60 + Math.floor(random() * 60), random),
        requirements: [...(occupation.essential ?? []).map((c) => requirement(c, 'essential')), ...preferred.map((c) => requirement(c, 'preferred'))],
        languages: random() < 0.5 ? [{ code: 'en', level: pick(levels, random), importance: 'preferred' }] : [],
        eqfLevel: { level: 3 + Math.floor(random() * 4), importance: 'preferred' },
        licences: random() < 0.3 ? [{ code: 'B', importance: 'essential' }] : [],
        experienceMonths: 12 * Math.floor(random() * 4),
        contract: [],
        provenance,
      }),
    )
  }
  return vacancies
}
