/**
 * Word lists of the synthetic CV generator, written for this project. Pairs are feminine/masculine
 * forms; a pair with equal forms is epicene and is not a cue. Companies and places are invented.
 */

/** A word or phrase in its feminine and masculine form. */
export interface Gendered {
  f: string
  m: string
}

/** An occupation with its job title in both languages, its skills and invented employers. */
export interface Occupation {
  /** Italian title, lower case. */
  it: Gendered
  /** Italian indefinite article ("una", "un'", "un", "uno"), which agrees with the title. */
  article: Gendered
  en: Gendered
  skillsIt: readonly string[]
  skillsEn: readonly string[]
  employers: readonly string[]
  /** A sector phrase for summaries ("della ristorazione" / "hospitality"). */
  sector: { it: string; en: string }
}

const g = (f: string, m: string = f): Gendered => ({ f, m })

export const occupations: readonly Occupation[] = [
  {
    it: g('cameriera', 'cameriere'), article: g('una', 'un'), en: g('waitress', 'waiter'),
    skillsIt: ['servizio ai tavoli', 'HACCP', 'gestione cassa', 'preparazione della sala'],
    skillsEn: ['table service', 'food hygiene (HACCP)', 'till handling', 'setting up the dining room'],
    employers: ['Trattoria Esempio Srl', 'Ristorante Il Pergolato Immaginario Snc'],
    sector: { it: 'della ristorazione', en: 'hospitality' },
  },
  {
    it: g('barista'), article: g('una', 'un'), en: g('barmaid', 'barman'),
    skillsIt: ['caffetteria', 'preparazione cocktail', 'gestione cassa', 'HACCP'],
    skillsEn: ['coffee making', 'cocktail preparation', 'till handling', 'food hygiene (HACCP)'],
    employers: ['Bar Centrale Esempio Snc', 'Caffè Fittizio Srl'],
    sector: { it: 'della ristorazione', en: 'hospitality' },
  },
  {
    it: g('commessa', 'commesso'), article: g('una', 'un'), en: g('saleswoman', 'salesman'),
    skillsIt: ['vendita assistita', 'gestione cassa', 'allestimento vetrine', 'inventario'],
    skillsEn: ['customer service', 'till handling', 'visual merchandising', 'stock taking'],
    employers: ['Moda Campione Srl', 'Supermercati Immaginari Spa'],
    sector: { it: 'del commercio', en: 'retail' },
  },
  {
    it: g('cassiera', 'cassiere'), article: g('una', 'un'), en: g('cashier'),
    skillsIt: ['gestione cassa', 'chiusura di cassa', 'servizio clienti', 'rifornimento scaffali'],
    skillsEn: ['till handling', 'cashing up', 'customer service', 'shelf stocking'],
    employers: ['Supermercati Immaginari Spa', 'Discount Esempio Srl'],
    sector: { it: 'della grande distribuzione', en: 'retail' },
  },
  {
    it: g('magazziniera', 'magazziniere'), article: g('una', 'un'), en: g('warehouse operative'),
    skillsIt: ['uso del transpallet', 'carrello elevatore', 'preparazione ordini', 'gestione inventario'],
    skillsEn: ['pallet truck operation', 'forklift driving', 'order picking', 'inventory management'],
    employers: ['Logistica Lombarda Spa', 'Magazzini Generali Esempio Srl'],
    sector: { it: 'della logistica', en: 'logistics' },
  },
  {
    it: g('operaia', 'operaio'), article: g("un'", 'un'), en: g('production operative'),
    skillsIt: ['lavoro su linea di produzione', 'controllo qualità', 'carrello elevatore', 'lettura del disegno tecnico'],
    skillsEn: ['production line work', 'quality control', 'forklift driving', 'reading technical drawings'],
    employers: ['Meccanica Esempio Spa', 'Plastiche Fittizie Srl'],
    sector: { it: 'manifatturiero', en: 'manufacturing' },
  },
  {
    it: g('infermiera', 'infermiere'), article: g("un'", 'un'), en: g('nurse'),
    skillsIt: ['primo soccorso', 'assistenza alla persona', 'somministrazione della terapia', 'gestione della cartella clinica'],
    skillsEn: ['first aid', 'personal care', 'medication administration', 'clinical record keeping'],
    employers: ['Ospedale San Fittizio', 'Residenza Sanitaria Esempio'],
    sector: { it: 'sanitario', en: 'healthcare' },
  },
  {
    it: g('educatrice', 'educatore'), article: g("un'", 'un'), en: g('early years educator'),
    skillsIt: ['progettazione educativa', 'animazione', 'gestione di gruppi di bambini', 'primo soccorso pediatrico'],
    skillsEn: ['educational planning', 'play activities', 'managing groups of children', 'paediatric first aid'],
    employers: ['Asilo Nido Girotondo Esempio', 'Cooperativa Sociale Il Ponte Immaginario'],
    sector: { it: 'educativo', en: 'education' },
  },
  {
    it: g('impiegata amministrativa', 'impiegato amministrativo'), article: g("un'", 'un'), en: g('administrative assistant'),
    skillsIt: ['contabilità generale', 'Excel', 'fatturazione elettronica', 'prima nota'],
    skillsEn: ['bookkeeping', 'Excel', 'electronic invoicing', 'accounts payable'],
    employers: ['Studio Contabile Esempio', 'Servizi Amministrativi Fittizi Srl'],
    sector: { it: 'amministrativo', en: 'administration' },
  },
  {
    it: g('segretaria', 'segretario'), article: g('una', 'un'), en: g('secretary'),
    skillsIt: ['gestione agenda', 'centralino', 'Excel', 'archiviazione documenti'],
    skillsEn: ['diary management', 'switchboard', 'Excel', 'filing'],
    employers: ['Studio Legale Esempio', 'Agenzia Immobiliare Campione Srl'],
    sector: { it: 'amministrativo', en: 'administration' },
  },
  {
    it: g('sviluppatrice software', 'sviluppatore software'), article: g('una', 'uno'), en: g('software developer'),
    skillsIt: ['JavaScript', 'TypeScript', 'SQL', 'Git'],
    skillsEn: ['JavaScript', 'TypeScript', 'SQL', 'Git'],
    employers: ['Softwarehouse Demo Srl', 'Digitale Esempio Spa'],
    sector: { it: 'informatico', en: 'software' },
  },
  {
    it: g('cuoca', 'cuoco'), article: g('una', 'un'), en: g('cook'),
    skillsIt: ['HACCP', 'preparazione dei primi piatti', 'gestione della cucina', 'ordini ai fornitori'],
    skillsEn: ['food hygiene (HACCP)', 'preparing pasta dishes', 'running a kitchen', 'ordering from suppliers'],
    employers: ['Trattoria Esempio Srl', 'Mensa Aziendale Fittizia Srl'],
    sector: { it: 'della ristorazione', en: 'hospitality' },
  },
  {
    it: g('addetta alle pulizie', 'addetto alle pulizie'), article: g("un'", 'un'), en: g('cleaner'),
    skillsIt: ['pulizia e sanificazione', 'uso della lavasciuga', 'gestione dei prodotti detergenti', 'pulizie industriali'],
    skillsEn: ['cleaning and sanitising', 'scrubber-dryer operation', 'handling cleaning products', 'industrial cleaning'],
    employers: ['Pulizie Brillanti Esempio Srl', 'Servizi Integrati Fittizi Spa'],
    sector: { it: 'dei servizi', en: 'facilities' },
  },
  {
    it: g('direttrice di punto vendita', 'direttore di punto vendita'), article: g('una', 'un'), en: g('store manager'),
    skillsIt: ['gestione del personale', 'pianificazione dei turni', 'budget', 'gestione inventario'],
    skillsEn: ['staff management', 'shift planning', 'budgeting', 'inventory management'],
    employers: ['Moda Campione Srl', 'Supermercati Immaginari Spa'],
    sector: { it: 'del commercio', en: 'retail' },
  },
  {
    it: g('receptionist'), article: g('una', 'un'), en: g('receptionist'),
    skillsIt: ['accoglienza clienti', 'centralino', 'prenotazioni', 'Inglese'],
    skillsEn: ['front desk', 'switchboard', 'bookings', 'Italian'],
    employers: ['Hotel Esempio Milano Srl', 'Centro Congressi Fittizio'],
    sector: { it: 'alberghiero', en: 'hotels' },
  },
]

