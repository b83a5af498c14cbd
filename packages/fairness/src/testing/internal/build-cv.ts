import type { CueKind } from '../cue-kinds.js'
import { cueKinds } from '../cue-kinds.js'
import { codiceFiscale } from './codice-fiscale.js'
import { femaleGivenNames, maleGivenNames, surnames } from './names.js'
import type { Gendered } from './vocabulary.js'
import {
  adjectivesEn,
  adjectivesIt,
  heldOutAdjectivesIt,
  birthPlaces,
  cefrLevels,
  generalSkillsEn,
  generalSkillsIt,
  languagesEn,
  languagesIt,
  monthsEn,
  monthsIt,
  occupations,
  personAdjectivesIt,
  streets,
  studyFields,
} from './vocabulary.js'

/** One experience of a CV template; numbers are indices or choices, resolved by {@link buildCv}. */
export interface ExperienceSpec {
  occupation: number
  employer: number
  /** Months. */
  duration: number
  /** Months between this experience and the previous (older) one. */
  gap: number
  layout: number
  /** 0: one "Mansioni:" line; 1: bullet lines. */
  description: number
  skills: number[]
  /** 0: none; 1, 2: an extra sentence that may carry a participle or pronoun. */
  extra: number
  /** Weekly hours of a part-time job (a line after the duties); absent for full time. */
  partTimeHours?: number
}

/** Everything that defines one CV template instance; both variants are rendered from it. */
export interface CvSpec {
  language: 'it' | 'en'
  id: number
  femaleName: number
  maleName: number
  surname: number
  birth: { year: number; month: number; day: number }
  birthPlace: number
  phone: [string, number, number]
  emailStyle: number
  emailDomain: number
  headerFields: boolean
  honorific: number
  upperSurname: boolean
  address: number | null
  houseNumber: number
  /** 0: none; 1: date line; 2: birth sentence; 3: both. */
  birthInfo: number
  codiceFiscale: boolean
  summary: number[]
  adjectives: [number, number]
  personAdjectives: [number, number]
  years: number
  field: number
  experiences: ExperienceSpec[]
  ongoing: boolean
  dateStyle: number
  education: { kind: number; field: number; offset: number }[]
  languages: { language: number; level: number }[]
  nativeStyle: number
  licence: number
  skills: number[]
  headingUpper: boolean
  volunteering: boolean
  privacy: boolean
  bullet: number
  /** 0: none; 1: nubile/celibe; 2: coniugata/coniugato; 3: divorziata/divorziato (Italian only). */
  marital: number
  /** Madre/padre di due figli, mother/father of two children. */
  family: boolean
  /** 0: none; 1, 2: a maternity/paternity leave line in the experience section. */
  leave: number
  /** 0: none; 1: a gendered sports team; 2: a gendered choir. */
  organisation: number
  /** Military service completed, in the male variant only (on the licence line). */
  military: boolean
  /** A reference quoting the candidate with an honorific. */
  reference: number
  /** 0: none; 1: a letter-spaced signature; 2: a signature with a zero-width character in the name. */
  evasion: number
}

/** A pair of rendered variants. */
export interface RenderedPair {
  female: string
  male: string
  cues: CueKind[]
}

interface Cue {
  kind: CueKind
  f: string
  m: string
}
type Piece = string | Cue

const cue = (kind: CueKind, pair: Gendered): Cue => ({ kind, f: pair.f, m: pair.m })
const pad2 = (n: number): string => String(n).padStart(2, '0')
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
const capitalized = (pair: Gendered): Gendered => ({ f: capitalize(pair.f), m: capitalize(pair.m) })
const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T
const emailPart = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')

