/**
 * Builds the labelled CV set of the anonymization benchmark: synthetic Italian and English CVs in
 * several layouts, written from templates with every identifier, protected attribute and gender cue
 * marked, and the words that must survive (skills, employers, places of work, dates) marked too.
 * Deterministic (seeded); run it to rewrite `data/anonymize-cvs/`. All people, companies and numbers
 * are invented.
 *
 *   tsx --conditions=@incontro/source quality/anonymize-dataset.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { codiceFiscaleCheckCharacter } from '@incontro/core'

/** A marked span: `sensitive` (must go) or `keep` (must survive). */
export interface MarkedSpan {
  category: string
  kind: 'sensitive' | 'keep'
  start: number
  end: number
}

class Doc {
  text = ''
  spans: MarkedSpan[] = []
  t(s: string): this {
    this.text += s
    return this
  }
  m(category: string, s: string): this {
    this.spans.push({ category, kind: 'sensitive', start: this.text.length, end: this.text.length + s.length })
    this.text += s
    return this
  }
  k(category: string, s: string): this {
    this.spans.push({ category, kind: 'keep', start: this.text.length, end: this.text.length + s.length })
    this.text += s
    return this
  }
  nl(): this {
    this.text += '\n'
    return this
  }
}

let seed = 20261122
const random = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('')
const pad = (n: number): string => String(n).padStart(2, '0')