/** Italian adjectives a person describes themself with; epicene ones are the same in both forms. */
export const adjectivesIt: readonly Gendered[] = [
  g('motivata', 'motivato'), g('dinamica', 'dinamico'), g('precisa', 'preciso'), g('organizzata', 'organizzato'),
  g('seria', 'serio'), g('ordinata', 'ordinato'), g('determinata', 'determinato'), g('curiosa', 'curioso'),
  g('attenta', 'attento'), g('affidabile'), g('puntuale'), g('solare'), g('flessibile'), g('paziente'),
]

/**
 * Gendered adjectives chosen to lie outside any anonymizer word list ("riflessiva/riflessivo"): they test
 * that gender agreement after "sono" / "mi considero" is neutralized by rule, not by a list. Epicene ones
 * ("versatile", "ottimista") are mixed in.
 */
export const heldOutAdjectivesIt: readonly Gendered[] = [
  g('riflessiva', 'riflessivo'), g('matura', 'maturo'), g('pacata', 'pacato'), g('discreta', 'discreto'),
  g('generosa', 'generoso'), g('operosa', 'operoso'), g('laboriosa', 'laborioso'), g('rigorosa', 'rigoroso'),
  g('equilibrata', 'equilibrato'), g('intuitiva', 'intuitivo'), g('analitica', 'analitico'), g('puntigliosa', 'puntiglioso'),
  g('calma', 'calmo'), g('rapida', 'rapido'), g('versatile'), g('ottimista'), g('solerte'), g('instancabile'),
]

