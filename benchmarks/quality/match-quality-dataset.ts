/**
 * Builds the synthetic match evaluation set in data/match/ (run: `pnpm bench:match-quality-dataset`):
 * vacancies.jsonl (the 40 hand-written vacancies), cvs.jsonl (CVs generated with a fixed seed from the
 * hand-written building blocks of match-quality-occupations.ts, in the messy layouts people send) and
 * labels.json (graded relevance of every pair by the rule of match-quality-metrics.ts; pairs absent are 0).
 * Deterministic: the same code gives the same files. Names, contacts and employers are invented.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cvOnlyOccupations, occupations, type CvBlocks, type Occupation, type Phrases } from './match-quality-occupations.js'
import { relevance, type RuleCv } from './match-quality-metrics.js'
import { vacancies } from './match-quality-vacancies.js'

const here = dirname(fileURLToPath(import.meta.url))
const outDir = join(here, 'data', 'match')

/** A CV of the evaluation set with what the relevance rule reads. */
export interface EvalCv extends RuleCv {
  id: string
  language: 'it' | 'en'
  isco: string
  layout: string
  noise: string[]
  /** The occupation of a second job held, when there is one. */
  secondOccupation?: string
  text: string
}

// ---------------------------------------------------------------- seeded randomness
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = mulberry32(20261207)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const chance = (p: number) => random() < p
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
function sample<T>(items: readonly T[], n: number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy.slice(0, Math.min(n, copy.length))
}
const variant = (p: Phrases) => pick(p.slice(1) as string[])

// ---------------------------------------------------------------- invented identities
const itFirst = ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Alessandro', 'Martina', 'Davide', 'Sara', 'Simone', 'Valentina', 'Matteo', 'Federica', 'Andrea', 'Elisa', 'Stefano', 'Ilaria', 'Fabio', 'Roberta', 'Daniele', 'Manuela', 'Gianluca', 'Serena', 'Emanuele']
const itLast = ['Rinaldi', 'Ferraro', 'Marchetti', 'Bellucci', 'Santoro', 'Galli', 'Mancini', 'De Luca', 'Cattaneo', 'Orlando', 'Fabbri', 'Pellegrini', 'Caruso', 'Monti', 'Leone', 'Vitale', 'Serra', 'Palumbo', 'Testa', 'Guerra']
const otherFirst = ['Ana', 'Mihai', 'Fatima', 'Oleksandr', 'Priya', 'Kwame', 'Elena', 'Tomasz', 'Maria Luisa', 'Jorge', 'Aisha', 'Daniel', 'Sophie', 'Ionut', 'Grace']
const otherLast = ['Popescu', 'El Amrani', 'Kovalenko', 'Sharma', 'Mensah', 'Ivanova', 'Nowak', 'Gonzalez', 'Diallo', 'Smith', 'Murphy', 'Dumitru', 'Okafor']
const cities = ['Roma', 'Latina', 'Frosinone', 'Viterbo', 'Rieti', 'Milano', 'Bologna', 'Torino', 'Napoli', 'Firenze', 'Pomezia', 'Tivoli', 'Guidonia', 'Fiumicino', 'Monza', 'Bergamo', 'Padova', 'Verona']
const streets = ['Via dei Gracchi', 'Via Tiburtina', 'Via Appia Nuova', 'Viale Europa', 'Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Casilina', 'Via Nazionale']

function identity(language: 'it' | 'en') {
  const foreign = language === 'en' ? chance(0.5) : chance(0.2)
  const first = foreign ? pick(otherFirst) : pick(itFirst)
  const last = foreign ? pick(otherLast) : pick(itLast)
  const city = pick(cities)
  const mailUser = `${first.toLowerCase().replace(/ /g, '')}.${last.toLowerCase().replace(/ /g, '')}${chance(0.5) ? int(70, 99) : ''}`
  const email = `${mailUser}@${pick(['gmail.com', 'libero.it', 'hotmail.it', 'yahoo.com', 'outlook.it'])}`
  const phone = pick(['+39 3', '3', '+39 3']) + `${int(20, 49)} ${int(100, 999)} ${int(1000, 9999)}`
  const address = `${pick(streets)} ${int(1, 180)}, ${int(10, 99)}${int(100, 199)} ${city}`
  return { first, last, city, email, phone, address }
}

// ---------------------------------------------------------------- CV content
interface Job {
  title: string
  employer: string
  city: string
  from: number
  to: number | 'now'
  duties: string[]
  tags: string[]
}

