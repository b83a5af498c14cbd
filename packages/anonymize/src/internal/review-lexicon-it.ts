/**
 * Small Italian morphology of the inclusive-language review, written by the Incontro authors after
 * Sabatini's *Raccomandazioni per un uso non sessista della lingua italiana* (1987) and Robustelli's
 * *Linee guida per l'uso del genere nel linguaggio amministrativo* (2012). All forms are folded
 * (lowercase, no accents), as `tokenize` gives them.
 */

/** Masculine plural articles, prepositional articles and demonstratives, with their feminine plural. */
export const masculinePluralDeterminers: ReadonlyMap<string, string> = new Map([
  ['i', 'le'], ['gli', 'le'], ['dei', 'delle'], ['degli', 'delle'], ['ai', 'alle'], ['agli', 'alle'], ['dai', 'dalle'],
  ['dagli', 'dalle'], ['nei', 'nelle'], ['negli', 'nelle'], ['sui', 'sulle'], ['sugli', 'sulle'], ['coi', 'con le'],
  ['questi', 'queste'], ['quei', 'quelle'], ['quegli', 'quelle'],
])

/** Masculine singular articles, prepositional articles and demonstratives, with their slash form. */
export const masculineSingularDeterminers: ReadonlyMap<string, string> = new Map([
  ['il', 'il/la'], ['lo', 'lo/la'], ['un', 'un/una'], ['uno', 'uno/a'], ['del', 'del/della'], ['dello', 'dello/della'],
  ['al', 'al/alla'], ['allo', 'allo/alla'], ['dal', 'dal/dalla'], ['dallo', 'dallo/dalla'], ['nel', 'nel/nella'],
  ['nello', 'nello/nella'], ['sul', 'sul/sulla'], ['col', 'col/con la'], ['questo', 'questo/a'], ['quel', 'quel/quella'],
])

/** Masculine possessives and adjectives that may stand between a determiner and a person noun, with their feminine. */
export const masculineModifiers: ReadonlyMap<string, string> = new Map([
  ['nostri', 'nostre'], ['vostri', 'vostre'], ['propri', 'proprie'], ['proprio', 'propria'], ['tuoi', 'tue'], ['suoi', 'sue'], ['miei', 'mie'],
  ['altri', 'altre'], ['nuovi', 'nuove'], ['futuri', 'future'], ['eventuali', 'eventuali'], ['vari', 'varie'],
  ['nostro', 'nostra'], ['vostro', 'vostra'], ['tuo', 'tua'], ['suo', 'sua'], ['mio', 'mia'],
  ['altro', 'altra'], ['nuovo', 'nuova'], ['futuro', 'futura'], ['vero', 'vera'], ['bravo', 'brava'],
  ['brillante', 'brillante'], ['giovane', 'giovane'], ['giovani', 'giovani'], ['abile', 'abile'], ['valido', 'valida'],
  ['senior', 'senior'], ['junior', 'junior'], ['esperto', 'esperta'], ['esperti', 'esperte'],
])

/**
 * Masculine plural person nouns of the workplace (colleagues, staff, candidates, entry groups) with their
 * feminine plural; an epicene noun maps to itself (its gender shows only in the article: "i referenti").
 * `bare: false` marks a form that is also an adjective or a participle ("requisiti tecnici",
 * "siamo interessati"): it is a noun only after a determiner or beside another person noun.
 */
