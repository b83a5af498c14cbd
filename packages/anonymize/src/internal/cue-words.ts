import type { RedactionCategory } from '@incontro/core'

/** Word lists of the anonymizer, written by the Incontro authors. All keys are folded (see `foldKey`). */

/**
 * A map from an object literal. Word tables are maps, never plain objects: a plain object looked up with a
 * word from a document answers for "constructor" too (its prototype's property).
 */
export function entries<V>(record: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map(Object.entries(record))
}

/** Abbreviated honorifics, matched as `abbr` + "." or `abbr` + "." + suffix ("Sig.ra", "Dott.ssa"). */
export const honorificAbbreviations: ReadonlySet<string> = new Set([
  'sig', 'sigg', 'dott', 'dr', 'prof', 'ing', 'avv', 'arch', 'geom', 'rag', 'mr', 'mrs', 'ms', 'mx', 'd', 'p', 'sra', 'srta',
])
/** Suffixes written after the dot of an abbreviated honorific. */
export const honorificSuffixes: ReadonlySet<string> = new Set(['ra', 'na', 'ssa', 'essa', 'ri', 're'])
/** Honorifics written in one word, removed only before a capitalised word. */
export const honorificWords: ReadonlySet<string> = new Set([
  'sig', 'sigra', 'signa', 'signa', 'signor', 'signora', 'signore', 'signorina', 'dott', 'dottssa', 'dssa', 'dottore',
  'dottoressa', 'dr', 'prof', 'profssa', 'professore', 'professoressa', 'ing', 'avv', 'arch', 'mr', 'mrs', 'ms', 'miss',
  'mister', 'mx', 'madam', 'madame', 'sir',
])
/** Honorific abbreviations that need the dot or a capitalised name after them (they are also other words). */
export const weakHonorifics: ReadonlySet<string> = new Set(['d', 'p', 'ms', 'mr', 'mrs', 'mx', 'dr', 'ing', 'arch', 'rag', 'miss', 'sir'])

/** Italian neutral pronoun (schwa). */
export const italianNeutralPronoun = 'ləi'
/** Italian third-person pronouns replaced by {@link italianNeutralPronoun}. */
export const italianPronouns: ReadonlySet<string> = new Set(['lei', 'lui', 'egli', 'ella'])
/** English pronouns with their neutral replacement; `her`/`his`/`him` are decided by what follows. */
export const englishPronouns: ReadonlyMap<string, string> = entries({
  she: 'they',
  he: 'they',
  hers: 'theirs',
  herself: 'themself',
  himself: 'themself',
})
/**
 * Words after which `her`/`him` is an object pronoun ("with her and", "ask him again") and `his` stands
 * alone, not a possessive before a noun.
 */
export const notNounAfterHer: ReadonlySet<string> = new Set([
  'and', 'or', 'to', 'in', 'for', 'with', 'at', 'on', 'as', 'from', 'by', 'of', 'about', 'that', 'the', 'a', 'an',
  'when', 'while', 'if', 'but', 'so', 'because', 'up', 'out', 'down', 'over', 'into', 'than', 'then', 'is', 'was',
  'this', 'these', 'those', 'some', 'any', 'every', 'each', 'all', 'both', 'what', 'how', 'why', 'where', 'who',
  'which', 'whether', 'not', 'again', 'also', 'too', 'very', 'well', 'back', 'off', 'away', 'through', 'during',
  'after', 'before', 'since', 'until', 'under', 'without', 'against', 'towards', 'toward', 'via', 'per', 'are',
  'were', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does',
  'directly', 'personally', 'immediately', 'always', 'never', 'often', 'completely', 'regularly', 'closely',
])

