import type { SectionKind } from '@incontro/core'

/**
 * Section headings of CVs, Italian and English, as data. Keys are compared after
 * {@link headingKey} (folded, numbering and trailing colon removed, non-letters collapsed).
 */
export const cvHeadings: Readonly<Record<string, SectionKind>> = {
  esperienze: 'experience',
  esperienza: 'experience',
  'esperienza professionale': 'experience',
  'esperienze professionali': 'experience',
  'esperienze lavorative': 'experience',
  'esperienza lavorativa': 'experience',
  'esperienze di lavoro': 'experience',
  // What else people call their work history (Italian and English CVs written without a template).
  'lavori svolti': 'experience',
  'lavori precedenti': 'experience',
  'precedenti lavori': 'experience',
  'precedenti esperienze': 'experience',
  'esperienze precedenti': 'experience',
  'impieghi precedenti': 'experience',
  'attivita lavorative': 'experience',
  'attivita lavorativa': 'experience',
  'attivita svolte': 'experience',
  'percorso lavorativo': 'experience',
  'percorso professionale': 'experience',
  'carriera professionale': 'experience',
  'occupazioni precedenti': 'experience',
  'esperienze maturate': 'experience',
  'employment record': 'experience',
  'employment experience': 'experience',
  'previous employment': 'experience',
  'previous experience': 'experience',
  'relevant experience': 'experience',
  'jobs held': 'experience',
  'work record': 'experience',
  'work experience': 'experience',
  'work experiences': 'experience',
  'professional experience': 'experience',
  experience: 'experience',
  'employment history': 'experience',
  employment: 'experience',
  'work history': 'experience',
  istruzione: 'education',
  'istruzione e formazione': 'education',
  'istruzione formazione': 'education',
  formazione: 'education',
  'titoli di studio': 'education',
  'titolo di studio': 'education',
  'percorso formativo': 'education',
  'formazione scolastica': 'education',
  education: 'education',
  'education and training': 'education',
  'education training': 'education',
  'education e training': 'education',
  qualifications: 'education',
  qualifiche: 'education',
  'academic qualifications': 'education',
  'career history': 'experience',
  'esperienze lavorative e professionali': 'experience',
  'conoscenze informatiche': 'skills',
  'competenze trasversali': 'skills',
  'competenze chiave': 'skills',
  'core skills': 'skills',
  'key competencies': 'skills',
  'skills and competences': 'skills',
  'lingue conosciute': 'languages',
  'driving licences': 'licences',
  'driving licenses': 'licences',
  'hobbies and interests': 'interests',
  'hobbies e interests': 'interests',
  'interests and hobbies': 'interests',
  'tempo libero': 'interests',
  'passioni': 'interests',
  competenze: 'skills',
  'competenze tecniche': 'skills',
  'competenze professionali': 'skills',
  'competenze personali': 'skills',
  'competenze informatiche': 'skills',
  'competenze digitali': 'skills',
  capacita: 'skills',
  'capacita e competenze': 'skills',
  skills: 'skills',
  'technical skills': 'skills',
  'key skills': 'skills',
  'personal skills': 'skills',
  'computer skills': 'skills',
  'digital skills': 'skills',
  lingue: 'languages',
  'lingue straniere': 'languages',
  'conoscenze linguistiche': 'languages',
  'competenze linguistiche': 'languages',
  languages: 'languages',
  'language skills': 'languages',
  patente: 'licences',
  patenti: 'licences',
  'patente di guida': 'licences',
  'driving licence': 'licences',
  'driving license': 'licences',
  licences: 'licences',
  licenses: 'licences',
  certificazioni: 'certifications',
  corsi: 'certifications',
  'corsi di formazione': 'certifications',
  'corsi e certificazioni': 'certifications',
  attestati: 'certifications',
  certifications: 'certifications',
  certificates: 'certifications',
  courses: 'certifications',
  profilo: 'summary',
  'profilo personale': 'summary',
  'profilo professionale': 'summary',
  sommario: 'summary',
  'chi sono': 'summary',
  presentazione: 'summary',
  profile: 'summary',
  summary: 'summary',
  'professional summary': 'summary',
  'personal profile': 'summary',
  'professional profile': 'summary',
  'about me': 'summary',
  obiettivo: 'objective',
  'obiettivo professionale': 'objective',
  'obiettivo lavorativo': 'objective',
  'obiettivi professionali': 'objective',
  'posizione desiderata': 'objective',
  'posizione ricercata': 'objective',
  'ruolo desiderato': 'objective',
  'lavoro desiderato': 'objective',
  'candidatura per': 'objective',
  objective: 'objective',
  'career objective': 'objective',
  'job objective': 'objective',
  'professional objective': 'objective',
  'desired position': 'objective',
  'target role': 'objective',
  'position sought': 'objective',
  'dati personali': 'personal',
  'informazioni personali': 'personal',
  'dati anagrafici': 'personal',
  contatti: 'personal',
  'personal information': 'personal',
  'personal details': 'personal',
  'personal data': 'personal',
  contacts: 'personal',
  volontariato: 'volunteering',
  'esperienze di volontariato': 'volunteering',
  volunteering: 'volunteering',
  'volunteer experience': 'volunteering',
  interessi: 'interests',
  hobby: 'interests',
  'hobby e interessi': 'interests',
  'interessi e hobby': 'interests',
  hobbies: 'interests',
  interests: 'interests',
  referenze: 'references',
  references: 'references',
}