const monthsIt = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'novembre']
const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Sep', 'Oct', 'Nov']
function period(job: Job, language: 'it' | 'en'): string {
  const style = int(0, 3)
  const end = job.to === 'now' ? (language === 'it' ? pick(['oggi', 'ad oggi', 'in corso', 'attuale']) : pick(['present', 'now', 'current'])) : String(job.to)
  if (style === 0) return `${job.from} - ${end}`
  const months = language === 'it' ? monthsIt : monthsEn
  if (style === 1) return `${pick(months.slice(0, 5))} ${job.from} – ${job.to === 'now' ? end : `${pick(months.slice(5))} ${job.to}`}`
  if (style === 2) return `${String(int(1, 6)).padStart(2, '0')}/${job.from} - ${job.to === 'now' ? end : `${String(int(7, 12)).padStart(2, '0')}/${job.to}`}`
  if (language === 'en') return `${job.from} to ${end}`
  return job.to === 'now' ? `dal ${job.from} ${pick(['a oggi', 'ad oggi', '(in corso)'])}` : `dal ${job.from} al ${job.to}`
}

function makeJob(blocks: CvBlocks, from: number, to: number | 'now', dutyCount: number, city: string, titleIndex?: number): Job {
  const chosen = sample(blocks.duties, dutyCount)
  return {
    title: titleIndex === undefined ? pick(blocks.titles) : (blocks.titles[titleIndex] as string),
    employer: pick(blocks.employers),
    city,
    from,
    to,
    duties: chosen.map(variant),
    tags: chosen.map((d) => d[0]),
  }
}

const juniorIt = ['Stage curriculare', 'Tirocinio formativo', 'Tirocinio extracurriculare (Garanzia Giovani)', 'Alternanza scuola-lavoro']
const juniorEn = ['Internship', 'Work placement', 'Traineeship', 'Work experience']
const objectivesIt = ['Obiettivo: lavorare come {t}', 'OBIETTIVO PROFESSIONALE: {t}', 'Cerco lavoro come {t}, disponibile da subito', 'Posizione desiderata: {t}']
const objectivesEn = ['Objective: a position as {t}', 'Career objective: {t}', 'Looking for work as {t}, available immediately', 'Target role: {t}']
const summariesIt = [
  'Persona seria, puntuale e con voglia di imparare.',
  'Ho {y} anni di esperienza nel settore e lavoro bene in squadra.',
  'Dinamica, affidabile, abituata a lavorare sotto pressione.',
  'Esperienza pluriennale, ottime capacita organizzative e di problem solving.',
  'Sono una persona precisa e disponibile, anche a turni e nel weekend.',
]
const summariesEn = [
  'Reliable, punctual and keen to learn.',
  '{y} years of experience in the sector, good team player.',
  'Hard-working and flexible, used to working under pressure.',
  'Experienced professional with strong organisational skills.',
  'Living in Italy since 2015, looking for a stable job.',
]
const langsIt = ['Inglese: B1', 'Inglese scolastico', 'inglese buono, spagnolo base', 'Inglese B2, francese A2', 'Lingua madre: italiano. Altre lingue: inglese (livello intermedio)', 'Rumeno madrelingua, italiano ottimo']
const langsEn = ['Italian (native), English (B2)', 'English: fluent; Italian: C1', 'Languages: English C1, Italian B2, Romanian native', 'Italian mother tongue, English good', 'English (IELTS 7.0)']
const extrasIt = ['Patente B, automunito', 'Patente B', 'Disponibilita immediata', 'Disponibile a trasferte', 'Disponibilità a lavorare su turni e festivi', 'Automunita', 'Iscritto al Centro per l Impiego', 'Categoria protetta L.68/99']
const extrasEn = ['Driving licence B', 'Available immediately', 'Own car', 'Willing to relocate', 'Available for shifts and weekends', 'Permit to work in Italy']

interface CvContent {
  language: 'it' | 'en'
  who: ReturnType<typeof identity>
  objective?: string
  summary?: string
  jobs: Job[]
  education: string[]
  skills: string[]
  languages: string
  extras: string[]
}

