import type { RedactionCategory, Token } from '@incontro/core'
import { isCapitalised, matchPhrase, onlySpaces, phrasesByFirstWord, tokensWith, trigger, type ScrubContext } from './context.js'
import { placeholderOf, type Candidate } from './edits.js'

/**
 * Special categories of personal data (GDPR art. 9) in free text: religious, trade-union and political
 * affiliations. The policy: the affiliation goes (the institution, the organisation, the membership and the
 * role that names it: "parrocchia San Marco", "Iscritta alla CGIL", "delegata sindacale", "Militante del
 * Partito …", "member of the Labour Party"), the competence stays ("animazione per ragazzi", "negoziazione",
 * "raccolta fondi", and the subjects "relazioni sindacali", "diritto sindacale", which name no membership).
 */
const priority = 74

const words = (list: string): string[][] => list.split(',').map((p) => p.trim().split(' '))

/** Religious institutions, groups and roles (folded words). */
const religionPhrases = words(
  'parrocchia, parrocchie, parrocchiale, oratorio, oratori, chiesa, chiese, moschea, moschee, sinagoga, diocesi, diocesana, diocesano, ' +
    'azione cattolica, comunione e liberazione, comunita ebraica, comunita islamica, centro islamico, catechista, catechiste, catechisti, ' +
    'catechesi, catechismo, chierichetta, chierichetto, ministrante, pastorale giovanile, gruppo parrocchiale, testimoni di geova, ' +
    'church, churches, parish, mosque, synagogue, diocese, chaplaincy, chaplain, gurdwara, sunday school, bible study, youth ministry, ' +
    'christian union, islamic centre, islamic center, jewish community, catechist',
)
/** Trade unions (acronyms and names) and the roles and memberships that name one. */
const unionPhrases = words(
  'cgil, cisl, uil, ugl, usb, cub, cobas, fiom, filcams, fisascat, uiltucs, nidil, fillea, filt, flc cgil, fp cgil, slc cgil, rsu, ' +
    'sindacato, sindacati, sindacalista, sindacaliste, sindacalisti, delegata sindacale, delegato sindacale, delegati sindacali, ' +
    'rappresentante sindacale, rappresentanti sindacali, dirigente sindacale, attivista sindacale, ' +
    'unison, gmb, tuc, rmt, usdaw, trade union, trade unions, union representative, union rep, union member, union steward, shop steward',
)
/** Political parties and activism (a party's own name follows "partito"/"party": see below). */
const politicsPhrases = words(
  'militante, militanti, attivista politica, attivista politico, movimento 5 stelle, movimento cinque stelle, fratelli d italia, ' +
    'forza italia, lega nord, giovani democratici, partito, political activist, labour party, conservative party, liberal democrats, ' +
    'young conservatives, young labour, green party, party',
)

const index = phrasesByFirstWord([
  ...religionPhrases.map((phrase) => ({ phrase, category: 'religion' as RedactionCategory })),
  ...unionPhrases.map((phrase) => ({ phrase, category: 'trade-union' as RedactionCategory })),
  ...politicsPhrases.map((phrase) => ({ phrase, category: 'political-opinion' as RedactionCategory })),
])
const affiliationWords = trigger(index.keys())

/** Union acronyms that are unions in capitals or after a membership. */
const capsOrMember: ReadonlySet<string> = new Set(['uil', 'ugl', 'cobas', 'rmt', 'gmb', 'tuc'])
/** Union acronyms that are also common words or products ("USB"): unions only after a membership. */
const memberOnly: ReadonlySet<string> = new Set(['usb', 'cub', 'filt'])
/** Words that make a membership of what follows ("Iscritta alla", "member of the", "militante del"). */
const memberWords: ReadonlySet<string> = new Set(['iscritta', 'iscritto', 'iscritti', 'iscritte', 'tesserata', 'tesserato', 'membro', 'member', 'members', 'militante', 'attivista', 'aderente'])
/** Prepositions and articles between a membership word and the organisation. */
const memberLinks: ReadonlySet<string> = new Set(['al', 'alla', 'allo', 'ai', 'alle', 'del', 'della', 'dello', 'dei', 'delle', 'di', 'of', 'the', 'a', 'to', 'in', 'nel', 'nella'])
/** Connectors inside an institution's name ("chiesa di San Giuseppe", "parrocchia dei Santi Pietro e Paolo"). */
const nameLinks: ReadonlySet<string> = new Set(['di', 'del', 'della', 'dei', 'degli', 'delle', 'e', 'of', "'", '’', 's'])
/** Words before which "chiesa"/"church" is part of an address ("Via della Chiesa", "Church Street"). */
const addressWords: ReadonlySet<string> = new Set(['via', 'viale', 'piazza', 'piazzale', 'vicolo', 'corso', 'street', 'road', 'lane', 'avenue', 'square'])