/**
 * Section headings that mark a text as a vacancy, Italian and English (same key rules as {@link cvHeadings});
 * `detectDocumentKind` counts these.
 */
export const vacancyHeadings: Readonly<Record<string, SectionKind>> = {
  requisiti: 'requirements',
  'requisiti richiesti': 'requirements',
  'requisiti minimi': 'requirements',
  'cosa cerchiamo': 'requirements',
  'profilo ricercato': 'requirements',
  'il profilo ideale': 'requirements',
  'profilo del candidato': 'requirements',
  requirements: 'requirements',
  'what we are looking for': 'requirements',
  'what we re looking for': 'requirements',
  'must have': 'requirements',
  qualifications: 'requirements',
  'costituisce titolo preferenziale': 'preferred',
  'costituiscono titolo preferenziale': 'preferred',
  'titoli preferenziali': 'preferred',
  gradito: 'preferred',
  graditi: 'preferred',
  gradita: 'preferred',
  'requisiti graditi': 'preferred',
  preferibile: 'preferred',
  'nice to have': 'preferred',
  'a plus': 'preferred',
  preferred: 'preferred',
  'preferred qualifications': 'preferred',
  offriamo: 'offer',
  'si offre': 'offer',
  'cosa offriamo': 'offer',
  'we offer': 'offer',
  'what we offer': 'offer',
  benefits: 'offer',
  descrizione: 'description',
  'descrizione del ruolo': 'description',
  'descrizione della posizione': 'description',
  mansioni: 'responsibilities',
  'principali mansioni': 'responsibilities',
  responsabilita: 'responsibilities',
  'principali responsabilita': 'responsibilities',
  'the role': 'description',
  'job description': 'description',
  responsibilities: 'responsibilities',
  'key responsibilities': 'responsibilities',
}

/**
 * More vacancy section headings, read by `parseVacancy` but not counted by `detectDocumentKind` (several,
 * such as "esperienza", "skills" or "summary", head CV sections too).
 */