const headings = {
  it: {
    profile: ['PROFILO', 'Profilo'],
    experience: ['ESPERIENZE PROFESSIONALI', 'Esperienze lavorative'],
    education: ['ISTRUZIONE E FORMAZIONE', 'Istruzione e formazione'],
    skills: ['COMPETENZE', 'Competenze'],
    languages: ['LINGUE', 'Lingue'],
    licence: ['PATENTE', 'Patente'],
    volunteering: ['VOLONTARIATO', 'Volontariato'],
  },
  en: {
    profile: ['PROFILE', 'Profile'],
    experience: ['WORK EXPERIENCE', 'Work experience'],
    education: ['EDUCATION', 'Education'],
    skills: ['SKILLS', 'Skills'],
    languages: ['LANGUAGES', 'Languages'],
    licence: ['DRIVING LICENCE', 'Driving licence'],
    volunteering: ['VOLUNTEERING', 'Volunteering'],
  },
} as const

const honorificsIt: readonly Gendered[] = [{ f: 'Sig.ra', m: 'Sig.' }, { f: 'Dott.ssa', m: 'Dott.' }]
const honorificsEn: readonly Gendered[] = [{ f: 'Ms', m: 'Mr' }, { f: 'Mrs', m: 'Mr' }, { f: 'Dr', m: 'Dr' }]
const she: Gendered = { f: 'She', m: 'He' }
const her: Gendered = { f: 'her', m: 'his' }
const herself: Gendered = { f: 'herself', m: 'himself' }
const ongoingIt = ['oggi', 'in corso', 'oggi', 'oggi']
const maritalIt: readonly Gendered[] = [{ f: 'nubile', m: 'celibe' }, { f: 'coniugata', m: 'coniugato' }, { f: 'divorziata', m: 'divorziato' }]
const refereesIt = ['Ornella Verdi', 'Ettore Neri', 'Carla Bassi']
const refereesEn = ['Peter Green', 'Helen Walker', 'David Turner']
/** The name letter-spaced ("G i u l i a") or with a zero-width space after its third letter. */
const evade = (name: string, how: number): string =>
  how === 1 ? [...name].join(' ') : `${name.slice(0, 3)}\u200B${name.slice(3)}`
const areasEn = ['bar', 'shop floor', 'night shift', 'front desk', 'stockroom']
/** The month the generated careers end in; fixed, so generation never depends on the clock. */
const lastMonth = 2025 * 12 + 5