/** Epicene adjectives, and feminine forms agreeing with "una persona" (the same for everybody). */
export const personAdjectivesIt: readonly string[] = ['precisa', 'organizzata', 'affidabile', 'puntuale', 'motivata', 'solare']

/** English adjectives (never gendered). */
export const adjectivesEn: readonly string[] = ['reliable', 'motivated', 'precise', 'organised', 'friendly', 'hard-working']

/** Fields of study: Italian, English. */
export const studyFields: readonly { it: string; en: string }[] = [
  { it: 'Economia', en: 'Economics' },
  { it: 'Informatica', en: 'Computing' },
  { it: 'Scienze infermieristiche', en: 'Nursing' },
  { it: "Scienze dell'educazione", en: 'Education Studies' },
  { it: 'Lingue e letterature straniere', en: 'Modern Languages' },
]

/** Birth places with their cadastral (Belfiore) code; foreign places use the country's Z code. */
export const birthPlaces: readonly { it: string; en: string; code: string }[] = [
  { it: 'a Milano', en: 'Milan', code: 'F205' },
  { it: 'a Torino', en: 'Turin', code: 'L219' },
  { it: 'a Roma', en: 'Rome', code: 'H501' },
  { it: 'a Napoli', en: 'Naples', code: 'F839' },
  { it: 'a Bergamo', en: 'Bergamo', code: 'A794' },
  { it: 'a Brescia', en: 'Brescia', code: 'B157' },
  { it: 'a Monza', en: 'Monza', code: 'F704' },
  { it: 'a Palermo', en: 'Palermo', code: 'G273' },
  { it: 'a Bucarest (Romania)', en: 'Bucharest, Romania', code: 'Z129' },
  { it: 'a Manila (Filippine)', en: 'Manila, Philippines', code: 'Z216' },
  { it: 'a Shanghai (Cina)', en: 'Shanghai, China', code: 'Z210' },
  { it: 'al Cairo (Egitto)', en: 'Cairo, Egypt', code: 'Z336' },
  { it: 'a Lima (Perù)', en: 'Lima, Peru', code: 'Z611' },
  { it: 'a Kyiv (Ucraina)', en: 'Kyiv, Ukraine', code: 'Z138' },
  { it: 'a Dakar (Senegal)', en: 'Dakar, Senegal', code: 'Z343' },
]

export const languagesIt: readonly string[] = ['Inglese', 'Francese', 'Spagnolo', 'Tedesco', 'Rumeno', 'Arabo', 'Cinese', 'Ucraino', 'Tagalog']
export const languagesEn: readonly string[] = ['English', 'French', 'Spanish', 'German', 'Romanian', 'Arabic', 'Chinese', 'Ukrainian', 'Tagalog']
export const cefrLevels: readonly string[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']

export const generalSkillsIt: readonly string[] = [
  'Pacchetto Office (Word, Excel)', 'Lavoro in team', 'Problem solving', 'Gestione dello stress', 'Uso della posta elettronica',
  'Primo soccorso', 'HACCP',
]
export const generalSkillsEn: readonly string[] = [
  'Microsoft Office (Word, Excel)', 'Teamwork', 'Problem solving', 'Working under pressure', 'Email and calendar tools',
  'First aid', 'Food hygiene (HACCP)',
]

export const monthsIt: readonly string[] = [
  'Gennaio', 'Febbraio', 'Marzo', 'Aprile', 'Maggio', 'Giugno', 'Luglio', 'Agosto', 'Settembre', 'Ottobre', 'Novembre', 'Dicembre',
]
export const monthsEn: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]

export const streets: readonly string[] = ['Via Esempio', 'Viale Immaginario', 'Piazza Campione', 'Via dei Fittizi']