const vacancyMoreHeadings: Readonly<Record<string, SectionKind>> = {
  'requisiti obbligatori': 'requirements',
  'requisiti essenziali': 'requirements',
  'requisiti fondamentali': 'requirements',
  'requisiti necessari': 'requirements',
  'requisiti del candidato': 'requirements',
  'requisiti e competenze': 'requirements',
  'competenze e requisiti': 'requirements',
  'competenze richieste': 'requirements',
  'conoscenze richieste': 'requirements',
  'esperienza richiesta': 'requirements',
  'requisiti professionali': 'requirements',
  'chi cerchiamo': 'requirements',
  'profilo richiesto': 'requirements',
  'profilo ideale': 'requirements',
  'il candidato ideale': 'requirements',
  'candidato ideale': 'requirements',
  'la candidata ideale': 'requirements',
  'la risorsa ideale': 'requirements',
  'risorsa ideale': 'requirements',
  'il tuo profilo': 'requirements',
  'chi sei': 'requirements',
  'cosa ti serve': 'requirements',
  'cosa ci aspettiamo': 'requirements',
  'cosa chiediamo': 'requirements',
  'si richiede': 'requirements',
  'si richiedono': 'requirements',
  richiesti: 'requirements',
  'e richiesto': 'requirements',
  'sono richiesti': 'requirements',
  requirement: 'requirements',
  'job requirements': 'requirements',
  'key requirements': 'requirements',
  'minimum requirements': 'requirements',
  'essential requirements': 'requirements',
  'what we look for': 'requirements',
  'who we are looking for': 'requirements',
  'who you are': 'requirements',
  'about you': 'requirements',
  'your profile': 'requirements',
  profile: 'requirements',
  'your skills': 'requirements',
  'your experience': 'requirements',
  'what you bring': 'requirements',
  'what you ll bring': 'requirements',
  'what you will bring': 'requirements',
  'what you need': 'requirements',
  'what you ll need': 'requirements',
  'what you will need': 'requirements',
  'what we need': 'requirements',
  'you have': 'requirements',
  'you are': 'requirements',
  'must haves': 'requirements',
  qualification: 'requirements',
  'required qualifications': 'requirements',
  'minimum qualifications': 'requirements',
  'basic qualifications': 'requirements',
  'essential qualifications': 'requirements',
  'key qualifications': 'requirements',
  'qualifications and experience': 'requirements',
  'experience and qualifications': 'requirements',
  'qualifications and skills': 'requirements',
  'skills and qualifications': 'requirements',
  'skills and experience': 'requirements',
  'experience and skills': 'requirements',
  skills: 'requirements',
  'required skills': 'requirements',
  'key skills': 'requirements',
  'skills required': 'requirements',
  'education and experience': 'requirements',
  experience: 'requirements',
  education: 'requirements',
  'knowledge skills and abilities': 'requirements',
  'requirements and qualifications': 'requirements',
  'titolo di studio': 'requirements',
  'titoli di studio': 'requirements',
  formazione: 'requirements',
  esperienza: 'requirements',
  competenze: 'requirements',
  'competenze tecniche': 'requirements',
  conoscenze: 'requirements',
  'competenze trasversali': 'requirements',
  'soft skills': 'requirements',
  'hard skills': 'requirements',
  'technical skills': 'requirements',
  'costituira titolo preferenziale': 'preferred',
  'costituiranno titolo preferenziale': 'preferred',
  'titolo preferenziale': 'preferred',
  preferenziale: 'preferred',
  preferenziali: 'preferred',
  'requisiti preferenziali': 'preferred',
  'competenze gradite': 'preferred',
  gradite: 'preferred',
  'sara gradito': 'preferred',
  'sara gradita': 'preferred',
  'saranno graditi': 'preferred',
  'e gradito': 'preferred',
  'e gradita': 'preferred',
  preferibilmente: 'preferred',
  plus: 'preferred',
  'un plus': 'preferred',
  'nice to haves': 'preferred',
  'is a plus': 'preferred',
  'preferred skills': 'preferred',
  'preferred experience': 'preferred',
  'desired qualifications': 'preferred',
  'desired skills': 'preferred',
  desirable: 'preferred',
  'bonus points': 'preferred',
  bonus: 'preferred',
  'mansioni principali': 'responsibilities',
  'le mansioni': 'responsibilities',
  mansione: 'responsibilities',
  'responsabilita principali': 'responsibilities',
  'le tue responsabilita': 'responsibilities',
  attivita: 'responsibilities',
  'principali attivita': 'responsibilities',
  'attivita principali': 'responsibilities',
  'le attivita': 'responsibilities',
  'attivita e responsabilita': 'responsibilities',
  'responsabilita e attivita': 'responsibilities',
  compiti: 'responsibilities',
  'principali compiti': 'responsibilities',
  'compiti principali': 'responsibilities',
  'i tuoi compiti': 'responsibilities',
  'cosa farai': 'responsibilities',
  'di cosa ti occuperai': 'responsibilities',
  'ti occuperai di': 'responsibilities',
  'il tuo ruolo': 'responsibilities',
  'ruolo e responsabilita': 'responsibilities',
  'main responsibilities': 'responsibilities',
  'your responsibilities': 'responsibilities',
  'job responsibilities': 'responsibilities',
  'role responsibilities': 'responsibilities',
  'primary responsibilities': 'responsibilities',
  duties: 'responsibilities',
  'main duties': 'responsibilities',
  'key duties': 'responsibilities',
  'duties and responsibilities': 'responsibilities',
  'responsibilities and duties': 'responsibilities',
  'essential duties': 'responsibilities',
  'essential duties and responsibilities': 'responsibilities',
  'essential functions': 'responsibilities',
  'essential job functions': 'responsibilities',
  'key accountabilities': 'responsibilities',
  accountabilities: 'responsibilities',
  'what you ll do': 'responsibilities',
  'what you will do': 'responsibilities',
  'what you ll be doing': 'responsibilities',
  'what you will be doing': 'responsibilities',
  'your role': 'responsibilities',
  'your tasks': 'responsibilities',
  'key tasks': 'responsibilities',
  'main tasks': 'responsibilities',
  tasks: 'responsibilities',
  'your mission': 'responsibilities',
  'your impact': 'responsibilities',
  'in this role you will': 'responsibilities',
  'the job': 'responsibilities',
  'day to day': 'responsibilities',
  'descrizione dell offerta': 'description',
  'descrizione offerta': 'description',
  'descrizione annuncio': 'description',
  'la posizione': 'description',
  posizione: 'description',
  'il ruolo': 'description',
  ruolo: 'description',
  'about the role': 'description',
  'the position': 'description',
  'about the position': 'description',
  'the opportunity': 'description',
  'about the opportunity': 'description',
  'role description': 'description',
  'position description': 'description',
  'job summary': 'description',
  'position summary': 'description',
  summary: 'description',
  overview: 'description',
  'position overview': 'description',
  'role overview': 'description',
  'job overview': 'description',
  'job purpose': 'description',
  purpose: 'description',
  'purpose of the role': 'description',
  'about the job': 'description',
  'job details': 'description',
  'additional information': 'description',
  'informazioni aggiuntive': 'description',
  'altre informazioni': 'description',
  note: 'description',
  'chi siamo': 'company',
  'l azienda': 'company',
  azienda: 'company',
  'la nostra azienda': 'company',
  'la societa': 'company',
  societa: 'company',
  'il gruppo': 'company',
  'chi e': 'company',
  'presentazione azienda': 'company',
  'profilo aziendale': 'company',
  'il nostro cliente': 'company',
  'il cliente': 'company',
  'nostro cliente': 'company',
  'about us': 'company',
  'who we are': 'company',
  'about the company': 'company',
  'about our company': 'company',
  'company description': 'company',
  'company overview': 'company',
  'company profile': 'company',
  'our company': 'company',
  'the company': 'company',
  'our client': 'company',
  'about the client': 'company',
  'our story': 'company',
  'our mission': 'company',
  'our purpose': 'company',
  'why join us': 'company',
  'why us': 'company',
  'perche lavorare con noi': 'company',
  offerta: 'offer',
  'l offerta': 'offer',
  'cosa ti offriamo': 'offer',
  'ti offriamo': 'offer',
  inquadramento: 'offer',
  contratto: 'offer',
  'contratto offerto': 'offer',
  retribuzione: 'offer',
  'trattamento economico': 'offer',
  orario: 'offer',
  'orario di lavoro': 'offer',
  benefit: 'offer',
  'what you ll get': 'offer',
  'what you will get': 'offer',
  'what s in it for you': 'offer',
  compensation: 'offer',
  'compensation and benefits': 'offer',
  salary: 'offer',
  perks: 'offer',
  'our offer': 'offer',
  'why join': 'offer',
  'knowledge skills and experience': 'requirements',
  'knowledge and skills': 'requirements',
  'skills and knowledge': 'requirements',
  'knowledge and experience': 'requirements',
  'experience and education': 'requirements',
  'competenze ed esperienza': 'requirements',
  'esperienza e competenze': 'requirements',
  'requisiti e qualifiche': 'requirements',
  qualifiche: 'requirements',
  'the essentials': 'requirements',
  essentials: 'requirements',
  'what it takes': 'requirements',
  'what you need to succeed': 'requirements',
  'who we re looking for': 'requirements',
  'ideal candidate': 'requirements',
  'the ideal candidate': 'requirements',
  'your background': 'requirements',
  'your qualifications': 'requirements',
  'requisiti richiesti e competenze': 'requirements',
  'profilo e requisiti': 'requirements',
  'requisiti del profilo': 'requirements',
  'requisiti di accesso': 'requirements',
  'main activities': 'responsibilities',
  'key activities': 'responsibilities',
  activities: 'responsibilities',
  'your main responsibilities': 'responsibilities',
  'what you will be responsible for': 'responsibilities',
  'how you ll make an impact': 'responsibilities',
  'how you will make an impact': 'responsibilities',
  'role and responsibilities': 'responsibilities',
  'roles and responsibilities': 'responsibilities',
  'mansioni e responsabilita': 'responsibilities',
  'descrizione delle mansioni': 'responsibilities',
  'compiti e responsabilita': 'responsibilities',
  'attivita previste': 'responsibilities',
  'attivita da svolgere': 'responsibilities',
  'le principali attivita': 'responsibilities',
  'i principali compiti': 'responsibilities',
  'nello specifico ti occuperai di': 'responsibilities',
  'nello specifico la risorsa si occupera di': 'responsibilities',
  'la risorsa si occupera di': 'responsibilities',
  'principali attivita e responsabilita': 'responsibilities',
  'responsabilita e compiti': 'responsibilities',
  about: 'company',
  'about the organization': 'company',
  'about the organisation': 'company',
  'company information': 'company',
  'il contesto': 'company',
  contesto: 'company',
  'chi rappresentiamo': 'company',
  'cosa ti aspetta': 'offer',
  'cosa offre l azienda': 'offer',
  'l azienda offre': 'offer',
  condizioni: 'offer',
  'condizioni offerte': 'offer',
  'condizioni contrattuali': 'offer',
  'tipologia contrattuale': 'offer',
  'tipo di contratto': 'offer',
  'what we can offer': 'offer',
  'we can offer': 'offer',
  rewards: 'offer',
  'benefits and perks': 'offer',
  'what s on offer': 'offer',
  'qualifications e experience': 'requirements',
  'experience e qualifications': 'requirements',
  'qualifications e skills': 'requirements',
  'skills e qualifications': 'requirements',
  'skills e experience': 'requirements',
  'experience e skills': 'requirements',
  'education e experience': 'requirements',
  'knowledge skills e abilities': 'requirements',
  'requirements e qualifications': 'requirements',
  'duties e responsibilities': 'responsibilities',
  'responsibilities e duties': 'responsibilities',
  'essential duties e responsibilities': 'responsibilities',
  'compensation e benefits': 'offer',
  'knowledge skills e experience': 'requirements',
  'knowledge e skills': 'requirements',
  'skills e knowledge': 'requirements',
  'knowledge e experience': 'requirements',
  'experience e education': 'requirements',
  'role e responsibilities': 'responsibilities',
  'roles e responsibilities': 'responsibilities',
  'benefits e perks': 'offer',
}