/** Renders the female and male variants of one CV template instance. */
export function buildCv(spec: CvSpec): RenderedPair {
  const it = spec.language === 'it'
  const lines: Piece[][] = []
  const push = (...pieces: Piece[]): void => {
    lines.push(pieces)
  }
  const heading = (key: keyof (typeof headings)['it']): void => {
    push('')
    push(headings[spec.language][key][spec.headingUpper ? 0 : 1])
  }

  // Identity
  const female = at(femaleGivenNames, spec.femaleName)
  const male = at(maleGivenNames, spec.maleName)
  const surname = at(surnames, spec.surname)
  const name = cue('name', { f: female, m: male })
  const shownSurname = spec.upperSurname ? surname.toUpperCase() : surname
  const { year, month } = spec.birth
  const day = Math.min(spec.birth.day, new Date(Date.UTC(year, month, 0)).getUTCDate())
  const place = at(birthPlaces, spec.birthPlace)
  const birthDate = `${pad2(day)}/${pad2(month)}/${year}`

  if (spec.headerFields) {
    push(it ? 'Nome: ' : 'First name: ', name)
    push(it ? 'Cognome: ' : 'Surname: ', shownSurname)
  } else {
    const honorifics = it ? honorificsIt : honorificsEn
    const header: Piece[] = []
    if (spec.honorific > 0) header.push(cue('honorific', at(honorifics, spec.honorific - 1)), ' ')
    push(...header, name, ' ', shownSurname)
  }
  if (spec.address !== null) {
    const cap = `201${pad2(21 + (spec.houseNumber % 42))}`
    push(
      it ? 'Indirizzo: ' : 'Address: ',
      `${at(streets, spec.address)} ${spec.houseNumber}, ${cap} ${it ? 'Milano' : 'Milan, Italy'}`,
    )
  }
  const local = (given: string): string => {
    const gn = emailPart(given)
    const sn = emailPart(surname)
    switch (spec.emailStyle % 5) {
      case 0: return `${gn}.${sn}`
      case 1: return `${gn}${sn}`
      case 2: return `${gn.charAt(0)}.${sn}`
      case 3: return `${sn}.${gn}`
      default: return `${gn}.${sn}${pad2(year % 100)}`
    }
  }
  const domain = spec.emailDomain % 2 === 0 ? 'example.com' : 'example.org'
  push(it && spec.emailStyle % 2 === 1 ? 'E-mail: ' : 'Email: ', cue('email', { f: `${local(female)}@${domain}`, m: `${local(male)}@${domain}` }))
  const [prefix, mid, end] = spec.phone
  push(it ? (spec.houseNumber % 2 === 0 ? 'Tel.: ' : 'Cellulare: ') : 'Phone: ', `+39 ${prefix} ${String(mid).padStart(3, '0')} ${String(end).padStart(4, '0')}`)
  if (spec.birthInfo === 1 || spec.birthInfo === 3) push(it ? 'Data di nascita: ' : 'Date of birth: ', birthDate)
  if (spec.birthInfo >= 2) {
    if (it) push(cue('birth', { f: 'Nata', m: 'Nato' }), ` ${place.it} il ${birthDate}`)
    else push(`Born in ${place.en} on ${day} ${at(monthsEn, month - 1)} ${year}`)
  }
  if (it && spec.codiceFiscale) {
    const cf = (givenName: string, isFemale: boolean): string =>
      codiceFiscale({ surname, givenName, birthDate: { year, month, day }, female: isFemale, municipality: place.code })
    push('Codice fiscale: ', cue('codice-fiscale', { f: cf(female, true), m: cf(male, false) }))
  }

  if (it && spec.marital > 0) push('Stato civile: ', cue('marital-status', at(maritalIt, spec.marital - 1)))
  if (spec.family) {
    if (it) push(cue('family', { f: 'Madre', m: 'Padre' }), ' di due figli.')
    else push(cue('family', { f: 'Mother', m: 'Father' }), ' of two children.')
  }

  // Experiences, most recent first, walking back from a fixed month.
  const main = at(occupations, spec.experiences[0]?.occupation ?? 0)
  const periods: { start: number; end: number | 'present'; spec: ExperienceSpec }[] = []
  let cursor = lastMonth
  for (const [index, experience] of spec.experiences.entries()) {
    const end = cursor
    let start = end - experience.duration
    const earliest = (year + 17) * 12
    if (start < earliest) {
      if (index > 0) break
      start = Math.min(earliest, end)
    }
    periods.push({ start, end: index === 0 && spec.ongoing ? 'present' : end, spec: experience })
    cursor = start - experience.gap
  }
  const month12 = (m: number): string => {
    const y = Math.floor(m / 12)
    const mm = (m % 12) + 1
    switch (spec.dateStyle % 4) {
      case 2: return `${at(it ? monthsIt : monthsEn, mm - 1)} ${y}`
      case 3: return String(y)
      default: return `${pad2(mm)}/${y}`
    }
  }
  const period = (start: number, end: number | 'present'): string => {
    const dash = spec.dateStyle % 4 === 1 || spec.dateStyle % 4 === 3 ? ' - ' : ' – '
    const last = end === 'present' ? (it ? at(ongoingIt, spec.dateStyle) : 'present') : month12(end)
    return `${month12(start)}${dash}${last}`
  }
  const bullet = spec.bullet % 2 === 0 ? '- ' : '• '
  const list = (items: readonly string[], and: string): string =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) as string}`

  // Summary
  if (spec.summary.length > 0) {
    heading('profile')
    const sector = it ? main.sector.it : main.sector.en
    const experienceYears = Math.max(2, Math.min(spec.years, 2025 - year - 18))
    for (const kind of spec.summary) {
      if (it) {
        const title = cue('job-title', {
          f: main.article.f + (main.article.f.endsWith("'") ? '' : ' ') + main.it.f,
          m: main.article.m + (main.article.m.endsWith("'") ? '' : ' ') + main.it.m,
        })
        const [a1, a2] = spec.adjectives.map((i) => at(adjectivesIt, i)) as [Gendered, Gendered]
        switch (kind) {
          case 0:
            push('Sono ', title, ' ', cue('adjective', a1), ' e ', cue('adjective', a1 === a2 ? at(adjectivesIt, spec.adjectives[1] + 1) : a2), `, con ${experienceYears} anni di esperienza nel settore ${sector}.`)
            break
          case 1: {
            const [p1, p2] = spec.personAdjectives.map((i) => at(personAdjectivesIt, i)) as [string, string]
            // "una persona" is grammatically feminine for everybody: the same words in both variants.
            push(`Mi considero una persona ${p1}${p1 === p2 ? '' : `, ${p2}`} e disponibile.`)
            break
          }
          case 2:
            push(cue('participle', { f: 'Laureata', m: 'Laureato' }), ` in ${at(studyFields, spec.field).it}, cerco un impiego come `, cue('job-title', main.it), '.')
            break
          case 3:
            push('Sono ', cue('adjective', { f: 'appassionata', m: 'appassionato' }), ` del settore ${sector} e disponibile a lavorare su turni.`)
            break
          case 4:
            push(cue('participle', { f: 'Trasferita', m: 'Trasferito' }), ` a Milano nel ${Math.floor(cursor / 12) + 1}, cerco lavoro nel settore ${sector}.`)
            break
          case 5: {
            // Words outside any list: only a rule on agreement can neutralize them.
            const [h1, h2] = spec.adjectives.map((i) => at(heldOutAdjectivesIt, i)) as [Gendered, Gendered]
            push('Mi considero ', cue('adjective', h1), ', ', cue('adjective', h1 === h2 ? at(heldOutAdjectivesIt, spec.adjectives[1] + 1) : h2), ' e molto ', cue('adjective', at(heldOutAdjectivesIt, spec.adjectives[0] + 3)), '.')
            break
          }
          default:
            if (main.it.f === 'infermiera') push(cue('participle', { f: 'Iscritta', m: 'Iscritto' }), " all'albo degli infermieri (OPI Milano).")
            else push(cue('participle', { f: 'Abilitata', m: 'Abilitato' }), " all'uso del carrello elevatore, con attestato HACCP.")
        }
      } else {
        const adjective = at(adjectivesEn, spec.adjectives[0])
        switch (kind) {
          case 0:
            push(cue('pronoun', she), ` is ${/^[aeiou]/.test(adjective) ? 'an' : 'a'} ${adjective} `, cue('job-title', main.en), ` with ${experienceYears} years of experience in ${sector}.`)
            break
          case 1:
            push(cue('pronoun', she), ` managed the ${at(areasEn, spec.field)} and trained `, cue('pronoun', her), ' team.')
            break
          case 2:
            push(cue('pronoun', she), ' describes ', cue('pronoun', herself), ` as ${adjective}, ${at(adjectivesEn, spec.adjectives[1] + 1)} and reliable.`)
            break
          case 3:
            push(`I am ${/^[aeiou]/.test(adjective) ? 'an' : 'a'} ${adjective} `, cue('job-title', main.en), ' looking for a new role in Milan.')
            break
          case 4:
            push(cue('pronoun', she), ` moved to Milan in ${Math.floor(cursor / 12) + 1} and is available for shift work.`)
            break
          default:
            push(`Experienced in ${sector}, with a food hygiene (HACCP) certificate.`)
        }
      }
    }
  }

  heading('experience')
  for (const { start, end, spec: experience } of periods) {
    const occupation = at(occupations, experience.occupation)
    const title = cue('job-title', capitalized(it ? occupation.it : occupation.en))
    const employer = at(occupation.employers, experience.employer)
    const dates = period(start, end)
    switch (experience.layout % 3) {
      case 0:
        push(title, it ? ' presso ' : ' at ', employer)
        push(dates)
        break
      case 1:
        push(dates, ' | ', title, ' | ', employer, it ? ', Milano' : ', Milan')
        break
      default:
        push(employer, it ? ' (Milano)' : ' (Milan)')
        push(title, ', ', dates)
    }
    const skills = [...new Set(experience.skills.map((i) => at(it ? occupation.skillsIt : occupation.skillsEn, i)))]
    if (experience.description % 2 === 0) push(it ? 'Mansioni: ' : 'Duties: ', list(skills, it ? 'e' : 'and'), '.')
    else for (const skill of skills) push(bullet, capitalize(skill))
    if (experience.partTimeHours !== undefined) push(it ? `Part-time, ${experience.partTimeHours} ore settimanali.` : `Part-time, ${experience.partTimeHours} hours a week.`)
    if (experience.extra === 1) {
      if (it) push(cue('participle', { f: 'Assunta', m: 'Assunto' }), ` a tempo indeterminato nel ${Math.floor(start / 12) + 1}.`)
      else push(cue('pronoun', she), ' was promoted to shift leader after one year.')
    } else if (experience.extra === 2) {
      if (it) push('Sono ', cue('participle', { f: 'stata', m: 'stato' }), ` responsabile di ${at(skills, 0)}.`)
      else push(cue('pronoun', she), ` trained new staff in ${at(skills, 0)}.`)
    }
  }

  if (spec.leave > 0) {
    const leaveYear = Math.floor(lastMonth / 12) - 1 - spec.leave
    if (it) push(`${leaveYear}: `, cue('leave', { f: 'congedo di maternità', m: 'congedo di paternità' }), ` (${spec.leave + 3} mesi)`)
    else push(`${leaveYear}: `, cue('leave', { f: 'maternity leave', m: 'paternity leave' }), ` (${spec.leave + 3} months)`)
  }

  heading('education')
  for (const entry of spec.education) {
    // Diplomas at 19, degrees a few years later, courses any time after school.
    const age = entry.kind % 6 === 0 || entry.kind % 6 === 3 ? 19 : entry.kind % 6 <= 2 ? 22 + (entry.offset % 4) : 19 + entry.offset
    const graduation = Math.min(year + age, 2025)
    const field = at(studyFields, entry.field)
    if (it) {
      switch (entry.kind % 6) {
        case 0: push(`Diploma di maturità, ${graduation}`); break
        case 1: push(`Laurea triennale in ${field.it}, Università degli Studi di Esempio, ${graduation}`); break
        case 2: push(cue('participle', { f: 'Laureata', m: 'Laureato' }), ` in ${field.it} presso l'Università degli Studi di Esempio nel ${graduation}`); break
        case 3: push(cue('participle', { f: 'Diplomata', m: 'Diplomato' }), ` presso l'Istituto Tecnico Esempio nel ${graduation}`); break
        case 4: push(`Corso HACCP (12 ore), ${graduation}`); break
        default: push(`Attestato di primo soccorso, ${graduation}`)
      }
    } else {
      switch (entry.kind % 6) {
        case 0: push(`High school diploma, ${graduation}`); break
        case 1: push(`Bachelor's degree in ${field.en}, University of Esempio, ${graduation}`); break
        case 2: push(cue('pronoun', she), ` graduated in ${field.en} in ${graduation}.`); break
        case 3: push(`Food hygiene certificate (HACCP), ${graduation}`); break
        case 4: push(`First aid certificate, ${graduation}`); break
        default: push(cue('pronoun', she), ` holds a diploma in ${field.en} (${graduation}).`)
      }
    }
  }

  if (spec.skills.length > 0) {
    heading('skills')
    const skills = [...new Set(spec.skills.map((i) => at(it ? generalSkillsIt : generalSkillsEn, i)))]
    if (spec.bullet % 3 === 2) push(skills.join(', '))
    else for (const skill of skills) push(bullet, skill)
  }

  heading('languages')
  if (it) push(spec.nativeStyle % 2 === 0 ? 'Italiano: madrelingua' : 'Madrelingua italiana')
  else push(spec.nativeStyle % 2 === 0 ? 'Italian: native' : 'Native Italian speaker')
  const seenLanguages = new Set<number>()
  for (const entry of spec.languages) {
    const index = entry.language % languagesIt.length
    if (seenLanguages.has(index)) continue
    seenLanguages.add(index)
    push(`${at(it ? languagesIt : languagesEn, index)}: ${at(cefrLevels, entry.level)}`)
  }

  if (spec.licence > 0) {
    heading('licence')
    const military = spec.military ? [cue('military', { f: '', m: it ? ', servizio militare assolto' : ', military service completed' })] : []
    if (it) {
      if (spec.licence === 1) push('Patente B', ...military)
      else if (spec.licence === 2) push('Patente B, ', cue('adjective', { f: 'automunita', m: 'automunito' }), ...military)
      else push('Patente B e C', ...military)
    } else if (spec.licence === 1) push('Driving licence: B', ...military)
    else if (spec.licence === 2) push('Full driving licence (category B), own car', ...military)
    else push('Driving licence: B and C', ...military)
  }

  if (spec.organisation > 0) {
    heading('volunteering')
    if (spec.organisation === 1) {
      if (it) push('Pallavolo nella squadra ', cue('organisation', { f: 'femminile', m: 'maschile' }), ' del Circolo Sportivo Esempio, 2016 – 2020')
      else push('Played in the ', cue('organisation', { f: "women's", m: "men's" }), ' volleyball team of the Esempio Sports Club, 2016 – 2020')
    } else if (it) push('Canto nel coro ', cue('organisation', { f: 'femminile', m: 'maschile' }), ' Voci di Esempio')
    else push('Sang in the ', cue('organisation', { f: "girls'", m: "boys'" }), ' choir of the Esempio Music School')
  }

  if (spec.volunteering) {
    heading('volunteering')
    if (it) push("Presidente dell'associazione inquilini Esempio, 2019 – 2022")
    else push(cue('job-title', { f: 'Chairwoman', m: 'Chairman' }), " of the Esempio tenants' association, 2019 – 2022")
  }

  if (spec.reference > 0) {
    push('')
    const employer = at(main.employers, spec.reference)
    if (it) push(`Referenze: ${at(refereesIt, spec.reference)}, ${employer}: «`, cue('reference', { f: 'La Sig.ra', m: 'Il Sig.' }), ` ${surname} ha lavorato con noi per due anni.»`)
    else push(`Reference: ${at(refereesEn, spec.reference)}, ${employer}: "`, cue('reference', { f: 'Ms', m: 'Mr' }), ` ${surname} worked with us for two years."`)
  }

  if (spec.privacy) {
    push('')
    push(
      it
        ? 'Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).'
        : 'References available on request.',
    )
  }

  if (spec.evasion > 0) {
    push('')
    push(cue('evasion', { f: evade(female, spec.evasion), m: evade(male, spec.evasion) }), ` ${surname}`)
  }

  const present = new Set<CueKind>()
  let femaleText = ''
  let maleText = ''
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      femaleText += '\n'
      maleText += '\n'
    }
    for (const piece of line) {
      if (typeof piece === 'string') {
        femaleText += piece
        maleText += piece
      } else {
        femaleText += piece.f
        maleText += piece.m
        if (piece.f !== piece.m) present.add(piece.kind)
      }
    }
  }
  return { female: femaleText + '\n', male: maleText + '\n', cues: cueKinds.filter((kind) => present.has(kind)) }
}
