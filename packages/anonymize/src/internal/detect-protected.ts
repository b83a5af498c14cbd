import type { Token } from '@incontro/core'
import { inPersonal, isCapitalised, matchCase, onlySpaces, matchPhrase, phrasesByFirstWord, tokensWith, trigger, type ScrubContext } from './context.js'
import type { Candidate } from './edits.js'

const phrasePriority = 70

/** What an index gives for a word it lacks (shared: never written). */
const none: readonly never[] = []

const phrases = (list: readonly string[]): string[][] => list.map((p) => p.split(' '))

/** Pregnancy, as a phrase (token keys). */
const pregnancyPhrases = phrases([
  'in stato di gravidanza', 'in gravidanza', 'incinta', 'in dolce attesa', 'gravidanza', 'aspetto un bambino',
  'currently pregnant', 'pregnant', 'pregnancy', 'expecting a baby', 'expecting a child',
])

/** Leave for a birth, with the neutral word that replaces it (the period around it is kept). */
const leavePhrases: readonly [string[], string][] = [
  ...phrases(['congedo di maternita', 'congedo di paternita', 'congedo per maternita', 'congedo per paternita', 'congedo parentale', 'congedo obbligatorio di maternita', 'congedo obbligatorio di paternita', 'aspettativa per maternita', 'aspettativa per paternita', 'astensione obbligatoria per maternita', 'astensione per maternita']).map((p): [string[], string] => [p, 'congedo']),
  ...phrases(['maternity leave', 'paternity leave', 'parental leave', 'shared parental leave', 'on maternity', 'on paternity']).map((p): [string[], string] => [p, p[0] === 'on' ? 'on leave' : 'leave']),
  ...phrases(['maternita', 'paternita']).map((p): [string[], string] => [p, 'congedo']),
]