/** Every vacancy section heading `parseVacancy` reads. */
export const vacancySectionHeadings: Readonly<Record<string, SectionKind>> = { ...vacancyHeadings, ...vacancyMoreHeadings }

const asciiOnly = /^[\x00-\x7f]*$/
/** ASCII words and single spaces, as most headings are: none of the steps of {@link headingKey} but lowercasing changes them. */
const plainWords = /^[A-Za-z]+(?: [A-Za-z]+)*$/

// A module constant: the build turns a `\p{…}` literal into a `new RegExp` call at each use.
const marks = /\p{M}/gu

/** Longest line that can be a heading. */
export const MAX_HEADING_LENGTH = 60

/** Builds the lookup key of a possible heading line, or `undefined` when the line is too long to be one. */
export function headingKey(line: string): string | undefined {
  if (line.length > MAX_HEADING_LENGTH) return undefined
  if (plainWords.test(line)) return line.toLowerCase()
  let body = line.trim()
  // Markdown and list decoration, then numbering such as "1.", "2)", "IV." and a trailing colon.
  body = body.replace(/^[#*=_\s]{1,10}/, '').replace(/[#*=_\s]{1,10}$/, '')
  body = body.replace(/^(?:\d{1,2}|[ivxIVX]{1,4})[.)]\s{0,5}/, '')
  body = body.replace(/[:.\s]{1,5}$/, '')
  // Canonical decomposition and mark removal change nothing in ASCII text.
  const folded = (asciiOnly.test(body) ? body : body.normalize('NFD').replace(marks, ''))
    .toLowerCase()
    .replace(/&/g, ' e ')
    .replace(/[^a-z]+/g, ' ')
    .trim()
  return folded
}

/** A lexicon prepared for lookups (lexicons are constant data, so prepared once each). */
interface CompiledLexicon {
  /** The lexicon as a Map: a lookup hashes the built key once, where a property lookup must intern it. */
  kinds: ReadonlyMap<string, SectionKind>
  /** The words of its keys. */
  words: WordSet
  /** Letters in its longest key. */
  longest: number
}

const compiled = new WeakMap<Readonly<Record<string, SectionKind>>, CompiledLexicon>()

function compile(lexicon: Readonly<Record<string, SectionKind>>): CompiledLexicon {
  let found = compiled.get(lexicon)
  if (found === undefined) {
    const keys = Object.keys(lexicon)
    found = {
      kinds: new Map(Object.entries(lexicon)),
      words: createWordSet(keys.flatMap((key) => key.split(' '))),
      longest: Math.max(0, ...keys.map((key) => key.replace(/[^a-z]/g, '').length)),
    }
    compiled.set(lexicon, found)
  }
  return found
}

/**
 * An upper bound on the letters of `headingKey(line)`: each ASCII letter, "&" (it becomes "e") and
 * non-ASCII code unit gives at most one; other ASCII characters give none.
 */
function keyLettersAtMost(line: string): number {
  let count = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c >= 0x80 || c === 0x26 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) count++
  }
  return count
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
}

