import { entries } from './cue-words.js'
/**
 * Word lists and patterns of the vacancy review, written by the Incontro authors. Patterns are
 * regular expressions without nested quantifiers (linear on any input).
 */

/** Legal references quoted by findings. */
export const references = {
  gender: "D.Lgs. 198/2006, art. 27 (Codice delle pari opportunità): ads must address \"l'uno o l'altro sesso\"",
  family: "D.Lgs. 198/2006, art. 27 c. 1 lett. a: no reference to marital, family or pregnancy status",
  preselection: 'D.Lgs. 276/2003, art. 10: no preselection by age, marital or family status, pregnancy, health, religion or national origin',
  age: 'D.Lgs. 216/2003 (Directive 2000/78/EC) and D.Lgs. 276/2003, art. 10: no age limits without a legitimate aim',
  nationality: 'D.Lgs. 286/1998, art. 43 and D.Lgs. 215/2003: no requirement of nationality or origin without a legal reason',
} as const

/** The legal references in Italian, for findings in an Italian ad. */
export const referencesIt = {
  gender: "D.Lgs. 198/2006, art. 27 (Codice delle pari opportunità): l'annuncio deve rivolgersi all'uno e all'altro sesso",
  family: 'D.Lgs. 198/2006, art. 27 c. 1 lett. a: nessun riferimento allo stato matrimoniale, di famiglia o di gravidanza',
  preselection: "D.Lgs. 276/2003, art. 10: nessuna preselezione per età, stato civile o di famiglia, gravidanza, salute, religione od origine",
  age: "D.Lgs. 216/2003 (Direttiva 2000/78/CE) e D.Lgs. 276/2003, art. 10: nessun limite di età senza una finalità legittima",
  nationality: "D.Lgs. 286/1998, art. 43 e D.Lgs. 215/2003: nessun requisito di cittadinanza od origine senza una ragione di legge",
} as const

/** The Italian text of an English reference of {@link references}. */
export const italianReference: ReadonlyMap<string, string> = new Map(
  (Object.keys(references) as (keyof typeof references)[]).map((key) => [references[key], referencesIt[key]]),
)

/**
 * Italian job titles in their feminine and masculine forms (folded, lowercase). Epicene titles
 * (barista, autista, receptionist, consulente) are not listed: they address everybody. A pair with two
 * equal forms is a masculine title whose feminine form is also another word ("idraulica" is hydraulics):
 * only the masculine form is looked for.
 */
export const italianTitlePairs: readonly (readonly [feminine: string, masculine: string])[] = [
  ['cameriera', 'cameriere'], ['commessa', 'commesso'], ['segretaria', 'segretario'], ['cuoca', 'cuoco'],
  ['magazziniera', 'magazziniere'], ['operaia', 'operaio'], ['impiegata', 'impiegato'],
  ['addetta', 'addetto'], ['infermiera', 'infermiere'], ['cassiera', 'cassiere'], ['educatrice', 'educatore'],
  ['programmatrice', 'programmatore'], ['sviluppatrice', 'sviluppatore'], ['direttrice', 'direttore'],
  ['parrucchiera', 'parrucchiere'], ['operatrice', 'operatore'], ['venditrice', 'venditore'], ['ragioniera', 'ragioniere'],
  ['pizzaiola', 'pizzaiolo'], ['panettiera', 'panettiere'], ['pasticciera', 'pasticciere'], ['saldatrice', 'saldatore'],
  ['tornitrice', 'tornitore'], ['manutentrice', 'manutentore'], ['giardiniera', 'giardiniere'], ['portiera', 'portiere'],
  ['maestra', 'maestro'], ['animatrice', 'animatore'], ['traduttrice', 'traduttore'], ['sarta', 'sarto'],
  ['massaggiatrice', 'massaggiatore'], ['fattorina', 'fattorino'], ['muratrice', 'muratore'], ['imbianchina', 'imbianchino'],
  ['idraulico', 'idraulico'], ['ingegnera', 'ingegnere'], ['architetta', 'architetto'], ['avvocata', 'avvocato'],
  ['dottoressa', 'dottore'], ['collaboratrice', 'collaboratore'], ['coordinatrice', 'coordinatore'],
  ['amministratrice', 'amministratore'], ['ricercatrice', 'ricercatore'], ['formatrice', 'formatore'],
  ['istruttrice', 'istruttore'], ['redattrice', 'redattore'], ['lavoratrice', 'lavoratore'], ['infermiera', 'infermiere'],
  ['governante', 'governante'], ['ragazza', 'ragazzo'],
  ['facchina', 'facchino'], ['carpentiera', 'carpentiere'],
  ['meccanico', 'meccanico'], ['macellaia', 'macellaio'],
  ['fornaia', 'fornaio'], ['stiratrice', 'stiratore'], ['lavandaia', 'lavandaio'], ['tabaccaia', 'tabaccaio'],
]

