import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldKey, tokenize, type Token } from '@incontro/core'
import { isCapitalised, matchAllNear, onlySpaces, type ScrubContext } from './context.js'
import { nameParticles } from './cue-words.js'
import { findGazetteerNames, gazetteerWords, handleAnchors, handlePattern, handleStart, isGazetteerName, nextHandleAnchor } from './detect-gazetteer-names.js'
import { letterRuns } from './letter-runs.js'

const { given, surnames, commonWords, notNameWords, placeStarts, labelWords, runParticles } = gazetteerWords
const contextOf = (text: string) => ({ text, tokens: tokenize(text) }) as unknown as ScrubContext

// The gazetteer pass as it was written before its runs were scanned into one buffer (the reference).
function referenceGazetteerNames(text: string, tokens: readonly Token[]) {
  const out = { spans: [] as { start: number; end: number }[], known: new Set<string>(), knownCapitalised: new Set<string>() }
  const learn = (norm: string) => {
    if (norm.length < 2 || nameParticles.has(norm)) return
    if (commonWords.has(norm)) out.knownCapitalised.add(norm)
    else out.known.add(norm)
  }
  const sameLine = (a: Token, b: Token) => {
    const from = Math.min(a.end, b.end)
    const to = Math.max(a.start, b.start)
    return from >= to || !text.slice(from, to).includes('\n')
  }
  const runAt = (i: number): number[] => {
    const first = tokens[i] as Token
    if (first.kind !== 'word' || !isCapitalised(text, first) || first.norm.length < 2) return []
    const run = [i]
    let t = i + 1
    while (run.length < 5 && t < tokens.length) {
      const prev = tokens[run.at(-1) as number] as Token
      let cur = tokens[t] as Token
      if (cur.kind === 'punct' && ["'", '’', '-'].includes(cur.norm) && cur.start === prev.end && tokens[t + 1]?.start === cur.end) {
        t++
        cur = tokens[t] as Token
      } else if (!onlySpaces(text, prev.end, cur.start) || cur.start - prev.end > 3) break
      if (cur.kind !== 'word') break
      if (!isCapitalised(text, cur) && (!runParticles.has(cur.norm) || !tokens[t + 1] || !isCapitalised(text, tokens[t + 1] as Token))) break
      run.push(t)
      t++
    }
    return run
  }
  let end = text.length
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--
  const lastLine = text.lastIndexOf('\n', end - 1) + 1
  let i = 0
  while (i < tokens.length) {
    const found = runAt(i)
    if (found.length === 0) {
      i++
      continue
    }
    const firstHit = found.findIndex((t) => given.has((tokens[t] as Token).norm) || surnames.has((tokens[t] as Token).norm))
    if (firstHit < 0) {
      i = (found.at(-1) as number) + 1
      continue
    }
    const run = found.slice(firstHit)
    const skipped = found.slice(0, firstHit).map((t) => tokens[t] as Token)
    const words = run.map((t) => tokens[t] as Token).filter((t) => !runParticles.has(t.norm) || isCapitalised(text, t))
    const norms = words.map((t) => t.norm)
    const givenHits = norms.filter((n) => given.has(n))
    const surnameHits = norms.filter((n) => surnames.has(n))
    const head = run[0] as number
    const before = [...skipped, tokens[head - 1], tokens[head - 2]].filter((t): t is Token => t !== undefined && sameLine(t, tokens[head] as Token))
    const after = tokens[(run.at(-1) as number) + 1]
    const blocked =
      norms.some((n) => notNameWords.has(n)) ||
      (words.length >= 2 && placeStarts.has(norms[0] as string)) ||
      before.some((t) => notNameWords.has(t.norm)) ||
      (after !== undefined && notNameWords.has(after.norm) && sameLine(tokens[run.at(-1) as number] as Token, after))
    const labelled = before.some((t) => labelWords.has(t.norm))
    const lastToken = tokens[run.at(-1) as number] as Token
    const signature =
      (tokens[head] as Token).start >= lastLine && !/[\p{L}\p{N}]/u.test(text.slice(lastLine, (tokens[head] as Token).start)) && !/[\p{L}\p{N}]/u.test(text.slice(lastToken.end))
    let fire = false
    if (!blocked && words.length >= 2) {
      const strongGiven = givenHits.some((n) => !commonWords.has(n))
      fire = (strongGiven && words.length <= 4) || (givenHits.length >= 1 && surnameHits.length >= 1 && new Set(norms).size >= 2)
      if (fire && !strongGiven) fire = norms.every((n) => given.has(n) || surnames.has(n))
    } else if (!blocked && words.length === 1) {
      fire = (givenHits.length === 1 || surnameHits.length === 1) && (labelled || signature)
    }
    if (fire) {
      out.spans.push({ start: (tokens[run[0] as number] as Token).start, end: lastToken.end })
      for (const n of norms) learn(n)
    }
    i = (run.at(-1) as number) + 1
  }
  for (const m of text.matchAll(handlePattern)) {
    const part = m[1] ?? m[2] ?? m[0].slice(0, -1)
    const pieces = part.split(/[._\-+%0-9]+/).filter((piece) => piece.length >= 3).map((piece) => foldKey(piece))
    if (pieces.some((n) => given.has(n))) for (const n of pieces) if (given.has(n) || surnames.has(n)) learn(n)
  }
  for (const { from, to } of letterRuns(text, tokens)) {
    const joined = tokens.slice(from, to).map((t) => t.norm).join('')
    let parts: string[] | undefined = given.has(joined) ? [joined] : undefined
    for (let a = 3; !parts && a <= joined.length - 2; a++) {
      const head = joined.slice(0, a)
      const tail = joined.slice(a)
      if ((given.has(head) && (surnames.has(tail) || given.has(tail))) || (surnames.has(head) && given.has(tail))) parts = [head, tail]
    }
    if (!parts) continue
    out.spans.push({ start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end })
    for (const p of parts) learn(p)
  }
  return out
}