/** Religious, trade-union and political affiliations → `[RELIGION]`, `[UNION]`, `[POLITICS]`. */
export function detectAffiliations(context: ScrubContext): Candidate[] {
  const { text, tokens } = context
  const out: Candidate[] = []
  let skipTo = 0
  for (const i of tokensWith(context, affiliationWords)) {
    if (i < skipTo) continue
    const tok = tokens[i] as Token
    for (const { phrase, category } of index.get(tok.norm) ?? []) {
      const after = matchPhrase(text, tokens, i, phrase)
      if (after < 0) continue
      let first = i
      let end = after
      const single = phrase.length === 1
      if (single && (tok.norm === 'partito' || tok.norm === 'party')) {
        // "Partito Esempio Democratico": a party's name after the word; "Labour Party": before it. Lowercase
        // "partito" is a participle ("sono partito da zero"), "party" a celebration.
        if (tok.norm === 'partito') {
          end = capitalisedAfter(text, tokens, after)
          if (end === after) break
        } else {
          if (!isCapitalised(text, tok)) break
          first = capitalisedBefore(text, tokens, i)
          if (first === i) break
        }
      } else if (category === 'religion') {
        const prev = tokens[i - 1]
        const next = tokens[after]
        if (prev !== undefined && addressWords.has(prev.norm)) break
        if (next !== undefined && addressWords.has(next.norm) && onlySpaces(text, (tokens[after - 1] as Token).end, next.start)) break
        end = capitalisedAfter(text, tokens, after)
        first = capitalisedBefore(text, tokens, i)
      } else if (category === 'trade-union' && single && (capsOrMember.has(tok.norm) || memberOnly.has(tok.norm))) {
        // An acronym that is also a word or a product ("USB", "cub") is a union only after a membership
        // ("iscritto alla cub"); a few others also in capitals ("UIL").
        const lead = membershipStart(text, tokens, i)
        if (lead === i && (memberOnly.has(tok.norm) || !allCapitals(text, tok))) break
      }
      first = membershipStart(text, tokens, first)
      out.push({ start: (tokens[first] as Token).start, end: (tokens[end - 1] as Token).end, replacement: placeholderOf(category), category, priority })
      skipTo = end
      break
    }
  }
  return out
}

/** Whether every letter of a token is a capital ("CGIL", not "Cisl"). */
function allCapitals(text: string, tok: Token): boolean {
  const raw = text.slice(tok.start, tok.end)
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase()
}

/** The index of a membership word before token `i` ("Iscritta alla", "a member of the"), or `i`. */
function membershipStart(text: string, tokens: readonly Token[], i: number): number {
  let k = i - 1
  let links = 0
  while (k >= 0 && links < 3 && memberLinks.has((tokens[k] as Token).norm) && onlySpaces(text, (tokens[k] as Token).end, (tokens[k + 1] as Token).start)) {
    k--
    links++
  }
  const word = tokens[k]
  if (word === undefined || !memberWords.has(word.norm) || !onlySpaces(text, word.end, (tokens[k + 1] as Token).start)) return i
  return k
}

/** The index after the capitalised words (and name connectors between them) from token `t` on its line, at most five. */
function capitalisedAfter(text: string, tokens: readonly Token[], t: number): number {
  let end = t
  let k = t
  while (k < tokens.length && k - t < 6) {
    const tok = tokens[k] as Token
    const before = tokens[k - 1] as Token
    if (!onlySpaces(text, before.end, tok.start) && !(tok.norm === "'" || tok.norm === '’')) break
    if ((tok.kind === 'word' || tok.kind === 'number') && (isCapitalised(text, tok) || (tok.kind === 'number' && end > t))) {
      end = ++k
      continue
    }
    if (nameLinks.has(tok.norm) && end >= t) {
      k++
      continue
    }
    break
  }
  return end
}

/** The index of the first of the capitalised words right before token `i` on its line ("St Mary's church"), at most four; `i` when none. */
function capitalisedBefore(text: string, tokens: readonly Token[], i: number): number {
  let first = i
  let k = i - 1
  while (k >= 0 && i - k <= 5) {
    const tok = tokens[k] as Token
    if (!onlySpaces(text, tok.end, (tokens[k + 1] as Token).start) && !(tok.end === (tokens[k + 1] as Token).start)) break
    if (tok.kind === 'word' && isCapitalised(text, tok) && !memberWords.has(tok.norm)) {
      first = k
      k--
      continue
    }
    if (tok.norm === "'" || tok.norm === '’' || (tok.norm === 's' && tokens[k - 1]?.norm === "'")) {
      k--
      continue
    }
    break
  }
  return first
}