/** Phrases that state the ad is addressed to both sexes (folded, matched on the lowercased text). */
export const statementPatterns: readonly RegExp[] = [
  /\bambo ?sessi\b/i,
  /\b(?:di |ad |a )?entrambi i (?:sessi|generi)\b/i,
  /\b(?:di )?(?:tutti i|ogni) gener[ie]\b/i,
  /\bambo i sessi\b/i,
  /\bdell[’']un[oa] (?:e|o) dell[’']altr[oa] sesso\b/i,
  /\bl[’']un[oa] (?:e|o) l[’']altr[oa] sesso\b/i,
  /\b(?:l\.|legge) ?903\/(?:19)?77\b/i,
  /\b(?:l\.|legge) ?125\/(?:19)?91\b/i,
  /\b198\/2006\b/,
  /\bpari opportunit[aà]\b/i,
  /\bequal(?:-| )opportunit(?:y|ies)\b/i,
  /\b(?:all|any) genders?\b/i,
  /\bregardless of (?:gender|sex)\b/i,
  /\bwithout regard to (?:gender|sex)\b/i,
  /\bqualsiasi genere\b/i,
  /\bsenza distinzione di (?:sesso|genere)\b/i,
  /\(\s*[mfhwdx]\s*\/\s*[mfhwdx](?:\s*\/\s*[mfhwdx])?\s*\)/i,
  /(?:^|\s)[mf]\/[fm](?=\s|$|[.,;])/i,
  /\b(?:ricerca|annuncio|selezione|offerta) (?:è |e )?rivolt[ao] a (?:candidat[ie] (?:di )?)?(?:entrambi|tutt[ie]|ogni genere)/i,
]

/** One discriminatory requirement pattern. */
export interface RequirementRule {
  category: 'age' | 'appearance' | 'marital-family' | 'pregnancy' | 'military' | 'gender-exclusion' | 'nationality' | 'photo'
  severity: 'error' | 'warning'
  pattern: RegExp
  message: string
  suggestion: string
  reference: string
  /** When set, a stated reason on the same line (this pattern) makes the requirement acceptable. */
  unlessReason?: RegExp
  /** Replacement in the rewritten text ('' removes the phrase). */
  replacement?: string
}

const reason = /\b(?:in quanto|perch[eé]|poich[eé]|per (?:legge|motivi|rapporti|la gestione|il contatto)|ai sensi|a norma|richiest[oa] da|because|as the role|due to|required by law|by law)\b/i