// Synthetic names, words that block or label a run, handles, letter-spaced names and hostile pieces.
const word = fc.constantFrom(
  'Anna', 'anna', 'ANNA', 'Maria', 'Rossi', 'rossi', 'De', 'de', 'Luca', 'Sala', 'sala', 'Villa', 'Casa', 'Via', 'San', 'Srl', 'Hotel',
  'Referente', 'Firma', 'Nome', 'Marco', 'Bianchi', 'Li', 'Lo', 'la', 'La', 'Du', 'Rosa', "D'", 'Amico', '’', '-', 'Chen', 'Wei', 'Will',
  'Mark', 'Hall', 'Green', 'Università', 'Milano', 'Excel', 'Ștefania', 'Ｍаrіа', 'Viganò', 'Dela', 'Cruz', 'Abdel', 'Rahman',
  'M a r i a', 'A n n a R o s s i', 'R o s s i', 'L u c a', 'anna.rossi@example.com', 'linkedin.com/in/anna-rossi-90', 'github.com/mrossi',
  '@annarossi', 'tiktok.com/@anna', 'x', 'A', '1', '.', ':', '\u200B', '\u00AD', 'Ан', 'ann\u200Ba', 'x'.repeat(70), 'Anna '.repeat(30),
)
const separator = fc.constantFrom(' ', ' ', '  ', '\n', '\n\n', '\t', ', ', '\u00A0', '')
const text = fc.array(fc.tuple(word, separator).map(([w, s]) => w + s), { maxLength: 40 }).map((parts) => parts.join(''))
const shape = (found: { spans: unknown[]; known: Set<string>; knownCapitalised: Set<string> }) => [found.spans, [...found.known], [...found.knownCapitalised]]