const people = [
  { f: 'Giulia', m: 'Marco', s: 'Brambilla' }, { f: 'Francesca', m: 'Luca', s: 'Colombo' }, { f: 'Ioana', m: 'Mihai', s: 'Popescu' },
  { f: 'Maricel', m: 'Rodel', s: 'Dela Cruz' }, { f: 'Xiaoling', m: 'Wei', s: 'Chen' }, { f: 'Fatma', m: 'Ahmed', s: 'Hassan' },
  { f: 'Khadija', m: 'Youssef', s: 'El Amrani' }, { f: 'Milagros', m: 'Jorge', s: 'Quispe' }, { f: 'Mayra', m: 'Byron', s: 'Zambrano' },
  { f: 'Nadeesha', m: 'Nuwan', s: 'Perera' }, { f: 'Oksana', m: 'Taras', s: 'Kovalenko' }, { f: 'Blerta', m: 'Arben', s: 'Hoxha' },
  { f: 'Nusrat', m: 'Rahim', s: 'Chowdhury' }, { f: 'Awa', m: 'Mamadou', s: 'Diop' }, { f: 'Elena', m: 'Paolo', s: 'Fumagalli' },
  { f: 'Chiara', m: 'Davide', s: 'Sala' }, { f: 'Sara', m: 'Matteo', s: "D'Angelo" }, { f: 'Aurora', m: 'Leonardo', s: 'De Luca' },
  { f: 'Zelinda', m: 'Aurelio', s: 'Scaramuzza' }, { f: 'Mei', m: 'Jun', s: 'Zhou' }, { f: 'Rosa', m: 'Franco', s: 'Villa' },
  { f: 'Emily', m: 'James', s: 'Walker' }, { f: 'Olena', m: 'Andrii', s: 'Shevchenko' }, { f: 'Fatou', m: 'Cheikh', s: 'Ndiaye' },
]
const jobs = [
  { it: { f: 'Cameriera', m: 'Cameriere' }, en: { f: 'Waitress', m: 'Waiter' }, skillsIt: ['servizio ai tavoli', 'HACCP', 'gestione cassa'], skillsEn: ['table service', 'food hygiene (HACCP)', 'till handling'], employers: ['Trattoria Il Glicine Srl', 'Bistrot Navigli Snc'] },
  { it: { f: 'Commessa', m: 'Commesso' }, en: { f: 'Saleswoman', m: 'Salesman' }, skillsIt: ['vendita assistita', 'allestimento vetrine', 'inventario'], skillsEn: ['customer service', 'visual merchandising', 'stock taking'], employers: ['Moda Duomo Srl', 'Calzature Brera Spa'] },
  { it: { f: 'Magazziniera', m: 'Magazziniere' }, en: { f: 'Warehouse operative', m: 'Warehouse operative' }, skillsIt: ['carrello elevatore', 'preparazione ordini', 'gestione inventario'], skillsEn: ['forklift driving', 'order picking', 'inventory management'], employers: ['Logistica Lambro Spa', 'Depositi Rogoredo Srl'] },
  { it: { f: 'Infermiera', m: 'Infermiere' }, en: { f: 'Nurse', m: 'Nurse' }, skillsIt: ['primo soccorso', 'somministrazione della terapia', 'assistenza alla persona'], skillsEn: ['first aid', 'medication administration', 'personal care'], employers: ['Casa di Cura Parco Nord', 'RSA Villa Serena'] },
  { it: { f: 'Impiegata amministrativa', m: 'Impiegato amministrativo' }, en: { f: 'Administrative assistant', m: 'Administrative assistant' }, skillsIt: ['contabilità generale', 'Excel', 'fatturazione elettronica'], skillsEn: ['bookkeeping', 'Excel', 'electronic invoicing'], employers: ['Studio Contabile Porta Romana', 'Servizi Amministrativi Lorenteggio Srl'] },
  { it: { f: 'Cuoca', m: 'Cuoco' }, en: { f: 'Cook', m: 'Cook' }, skillsIt: ['preparazione dei primi piatti', 'HACCP', 'gestione della cucina'], skillsEn: ['preparing pasta dishes', 'food hygiene (HACCP)', 'running a kitchen'], employers: ['Osteria del Ponte Srl', 'Mensa Aziendale Bicocca Srl'] },
  { it: { f: 'Sviluppatrice software', m: 'Sviluppatore software' }, en: { f: 'Software developer', m: 'Software developer' }, skillsIt: ['TypeScript', 'SQL', 'Git'], skillsEn: ['TypeScript', 'SQL', 'Git'], employers: ['Pixel Isola Srl', 'Digitale Lambrate Spa'] },
]
const places = ['Milano', 'Sesto San Giovanni', 'Rho', 'Monza', 'Cinisello Balsamo', 'Assago']
const birthPlaces = [
  { it: 'Milano', en: 'Milan', code: 'F205' }, { it: 'Bucarest (Romania)', en: 'Bucharest, Romania', code: 'Z129' }, { it: 'Manila (Filippine)', en: 'Manila, Philippines', code: 'Z216' },
  { it: 'Lima (Perù)', en: 'Lima, Peru', code: 'Z611' }, { it: 'Dakar (Senegal)', en: 'Dakar, Senegal', code: 'Z343' }, { it: 'Napoli', en: 'Naples', code: 'F839' },
]
const streets = ['Via Padova', 'Viale Monza', 'Via Giambellino', 'Corso Lodi', 'Via Imbonati', 'Piazza Prealpi']
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function codiceFiscale(surname: string, given: string, year: number, month: number, day: number, female: boolean, code: string): string {
  const letters = (s: string) => s.toUpperCase().replace(/[^A-Z]/g, '')
  const cons = (s: string) => letters(s).replace(/[AEIOU]/g, '')
  const vow = (s: string) => letters(s).replace(/[^AEIOU]/g, '')
  const three = (s: string) => `${cons(s)}${vow(s)}XXX`.slice(0, 3)
  const monthLetter = 'ABCDEHLMPRST'[month - 1] as string
  const first15 = `${three(surname)}${three(given)}${pad(year % 100)}${monthLetter}${pad(day + (female ? 40 : 0))}${code}`
  return first15 + codiceFiscaleCheckCharacter(first15)
}