export const workplacePlurals: ReadonlyMap<string, { feminine: string; bare: boolean; epicene?: string }> = new Map(
  (
    [
      ['colleghi', 'colleghe', true, 'le persone del team'], ['candidati', 'candidate', true, 'chi si candida'],
      ['collaboratori', 'collaboratrici', true, 'il personale'], ['lavoratori', 'lavoratrici', true, 'il personale'],
      ['operatori', 'operatrici', false], ['addetti', 'addette', true, 'il personale addetto'], ['impiegati', 'impiegate', true, 'il personale impiegatizio'],
      ['tecnici', 'tecniche', false, 'il personale tecnico'], ['ingegneri', 'ingegnere', true], ['sviluppatori', 'sviluppatrici', true],
      ['programmatori', 'programmatrici', true], ['progettisti', 'progettiste', true], ['professionisti', 'professioniste', true],
      ['specialisti', 'specialiste', true], ['commercialisti', 'commercialiste', true], ['analisti', 'analiste', true],
      ['stagisti', 'stagiste', true], ['esperti', 'esperte', false], ['ragazzi', 'ragazze', true, 'persone'],
      ['laureati', 'laureate', true, 'persone con laurea'], ['diplomati', 'diplomate', true, 'persone diplomate'],
      ['neolaureati', 'neolaureate', true, 'persone laureate da poco'], ['neodiplomati', 'neodiplomate', true, 'persone diplomate da poco'],
      ['laureandi', 'laureande', true, 'chi sta per laurearsi'], ['diplomandi', 'diplomande', true],
      ['disoccupati', 'disoccupate', true, 'persone disoccupate'], ['inoccupati', 'inoccupate', true, 'persone inoccupate'],
      ['iscritti', 'iscritte', false, 'chi è iscritto/a'], ['interessati', 'interessate', false, 'chi è interessato/a'],
      ['selezionati', 'selezionate', false, 'le persone selezionate'], ['assunti', 'assunte', false], ['neoassunti', 'neoassunte', true, 'il personale neoassunto'],
      ['venditori', 'venditrici', true], ['formatori', 'formatrici', true], ['educatori', 'educatrici', true],
      ['coordinatori', 'coordinatrici', true], ['direttori', 'direttrici', true], ['ricercatori', 'ricercatrici', true],
      ['infermieri', 'infermiere', true], ['camerieri', 'cameriere', true], ['cuochi', 'cuoche', true], ['commessi', 'commesse', true],
      ['magazzinieri', 'magazziniere', true], ['operai', 'operaie', true], ['autisti', 'autiste', true], ['baristi', 'bariste', true],
      ['farmacisti', 'farmaciste', true], ['dottori', 'dottoresse', true], ['medici', 'mediche', false], ['tutor', 'tutor', false],
      ['consulenti', 'consulenti', false], ['referenti', 'referenti', false], ['responsabili', 'responsabili', false],
      ['dipendenti', 'dipendenti', false, 'il personale'], ['agenti', 'agenti', false], ['assistenti', 'assistenti', false],
      ['rappresentanti', 'rappresentanti', false], ['docenti', 'docenti', false], ['insegnanti', 'insegnanti', false],
      ['tirocinanti', 'tirocinanti', false], ['partecipanti', 'partecipanti', false], ['manager', 'manager', false],
      ['recruiter', 'recruiter', false], ['dirigenti', 'dirigenti', false], ['soci', 'socie', false], ['commerciali', 'commerciali', false],
    ] as const
  ).map(([m, f, bare, epicene]) => [m, { feminine: f, bare, ...(epicene !== undefined ? { epicene } : {}) }]),
)

/** Singular masculine person nouns that address one sex on their own ("ogni candidato"), with their doublet. */
export const workplaceSingulars: ReadonlyMap<string, string> = new Map([
  ['candidato', 'candidato o candidata'], ['neolaureato', 'neolaureato/a'], ['neodiplomato', 'neodiplomato/a'],
  ['collaboratore', 'collaboratore o collaboratrice'], ['lavoratore', 'lavoratore o lavoratrice'],
])

/**
 * Epicene person nouns: one form for both sexes, so a masculine article alone makes them masculine
 * ("un consulente", "il tuo referente"). English role words count too (Robustelli 2012 treats loanwords as epicene).
 */
/**
 * Singular person nouns that a masculine article makes masculine, with their feminine singular: epicene nouns map to
 * themselves ("un consulente", "il tuo referente"); English role words count too (Robustelli 2012 treats loanwords as epicene).
 */
export const singularRoleNouns: ReadonlyMap<string, string> = new Map([
  ['consulente', 'consulente'], ['responsabile', 'responsabile'], ['referente', 'referente'], ['assistente', 'assistente'],
  ['agente', 'agente'], ['collega', 'collega'], ['dipendente', 'dipendente'], ['rappresentante', 'rappresentante'],
  ['insegnante', 'insegnante'], ['docente', 'docente'], ['barista', 'barista'], ['autista', 'autista'], ['analista', 'analista'],
  ['specialista', 'specialista'], ['professionista', 'professionista'], ['commercialista', 'commercialista'],
  ['farmacista', 'farmacista'], ['estetista', 'estetista'], ['progettista', 'progettista'], ['tirocinante', 'tirocinante'],
  ['stagista', 'stagista'], ['dirigente', 'dirigente'], ['giornalista', 'giornalista'], ['contabile', 'contabile'],
  ['fisioterapista', 'fisioterapista'], ['tecnico', 'tecnica'], ['esperto', 'esperta'],
])