/** Statements of belonging to the protected categories (L. 68/1999), replaced by one neutral flag. */
const protectedPhrases = phrases([
  'appartenente alle categorie protette', 'appartenenti alle categorie protette', 'iscritta alle categorie protette', 'iscritto alle categorie protette',
  'iscritta al collocamento mirato', 'iscritto al collocamento mirato', 'iscritta alle liste del collocamento mirato', 'iscritto alle liste del collocamento mirato',
  'iscrizione alle categorie protette', 'iscrizione al collocamento mirato', 'categorie protette', 'categoria protetta', 'collocamento mirato',
  'registered under the protected categories', 'protected categories', 'protected category',
])
/** The law reference that may follow a protected-category statement. */
const lawReference = /^\s*(?:\(\s*)?(?:ai sensi (?:della |dell[’'])?)?(?:legge|l\.)\s*(?:n\.\s*)?68\s*\/\s*(?:19)?99(?:,?\s*art\.\s*\d+)?\s*\)?/i
/** Health details that are always about the person ("invalidità civile 67%", "legge 104"). */
const personalHealthPhrases = phrases(['invalidita civile', 'percentuale di invalidita', 'legge 104', 'l 104', 'beneficiario della legge 104', 'beneficiaria della legge 104'])
/** Health words that are about the person only after a self-description ("sono non vedente", "I am deaf"), not in "assistenza a persone con disabilità". */
const healthPhrases = phrases([
  'invalidita', 'disabilita', 'handicap', 'diabete', 'epilessia',
  'sclerosi multipla', 'non vedente', 'ipovedente', 'non udente', 'sordita', 'cecita', 'malattia cronica', 'patologia cronica',
  'sedia a rotelle', 'disability', 'disabled', 'diabetes', 'epilepsy', 'wheelchair user', 'chronic illness', 'visually impaired',
  'hearing impaired', 'deaf', 'blind',
  // Gendered adjectives of a condition ("sono celiaca"/"sono celiaco"): both genders listed, same placeholder.
  'celiaca', 'celiaco', 'celiachia', 'diabetica', 'diabetico', 'epilettica', 'epilettico', 'coeliac', 'celiac', 'diabetic', 'epileptic',
])

/** Religion words, redacted only where they describe the person (not "Università Cattolica"). */
const religionWords = new Set([
  'cattolica', 'cattolico', 'musulmana', 'musulmano', 'islamica', 'islamico', 'ebrea', 'ebreo', 'ortodossa', 'ortodosso', 'protestante',
  'evangelica', 'evangelico', 'buddista', 'induista', 'sikh', 'atea', 'ateo', 'cristiana', 'cristiano', 'valdese',
  'catholic', 'muslim', 'jewish', 'christian', 'hindu', 'buddhist', 'orthodox', 'protestant', 'atheist', 'evangelical',
])
const religionIntro = new Set(['sono', 'fede', 'religione', 'religion', 'am', 'practising', 'practicing', 'confessione'])
const religionAfter = new Set(['praticante', 'osservante', 'practising', 'practicing', 'observant'])

const pregnancyIndex = phrasesByFirstWord(pregnancyPhrases.map((phrase) => ({ phrase })))
const leaveIndex = phrasesByFirstWord(leavePhrases.map(([phrase, neutral]) => ({ phrase, neutral })))
const protectedIndex = phrasesByFirstWord(protectedPhrases.map((phrase) => ({ phrase })))
const healthIndex = phrasesByFirstWord([...personalHealthPhrases.map((phrase) => ({ phrase, personal: true })), ...healthPhrases.map((phrase) => ({ phrase, personal: false }))])
const healthWords = trigger([...protectedIndex.keys(), ...healthIndex.keys()])
const pregnancyWords = trigger(pregnancyIndex.keys())
const leaveWords = trigger(leaveIndex.keys())
const religionTrigger = trigger(religionWords)

/** Pregnancy phrases → `[FAMILY]`. */
export function detectPregnancy(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  let skipTo = 0
  for (const i of tokensWith(context, pregnancyWords)) {
    if (i < skipTo) continue
    for (const { phrase } of pregnancyIndex.get((tokens[i] as Token).norm) ?? none) {
      const after = matchPhrase(text, tokens, i, phrase)
      if (after < 0) continue
      out.push({ start: (tokens[i] as Token).start, end: (tokens[after - 1] as Token).end, replacement: '[FAMILY]', category: 'family', priority: phrasePriority + 2 })
      skipTo = after
      break
    }
  }
  return out
}

/** Maternity and paternity leave → "congedo" / "leave"; the dates around them stay. */
export function detectLeave(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  let skipTo = 0
  for (const i of tokensWith(context, leaveWords)) {
    if (i < skipTo) continue
    for (const { phrase, neutral } of leaveIndex.get((tokens[i] as Token).norm) ?? none) {
      const after = matchPhrase(text, tokens, i, phrase)
      if (after < 0) continue
      const start = (tokens[i] as Token).start
      const end = (tokens[after - 1] as Token).end
      out.push({ start, end, replacement: matchCase(text.slice(start, end), neutral), category: 'family', priority: phrasePriority + 1 })
      skipTo = after
      break
    }
  }
  return out
}

/**
 * Health and disability: a statement of belonging to the protected categories (stated for that
 * listing) becomes one neutral flag; every other health detail becomes `[HEALTH]`.
 */
export function detectHealth(context: ScrubContext): Candidate[] {
  const { text, tokens, language } = context
  const flag = language === 'it' ? 'appartenente alle categorie protette (L. 68/99)' : 'registered under the protected categories (L. 68/99)'
  const out: Candidate[] = []
  let skipTo = 0
  for (const i of tokensWith(context, healthWords)) {
    if (i < skipTo) continue
    let matched = false
    for (const { phrase } of protectedIndex.get((tokens[i] as Token).norm) ?? none) {
      const after = matchPhrase(text, tokens, i, phrase)
      if (after < 0) continue
      const start = (tokens[i] as Token).start
      let end = (tokens[after - 1] as Token).end
      const law = lawReference.exec(text.slice(end, end + 48))
      if (law) end += law[0].trimEnd().length
      out.push({ start, end, replacement: matchCase(text.slice(start, end), flag), category: 'health', priority: phrasePriority + 3 })
      skipTo = after
      matched = true
      break
    }
    if (matched) continue
    for (const { phrase, personal } of healthIndex.get((tokens[i] as Token).norm) ?? none) {
      const after = matchPhrase(text, tokens, i, phrase)
      if (after < 0) continue
      if (!personal && !selfDescribed(context, i)) break
      let end = (tokens[after - 1] as Token).end
      // "invalidità civile 67%", "invalidità al 46 %"
      const percent = percentAfter.exec(text.slice(end, end + 16))
      if (percent) end += percent[0].length
      out.push({ start: (tokens[i] as Token).start, end, replacement: '[HEALTH]', category: 'health', priority: phrasePriority })
      skipTo = after
      break
    }
  }
  return out
}

/** A percentage after a health phrase (hoisted: a literal in the loop is a new object at every evaluation). */
const percentAfter = /^\s*(?:al |del |pari al )?\d{1,3}\s?%/

const selfWords = new Set(['sono', 'ho', 'am', 'have', 'my', 'mia', 'mio', 'affetta', 'affetto', 'soffro', 'suffer', 'diagnosed', 'diagnosi', 'i', 'persona', 'person'])

/** Whether token `i` follows a self-description within three words, or lies in a personal section. */
function selfDescribed(context: ScrubContext, i: number): boolean {
  const { tokens } = context
  if (inPersonal(context, (tokens[i] as Token).start)) return true
  for (let t = i - 1; t >= Math.max(0, i - 3); t--) {
    const norm = (tokens[t] as Token).norm
    if (norm === 'con' || norm === 'with' || norm === 'per' || norm === 'for') return false
    if (selfWords.has(norm)) return true
  }
  return false
}

/** Religion: "Religione: …" lines are labels; here "sono cattolica", "di fede musulmana", "practising Muslim". */
export function detectReligion(context: ScrubContext): Candidate[] {
  const { tokens } = context
  const out: Candidate[] = []
  for (const i of tokensWith(context, religionTrigger)) {
    const tok = tokens[i] as Token
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    const described = (prev !== undefined && religionIntro.has(prev.norm)) || (next !== undefined && religionAfter.has(next.norm)) || inPersonal(context, tok.start)
    if (!described) continue
    // Inside a personal section a capitalised religion word with no intro and no label is a name ("Cristiano").
    const labelled = prev !== undefined && (religionIntro.has(prev.norm) || prev.norm === ':')
    if (isCapitalised(context.text, tok) && !labelled && !(next !== undefined && religionAfter.has(next.norm))) continue
    // "Cristiano Lombardi", "Christian Weber": a given name before a capitalised surname, not a religion.
    if (next !== undefined && next.kind === 'word' && isCapitalised(context.text, tok) && isCapitalised(context.text, next) && onlySpaces(context.text, tok.end, next.start)) continue
    let start = tok.start
    let end = tok.end
    if (prev && (prev.norm === 'practising' || prev.norm === 'practicing' || prev.norm === 'fede')) start = prev.start
    if (prev?.norm === 'fede' && tokens[i - 2]?.norm === 'di') start = (tokens[i - 2] as Token).start
    if (next && religionAfter.has(next.norm)) end = next.end
    out.push({ start, end, replacement: '[RELIGION]', category: 'religion', priority: phrasePriority })
  }
  return out
}
