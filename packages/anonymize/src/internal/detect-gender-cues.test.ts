import { describe, expect, it } from 'vitest'
import { tokenize, type Language } from '@incontro/core'
import { createAnnotator, createTaxonomy, expandEntries, type AnnotateOptions, type Annotator } from '@incontro/taxonomy'
import type { ScrubContext } from './context.js'
import { detectGenderedOrganisations, detectGenderedTitles, detectHonorifics } from './detect-gender-cues.js'

const taxonomy = createTaxonomy(
  expandEntries({
    skills: [],
    occupations: [{ id: 'occ.waiter', it: { m: 'cameriere', f: 'cameriera' }, en: { preferred: 'server', m: 'waiter', f: 'waitress' }, isco: '5131', essential: [] }],
    coded: [],
  }),
  { version: 'test-gender-cues' },
)
const annotator = createAnnotator(taxonomy)

function contextOf(text: string, language: Language = 'it', withAnnotator: Annotator = annotator): ScrubContext {
  return { text, tokens: tokenize(text), language, personal: [], taxonomy, annotator: withAnnotator }
}

// The candidates are compared whole (every property, in order): they were built by object spread before.
describe('detectHonorifics', () => {
  it('removes an honorific with its space and marks the name after it', () => {
    const text = 'Referente: Sig.ra Anna Bianchi'
    expect(detectHonorifics(contextOf(text))).toEqual([
      { start: 11, end: 18, replacement: '', category: 'honorific', priority: 65 },
      { start: 18, end: 22, replacement: '[NAME]', category: 'name', priority: 59 },
      { start: 23, end: 30, replacement: '[NAME]', category: 'name', priority: 59 },
    ])
    expect(Object.keys(detectHonorifics(contextOf(text))[0] ?? {})).toEqual(['start', 'end', 'replacement', 'category', 'priority'])
  })

  it('neutralizes an articulated preposition before the honorific', () => {
    const text = 'con la collaborazione della Dott.ssa Verdi'
    const [edit] = detectHonorifics(contextOf(text))
    expect(edit).toEqual({ start: 22, end: 37, replacement: 'di ', category: 'honorific', priority: 65 })
  })
})

describe('detectGenderedOrganisations', () => {
  it('removes the gender word of a team, school or possessive', () => {
    const text = "squadra femminile; female football team; women's college; girls’ school; men team; male nurse"
    const found = detectGenderedOrganisations(contextOf(text, 'en'))
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual([' femminile', 'female ', "women's ", 'girls’ '])
    expect(found[1]).toEqual({ start: 19, end: 26, replacement: '', category: 'gendered-organisation', priority: 35 })
    expect(Object.keys(found[1] ?? {})).toEqual(['start', 'end', 'replacement', 'category', 'priority'])
  })
})

describe('detectGenderedTitles', () => {
  it('gives listed titles a priority above the taxonomy, with the English article agreeing', () => {
    const text = 'I was an actress and a barman.'
    const listed = detectGenderedTitles(contextOf(text, 'en')).filter((c) => c.priority === 46)
    expect(listed).toEqual([
      { start: 6, end: 16, replacement: 'an actor', category: 'gendered-title', priority: 46 },
      { start: 21, end: 29, replacement: 'a bartender', category: 'gendered-title', priority: 46 },
    ])
  })

  it('replaces a gendered taxonomy title and drops its article', () => {
    const text = 'Ho lavorato come una cameriera.'
    expect(detectGenderedTitles(contextOf(text))).toEqual([{ start: 17, end: 30, replacement: 'cameriere/a', category: 'gendered-title', priority: 45 }])
  })

  it('asks the annotator for occupations only, with the tokens of the text, on every call', () => {
    const calls: { options: AnnotateOptions | undefined; tokens: unknown }[] = []
    const spy: Annotator = {
      annotate(text: string, options?: AnnotateOptions, ...rest: unknown[]) {
        calls.push({ options, tokens: rest[0] })
        return annotator.annotate(text, options)
      },
    }
    const first = contextOf('cameriera', 'it', spy)
    const second = contextOf('waitress', 'en', spy)
    detectGenderedTitles(first)
    detectGenderedTitles(second)
    expect(calls.map((c) => c.options)).toEqual([{ kinds: ['occupation'] }, { kinds: ['occupation'] }])
    expect(calls.map((c) => c.tokens)).toEqual([first.tokens, second.tokens])
    // The options are shared between calls, so no annotator can change them for the next one.
    expect(Object.isFrozen(calls[0]?.options) && Object.isFrozen(calls[0]?.options?.kinds)).toBe(true)
  })
})