describe('findGazetteerNames', () => {
  it('finds a given name and a surname, a labelled surname and a signature', () => {
    const found = findGazetteerNames(contextOf('Ho lavorato con Anna Rossi.\nReferente: Bianchi\nCordiali saluti\nMarco'))
    expect(found.spans.length).toBe(3)
    expect([...found.known].sort()).toEqual(['anna', 'marco'])
    expect([...found.knownCapitalised].sort()).toEqual(['bianchi', 'rossi'])
  })

  it('leaves places and institutions alone', () => {
    expect(findGazetteerNames(contextOf('Via Anna Rossi 3, Hotel Marco Polo, Villa Serena Bianchi')).spans).toEqual([])
  })

  it('learns names from handles and letter-spaced names', () => {
    const found = findGazetteerNames(contextOf('anna.rossi@example.com\nM a r c o B i a n c h i\n'))
    expect(found.spans).toEqual([{ start: 23, end: 46 }])
    expect([...found.known].sort()).toEqual(['anna', 'marco'])
    expect([...found.knownCapitalised].sort()).toEqual(['bianchi', 'rossi'])
  })

  it('finds what the reference implementation finds (property)', () => {
    fc.assert(fc.property(text, (t) => {
      expect(shape(findGazetteerNames(contextOf(t)))).toEqual(shape(referenceGazetteerNames(t, tokenize(t))))
    }), { numRuns: 3000 })
  })

  it('finds what the reference implementation finds on one long line of repeated names', () => {
    const t = `${'Anna Rossi e M a r i a, '.repeat(2000)}Referente: Bianchi`
    expect(shape(findGazetteerNames(contextOf(t)))).toEqual(shape(referenceGazetteerNames(t, tokenize(t))))
  })
})

describe('isGazetteerName', () => {
  it('is membership in either list (property)', () => {
    const known = fc.constantFrom(...given, ...surnames)
    // Keys, near misses of the same shape or length ("annb", "annas"), and arbitrary strings.
    const key = fc.oneof(known, fc.tuple(known, fc.constantFrom('a', 'b', 'z', 'é', 'ш', '')).map(([k, c]) => k.slice(0, -1) + c), known.map((k) => `${k}s`), fc.string({ maxLength: 16 }))
    fc.assert(fc.property(key, (k) => {
      expect(isGazetteerName(k)).toBe(given.has(k) || surnames.has(k))
    }), { numRuns: 5000 })
    for (const k of [...given, ...surnames]) expect(isGazetteerName(k)).toBe(true)
  })
})

// Pieces that make handle matches likely, and near misses (as in context.test.ts, with hostile ones).
const handlePiece = fc.constantFrom(
  'a', 'Z', '0', '.', '/', '@', ' ', '\n', '-', '_', '%', '+', 'é', 'ɏ', 'ɐ', 'ш', '\u200B', '.com', '.co', 'example', 'linkedin.com/in/', 'linkedin.com/',
  'github.com/', 'x.com/', 'tiktok.com/@', 'tiktok.com//', 'instagram.com/', 'facebook.com/', 'twitter.com/', 'anna.rossi', 'mario-rossi90',
  'x'.repeat(62), 'x'.repeat(70), '@'.repeat(5),
)
const handleText = fc.array(handlePiece, { maxLength: 60 }).map((parts) => parts.join(''))
const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0], m[1], m[2]])

describe('handle scan', () => {
  it('finds exactly the matches of matchAll, trying the pattern only where handleStart allows (property)', () => {
    fc.assert(fc.property(handleText, (t) => {
      expect(spans(matchAllNear(handlePattern, t, nextHandleAnchor(), 64, handleStart()))).toEqual(spans(t.matchAll(handlePattern)))
    }), { numRuns: 5000 })
  })

  it('finds the anchors handleAnchors finds, for increasing and for arbitrary offsets (property)', () => {
    fc.assert(fc.property(handleText, fc.array(fc.nat(400), { maxLength: 20 }), fc.boolean(), (t, offsets, sorted) => {
      const next = nextHandleAnchor()
      for (const from of sorted ? [...offsets].sort((a, b) => a - b) : offsets) expect(next(t, from)).toBe(handleAnchors(t, from))
    }), { numRuns: 3000 })
  })

  it('stays linear on a long text of anchors of one kind', () => {
    const t = 'a@ '.repeat(300_000)
    const started = performance.now()
    expect(spans(matchAllNear(handlePattern, t, nextHandleAnchor(), 64, handleStart())).length).toBe(0)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
