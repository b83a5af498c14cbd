import type { SectionKind, Token } from '@incontro/core'
import { compilePhrases, matchPhrases } from './phrases.js'

/**
 * Words that, among the first words of a line, make it name a qualification, an experience or a skill
 * ("Esperienza …", "Conoscenza …", "Capacità di …", "Experience with …", "Knowledge of …"), folded.
 */
const requirementHeads: ReadonlySet<string> = new Set([
  'esperienza', 'esperienze', 'esperienziale', 'conoscenza', 'conoscenze', 'capacita', 'padronanza', 'dimestichezza',
  'familiarita', 'competenza', 'competenze', 'possesso', 'laurea', 'laureato', 'laureata', 'diploma', 'diplomato',
  'diplomata', 'qualifica', 'attestato', 'abilitazione', 'iscrizione', 'certificazione', 'patente', 'automunito',
  'automunita', 'predisposizione', 'attitudine', 'disponibilita', 'flessibilita', 'precisione', 'serieta', 'autonomia',
  'orientamento', 'requisito', 'richiesto', 'richiesta', 'richiesti', 'richieste', 'indispensabile', 'necessario',
  'necessaria', 'necessari', 'necessarie', 'obbligatorio', 'obbligatoria', 'gradito', 'gradita', 'graditi', 'gradite',
  'preferibile', 'preferenziale', 'possiedi', 'hai', 'experience', 'experienced', 'knowledge', 'knowledgeable',
  'ability', 'abilities', 'able', 'proficiency', 'proficient', 'fluency', 'fluent', 'familiarity', 'familiar',
  'understanding', 'background', 'degree', 'bachelor', 'bachelors', 'master', 'masters', 'msc', 'bsc', 'phd',
  'qualified', 'qualification', 'certification', 'certified', 'licence', 'license', 'skills', 'skill', 'skilled',
  'competence', 'competency', 'expertise', 'required', 'mandatory', 'essential', 'must', 'preferred', 'desirable',
  'years', 'year', 'anni', 'minimum', 'almeno', 'track', 'record', 'inglese', 'english',
])

/** Adjectives that start a requirement bullet ("Excellent communication", "Ottima conoscenza") only as its first word. */
const leadingAdjectives: ReadonlySet<string> = new Set([
  'excellent', 'strong', 'proven', 'demonstrated', 'solid', 'good', 'deep', 'advanced', 'previous', 'prior', 'relevant', 'ottima',
  'ottime', 'ottimo', 'ottimi', 'buona', 'buone', 'buon', 'comprovata', 'consolidata', 'pregressa', 'precedente',
  'spiccate', 'spiccata', 'elevata', 'minima', 'discreta',
])

/** Head words strong enough to make a line of a duties section a requirement ("Esperienza …", "Knowledge of …"). */
const dutyRequirementHeads: ReadonlySet<string> = new Set([
  'esperienza', 'esperienze', 'conoscenza', 'conoscenze', 'padronanza', 'laurea', 'diploma', 'patente', 'possesso', 'experience',
  'knowledge', 'proficiency', 'proficient', 'degree', 'bachelor', 'master', 'fluent', 'fluency', 'requisito', 'required', 'richiesto',
  'richiesta', 'richiesti', 'richieste', 'indispensabile', 'mandatory', 'must', 'minimum', 'almeno', 'years', 'anni',
])

/** Phrases with the same effect ("you have", "sei in possesso", "in grado di"). */
const requirementPhrases = compilePhrases(
  ['you have', 'you are', 'you bring', "you'll bring", 'you will bring', 'you will have', "you've got", 'sei in possesso', 'sei in grado', 'in grado di', 'hai maturato', 'hai esperienza', 'sei un', 'sei una', 'at least', 'a plus', 'is a plus', 'nice to have'].map(
    (phrase) => [phrase, true] as const,
  ),
)

/** How many first words of a line may hold a requirement head word (fewer in a duties section). */
const HEAD_WINDOW = 6
const DUTY_HEAD_WINDOW = 2