/** Heads of English job titles used in Italian ads ("un Senior Consultant", "il tuo Recruiter"). */
export const englishRoleHeads: ReadonlySet<string> = new Set([
  'manager', 'recruiter', 'consultant', 'specialist', 'engineer', 'developer', 'analyst', 'assistant', 'advisor',
  'adviser', 'buyer', 'designer', 'architect', 'officer', 'executive', 'associate', 'coordinator', 'administrator',
  'representative', 'lead', 'leader', 'director', 'controller', 'planner', 'scientist', 'technician', 'agent',
  'operator', 'tester', 'writer', 'copywriter', 'editor', 'owner', 'expert', 'auditor', 'accountant', 'scout',
  'promoter', 'merchandiser', 'picker', 'driver', 'rider', 'receptionist', 'solver', 'player', 'account', 'trainee',
  'intern', 'supervisor', 'tutor', 'coach', 'ambassador', 'strategist', 'marketer',
  'programmer', 'chef', 'sommelier', 'bartender', 'maker', 'thinker', 'learner', 'starter', 'achiever', 'therapist',
  'nurse', 'cleaner', 'housekeeper', 'runner', 'commis', 'cashier', 'clerk', 'trainer', 'instructor',
])

/** Words that make a masculine singular role noun an institution or a legal role, not a person sought ("il responsabile del trattamento"). */
export const legalRoleNext: ReadonlySet<string> = new Set(['trattamento', 'protezione'])

/** Role heads that are also things ("il tuo account", "un lead", "il controller"): a person only when a word of the title is capitalised. */
export const ambiguousRoleHeads: ReadonlySet<string> = new Set(['account', 'lead', 'player', 'driver', 'owner', 'maker', 'starter', 'editor', 'agent', 'tester', 'controller', 'planner', 'operator', 'rider'])

/** Nouns that are people of a served group, not of the workplace: never flagged (see the policy in docs/reference/anonymize.md). */
export const servedPeople: ReadonlySet<string> = new Set([
  'clienti', 'utenti', 'pazienti', 'ospiti', 'fornitori', 'consumatori', 'visitatori', 'studenti', 'cittadini',
  'passeggeri', 'bambini', 'anziani', 'assistiti', 'associati', 'soci', 'partner', 'investitori', 'acquirenti',
])

/** Feminine epicene heads ("persona", "figura", "risorsa") and masculine collective heads ("personale", "profilo"): an adjective after them agrees with them. */
export const agreementHeads: ReadonlySet<string> = new Set([
  'persona', 'persone', 'figura', 'figure', 'risorsa', 'risorse', 'professionalita', 'personale', 'profilo',
  'profili', 'team', 'gruppo', 'staff', 'organico', 'ruolo', 'talento', 'talenti', 'squadra', 'realta', 'azienda',
  'societa', 'candidatura', 'candidature', 'posizione',
])

/** Forms that describe only people ("automunito"): one-gender wherever they stand, unless they agree with an {@link agreementHeads} noun. */
export const personOnlyStems: readonly string[] = ['automunit', 'motorizzat', 'neolaureat', 'neodiplomat', 'laureand', 'diplomand', 'referenziat', 'volenteros']

/** Words after which an Italian gendered adjective addresses the reader ("sei", "sarai", "ti terremo"). */
export const readerTriggers: ReadonlySet<string> = new Set([
  'sei', 'sarai', 'verrai', 'resterai', 'rimarrai', 'diventerai', 'saresti', 'risulti', 'senti', 'sentirai', 'sentirti',
  'essere', 'restare', 'rimanere', 'sentirsi', 'terremo', 'siete', 'sarete', 'verrete', 'resterete', 'sentirete', 'benvenuti',
  'benvenuto', 'benvenuta', 'benvenute', 'ritieni', 'anche',
])

/** Fixed phrases with an age word that are no description of people ("Garanzia Giovani" is a public programme). */
export const youthNames: ReadonlySet<string> = new Set(['garanzia'])

/** Auxiliaries after which a title word is a participle ("verrà impiegata", "sarai addetto"). */
export const auxiliaries: ReadonlySet<string> = new Set(['sei', 'sarai', 'verrai', 'sara', 'verra', 'viene', 'vieni', 'essere', 'stato', 'stata', 'stati', 'state', 'sono', 'saranno', 'verranno', 'vengono', 'venire', 'risulta', 'risulti'])
