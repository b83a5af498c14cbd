/**
 * Italian gendered words of self-description, written by the Incontro authors. Each pair is
 * replaced by one neutral form with a schwa (singular "ə", plural "ɜ"), the same for both variants:
 * "laureata"/"laureato" → "laureatə", "laureate"/"laureati" → "laureatɜ".
 */

/** Regular -a/-o pairs given by stem: feminine stem+a/e, masculine stem+o/i. */
export const regularStems: readonly string[] = [
  // education and qualifications
  'laureat', 'diplomat', 'neolaureat', 'neodiplomat', 'laureand', 'diplomand', 'iscritt', 'abilitat',
  'specializzat', 'qualificat', 'certificat', 'format', 'autorizzat', 'accreditat', 'patentat', 'brevettat',
  'titolat', 'dottorand', 'specializzand', 'esonerat', 'aggiornat', 'informat', 'preparat', 'istruit',
  // self-description
  'motivat', 'appassionat', 'dinamic', 'precis', 'organizzat', 'determinat', 'interessat', 'predispost',
  'portat', 'abituat', 'automunit', 'motorizzat', 'espert', 'referenziat', 'pront', 'onest', 'ordinat',
  'educat', 'attent', 'creativ', 'proattiv', 'propositiv', 'positiv', 'comunicativ', 'autonom', 'volenteros',
  'curios', 'meticolos', 'scrupolos', 'ambizios', 'empatic', 'energic', 'metodic', 'sistematic', 'riservat',
  'concentrat', 'focalizzat', 'orientat', 'impegnat', 'dedicat', 'coinvolt', 'dispost', 'convint', 'sicur',
  'attiv', 'produttiv', 'brav', 'seri', 'tranquill', 'allegr', 'simpatic', 'estrovers', 'introvers', 'timid',
  'sincer', 'fidat', 'apert', 'nativ', 'domiciliat',
  'dotat', 'collaborativ', 'incaricat', 'premiat', 'elett', 'pensionat', 'accurat', 'content', 'pratic',
  'capitan', 'affezionat', 'soddisfatt', 'contattat',
  // career events told in the first person ("sono stata assunta")
  'selezionat', 'nominat', 'promoss', 'assunt', 'occupat', 'disoccupat', 'inoccupat', 'licenziat', 'dimess',
  'trasferit', 'cresciut', 'stat', 'andat', 'venut', 'rimast', 'tornat', 'arrivat', 'diventat', 'costrett',
  'obbligat', 'collocat', 'inserit', 'affiliat', 'associat',
  // people and roles written as nouns of self-description
  'ragazz', 'impiegat', 'addett', 'candidat', 'volontari', 'operai', 'segretari', 'commess', 'cuoc', 'sart',
  'fornai', 'maestr', 'ausiliari', 'bidell', 'portinai',
]