/** Whether the line (its tokens) names a qualification, experience or skill among its first words. */
export function hasRequirementCue(tokens: readonly Token[], section: SectionKind): boolean {
  const window = section === 'responsibilities' ? DUTY_HEAD_WINDOW : HEAD_WINDOW
  const firstWord = tokens.find((token) => token.kind !== 'punct')
  if (firstWord !== undefined && section !== 'responsibilities' && leadingAdjectives.has(firstWord.norm)) return true
  let words = 0
  for (let i = 0; i < tokens.length && words < window; i++) {
    const token = tokens[i] as Token
    if (token.kind === 'punct') continue
    words++
    if ((section === 'responsibilities' ? dutyRequirementHeads : requirementHeads).has(token.norm)) return true
  }
  if (section === 'responsibilities') return false
  const first = matchPhrases(tokens.slice(0, HEAD_WINDOW + 2), requirementPhrases)[0]
  return first !== undefined
}

/**
 * Labels that open a line about the place, the contract, pay, hours or the employer ("Sede: …",
 * "Contratto …", "Retribuzione …"): such a line is never a requirement.
 */
const labelWords: ReadonlySet<string> = new Set([
  'sede', 'luogo', 'zona', 'comune', 'citta', 'location', 'place', 'workplace', 'city', 'contratto', 'contract', 'tipologia',
  'inquadramento', 'retribuzione', 'stipendio', 'compenso', 'ral', 'salary', 'pay', 'orario', 'orari', 'hours',
  'ccnl', 'azienda', 'company', 'employer', 'settore', 'industry', 'data', 'date', 'scadenza', 'rif', 'ref', 'riferimento',
  'reference', 'codice', 'id', 'job', 'posizioni', 'numero', 'work', 'schedule', 'benefit', 'benefits', 'lavoro', 'tempo',
  'full', 'part', 'durata', 'duration', 'inizio', 'start', 'offriamo', 'offerta', 'si', 'publish', 'published', 'posted',
])

/** Whether a line is a place / contract / pay / reference line ("Sede: Napoli", "Contratto: LAVORO A TEMPO DETERMINATO"). */
export function isLabelLine(tokens: readonly Token[]): boolean {
  const at = firstWordAt(tokens)
  const first = tokens[at]
  if (first === undefined || !labelWords.has(first.norm)) return false
  // "Lavoro", "Tempo" and "Full"/"Part" only as the contract phrases they start ("Lavoro a tempo determinato", "Full time").
  if (['lavoro', 'tempo', 'full', 'part', 'work', 'job', 'si'].includes(first.norm)) {
    const second = tokens[at + 1]?.norm ?? ''
    return ['a', 'time', 'determinato', 'indeterminato', 'pieno', 'parziale', '-', 'schedule', 'location', 'type', 'id', 'offre', 'offrono'].includes(second)
  }
  return true
}

/** Index of the first token that is not punctuation ("**Sede:**" starts with "*"). */
function firstWordAt(tokens: readonly Token[]): number {
  let at = 0
  while (at < tokens.length && (tokens[at] as Token).kind === 'punct') at++
  return at
}

/** Labels whose line is never read as education ("Lingue: …", "Riferimento: …", "References …"). */
const notEducationLabels: ReadonlySet<string> = new Set([
  'lingue', 'lingua', 'languages', 'language', 'rif', 'ref', 'riferimento', 'riferimenti', 'reference', 'references', 'referenze', 'codice', 'id',
])

/** Whether a line's first word is a label whose line names no qualification even when it holds a qualification word. */
export function isNotEducationLine(tokens: readonly Token[]): boolean {
  const first = tokens[firstWordAt(tokens)]
  return first !== undefined && notEducationLabels.has(first.norm)
}