/** A hash of lowercase ASCII letters, computed as they are read (`| 0x20` lowercases a letter). */
function nextHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + (code | 0x20)) | 0
}

/** Lowercase words by the hash of their letters, so a run of ASCII letters is looked up in place. */
type WordSet = ReadonlyMap<number, readonly string[]>
const noWords: readonly string[] = []

function createWordSet(words: readonly string[]): WordSet {
  const set = new Map<number, string[]>()
  for (const word of new Set(words)) {
    let hash = 0
    for (let i = 0; i < word.length; i++) hash = nextHash(hash, word.charCodeAt(i))
    set.set(hash, [...(set.get(hash) ?? []), word])
  }
  return set
}

/** Whether `line[start, end)`, ASCII letters whose hash is `hash`, lowercased is one of `words`. */
function hasWord(words: WordSet, line: string, start: number, end: number, hash: number): boolean {
  for (const word of words.get(hash) ?? noWords) {
    if (word.length !== end - start) continue
    let k = 0
    while (k < word.length && word.charCodeAt(k) === (line.charCodeAt(start + k) | 0x20)) k++
    if (k === word.length) return true
  }
  return false
}

/** Whether `line[start, end)` (ASCII letters) is a Roman numeral as numbering writes it: `/^[ivx]{1,4}$/i`. */
function isRomanNumber(line: string, start: number, end: number): boolean {
  if (end - start > 4) return false
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i) | 0x20
    if (c !== 0x69 && c !== 0x76 && c !== 0x78) return false
  }
  return true
}

