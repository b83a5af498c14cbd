import { describe, expect, it } from 'vitest'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { anonymize, type AnonymizeOptions } from './anonymize.js'
import { handParsed } from './internal/test-helpers.js'

/**
 * Gendered nouns about clients and topics ("salute delle donne", "women's health", "assistenza alle
 * mamme"): neutralized by default, kept with `topicNouns: 'keep'`. Self-descriptions and relatives are
 * redacted under both policies. Labelled before the option was written.
 */
const taxonomy = builtinTaxonomy()
const run = (text: string, language: 'it' | 'en', topicNouns?: AnonymizeOptions['topicNouns']) =>
  anonymize(handParsed(text, { language }), { key: 'k', taxonomy, ...(topicNouns ? { topicNouns } : {}) }).profile.text

const italian = 'Ostetrica con esperienza nella salute delle donne e nell\'assistenza alle mamme nel puerperio; corsi per le donne e per gli uomini in attesa. Ginecologia e salute femminile.'
const english = "Physiotherapist specialised in women's health, helping women gain strength after birth and running groups for mothers and fathers."

describe('topic nouns: neutralized by default', () => {
  it('Italian', () => {
    const out = run(italian, 'it')
    for (const word of ['donne', 'mamme', 'uomini', 'femminile']) expect(out, out).not.toContain(word)
  })
  it('English', () => {
    const out = run(english, 'en')
    for (const word of ['women', 'mothers', 'fathers']) expect(out, out).not.toContain(word)
  })
})

describe("topic nouns: kept with topicNouns: 'keep'", () => {
  it('Italian', () => {
    const out = run(italian, 'it', 'keep')
    for (const phrase of ['salute delle donne', 'assistenza alle mamme', 'per le donne e per gli uomini', 'salute femminile']) expect(out, out).toContain(phrase)
  })
  it('English', () => {
    const out = run(english, 'en', 'keep')
    for (const phrase of ["women's health", 'helping women', 'for mothers and fathers']) expect(out, out).toContain(phrase)
  })
  it('still redacts self-descriptions and relatives', () => {
    for (const [text, language, gone] of [
      ['Sono una donna di 40 anni, mamma di due bambini, e lavoro con mio marito.', 'it', ['donna', 'mamma', 'marito']],
      ['She is a woman living in Leeds, a mother of two; her husband works in retail.', 'en', ['woman', 'mother', 'husband']],
      ['Proud wife and grandmother. Mum to a toddler.', 'en', ['wife', 'grandmother', 'Mum']],
    ] as const) {
      const out = run(text, language, 'keep')
      for (const word of gone) expect(out, out).not.toContain(word)
    }
  })
  it('both gender variants of a CV still give identical profiles', () => {
    const variant = (f: boolean) => `${f ? 'Sono un\'ostetrica esperta' : 'Sono un ostetrico esperto'} nella salute delle donne e nell'assistenza alle mamme.`
    const options = { key: 'k', taxonomy, topicNouns: 'keep' as const }
    const a = anonymize(handParsed(variant(true), {}), options).profile
    const b = anonymize(handParsed(variant(false), {}), options).profile
    expect(a).toEqual(b)
    expect(a.text).toContain('salute delle donne')
  })
})
