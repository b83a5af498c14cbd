import { describe, expect, it } from 'vitest'
import { ParsedVacancySchema, type ParsedVacancy } from '@incontro/core'
import { builtinTaxonomy, createAnnotator } from '@incontro/taxonomy'
import { anonymize } from './anonymize.js'
import { anonymizeVacancy } from './anonymize-vacancy.js'
import { reviewVacancy } from './review-vacancy.js'
import { handParsed } from './internal/test-helpers.js'

/**
 * 1 MB adversarial inputs, generated here, on every anonymize and review path: each finishes (no stack
 * overflow, no RangeError from spreading millions of arguments) with a correct result. Times are measured
 * by `bench:anonymize-adversarial`, not here.
 */
const taxonomy = builtinTaxonomy()
const annotator = createAnnotator(taxonomy)
const MB = 1_000_000
const fill = (piece: string) => piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB)

/** Each input with a word that must be gone from the neutral CV text (none: only the run must succeed). */
const inputs: { name: string; text: string; gone?: string }[] = [
  { name: 'names, one line', text: fill('Anna Rossi Giulia Ferri Mario Bianchi Kavya Sharma '), gone: 'Rossi' },
  { name: 'digits, one line', text: fill('333 1234567 02 1234 5678 12/03/1990 IT60X0542811101000000123456 +44 7700 900123 '), gone: '7700' },
  { name: 'one word without spaces', text: fill('abcdefghij') },
  { name: 'many "nata"', text: fill('nata il nata a nata nel nata '), gone: 'nata' },
  { name: 'short lines', text: fill('cameriera\n') },
  { name: 'glued words', text: fill('espertoMagazziniere nataaRoma classe 1985 34enne trentenne '), gone: 'trentenne' },
  { name: 'affiliations and initials', text: fill('iscritta alla CGIL parrocchia San Marco Partito Esempio M.R. G. Ferri '), gone: 'CGIL' },
  { name: 'dates in words', text: fill('nata il dodici marzo millenovecentottantacinque born on the 3rd of March 1985 '), gone: 'millenovecentottantacinque' },
]

function vacancyOf(text: string): ParsedVacancy {
  return ParsedVacancySchema.parse({
    sourceId: 'job-big',
    language: 'it',
    document: { text, blocks: [], format: 'text', language: 'it' },
    title: { text: text.slice(0, 10), span: { start: 0, end: 10 } },
    sections: [{ kind: 'requirements', span: { start: 0, end: text.length } }],
    requirements: [],
    education: [],
    languages: [],
    licences: [],
    contract: [],
    diagnostics: [],
  })
}

describe('1 MB adversarial inputs', () => {
  for (const { name, text, gone } of inputs) {
    it(`anonymize: ${name}`, { timeout: 60_000 }, () => {
      const { profile } = anonymize(handParsed(text, { givenNames: ['Giulia'], surnames: ['Ferri'] }), { key: 'k', taxonomy, annotator })
      expect(profile.text.length).toBeGreaterThan(0)
      if (gone !== undefined) expect(profile.text.includes(gone)).toBe(false)
    })
    it(`anonymizeVacancy: ${name}`, { timeout: 60_000 }, () => {
      const vacancy = anonymizeVacancy(vacancyOf(text), { key: 'k', taxonomy, annotator })
      expect(vacancy.text.length).toBeGreaterThan(0)
    })
    it(`reviewVacancy: ${name}`, { timeout: 60_000 }, () => {
      const review = reviewVacancy(text, { neutralize: true, language: 'it' })
      expect(typeof review.rewritten).toBe('string')
    })
  }
})