// ---------------------------------------------------------------- layouts
const headingsIt = {
  objective: ['Obiettivo', 'Profilo', 'Chi sono'],
  experience: ['Esperienze lavorative', 'Esperienza professionale', 'Esperienze', 'Lavori svolti', 'ESPERIENZA LAVORATIVA'],
  education: ['Istruzione e formazione', 'Formazione', 'Titoli di studio', 'Studi'],
  skills: ['Competenze', 'Capacità e competenze tecniche', 'Competenze professionali', 'Skills'],
  languages: ['Lingue', 'Conoscenze linguistiche', 'Lingue straniere'],
  other: ['Altre informazioni', 'Ulteriori informazioni', 'Varie'],
  contacts: ['Dati personali', 'Informazioni personali', 'Contatti'],
}
const headingsEn = {
  objective: ['Objective', 'Profile', 'About me', 'Summary'],
  experience: ['Work experience', 'Experience', 'Employment history', 'Professional experience'],
  education: ['Education', 'Education and training', 'Qualifications'],
  skills: ['Skills', 'Key skills', 'Technical skills', 'Competences'],
  languages: ['Languages', 'Language skills'],
  other: ['Other', 'Additional information'],
  contacts: ['Personal details', 'Contact', 'Contact details'],
}

function jobLines(job: Job, c: CvContent, bullet: string, inline: boolean): string[] {
  const when = period(job, c.language)
  const where = c.language === 'it' ? `${job.employer}, ${job.city}` : `${job.employer}, ${job.city}`
  if (inline) return [`${when} ${job.title} presso ${where}: ${job.duties.join(', ')}.`.replace(' presso ', c.language === 'it' ? ' presso ' : ' at ')]
  const header = pick([`${when} | ${job.title} | ${where}`, `${job.title} - ${where} (${when})`, `${when}\n${job.title}\n${where}`, `${job.title.toUpperCase()}, ${where}, ${when}`])
  const duties = chance(0.35) ? [`${c.language === 'it' ? pick(['Mansioni: ', 'Attività: ', '']) : pick(['Duties: ', 'Tasks: ', ''])}${job.duties.join('; ')}`] : job.duties.map((d) => `${bullet}${d}`)
  return [header, ...duties]
}

function render(c: CvContent, layout: string): string {
  const h = c.language === 'it' ? headingsIt : headingsEn
  const w = c.who
  const name = `${w.first} ${w.last}`
  const skillList = c.skills.join(pick([', ', ', ', ' - ', ' / ']))
  const title = c.jobs[0]?.title
  if (layout === 'one-line') {
    // A CV pasted from a PDF into a web form: everything on one line, headings inline.
    const parts = [name, w.address, `tel ${w.phone}`, w.email]
    if (c.objective) parts.push(c.objective)
    if (c.summary) parts.push(c.summary)
    parts.push(`${pick(h.experience).toUpperCase()}:`, ...c.jobs.flatMap((j) => jobLines(j, c, '', true)))
    if (c.education.length > 0) parts.push(`${pick(h.education).toUpperCase()}:`, c.education.join('. '))
    if (c.skills.length > 0) parts.push(`${pick(h.skills).toUpperCase()}:`, skillList)
    parts.push(`${pick(h.languages).toUpperCase()}:`, c.languages, ...c.extras)
    return parts.join(' ')
  }
  const lines: string[] = []
  const head = (s: string) => (layout === 'upper' ? s.toUpperCase() : layout === 'markdown' ? `## ${s}` : layout === 'europass' ? s.toUpperCase() : s)
  const bullet = layout === 'markdown' ? '- ' : layout === 'upper' ? pick(['• ', '- ', '* ']) : pick(['- ', '• ', '', '> '])
  if (layout === 'markdown') lines.push(`# ${name}`, title ? `**${title}**` : '', `${w.city} | ${w.phone} | ${w.email}`, '')
  else if (layout === 'europass') lines.push('CURRICULUM VITAE', '', head(pick(h.contacts)), `${c.language === 'it' ? 'Nome' : 'Name'}: ${name}`, `${c.language === 'it' ? 'Indirizzo' : 'Address'}: ${w.address}`, `${c.language === 'it' ? 'Telefono' : 'Phone'}: ${w.phone}`, `E-mail: ${w.email}`, '')
  else lines.push(layout === 'upper' ? name.toUpperCase() : name, `${w.address}`, `${w.phone} - ${w.email}`, '')
  if (c.objective) lines.push(c.objective, '')
  if (c.summary) lines.push(...(chance(0.5) ? [head(pick(h.objective))] : []), c.summary, '')
  lines.push(head(pick(h.experience)))
  for (const job of c.jobs) lines.push(...jobLines(job, c, bullet, false), '')
  if (c.education.length > 0) lines.push(head(pick(h.education)), ...c.education.map((e) => `${bullet}${e}`), '')
  if (c.skills.length > 0) {
    lines.push(head(pick(h.skills)))
    if (chance(0.5)) lines.push(skillList)
    else lines.push(...c.skills.map((s) => `${bullet}${s}`))
    lines.push('')
  }
  lines.push(head(pick(h.languages)), c.languages, '')
  if (c.extras.length > 0) lines.push(head(pick(h.other)), ...c.extras)
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()
}

