import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cueKinds } from './cue-kinds.js'
import { cvPairArbitrary } from './cv-pair-arbitrary.js'
import { codiceFiscaleCheckCharacter as checkCharacter } from '@incontro/core'
import { femaleGivenNames, maleGivenNames, surnames } from './internal/names.js'
import { adjectivesIt, heldOutAdjectivesIt, occupations } from './internal/vocabulary.js'

// Feminine → masculine forms of every cue word the generator writes, besides names, emails and codes.
const toMasculine = new Map<string, string>([
  ['nata', 'nato'], ['laureata', 'laureato'], ['diplomata', 'diplomato'], ['iscritta', 'iscritto'], ['abilitata', 'abilitato'],
  ['trasferita', 'trasferito'], ['assunta', 'assunto'], ['stata', 'stato'], ['appassionata', 'appassionato'], ['automunita', 'automunito'],
  ['una', 'un'], ['uno', 'un'], ['she', 'he'], ['her', 'his'], ['herself', 'himself'], ['chairwoman', 'chairman'],
  ['ms', 'mr'], ['mrs', 'mr'],
  ['nubile', 'celibe'], ['coniugata', 'coniugato'], ['divorziata', 'divorziato'], ['madre', 'padre'], ['mother', 'father'],
  ['maternità', 'paternità'], ['maternity', 'paternity'], ['femminile', 'maschile'], ['women', 'men'], ['girls', 'boys'],
])
for (const pair of [...occupations.flatMap((o) => [o.it, o.en]), ...adjectivesIt, ...heldOutAdjectivesIt]) {
  const f = pair.f.split(' ')
  const m = pair.m.split(' ')
  f.forEach((word, i) => toMasculine.set(word, m[i] as string))
}
const names = new Set<string>([...femaleGivenNames, ...maleGivenNames])
const gendered = [...toMasculine.entries()].filter(([f, m]) => f !== m)
const epicene = new Set([...toMasculine.entries()].filter(([f, m]) => f === m).map(([f]) => f))
const feminineForms = new Set(gendered.map(([f]) => f))
const masculineForms = new Set(gendered.map(([, m]) => m))
const feminineOnly = [...feminineForms].filter((w) => !masculineForms.has(w) && !epicene.has(w))
const masculineOnly = [...masculineForms].filter((w) => !feminineForms.has(w) && !epicene.has(w))
const itFeminine = feminineOnly.filter((w) => !['she', 'her', 'herself', 'chairwoman', 'ms', 'mrs', 'una', 'uno'].includes(w))
const itMasculine = masculineOnly.filter((w) => !['he', 'his', 'himself', 'chairman', 'mr', 'un'].includes(w))
const codiceFiscalePattern = /\b[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b/

/** Replaces every cue by a neutral placeholder or its masculine form, to compare the rest of the text. */
function neutralize(text: string): string {
  return text
    .replace(/\u200B/g, '')
    .replace(/^(?:\p{Lu}(?: \p{Ll})+)(?= )/gmu, 'NAME')
    .replace(/, (?:servizio militare assolto|military service completed)$/gm, '')
    .replace(/\b(?:La Sig\.ra|Il Sig\.)(?= )/g, 'HON')
    .replace(/[\w.]+@example\.(com|org)/g, 'EMAIL')
    .replace(codiceFiscalePattern, 'CF')
    .replace(/\b(Sig\.ra|Sig\.)(?= )/g, 'HON')
    .replace(/\b(Dott\.ssa|Dott\.)(?= )/g, 'HON')
    .replace(/\bun'/g, 'un ')
    .replace(/\p{L}+/gu, (word) => {
      if (names.has(word)) return 'NAME'
      const masculine = toMasculine.get(word.toLowerCase())
      if (masculine === undefined) return word
      return word[0] === word[0]?.toUpperCase() ? masculine.charAt(0).toUpperCase() + masculine.slice(1) : masculine
    })
}

function containsWord(text: string, words: readonly string[]): boolean {
  return words.some((word) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text))
}

describe('cvPairArbitrary', () => {
  it('gives both variants the same sourceId, language and line count, and different texts when there are cues', () => {
    fc.assert(
      fc.property(cvPairArbitrary(), (pair) => {
        expect(pair.sourceId).toMatch(/^gen-[0-9a-f]{8}$/)
        expect(['it', 'en']).toContain(pair.language)
        expect(pair.female.split('\n').length).toBe(pair.male.split('\n').length)
        expect(pair.cues.every((cue) => (cueKinds as readonly string[]).includes(cue))).toBe(true)
        if (pair.cues.length > 0) expect(pair.female).not.toBe(pair.male)
        expect(pair.cues).toContain('name')
      }),
      { numRuns: 300 },
    )
  })

  it('variants differ only in cue words: replacing cues makes them equal', () => {
    fc.assert(
      fc.property(cvPairArbitrary(), (pair) => {
        expect(neutralize(pair.female)).toBe(neutralize(pair.male))
      }),
      { numRuns: 500 },
    )
  })

  it('the Italian female variant has feminine cue words only, the male variant masculine ones only', () => {
    fc.assert(
      fc.property(cvPairArbitrary({ language: 'it' }), (pair) => {
        expect(pair.language).toBe('it')
        const grammatical = pair.cues.some((cue) => ['participle', 'adjective', 'job-title', 'birth'].includes(cue))
        if (grammatical) {
          expect(containsWord(pair.female, itFeminine)).toBe(true)
          expect(containsWord(pair.male, itMasculine)).toBe(true)
        }
        // Words that agree with a noun, not with the person, are the same in both variants:
        // "una persona precisa" (feminine), "settore amministrativo" and the label "Stato civile" (masculine).
        const agreeing = (text: string): string =>
          text.replace(/^Mi considero una persona .*$/gm, '').replace(/settore [^,.]*/g, '').replace(/^Stato civile: /gm, '')
        expect(containsWord(agreeing(pair.female), itMasculine)).toBe(false)
        expect(containsWord(agreeing(pair.male), itFeminine)).toBe(false)
        expect(containsWord(pair.female, maleGivenNames)).toBe(false)
        expect(containsWord(pair.male, femaleGivenNames)).toBe(false)
      }),
      { numRuns: 500 },
    )
  })

  it('English variants use she/her/herself and he/his/himself', () => {
    fc.assert(
      fc.property(cvPairArbitrary({ language: 'en' }), (pair) => {
        expect(pair.female).not.toMatch(/^(Nome|Cognome|ESPERIENZE|Esperienze)/m)
        if (pair.cues.includes('pronoun')) {
          expect(pair.female).toMatch(/\bShe\b/)
          expect(pair.male).toMatch(/\bHe\b/)
        }
        expect(pair.male).not.toMatch(/\b(She|her|herself)\b/)
        expect(pair.female).not.toMatch(/\b(He|his|himself)\b/)
      }),
      { numRuns: 300 },
    )
  })

  it('writes a valid codice fiscale with birth day + 40 in the female variant only', () => {
    let seen = 0
    fc.assert(
      fc.property(cvPairArbitrary({ language: 'it' }), (pair) => {
        const female = codiceFiscalePattern.exec(pair.female)?.[0]
        const male = codiceFiscalePattern.exec(pair.male)?.[0]
        expect(pair.cues.includes('codice-fiscale')).toBe(female !== undefined)
        if (female === undefined || male === undefined) return
        seen += 1
        expect(Number(female.slice(9, 11))).toBeGreaterThanOrEqual(41)
        expect(Number(female.slice(9, 11))).toBeLessThanOrEqual(71)
        expect(Number(male.slice(9, 11))).toBeLessThanOrEqual(31)
        expect(female.slice(0, 3)).toBe(male.slice(0, 3))
        expect(female.slice(11, 15)).toBe(male.slice(11, 15))
        expect(female[15]).toBe(checkCharacter(female.slice(0, 15)))
        expect(male[15]).toBe(checkCharacter(male.slice(0, 15)))
      }),
      { numRuns: 300 },
    )
    expect(seen).toBeGreaterThan(50)
  })

  it('covers every cue kind and both header layouts', () => {
    const pairs = fc.sample(cvPairArbitrary(), { numRuns: 500, seed: 11 })
    const kinds = new Set(pairs.flatMap((pair) => pair.cues))
    expect([...kinds].sort()).toEqual([...cueKinds].sort())
    expect(pairs.some((pair) => /^Nome: /m.test(pair.female))).toBe(true)
    expect(pairs.some((pair) => pair.female.startsWith('Sig.ra ') || pair.female.startsWith('Dott.ssa '))).toBe(true)
    expect(pairs.some((pair) => surnames.some((surname) => pair.female.includes(surname.toUpperCase())))).toBe(true)
  })

  it('writes the new cues in both languages: marital status, family, leave, organisations, military service, references, evasions', () => {
    const pairs = fc.sample(cvPairArbitrary(), { numRuns: 400, seed: 3 })
    for (const language of ['it', 'en'] as const) {
      const kinds = new Set(pairs.filter((p) => p.language === language).flatMap((p) => p.cues))
      for (const kind of ['family', 'leave', 'organisation', 'military', 'reference', 'evasion'] as const) expect(kinds.has(kind), `${language} ${kind}`).toBe(true)
      if (language === 'it') expect(kinds.has('marital-status')).toBe(true)
    }
    for (const pair of pairs) {
      if (pair.cues.includes('military')) {
        expect(pair.male).toMatch(/servizio militare assolto|military service completed/)
        expect(pair.female).not.toMatch(/militare|military/)
      }
      if (pair.cues.includes('leave')) {
        expect(pair.female).toMatch(/maternità|maternity/)
        expect(pair.male).toMatch(/paternità|paternity/)
      }
      if (pair.cues.includes('evasion')) {
        const last = (text: string) => text.trimEnd().split('\n').at(-1) as string
        expect(last(pair.female).includes('\u200B')).toBe(last(pair.male).includes('\u200B'))
      }
    }
  })

  it('is deterministic for a seed', () => {
    const a = fc.sample(cvPairArbitrary(), { numRuns: 20, seed: 5 })
    expect(fc.sample(cvPairArbitrary(), { numRuns: 20, seed: 5 })).toEqual(a)
  })
})