/** English gendered job titles → neutral title, used where the taxonomy has none. */
export const englishGenderedTitles: ReadonlyMap<string, string> = entries({
  waitress: 'server', waiter: 'server', waitresses: 'servers', waiters: 'servers',
  salesman: 'salesperson', saleswoman: 'salesperson', salesmen: 'salespeople', saleswomen: 'salespeople',
  chairman: 'chair', chairwoman: 'chair', chairmen: 'chairs', chairwomen: 'chairs',
  steward: 'flight attendant', stewardess: 'flight attendant', stewards: 'flight attendants', stewardesses: 'flight attendants',
  hostess: 'host', hostesses: 'hosts',
  manageress: 'manager', manageresses: 'managers',
  sportsman: 'sportsperson', sportswoman: 'sportsperson', sportsmen: 'sportspeople', sportswomen: 'sportspeople',
  businessman: 'businessperson', businesswoman: 'businessperson',
  foreman: 'supervisor', forewoman: 'supervisor',
  policeman: 'police officer', policewoman: 'police officer',
  fireman: 'firefighter', firewoman: 'firefighter',
  headmaster: 'head teacher', headmistress: 'head teacher',
  barman: 'bartender', barmaid: 'bartender', barmen: 'bartenders', barmaids: 'bartenders',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson',
  cameraman: 'camera operator', camerawoman: 'camera operator',
  craftsman: 'craftsperson', craftswoman: 'craftsperson',
  actress: 'actor', actresses: 'actors',
  seamstress: 'tailor',
  deliveryman: 'delivery driver', handyman: 'maintenance worker', repairman: 'repair technician',
  housewife: 'homemaker', househusband: 'homemaker',
  schoolgirl: 'student', schoolboy: 'student',
})

/**
 * In Italian documents "steward" and "hostess" are the two genders of one job (flight or event staff):
 * both become the same split form.
 */
export const italianStewardForms: ReadonlyMap<string, string> = entries({
  steward: 'steward/hostess', hostess: 'steward/hostess', stewards: 'steward/hostess', hostesses: 'steward/hostess',
})

/** Nouns after which English "female"/"male" mark a team or school by gender ("female football team"). */
export const englishTeamWords: ReadonlySet<string> = new Set([
  'team', 'teams', 'squad', 'club', 'choir', 'school', 'college', 'league', 'football', 'basketball', 'volleyball',
  'rugby', 'hockey', 'cricket', 'tennis', 'swimming', 'athletics', 'chess',
])

/** Words that mark an organisation or team by gender; removed ("squadra femminile" → "squadra"). */
export const genderedOrganisationWords: ReadonlySet<string> = new Set([
  'femminile', 'maschile', 'femminili', 'maschili', 'women', 'men', 'girls', 'boys', 'ladies', 'gentlemen',
])