// ---------------------------------------------------------------- noise
const mojibake: Record<string, string> = { 'à': 'Ã ', 'è': 'Ã¨', 'é': 'Ã©', 'ì': 'Ã¬', 'ò': 'Ã²', 'ù': 'Ã¹', '•': 'â€¢', '–': 'â€“', '’': 'â€™' }
function addMojibake(text: string): string {
  return text.replace(/[àèéìòù•–’]/g, (ch) => mojibake[ch] ?? ch)
}
function addReplacementChars(text: string): string {
  return text.replace(/[àèéìòù]/g, '\uFFFD')
}
function addTypos(text: string, count: number): string {
  const words = text.split(' ')
  for (let n = 0; n < count; n++) {
    const i = int(0, words.length - 1)
    const word = words[i] as string
    if (!/^[a-zà-ù]{5,}$/i.test(word)) continue
    const at = int(1, word.length - 3)
    words[i] = chance(0.5) ? word.slice(0, at) + (word[at + 1] as string) + (word[at] as string) + word.slice(at + 2) : word.slice(0, at) + word.slice(at + 1)
  }
  return words.join(' ')
}
function accentsAsApostrophes(text: string): string {
  // "qualità" typed as "qualita'" on a keyboard without accents.
  return text.replace(/[àèéìòù]/g, (ch) => `${ch.normalize('NFD')[0]}'`)
}

// ---------------------------------------------------------------- the CVs
const allOccupations = [...occupations, ...cvOnlyOccupations]
const byId = new Map(allOccupations.map((o) => [o.id, o]))
const layouts = ['plain', 'plain', 'upper', 'markdown', 'one-line', 'europass', 'minimal']

function makeCv(id: string, occupation: Occupation, language: 'it' | 'en', level: 'working' | 'junior', other?: Occupation): EvalCv {
  const blocks = occupation[language]
  const who = identity(language)
  const layout = pick(layouts)
  const now = 2026
  const jobs: Job[] = []
  const skills = new Set<string>()
  const partial = new Set<string>()
  let years = 0
  if (level === 'working') {
    const count = layout === 'minimal' ? 1 : int(1, 3)
    let end: number | 'now' = chance(0.6) ? 'now' : int(2022, 2025)
    for (let i = 0; i < count; i++) {
      const to = end
      const from = (to === 'now' ? now : to) - int(1, 5)
      const job = makeJob(blocks, from, to, layout === 'minimal' ? int(1, 2) : int(2, 4), chance(0.7) ? who.city : pick(cities))
      jobs.push(job)
      for (const t of job.tags) skills.add(t)
      years += (to === 'now' ? now : to) - from
      end = from - int(0, 1)
    }
  } else {
    // An internship or a course in the occupation, and maybe an unrelated student job.
    const intern = makeJob(blocks, now - 2, now - 1, 1, who.city)
    intern.title = `${language === 'it' ? pick(juniorIt) : pick(juniorEn)} - ${pick(blocks.titles)}`
    jobs.push(intern)
    for (const t of intern.tags) partial.add(t)
  }
  let secondOccupation: string | undefined
  if (other !== undefined) {
    const last = jobs.at(-1)
    const before = last === undefined ? now - 1 : last.from - 1
    const job = makeJob(other[language], before - int(1, 4), before, int(1, 3), who.city)
    jobs.push(job)
    for (const t of job.tags) skills.add(t)
    secondOccupation = other.id
  }
  // Skill list: items of the occupation; working level in a CV of someone who has done the job, partial in a junior's.
  const skillItems: string[] = []
  const listCount = layout === 'minimal' ? int(0, 2) : int(2, 5)
  for (const s of sample(blocks.skills, listCount)) {
    skillItems.push(variant(s))
    if (level === 'working') skills.add(s[0])
    else partial.add(s[0])
  }
  const objectiveTitle = pick(blocks.titles).toLowerCase()
  const objective =
    level === 'junior' || chance(0.25)
      ? pick(language === 'it' ? objectivesIt : objectivesEn).replace('{t}', objectiveTitle)
      : undefined
  const summary = chance(0.45) ? pick(language === 'it' ? summariesIt : summariesEn).replace('{y}', String(Math.max(1, years))) : undefined
  const content: CvContent = {
    language,
    who,
    ...(objective === undefined ? {} : { objective }),
    ...(summary === undefined ? {} : { summary }),
    jobs,
    education: layout === 'minimal' && chance(0.5) ? [] : sample(blocks.education, int(1, 2)),
    skills: skillItems,
    languages: pick(language === 'it' ? langsIt : langsEn),
    extras: sample(language === 'it' ? extrasIt : extrasEn, int(0, 2)),
  }
  let text = render(content, layout)
  const noise: string[] = []
  if (chance(0.3)) {
    text = addTypos(text, int(1, 4))
    noise.push('typos')
  }
  const r = random()
  if (r < 0.1) {
    text = addMojibake(text.replace(/^- /gm, '• ').replace(/ - /g, ' – '))
    noise.push('mojibake')
  } else if (r < 0.15) {
    text = addReplacementChars(text)
    noise.push('replacement-char')
  } else if (r < 0.22 && language === 'it') {
    text = accentsAsApostrophes(text)
    noise.push('apostrophe-accents')
  } else if (r < 0.27) {
    text = text.toLowerCase()
    noise.push('lowercase')
  }
  for (const t of partial) if (skills.has(t)) partial.delete(t)
  return {
    id,
    language,
    occupation: occupation.id,
    isco: occupation.isco,
    level,
    skills: [...skills].sort(),
    partialSkills: [...partial].sort(),
    layout,
    noise,
    ...(secondOccupation === undefined ? {} : { secondOccupation }),
    text,
  }
}