/** Phrases of a paragraph that presents the employer ("X is a leading …", "è un'azienda leader nel settore …"). */
const companyPhrases = compilePhrases(
  [
    'is a leading', 'is a global', 'is a world', 'is the world', 'is one of the', 'is an international', 'is a fast', 'is a growing',
    'is a multinational', 'is a biopharmaceutical', 'is a pharmaceutical', 'is a biotech', 'world leader', 'global leader',
    'leading global', 'we are a', 'we are the', 'our mission is', 'our purpose is', 'our vision', 'founded in', 'headquartered in',
    'e un azienda', 'e una azienda', 'e una societa', 'e un gruppo', 'e una realta', 'e leader', 'azienda leader', 'societa leader',
    'realta leader', 'gruppo leader', 'leader nel settore', 'leader di settore', 'leader nella', 'leader nel', 'leader in',
    'leader mondiale', 'siamo un', 'siamo una', 'la nostra missione', 'fondata nel', 'nata nel', 'operante nel settore',
    'opera nel settore', 'presente sul mercato', 'multinazionale',
  ].map((phrase) => [phrase, true] as const),
)

/** Whether a line presents the employer rather than the job. */
export function hasCompanyCue(tokens: readonly Token[]): boolean {
  return matchPhrases(tokens, companyPhrases).length > 0
}

const aboutHeading = /^[#*_\s]{0,10}about\s/i
/** A line that introduces a list of requirements ("To be successful, you will bring:", "Cerchiamo persone con:"). */
const requirementLeadIn = /(?:you will bring|you['’]ll bring|you bring|you have|you will have|you should have|you need|we are looking for|we're looking for|we look for|looking for|we seek|ideal candidate|successful candidate|to be successful|what we expect|si richiede|si richiedono|richiediamo|cerchiamo|ricerchiamo|requisiti|requirements|il candidato|la candidata|la risorsa|candidato ideale|è richiesto|è richiesta|sono richiesti|sono richieste)[^:]{0,40}:$/i
/** A line that introduces a list of duties ("In this role you will:", "La risorsa si occuperà di:"). */
const dutyLeadIn = /(?:you will|you['’]ll|your role|responsible for|responsibilities|ti occuperai|si occuperà|si occupera|sarà responsabile|sara responsabile|dovrà|dovra|avrà il compito|attività|mansioni)[^:]{0,40}:$/i
const boldOnly = /^\*\*[^*]{1,70}\*\*:?$|^__[^_]{1,70}__:?$/

/**
 * The kind of a heading line the lexicon does not know: a short line ending with ":" that introduces
 * requirements or duties ("To be successful, you will bring:", "La risorsa si occuperà di:"), a `#` heading
 * or a bold-only line. "About <name>" presents the employer; otherwise a word of the heading says its kind
 * ("**Offerta e benefit:**" → offer, "Le tue attività principali saranno:" → responsibilities); a `#` or
 * bold heading without such a word opens a description.
 */
export function markdownHeadingKind(lineText: string): SectionKind | undefined {
  if (lineText.endsWith(':')) {
    if (requirementLeadIn.test(lineText)) return 'requirements'
    if (dutyLeadIn.test(lineText)) return 'responsibilities'
  }
  const leadIn = lineText.endsWith(':') || lineText.endsWith(':**')
  const isHeading = lineText.startsWith('#') || boldOnly.test(lineText) || leadIn
  if (!isHeading) return undefined
  if (aboutHeading.test(lineText)) return 'company'
  const byWord = headingWordKind(lineText)
  if (byWord !== undefined) return byWord
  return leadIn ? undefined : 'description'
}

/** Word stems that say what an unknown heading heads ("**Offerta e benefit:**", "Le tue attività principali saranno:"). */
const headingStems: readonly (readonly [RegExp, SectionKind])[] = [
  [/offer|offriamo|offerta|benefit|compensation|perks|welfare|retribuzion|inquadrament/i, 'offer'],
  [/preferenzial|gradit|nice to have|a plus|preferred|desirable/i, 'preferred'],
  [/requisit|requirement|qualification|qualifiche|competenz|skills|profilo|profile|esperienz|experience/i, 'requirements'],
  [/responsabilit|responsibilit|mansion|attivit|compiti|tasks|duties|accountabilit|you will do|you'll do|farai|occuperai/i, 'responsibilities'],
  [/chi siamo|azienda|company|who we are|about us|our story/i, 'company'],
]

function headingWordKind(lineText: string): SectionKind | undefined {
  for (const [stem, kind] of headingStems) if (stem.test(lineText)) return kind
  return undefined
}