/** Label words of personal-data lines ("Data di nascita: …") and the category of their value. */
export const personalLabels: readonly (readonly [string, RedactionCategory])[] = [
  ['data e luogo di nascita', 'birth-date'],
  ['luogo e data di nascita', 'birth-date'],
  ['data di nascita', 'birth-date'],
  ['nato il', 'birth-date'],
  ['nata il', 'birth-date'],
  ['nascita', 'birth-date'],
  ['date of birth', 'birth-date'],
  ['birth date', 'birth-date'],
  ['birthdate', 'birth-date'],
  ['dob', 'birth-date'],
  ['d o b', 'birth-date'],
  ['born', 'birth-date'],
  ['luogo di nascita', 'birthplace'],
  ['place of birth', 'birthplace'],
  ['birthplace', 'birthplace'],
  ['eta', 'age'],
  ['age', 'age'],
  ['nazionalita', 'nationality'],
  ['cittadinanza', 'nationality'],
  ['nationality', 'nationality'],
  ['citizenship', 'nationality'],
  ['permesso di soggiorno', 'nationality'],
  ['residence permit', 'nationality'],
  ['stato civile', 'marital-status'],
  ['marital status', 'marital-status'],
  ['civil status', 'marital-status'],
  ['figli', 'family'],
  ['children', 'family'],
  ['stato di famiglia', 'family'],
  ['family', 'family'],
  ['sesso', 'gendered-word'],
  ['genere', 'gendered-word'],
  ['gender', 'gendered-word'],
  ['sex', 'gendered-word'],
  ['servizio militare', 'military-service'],
  ['obblighi di leva', 'military-service'],
  ['obblighi militari', 'military-service'],
  ['military service', 'military-service'],
  ['religione', 'religion'],
  ['religion', 'religion'],
  ['confessione religiosa', 'religion'],
  ['salute', 'health'],
  ['stato di salute', 'health'],
  ['health', 'health'],
  ['invalidita', 'health'],
  ['disabilita', 'health'],
  ['disability', 'health'],
  ['foto', 'photo'],
  ['fotografia', 'photo'],
  ['photo', 'photo'],
  ['codice fiscale', 'codice-fiscale'],
  ['c f', 'codice-fiscale'],
  ['cf', 'codice-fiscale'],
  ['iban', 'iban'],
  ['partita iva', 'id-number'],
  ['p iva', 'id-number'],
  ['linkedin', 'url'],
  ['instagram', 'url'],
  ['facebook', 'url'],
  ['twitter', 'url'],
  ['tiktok', 'url'],
  ['skype', 'url'],
  ['telegram', 'url'],
  ['github', 'url'],
  ['sito web', 'url'],
  ['website', 'url'],
  ['carta d identita', 'id-number'],
  ['carta di identita', 'id-number'],
  ['numero documento', 'id-number'],
  ['passaporto', 'id-number'],
  ['passport', 'id-number'],
  ['id card', 'id-number'],
  ['indirizzo', 'address'],
  ['residenza', 'address'],
  ['domicilio', 'address'],
  ['address', 'address'],
  ['home address', 'address'],
  ['telefono', 'phone'],
  ['tel', 'phone'],
  ['cellulare', 'phone'],
  ['cell', 'phone'],
  ['mobile', 'phone'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['e mail', 'email'],
  ['mail', 'email'],
  ['posta elettronica', 'email'],
  ['pec', 'email'],
  ['nome e cognome', 'name'],
  ['nome', 'name'],
  ['cognome', 'name'],
  ['name', 'name'],
  ['full name', 'name'],
  ['first name', 'name'],
  ['surname', 'name'],
  ['last name', 'name'],
]

/** Categories whose whole line is removed, because one variant may have the line and the other not. */
export const removedLineCategories: ReadonlySet<RedactionCategory> = new Set(['gendered-word', 'military-service'])

/** Month names (Italian and English, full and short), folded. */
export const monthNames: ReadonlySet<string> = new Set([
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
  'gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'dec',
])

/** Marital-status words that are always personal (Italian gendered forms and unambiguous English words). */
export const maritalWords: ReadonlySet<string> = new Set([
  'sposata', 'sposato', 'coniugata', 'coniugato', 'nubile', 'celibe', 'vedova', 'vedovo', 'divorziata', 'divorziato',
  'fidanzata', 'fidanzato', 'married', 'divorced', 'widowed', 'widow', 'widower', 'unmarried',
])
/** Marital-status words that are personal only in a personal context (header, "sono", "stato civile"). */
export const contextualMaritalWords: ReadonlySet<string> = new Set([
  'separata', 'separato', 'convivente', 'single', 'engaged', 'separated', 'libera', 'libero',
])
/** Words that introduce a self-description ("sono sposata", "I am single"). */
export const selfWords: ReadonlySet<string> = new Set(['sono', 'am', 'm', 'ero', 'attualmente', 'currently', 'status'])

/** Words of family status. */
export const parentWords: ReadonlySet<string> = new Set(['madre', 'padre', 'mamma', 'papa', 'genitore', 'mother', 'father', 'mom', 'mum', 'dad', 'parent', 'single'])
/** Children words. */
export const childWords: ReadonlySet<string> = new Set([
  'figli', 'figlie', 'figlio', 'figlia', 'bambini', 'bambine', 'bambino', 'bambina', 'children', 'child', 'kids', 'kid',
  'sons', 'son', 'daughters', 'daughter',
])
/** Number words up to ten (it, en). */
export const numberWords: ReadonlySet<string> = new Set([
  'un', 'una', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a',
])

/** Phrases of military service (token keys); removed with their line when alone on it. */
export const militaryPhrases: readonly (readonly string[])[] = [
  ['esente', 'dagli', 'obblighi', 'di', 'leva'],
  ['esente', 'dal', 'servizio', 'militare'],
  ['esonerato', 'dal', 'servizio', 'militare'],
  ['servizio', 'militare', 'assolto'],
  ['servizio', 'militare', 'svolto'],
  ['servizio', 'di', 'leva', 'assolto'],
  ['servizio', 'civile', 'sostitutivo'],
  ['obblighi', 'di', 'leva', 'assolti'],
  ['obblighi', 'di', 'leva', 'assolto'],
  ['obblighi', 'militari', 'assolti'],
  ['obblighi', 'di', 'leva'],
  ['servizio', 'militare'],
  ['militesente'],
  ['milite', 'esente'],
  ['military', 'service', 'completed'],
  ['military', 'service', 'exempt'],
  ['exempt', 'from', 'military', 'service'],
  ['military', 'service'],
]

/** Phrases that refer to a photo (token keys). */
export const photoPhrases: readonly (readonly string[])[] = [
  ['foto', 'allegata'],
  ['foto', 'in', 'allegato'],
  ['allego', 'foto'],
  ['fotografia', 'allegata'],
  ['photo', 'attached'],
  ['photo', 'available'],
  ['foto', 'disponibile'],
]

/**
 * Given names that are also common words ("Rosa", "Chiara", "Franco"): their lowercase
 * occurrences are words, so only capitalised occurrences are redacted.
 */
export const wordLikeNames: ReadonlySet<string> = new Set([
  'rosa', 'viola', 'chiara', 'serena', 'stella', 'bianca', 'gemma', 'marina', 'franca', 'franco', 'felice', 'grazia',
  'speranza', 'celeste', 'vera', 'sole', 'luce', 'fortunata', 'fortunato', 'benvenuto', 'sereno', 'primo', 'innocente',
  'will', 'grace', 'hope', 'joy', 'faith', 'rose', 'lily', 'may', 'june', 'april', 'bill', 'mark', 'frank', 'amber',
  'dolores', 'mercedes', 'patience', 'sky', 'summer', 'dawn', 'ruby',
  'pearl', 'jade', 'iris', 'daisy', 'victoria', 'angelo', 'angela', 'santa', 'santo', 'leone', 'lupo', 'pace',
])

/** Name particles, matched only inside a full surname ("De Luca"). */
export const nameParticles: ReadonlySet<string> = new Set([
  'de', 'di', 'da', 'del', 'della', 'dello', 'dei', 'degli', 'la', 'lo', 'le', 'li', 'van', 'von', 'der', 'den', 'du', 'dos', 'das', 'y', 'e', 'd', 'mc', 'mac', 'o', 'bin', 'al', 'el',
])

/** English gendered kinship nouns, replaced by `[FAMILY]` (a family status is personal data). */
export const englishKinNouns: ReadonlySet<string> = new Set([
  'wife', 'husband', 'wives', 'husbands', 'mother', 'father', 'mothers', 'fathers', 'mum', 'mom', 'dad', 'mummy', 'daddy',
  'mums', 'moms', 'dads', 'daughter', 'son', 'daughters', 'sons', 'sister', 'brother', 'sisters', 'brothers', 'grandmother',
  'grandfather', 'grandmothers', 'grandfathers', 'grandma', 'grandpa', 'granny', 'granddaughter', 'grandson',
  'granddaughters', 'grandsons', 'aunt', 'uncle', 'aunts', 'uncles', 'niece', 'nephew', 'nieces', 'nephews', 'stepmother',
  'stepfather', 'stepmum', 'stepdad', 'stepdaughter', 'stepson', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'widow',
  'widower', 'bride', 'groom', 'motherhood', 'fatherhood', 'maternity', 'paternity',
])
/** Words after "mother"/"father" that make it no kinship noun ("mother tongue", "motherboard" is one word). */
export const notKinAfter: ReadonlySet<string> = new Set(['tongue', 'tongues', 'language', 'board', 'company', 'nature', 'land', 'ship', 'earth', 'superior', 'leave', 'pay', 'cover', 'ward', 'unit'])
/** Italian gendered kinship nouns, replaced by `[FAMILY]` with the article or possessive before them. */
export const italianKinNouns: ReadonlySet<string> = new Set([
  'moglie', 'marito', 'mogli', 'mariti', 'madre', 'padre', 'madri', 'padri', 'mamma', 'papa', 'mamme', 'figlia', 'figlio',
  'figlie', 'sorella', 'fratello', 'sorelle', 'fratelli', 'nonna', 'nonno', 'nonne', 'nonni', 'zia', 'zio', 'zie', 'zii',
  'suocera', 'suocero', 'cognata', 'cognato', 'nuora', 'genero', 'matrigna', 'patrigno', 'figliastra', 'figliastro',
  'maternita', 'paternita',
])
/** Italian kinship nouns that are kinship only after a possessive ("mia compagna", not "compagno di squadra"). */
export const italianPartnerNouns: ReadonlySet<string> = new Set(['compagna', 'compagno', 'fidanzata', 'fidanzato', 'ragazza', 'ragazzo'])
/** Italian articles and possessives absorbed before a kinship noun ("la madre", "mio marito", "la mia"). */
export const italianDeterminers: ReadonlySet<string> = new Set([
  'il', 'la', 'lo', 'l', 'i', 'gli', 'le', 'un', 'una', 'uno', 'mio', 'mia', 'miei', 'mie', 'suo', 'sua', 'suoi', 'sue', 'tuo',
  'tua', 'tuoi', 'tue', 'nostro', 'nostra', 'nostri', 'nostre', 'vostro', 'vostra',
])
/** Italian articulated prepositions and the bare preposition that stays ("della madre" → "di [FAMILY]"). */
export const italianArticulated: ReadonlyMap<string, string> = entries({
  del: 'di', dello: 'di', della: 'di', dei: 'di', degli: 'di', delle: 'di', al: 'a', allo: 'a', alla: 'a', ai: 'a', agli: 'a',
  alle: 'a', dal: 'da', dallo: 'da', dalla: 'da', dai: 'da', dagli: 'da', dalle: 'da', nel: 'in', nello: 'in', nella: 'in',
  nei: 'in', negli: 'in', nelle: 'in', sul: 'su', sullo: 'su', sulla: 'su', sui: 'su', sugli: 'su', sulle: 'su', col: 'con',
  coi: 'con',
})
/**
 * Gendered person nouns of self-description and of groups (clients, topics), English: replaced by a neutral
 * noun. `group`: a plural or a group noun, kept under the `keep` policy of docs/concepts/neutrality.md.
 */
export const englishPersonNouns: ReadonlyMap<string, { neutral: string; group: boolean }> = entries({
  woman: { neutral: 'person', group: false }, man: { neutral: 'person', group: false },
  women: { neutral: 'people', group: true }, men: { neutral: 'people', group: true },
  lady: { neutral: 'person', group: false }, gentleman: { neutral: 'person', group: false },
  ladies: { neutral: 'people', group: true }, gentlemen: { neutral: 'people', group: true },
  girl: { neutral: 'child', group: false }, boy: { neutral: 'child', group: false },
  girls: { neutral: 'children', group: true }, boys: { neutral: 'children', group: true },
  womens: { neutral: 'people’s', group: true }, mens: { neutral: 'people’s', group: true },
})
/** Italian gendered person nouns → neutral noun (with the article made to agree). */
export const italianPersonNouns: ReadonlyMap<string, { neutral: string; group: boolean }> = entries({
  donna: { neutral: 'persona', group: false }, uomo: { neutral: 'persona', group: false },
  donne: { neutral: 'persone', group: true }, uomini: { neutral: 'persone', group: true },
  bambina: { neutral: 'bambinə', group: false }, bambino: { neutral: 'bambinə', group: false },
  signore: { neutral: 'persone', group: true }, signori: { neutral: 'persone', group: true },
})
/** Italian nouns after which "femminile"/"maschile" mark a team (left to the organisation detector). */
export const italianTeamNouns: ReadonlySet<string> = new Set(['squadra', 'squadre', 'team', 'nazionale', 'coro', 'club', 'campionato', 'serie', 'categoria', 'sezione', 'formazione', 'rappresentativa', 'under'])
/** Italian gender adjectives of topics ("salute femminile"): removed under the default policy. */
export const italianTopicAdjectives: ReadonlySet<string> = new Set(['femminile', 'maschile', 'femminili', 'maschili'])

/**
 * Italian -a/-o stems of self-description met in narrative texts, beside those of the gendered lexicon
 * ("orgogliosa", "io sottoscritta", "originaria di", "socia di", "conosciuta per").
 */
export const extraGenderedStems: readonly string[] = [
  'orgoglios', 'sottoscritt', 'originari', 'soci', 'conosciut', 'apprezzat', 'stimat', 'sposat',
  'rientrat', 'affett', 'delegat', 'nat',
]