const englishHeavy = new Set(['software-developer', 'data-analyst', 'regulatory-affairs', 'medical-rep', 'nurse'])
const cvs: EvalCv[] = []
let serial = 0
const nextId = () => `cv-${String(++serial).padStart(3, '0')}`
for (const occupation of occupations) {
  const english = englishHeavy.has(occupation.id) ? 6 : 4
  for (let i = 0; i < 12; i++) {
    const language = i < 12 - english ? 'it' : 'en'
    const level = i === 0 || i === 12 - english ? 'junior' : 'working'
    // About one CV in four also held a job in another occupation (a neighbour or an unrelated one).
    const other = chance(0.25) ? pick(allOccupations.filter((o) => o.id !== occupation.id)) : undefined
    cvs.push(makeCv(nextId(), occupation, language, level, other))
  }
}
for (const occupation of cvOnlyOccupations) {
  for (let i = 0; i < 8; i++) {
    const other = chance(0.2) ? pick(allOccupations.filter((o) => o.id !== occupation.id)) : undefined
    cvs.push(makeCv(nextId(), occupation, i < 5 ? 'it' : 'en', 'working', other))
  }
}
// Shuffle the order in which CVs are listed so that ids say nothing about the occupation.
const order = sample(cvs, cvs.length)
const renamed = order.map((cv, i) => ({ ...cv, id: `cv-${String(i + 1).padStart(3, '0')}` }))

// ---------------------------------------------------------------- labels
const labels: Record<string, Record<string, number>> = {}
for (const v of vacancies) {
  const row: Record<string, number> = {}
  for (const cv of renamed) {
    const rel = relevance(v, cv, byId)
    if (rel > 0) row[cv.id] = rel
  }
  labels[v.id] = row
}

mkdirSync(outDir, { recursive: true })
writeFileSync(join(outDir, 'vacancies.jsonl'), `${vacancies.map((v) => JSON.stringify({ ...v, isco: byId.get(v.occupation)?.isco })).join('\n')}\n`)
writeFileSync(join(outDir, 'cvs.jsonl'), `${renamed.map((cv) => JSON.stringify(cv)).join('\n')}\n`)
writeFileSync(
  join(outDir, 'labels.json'),
  `${JSON.stringify({ rule: 'see docs/benchmarks/match-quality.md; pairs absent are 0', occupations: Object.fromEntries(allOccupations.map((o) => [o.id, { isco: o.isco, family: o.family, adjacent: o.adjacent }])), labels }, null, 1)}\n`,
)
const counts = { it: renamed.filter((c) => c.language === 'it').length, en: renamed.filter((c) => c.language === 'en').length }
const pairs = Object.values(labels).flatMap((row) => Object.values(row))
process.stdout.write(
  `vacancies: ${vacancies.length} (${vacancies.filter((v) => v.language === 'it').length} it), CVs: ${renamed.length} (${counts.it} it, ${counts.en} en), ` +
    `pairs rel 2: ${pairs.filter((r) => r === 2).length}, rel 1: ${pairs.filter((r) => r === 1).length}, of ${vacancies.length * renamed.length}\n`,
)