/** "&" becomes the word "e" in a key. */
const ampersandHash = nextHash(0, 0x65)

/**
 * Whether every word `headingKey(line)` takes from the line's ASCII letters is a word of some key. Each
 * run of ASCII letters between other ASCII characters becomes one lowercase word of the key ("&" the
 * word "e"), except a first run that numbering may drop ("IV."). Runs with a non-ASCII character are
 * not judged: folding may join, split or drop them.
 */
function asciiWordsAreKeyWords(line: string, words: WordSet): boolean {
  let first = true
  let i = 0
  while (i < line.length) {
    const code = line.charCodeAt(i)
    if (code === 0x26) {
      if (!hasWord(words, 'e', 0, 1, ampersandHash)) return false
      first = false
      i++
      continue
    }
    if (code < 0x80 && !isAsciiLetter(code)) {
      i++
      continue
    }
    let end = i
    let ascii = true
    let hash = 0
    while (end < line.length) {
      const c = line.charCodeAt(end)
      if (c < 0x80 && !isAsciiLetter(c)) break
      if (c >= 0x80) ascii = false
      else hash = nextHash(hash, c)
      end++
    }
    if (ascii && !hasWord(words, line, i, end, hash) && !(first && isRomanNumber(line, i, end))) return false
    first = false
    i = end
  }
  return true
}

/** The section kind a line announces, looked up in `lexicon`, or `undefined`. */
export function headingKind(line: string, lexicon: Readonly<Record<string, SectionKind>>): SectionKind | undefined {
  if (line.length > MAX_HEADING_LENGTH) return undefined
  // Most lines have a word no heading of the lexicon has, or too many letters: skip building their key.
  const { kinds, words, longest } = compile(lexicon)
  if (!asciiWordsAreKeyWords(line, words) || keyLettersAtMost(line) > longest) return undefined
  const key = headingKey(line)
  if (key === undefined || key.length === 0) return undefined
  return kinds.get(key)
}