function iban(): string {
  const bban = `${'ABCDEFGHIJKLMNOPRSTUVWXYZ'[Math.floor(random() * 25)]}${digits(5)}${digits(5)}${digits(12)}`
  const numeric = (s: string) => [...s].map((c) => (/[0-9]/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('')
  let remainder = 0
  for (const d of numeric(`${bban}IT00`)) remainder = (remainder * 10 + Number(d)) % 97
  const check = pad(98 - remainder)
  const raw = `IT${check}${bban}`
  return random() < 0.5 ? raw : (raw.match(/.{1,4}/g) as string[]).join(' ')
}

function partitaIva(): string {
  const body = digits(10)
  let sum = 0
  for (let i = 0; i < 10; i++) {
    let d = Number(body[i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return body + String((10 - (sum % 10)) % 10)
}

function phone(language: 'it' | 'en'): string {
  const it = [`+39 3${digits(2)} ${digits(3)} ${digits(4)}`, `3${digits(2)}-${digits(7)}`, `02 ${digits(4)} ${digits(4)}`, `(+39) 02-${digits(8)}`, `+39 3${digits(2)}${digits(7)}`]
  const foreign = [`+40 72${digits(1)} ${digits(3)} ${digits(3)}`, `+63 917 ${digits(3)} ${digits(4)}`, `+20 10${digits(1)} ${digits(3)} ${digits(4)}`, `+44 20 79${digits(2)} ${digits(4)}`]
  return random() < (language === 'it' ? 0.8 : 0.5) ? pick(it) : pick(foreign)
}

const emailLocal = (given: string, surname: string): string => {
  const g = given.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '')
  const s = surname.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '')
  return pick([`${g}.${s}`, `${g}${s}${digits(2)}`, `${s}.${g}`, `${g[0]}.${s}`])
}

function buildCv(index: number): { id: string; language: 'it' | 'en'; layout: number; text: string; spans: MarkedSpan[] } {
  const language: 'it' | 'en' = index % 2 === 0 ? 'it' : 'en'
  const layout = Math.floor(index / 2) % 4
  const female = random() < 0.5
  const person = pick(people)
  const given = female ? person.f : person.m
  const surname = person.s
  const it = language === 'it'
  const g = (f: string, m: string) => (female ? f : m)
  const year = 1970 + Math.floor(random() * 33)
  const month = 1 + Math.floor(random() * 12)
  const day = 1 + Math.floor(random() * 28)
  const birth = pick(birthPlaces)
  const job = pick(jobs)
  const d = new Doc()
  const local = emailLocal(given, surname)
  const email = `${local}@${pick(['example.com', 'example.org', 'posta.example.it'])}`
  const street = `${pick(streets)} ${1 + Math.floor(random() * 150)}`
  const cap = `201${pad(Math.floor(random() * 60))}`

  // Header
  if (layout === 0) {
    if (random() < 0.5) d.m('honorific', it ? g('Sig.ra', 'Sig.') : g('Ms', 'Mr')).t(' ')
    d.m('name', `${given} ${surname}`).nl()
    d.t(it ? 'Indirizzo: ' : 'Address: ').m('address', `${street}, ${cap}`).t(` ${it ? 'Milano' : 'Milan'}`).nl()
    d.t(it ? 'Tel. ' : 'Phone: ').m('phone', phone(language)).t(' - Email: ').m('email', email).nl()
  } else if (layout === 1) {
    d.t(it ? 'INFORMAZIONI PERSONALI' : 'PERSONAL INFORMATION').nl()
    d.t(it ? 'Nome: ' : 'First name: ').m('name', given).nl()
    d.t(it ? 'Cognome: ' : 'Surname: ').m('name', surname.toUpperCase()).nl()
    d.t(it ? 'Telefono: ' : 'Telephone: ').m('phone', phone(language)).nl()
    d.t('E-mail: ').m('email', email).nl()
    d.t('LinkedIn: ').m('url', `linkedin.com/in/${local.replace('.', '-')}`).nl()
  } else if (layout === 2) {
    d.m('name', `${given.toUpperCase()} ${surname.toUpperCase()}`).nl()
    d.k('job-title-neutral', it ? 'Profilo professionale' : 'Professional profile').t(' | ').m('email', email).t(' | ').m('phone', phone(language)).t(' | ').m('url', `@${local.replace('.', '_')}`).nl()
  } else {
    d.t(it ? 'Curriculum vitae di ' : 'Curriculum vitae of ').m('name', `${given} ${surname}`).nl()
    d.m('address', `${street}`).t(' - ').m('address', cap).t(` ${it ? 'Milano' : 'Milan'}`).nl()
    d.t('Cell: ').m('phone', phone(language)).nl()
    d.t('Mail: ').m('email', email).nl()
  }
  // Personal data
  const date = `${pad(day)}/${pad(month)}/${year}`
  if (it) {
    if (random() < 0.5) d.m('birthplace', `${g('Nata', 'Nato')} a ${birth.it}`).t(' ').m('birth-date', `il ${date}`).nl()
    else d.t('Data di nascita: ').m('birth-date', date).nl()
    if (random() < 0.6) d.t('Codice fiscale: ').m('codice-fiscale', codiceFiscale(surname, given, year, month, day, female, birth.code)).nl()
    if (random() < 0.5) d.t('Stato civile: ').m('marital-status', g(pick(['nubile', 'coniugata', 'divorziata']), pick(['celibe', 'coniugato', 'divorziato']))).nl()
    if (random() < 0.4) d.t('Nazionalità: ').m('nationality', pick(['italiana', 'rumena', 'filippina', 'peruviana', 'senegalese'])).nl()
    if (random() < 0.3) d.m('family', g('Madre di due figli', 'Padre di due figli')).t('.').nl()
  } else {
    if (random() < 0.5) d.m('birthplace', `Born in ${birth.en}`).t(' ').m('birth-date', `on ${day} ${monthsEn[month - 1]} ${year}`).nl()
    else d.t('Date of birth: ').m('birth-date', date).nl()
    if (random() < 0.4) d.t('Nationality: ').m('nationality', pick(['Italian', 'Romanian', 'Filipino', 'Peruvian', 'Ukrainian'])).nl()
    if (random() < 0.3) d.m('family', g('Mother of two children', 'Father of two children')).t('.').nl()
  }
  if (random() < 0.35) d.t('IBAN: ').m('iban', iban()).nl()
  if (random() < 0.3) d.t(it ? 'P.IVA ' : 'VAT number: ').m('id-number', partitaIva()).nl()
  if (random() < 0.3) d.t(it ? 'Patente B n. ' : 'Driving licence B no. ').m('id-number', `MI${digits(7)}${pick(['A', 'K', 'X'])}`).nl()
  if (random() < 0.2) d.t(it ? "Carta d'identità: " : 'ID card: ').m('id-number', `CA${digits(5)}${pick(['AB', 'KL', 'ZZ'])}`).nl()

  // Summary
  d.nl().t(it ? 'PROFILO' : 'PROFILE').nl()
  if (it) {
    d.t('Sono ').m('gendered-title', g(`una ${job.it.f.toLowerCase()}`, `un ${job.it.m.toLowerCase()}`)).t(' ').m('gendered-word', g('motivata', 'motivato')).t(', ').m('gendered-word', g('laureata', 'laureato')).t(' in Economia, con esperienza in ').k('skill', job.skillsIt[0] as string).t('.').nl()
    if (random() < 0.5) d.m('gendered-word', g('Abituata', 'Abituato')).t(' a lavorare in team e su turni.').nl()
  } else {
    d.m('pronoun', g('She', 'He')).t(' has worked in ').k('skill', job.skillsEn[0] as string).t(' and ').m('pronoun', g('her', 'his')).t(' colleagues describe ').m('pronoun', g('her', 'him')).t(' as reliable.').nl()
  }

  // Experience
  d.nl().t(it ? 'ESPERIENZE PROFESSIONALI' : 'WORK EXPERIENCE').nl()
  const count = 1 + Math.floor(random() * 3)
  let endYear = 2025
  for (let e = 0; e < count; e++) {
    const employer = pick(job.employers)
    const place = pick(places)
    const startYear = endYear - 1 - Math.floor(random() * 4)
    const title = it ? job.it : job.en
    const titleText = g(title.f, title.m)
    const mark = (doc: Doc) => (title.f === title.m ? doc.t(titleText) : doc.m('gendered-title', titleText))
    if (layout % 2 === 0) {
      mark(d).t(it ? ' presso ' : ' at ').k('employer', employer).t(', ').k('place-of-work', place).nl()
      d.k('date', `${pad(1 + e)}/${startYear}`).t(' – ').k('date', `${pad(6 + e)}/${endYear}`).nl()
    } else {
      d.k('date', `${startYear}`).t(' - ').k('date', `${endYear}`).t(' | ').k('employer', employer).t(' (').k('place-of-work', place).t(')').nl()
      mark(d).nl()
    }
    const skills = it ? job.skillsIt : job.skillsEn
    d.t(it ? 'Mansioni: ' : 'Duties: ').k('skill', skills[1] as string).t(', ').k('skill', skills[2] as string).t('.').nl()
    endYear = startYear
  }
  if (random() < 0.35) {
    d.k('date', `${endYear - 1}`).t(': ').m('family', it ? g('congedo di maternità', 'congedo di paternità') : g('maternity leave', 'paternity leave')).t(it ? ' (6 mesi)' : ' (6 months)').nl()
  }

  // Education
  d.nl().t(it ? 'ISTRUZIONE' : 'EDUCATION').nl()
  if (it) {
    d.m('gendered-word', g('Diplomata', 'Diplomato')).t(" presso l'Istituto Tecnico Carlo Cattaneo, ").k('place-of-work', 'Milano').t(', ').k('date', `${year + 19}`).nl()
    if (random() < 0.4) d.t('Pallavolo nella squadra ').m('gendered-organisation', g('femminile', 'maschile')).t(' del CUS Milano').nl()
  } else {
    d.t('High school diploma, ').k('date', `${year + 19}`).nl()
    if (random() < 0.4) d.t('Captain of the ').m('gendered-organisation', g("women's", "men's")).t(' football team').nl()
  }

  // Other
  d.nl().t(it ? 'ALTRE INFORMAZIONI' : 'OTHER INFORMATION').nl()
  if (random() < 0.25) {
    if (it) d.m('health', 'Invalidità civile 46%').t('.').nl()
    else d.t('I am ').m('health', 'visually impaired').t('.').nl()
  }
  if (random() < 0.2) d.t(it ? 'Sono ' : 'I am a ').m('religion', it ? g('cattolica praticante', 'cattolico praticante') : 'practising Muslim').t('.').nl()
  if (!female && random() < 0.4) d.m('military-service', it ? 'Servizio militare assolto' : 'Military service completed').nl()
  if (random() < 0.25) d.t(it ? 'Attualmente ' : 'Currently ').m('family', it ? 'incinta' : 'pregnant').t('.').nl()
  if (random() < 0.5) {
    const referee = pick([{ f: 'Ornella', m: 'Ettore', s: 'Verdi' }, { f: 'Helen', m: 'Peter', s: 'Green' }, { f: 'Lucia', m: 'Giovanni', s: 'Bassi' }])
    const refFemale = random() < 0.5
    d.t(it ? 'Referenze: ' : 'References: ').m('honorific', it ? (refFemale ? 'Dott.ssa' : 'Dott.') : refFemale ? 'Mrs' : 'Mr').t(' ').m('name', `${refFemale ? referee.f : referee.m} ${referee.s}`).t(', ').k('employer', pick(job.employers)).nl()
  }
  if (random() < 0.4) d.m('photo', it ? 'Foto allegata' : 'Photo attached').t('.').nl()
  // Signature, sometimes with an evasion
  d.nl()
  const evasion = random()
  if (evasion < 0.2) d.m('name', [...given].join(' ')).t(' ').m('name', surname).nl()
  else if (evasion < 0.4) d.m('name', `${given.slice(0, 2)}\u200B${given.slice(2)}`).t(' ').m('name', surname).nl()
  else d.m('name', `${given} ${surname}`).nl()
  const id = `${String(index + 1).padStart(3, '0')}-${language}-layout${layout}`
  return { id, language, layout, text: d.text, spans: d.spans }
}

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, 'data', 'anonymize-cvs')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const manifest: string[] = []
for (let i = 0; i < 120; i++) {
  const cv = buildCv(i)
  writeFileSync(join(out, `${cv.id}.txt`), cv.text)
  manifest.push(JSON.stringify({ file: `${cv.id}.txt`, language: cv.language, layout: cv.layout, spans: cv.spans }))
}
writeFileSync(join(out, 'manifest.jsonl'), `${manifest.join('\n')}\n`)
process.stdout.write(`wrote ${manifest.length} CVs to ${out}\n`)