/** Discriminatory requirements (Italian and English). */
export const requirementRules: readonly RequirementRule[] = [
  // Age
  { category: 'age', severity: 'error', pattern: /\b(?:et[aà] )?(?:max(?:\.|imo)?|massima|fino a|non oltre|entro i|under|massimo di|non superiore a(?:i)?)\s*\d{2}\s*anni\b(?!\s*(?:di|d[’']) ?esperienza)/gi, message: 'Age limit in a vacancy.', suggestion: 'Remove the age limit; describe the experience or skills needed instead.', reference: references.age },
  { category: 'age', severity: 'error', pattern: /\bet[aà] (?:compresa )?(?:tra|fra) (?:i )?\d{2} e (?:i )?\d{2}(?: anni)?\b/gi, message: 'Age range in a vacancy.', suggestion: 'Remove the age range.', reference: references.age },
  { category: 'age', severity: 'error', pattern: /\bet[aà] (?:massima|minima|non superiore|inferiore)\b[^.\n]{0,20}/gi, message: 'Age limit in a vacancy.', suggestion: 'Remove the age limit.', reference: references.age },
  { category: 'age', severity: 'error', pattern: /\b(?:cercasi|cerchiamo|ricerchiamo|selezioniamo|assumiamo) (?:un |una |un[’'])?giovan[ei]\b/gi, message: 'Asks for a young person.', suggestion: 'Describe the role without reference to age ("cerchiamo una persona …").', reference: references.age },
  { category: 'age', severity: 'error', pattern: /\b(?:aged|age) (?:between )?\d{2} ?(?:-|–|to|and) ?\d{2}\b/gi, message: 'Age range in a vacancy.', suggestion: 'Remove the age range.', reference: references.age },
  { category: 'age', severity: 'error', pattern: /\b(?:under|no older than|not older than|maximum age(?: of)?|max(?:imum)? age) ?\d{2}\b/gi, message: 'Age limit in a vacancy.', suggestion: 'Remove the age limit.', reference: references.age },
  { category: 'age', severity: 'error', pattern: /\bbetween \d{2} and \d{2} years(?: of age| old)?\b/gi, message: 'Age range in a vacancy.', suggestion: 'Remove the age range.', reference: references.age },
  { category: 'age', severity: 'error', pattern: /\b\d{2} ?(?:-|–) ?\d{2} anni\b/gi, message: 'Age range in a vacancy.', suggestion: 'Remove the age range.', reference: references.age },
  { category: 'age', severity: 'error', pattern: /\b(?:young person|young candidates?)\b/gi, message: 'Asks for a young person.', suggestion: 'Describe the role without reference to age.', reference: references.age },
  // Appearance
  { category: 'appearance', severity: 'error', pattern: /\b(?:bella|ottima|buona|gradevole) presenza\b/gi, message: 'Requirement on physical appearance.', suggestion: 'Remove it; if the role needs it, describe the professional dress code.', reference: references.preselection },
  { category: 'appearance', severity: 'error', pattern: /\b(?:di )?bell[’']aspetto\b/gi, message: 'Requirement on physical appearance.', suggestion: 'Remove it.', reference: references.preselection },
  { category: 'appearance', severity: 'error', pattern: /\b(?:altezza minima|statura minima|taglia \d{2}|good[- ]looking|attractive appearance|pleasant appearance|well[- ]presented young)\b/gi, message: 'Requirement on physical appearance.', suggestion: 'Remove it.', reference: references.preselection },
  // Marital and family status
  { category: 'marital-family', severity: 'error', pattern: /\b(?:nubile|celibe|non sposat[oa]|sposat[oa]|coniugat[oa]|single|unmarried|married)\b/gi, message: 'Requirement on marital status.', suggestion: 'Remove it.', reference: references.family },
  { category: 'marital-family', severity: 'error', pattern: /\b(?:senza|no|privo di|priva di|without|no) (?:figli|prole|children|kids|carichi familiari|impegni familiari|family commitments)\b/gi, message: 'Requirement on family status.', suggestion: 'Remove it; state the working hours instead.', reference: references.family },
  { category: 'marital-family', severity: 'error', pattern: /\b(?:liber[oa]|free) (?:da|from) (?:impegni|vincoli|legami) (?:familiari|di famiglia)|\bfree (?:from|of) family (?:ties|commitments)\b/gi, message: 'Requirement on family status.', suggestion: 'Remove it; state the working hours instead.', reference: references.family },
  { category: 'marital-family', severity: 'error', pattern: /\b(?:stato civile|situazione familiare|marital status|family status)\b/gi, message: 'Asks for marital or family status.', suggestion: 'Remove it.', reference: references.family },
  // Pregnancy
  { category: 'pregnancy', severity: 'error', pattern: /\b(?:gravidanza|gravidanze|incinta|incinte|pregnan(?:t|cy|cies))\b/gi, message: 'Reference to pregnancy.', suggestion: 'Remove it.', reference: references.family },
  { category: 'pregnancy', severity: 'error', pattern: /\b(?:no|non in|esclus[ae]|senza) maternit[aà]\b|\bprogetti di maternit[aà]\b|\bplans? (?:to have|for) (?:children|a family)\b|\bno maternity\b/gi, message: 'Reference to maternity.', suggestion: 'Remove it.', reference: references.family },
  // Military service
  { category: 'military', severity: 'error', pattern: /\b(?:militesente|milite esente|esente (?:dagli|da) obblighi (?:di leva|militari)|obblighi (?:di leva|militari) assolti|servizio militare (?:assolto|svolto)|military service (?:completed|done))\b/gi, message: 'Military service requirement (a proxy for sex).', suggestion: 'Remove it.', reference: references.gender },
  // Gender exclusion
  { category: 'gender-exclusion', severity: 'error', pattern: /\b(?:no|niente|astenersi|esclus[ie]) (?:donne|uomini|ragazze|ragazzi|signore|signori)\b/gi, message: 'Excludes one sex.', suggestion: 'Remove it: the ad must be open to both sexes.', reference: references.gender },
  { category: 'gender-exclusion', severity: 'error', pattern: /\b(?:solo|soltanto|esclusivamente|preferibilmente|preferibile) (?:donne|uomini|ragazze|ragazzi|donna|uomo|ragazza|ragazzo|personale femminile|personale maschile|di sesso (?:femminile|maschile)|candidate donne|candidati uomini)\b/gi, message: 'Restricts the ad to one sex.', suggestion: 'Remove it: the ad must be open to both sexes.', reference: references.gender },
  { category: 'gender-exclusion', severity: 'error', pattern: /\b(?:di )?sesso (?:femminile|maschile)\b|\b(?:men|women|males|females|male|female) only\b|\bonly (?:men|women|males|females)\b|\bno (?:men|women|males|females)\b|\bpreferably (?:male|female|a man|a woman)\b|\bmust be (?:male|female|a man|a woman)\b/gi, message: 'Restricts the ad to one sex.', suggestion: 'Remove it: the ad must be open to both sexes.', reference: references.gender },
  // Nationality and mother tongue
  { category: 'nationality', severity: 'error', pattern: /\b(?:cittadinanza|nazionalit[aà]) (?:italiana|europea|ue|comunitaria)\b|\b(?:solo|no) (?:italiani|stranieri|extracomunitari)\b|\bdi origine italiana\b|\bitalian (?:citizenship|nationality|citizens only)\b|\b(?:eu|european) citizens only\b/gi, message: 'Nationality requirement without a stated legal reason.', suggestion: 'Remove it, or state the legal reason (e.g. public-sector roles under art. 38 D.Lgs. 165/2001).', reference: references.nationality, unlessReason: reason },
  { category: 'nationality', severity: 'warning', pattern: /\bmadrelingua (?:italiana|inglese|italiano)\b|\b(?:italiano|inglese|italiana) madrelingua\b|\bnative (?:italian|english) speaker\b|\bnative speaker of (?:italian|english)\b/gi, message: 'Mother tongue required without a stated reason (indirect discrimination by origin).', suggestion: 'Ask for a CEFR level instead, e.g. "italiano C1".', reference: references.nationality, unlessReason: reason, replacement: '' },
  // Photo
  { category: 'photo', severity: 'error', pattern: /\b(?:cv|curriculum(?: vitae)?|candidature?) (?:con|corredat[oa] d[ia]|munit[oa] di) (?:una )?(?:foto(?:grafia)?|immagine)\b|\b(?:allegare|inviare|includere|con) (?:una )?foto(?:grafia)?(?: recente| a figura intera| tessera)?\b|\bfoto (?:obbligatoria|richiesta)\b|\b(?:photo|picture|photograph) (?:required|mandatory)\b|\b(?:include|attach|with) a (?:recent )?(?:photo|picture|photograph)\b|\bcv with (?:a )?photo\b/gi, message: 'Asks for a photo.', suggestion: 'Remove it: a photo reveals sex, age and origin.', reference: references.preselection },
]

/** Phrases that make a requirement legitimate or not a requirement ("sostituzione maternità" is a reason for the contract). */
export const notDiscriminatory: readonly RegExp[] = [
  /\bsostituzione (?:di )?maternit[aà]\b/gi,
  /\bmaternity (?:leave )?cover\b/gi,
  /\bsingle (?:sign[- ]on|page|point|source|market)\b/gi,
]

/** Triggers after which an Italian gendered adjective addresses the reader or the candidate. */
export const addressTriggers: ReadonlySet<string> = new Set(['sei', 'sarai', 'essere', 'risulti', 'senti'])

/** Italian person nouns that, in one gender only, address one sex ("il candidato ideale"). */
export const personNounStems: readonly string[] = ['candidat', 'ragazz', 'neolaureat', 'neodiplomat', 'laureand', 'diplomand', 'giovanott']

/** English pronouns that address one sex when used alone ("he will manage"). */
export const englishGenderedPronouns: ReadonlyMap<string, string> = entries({
  he: 'they', she: 'they', him: 'them', his: 'their', her: 'their', himself: 'themself', herself: 'themself',
})
