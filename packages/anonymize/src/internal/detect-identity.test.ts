import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize, type Token } from '@incontro/core'
import { isCapitalised, onlySpaces, type ScrubContext } from './context.js'
import { nameParticles, wordLikeNames } from './cue-words.js'
import { findHonorifics } from './detect-gender-cues.js'
import { detectNames, isLineBreak, knownNames, mayHave, shapesOf } from './detect-identity.js'
import { letterRuns } from './letter-runs.js'

const contextOf = (text: string, givenNames: string[], surnames: string[]) =>
  ({ text, tokens: tokenize(text), language: 'it', personal: [], identity: { sourceId: 'x', givenNames, surnames, items: [], photo: false } }) as unknown as ScrubContext

// `detectNames` as it was written before its lookups were merged and prefiltered (the reference).
function referenceDetectNames(context: ScrubContext) {
  const { text, tokens } = context
  const names = [...(context.identity?.givenNames ?? []), ...(context.identity?.surnames ?? [])]
  const byKey = new Map<string, string[]>()
  for (const name of names) {
    const words = tokenize(name).filter((t) => t.kind === 'word').map((t) => t.norm)
    if (words.length === 0) continue
    byKey.set(words.join(' '), words)
    for (const w of words) if (w.length >= 2 && !nameParticles.has(w)) byKey.set(w, [w])
  }
  const phrases = [...byKey.values()].sort((a, b) => b.length - a.length || (a.join(' ') < b.join(' ') ? -1 : 1))
  const singles = new Set(phrases.filter((p) => p.length === 1).map((p) => p[0] as string))
  const contextual = new Set<string>()
  for (const { name } of findHonorifics(context)) {
    for (const w of name) if (w.norm.length >= 2 && !nameParticles.has(w.norm) && !singles.has(w.norm)) contextual.add(w.norm)
  }
  for (const w of contextual) singles.add(w)
  const gazetteer = knownNames(context)
  for (const w of gazetteer.known) singles.add(w)
  for (const w of gazetteer.knownCapitalised) {
    if (singles.has(w)) continue
    contextual.add(w)
    singles.add(w)
  }
  const out: { start: number; end: number }[] = []
  const push = (start: number, end: number) => out.push({ start, end })
  for (const span of gazetteer.spans) push(span.start, span.end)
  if (singles.size === 0 && phrases.length === 0) return out
  const long = [...singles].filter((n) => n.length >= 3)
  const multiWord = phrases.filter((p) => p.length >= 2)
  const isGlued = (word: string): boolean => {
    if (word.length === 0) return false
    const reachable = new Array<boolean>(word.length + 1).fill(false)
    reachable[0] = true
    let used = false
    for (let i = 0; i < word.length; i++) {
      if (!reachable[i]) continue
      for (const n of long) if (word.startsWith(n, i)) (reachable[i + n.length] = true), (used = true)
    }
    return used && reachable[word.length] === true
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind !== 'word') continue
    let matched = false
    for (const phrase of multiWord.filter((p) => p[0] === token.norm)) {
      let t = i
      let ok = true
      for (let p = 0; p < phrase.length; p++) {
        const cur = tokens[t]
        if (!cur || cur.norm !== phrase[p] || (p > 0 && !onlySpaces(text, (tokens[t - 1] as Token).end, cur.start) && !/^['’-]$/.test(text.slice((tokens[t - 1] as Token).end, cur.start)))) {
          ok = false
          break
        }
        t++
        if (tokens[t]?.kind === 'punct' && /^['’-]$/.test(tokens[t]?.norm ?? '') && p < phrase.length - 1) t++
      }
      if (ok) {
        push(token.start, (tokens[t - 1] as Token).end)
        i = t - 1
        matched = true
        break
      }
    }
    if (matched) continue
    if (singles.has(token.norm)) {
      if ((wordLikeNames.has(token.norm) || contextual.has(token.norm)) && !isCapitalised(text, token)) continue
      const before = tokens[i - 1]
      if (before !== undefined && ['san', 'santa', 'santo', 'sant', 'via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'ospedale', 'istituto', 'liceo', 'scuola'].includes(before.norm) && onlySpaces(text, before.end, token.start)) continue
      push(token.start, token.end)
      continue
    }
    const next = tokens[i + 1]
    const after = tokens[i + 2]
    if (next && token.norm.length >= 2 && (next.norm === '-' || text.slice(token.end, next.start).includes('\n'))) {
      const hyphen = next.norm === '-' && next.start === token.end && after !== undefined && /^[ \t]*\n[ \t]*$/.test(text.slice(next.end, after.start))
      const piece = hyphen ? after : /^[ \t]*\n[ \t]*$/.test(text.slice(token.end, next.start)) ? next : undefined
      if (piece && piece.kind === 'word' && long.includes(token.norm + piece.norm)) {
        push(token.start, piece.end)
        i = hyphen ? i + 2 : i + 1
        continue
      }
    }
    if (token.norm.length > 4 && isGlued(token.norm.replace(/\d+/g, ''))) push(token.start, token.end)
  }
  for (const { from, to } of letterRuns(text, tokens)) {
    const run = tokens.slice(from, to)
    const joined = run.map((t) => t.norm).join('')
    for (let s = 0; s < joined.length; s++) {
      for (const n of long) if (joined.startsWith(n, s)) push((run[s] as Token).start, (run[s + n.length - 1] as Token).end)
    }
  }
  return out
}

// Synthetic names in every casing and spacing, places, honorifics, handles and hostile pieces.
const word = fc.constantFrom(
  'Anna', 'anna', 'ANNA', 'Maria', 'Rossi', 'rossi', 'De', 'de', 'Luca', 'luca', 'Sala', 'sala', 'Via', 'San', 'Marco', 'Bianchi', 'Li', 'Lo',
  'Rosa', "D'Amico", 'D’Amico', 'Amico', 'Chen', 'Wei', 'Mark', 'Sig.ra', 'Dott.', 'Elena', 'Rinaldi', 'Ros-\nsi', 'Ros\nsi', 'An', 'na',
  'annarossi90', '90annarossi', 'rossi.anna', 'ann4rossi', 'M a r i a', 'A n n a R o s s i', 'L u c a', 'Ștefania', 'Ｍаrіа', 'Lucía',
  'Viganò', 'x', 'A', '1', '.', ',', '-', '\u200B', '\u00AD', 'школа', 'ann\u200Ba', 'Milano', 'Excel', 'x'.repeat(60), 'annarossi'.repeat(20),
)
const separator = fc.constantFrom(' ', ' ', '  ', '\n', ' \n ', '\t', '-\n', ', ', '\u00A0', '')
const text = fc.array(fc.tuple(word, separator).map(([w, s]) => w + s), { maxLength: 40 }).map((parts) => parts.join(''))
const names = fc.array(fc.constantFrom('Anna', 'Maria', 'Anna Maria', 'Rossi', 'De Luca', "D'Amico", 'Ros', 'Li', 'Sala', 'Wei', 'Lo Russo', 'Ștefania', 'x', 'Mark', 'de'), { maxLength: 4 })
const spans = (candidates: readonly { start: number; end: number }[]) => candidates.map(({ start, end }) => ({ start, end }))

describe('detectNames', () => {
  it('finds a name in any casing, split across lines, glued into a handle and letter-spaced', () => {
    const t = 'Anna Rossi\nanna ROSSI Ros-\nsi annarossi90 A n n a'
    const found = spans(detectNames(contextOf(t, ['Anna'], ['Rossi']))).map(({ start, end }) => t.slice(start, end))
    // The gazetteer pass comes first: a given name and a surname in a run, then a letter-spaced name.
    expect(found).toEqual(['Anna Rossi', 'A n n a', 'Anna', 'Rossi', 'anna', 'ROSSI', 'Ros-\nsi', 'annarossi90', 'A n n a'])
  })

  it('leaves a place named after a person alone', () => {
    expect(spans(detectNames(contextOf('Via Rossi 3', ['Anna'], ['Rossi'])))).toEqual([])
  })

  it('finds what the reference implementation finds (property)', () => {
    fc.assert(fc.property(text, names, names, (t, given, family) => {
      expect(spans(detectNames(contextOf(t, given, family)))).toEqual(spans(referenceDetectNames(contextOf(t, given, family))))
    }), { numRuns: 3000 })
  })

  it('finds what the reference implementation finds on one long line of repeated names', () => {
    const t = 'Anna Maria De Luca annadeluca7 L u c a, '.repeat(3000)
    const context = contextOf(t, ['Anna Maria'], ['De Luca'])
    expect(spans(detectNames(context))).toEqual(spans(referenceDetectNames(context)))
  })
})

describe('isLineBreak', () => {
  it('tests what /^[ \\t]*\\n[ \\t]*$/ tests (property)', () => {
    const gap = fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', 'a', '\u200B'), { maxLength: 8 }).map((parts) => parts.join(''))
    fc.assert(fc.property(gap, gap, gap, (before, middle, after) => {
      const t = before + middle + after
      expect(isLineBreak(t, before.length, before.length + middle.length)).toBe(/^[ \t]*\n[ \t]*$/.test(middle))
    }), { numRuns: 3000 })
  })
})

describe('mayHave', () => {
  it('holds for every key of the set, and is false for a key of another length or first letter', () => {
    const shapes = shapesOf(['anna', 'rossi', 'x'.repeat(40)])
    for (const key of ['anna', 'rossi', 'x'.repeat(40), 'x'.repeat(33)]) expect(mayHave(shapes, key)).toBe(true)
    expect(mayHave(shapes, 'anne')).toBe(true)
    expect(mayHave(shapes, 'bnna')).toBe(false)
    expect(mayHave(shapes, 'annabella')).toBe(false)
  })

  it('never rules out a key of the set (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }), (keys) => {
      const shapes = shapesOf(keys)
      for (const key of keys) expect(mayHave(shapes, key)).toBe(true)
    }), { numRuns: 2000 })
  })
})