/** Irregular pairs: [feminine, masculine, neutral] singular, then optional plurals the same way. */
export const irregularPairs: readonly (readonly [string, string, string])[] = [
  ['studentessa', 'studente', 'studentə'],
  ['studentesse', 'studenti', 'studentɜ'],
  ['lavoratrice', 'lavoratore', 'lavoratorə'],
  ['collaboratrice', 'collaboratore', 'collaboratorə'],
  ['operatrice', 'operatore', 'operatorə'],
  ['educatrice', 'educatore', 'educatorə'],
  ['animatrice', 'animatore', 'animatorə'],
  ['traduttrice', 'traduttore', 'traduttorə'],
  ['istruttrice', 'istruttore', 'istruttorə'],
  ['coordinatrice', 'coordinatore', 'coordinatorə'],
  ['direttrice', 'direttore', 'direttorə'],
  ['amministratrice', 'amministratore', 'amministratorə'],
  ['programmatrice', 'programmatore', 'programmatorə'],
  ['sviluppatrice', 'sviluppatore', 'sviluppatorə'],
  ['redattrice', 'redattore', 'redattorə'],
  ['venditrice', 'venditore', 'venditorə'],
  ['ricercatrice', 'ricercatore', 'ricercatorə'],
  ['fondatrice', 'fondatore', 'fondatorə'],
  ['imprenditrice', 'imprenditore', 'imprenditorə'],
  ['formatrice', 'formatore', 'formatorə'],
  ['allenatrice', 'allenatore', 'allenatorə'],
  ['ispettrice', 'ispettore', 'ispettorə'],
  ['conduttrice', 'conduttore', 'conduttorə'],
  ['accompagnatrice', 'accompagnatore', 'accompagnatorə'],
  ['autrice', 'autore', 'autorə'],
  ['consulente', 'consulente', 'consulente'],
  ['infermiera', 'infermiere', 'infermierə'],
  ['cameriera', 'cameriere', 'camerierə'],
  ['cassiera', 'cassiere', 'cassierə'],
  ['parrucchiera', 'parrucchiere', 'parrucchierə'],
  ['magazziniera', 'magazziniere', 'magazzinierə'],
  ['giardiniera', 'giardiniere', 'giardinierə'],
  ['pasticciera', 'pasticciere', 'pasticcierə'],
  ['ragioniera', 'ragioniere', 'ragionierə'],
  ['dottoressa', 'dottore', 'dottorə'],
  ['professoressa', 'professore', 'professorə'],
  ['avvocata', 'avvocato', 'avvocatə'],
  ['avvocatessa', 'avvocato', 'avvocatə'],
  ['ingegnera', 'ingegnere', 'ingegnerə'],
  ['autrice', 'autore', 'autorə'],
  ['tutrice', 'tutore', 'tutorə'],
  ['pittrice', 'pittore', 'pittorə'],
  ['attrice', 'attore', 'attorə'],
  ['cantante', 'cantante', 'cantante'],
]

/**
 * Masculine forms that are also nouns or fixed phrases, with the neighbours in which they are
 * never a self-description (so both variants keep them). Keys are folded.
 */
export const nounGuards: Readonly<Record<string, { prev?: readonly string[]; next?: readonly string[] }>> = {
  stato: { prev: ['lo', 'dello', 'allo', 'nello', 'dallo', 'sullo', 'capo'], next: ['civile', 'attuale', 'dell', 'della', 'del', 'membro'] },
  stati: { prev: ['gli', 'degli', 'negli', 'agli', 'dagli'], next: ['uniti'] },
  formato: { prev: ['il', 'del', 'nel', 'un', 'al', 'dal', 'in', 'qualsiasi', 'ogni'], next: ['europeo', 'europass', 'pdf', 'word', 'digitale', 'cartaceo', 'a4', 'elettronico'] },
  certificato: { prev: ['il', 'un', 'del', 'dal', 'nel', 'al', 'con', 'ogni'], next: ['di', 'medico', 'penale', 'b1', 'b2', 'c1', 'c2', 'a1', 'a2'] },
  certificati: { prev: ['i', 'dei', 'nei', 'ai', 'con'], next: ['di'] },
  determinato: { prev: ['tempo'] },
  indeterminato: { prev: ['tempo'] },
  iscritto: { prev: ['per'] },
  associato: { prev: ['studio'] },
  socio: { next: ['di', 'del', 'della'] },
  seri: {},
  pratico: {},
  // "la pratica", "buona pratica", "pratica clinica": the noun (practice, file), not the adjective.
  pratica: { prev: ['la', 'una', 'della', 'nella', 'alla', 'dalla', 'sulla', 'buona', 'ottima', 'ogni', 'questa', 'quella'], next: ['clinica', 'professionale', 'infermieristica', 'amministrativa', 'sportiva', 'forense', 'commerciale', 'edilizia'] },
  sicuro: { prev: ['lavoro', 'ambiente', 'modo'] },
}

/** Forms never replaced although a stem generates them (they are other words). */
export const excludedForms: ReadonlySet<string> = new Set(['serie', 'stati', 'cuoce'])

/** Articles that may precede a gendered noun; absorbed (dropped) with it. Folded. */
export const italianArticles: ReadonlySet<string> = new Set(['un', 'una', 'uno', 'il', 'la', 'lo', 'l', 'i', 'gli', 'le'])
