import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.js'

describe('detectLanguage', () => {
  it('recognises Italian and English prose', () => {
    expect(detectLanguage('Ho lavorato per tre anni come cameriera presso un ristorante del centro di Milano.')).toBe('it')
    expect(detectLanguage('I worked for three years as a waiter in a busy restaurant in the centre of London.')).toBe('en')
  })

  it('decides short texts by function words', () => {
    expect(detectLanguage('Esperienza di lavoro')).toBe('it')
    expect(detectLanguage('Work experience')).toBe('en')
  })

  it("returns 'und' when nothing decides", () => {
    expect(detectLanguage('')).toBe('und')
    expect(detectLanguage('12345 --- 678')).toBe('und')
  })

  it('gives the same answer for both gender variants of a terse CV (names weigh nothing)', () => {
    // Few function words: trigram detection on the whole text used to follow the given name.
    const cv = (given: string) =>
      `First name: ${given}\nSurname: BRAMBILLA\nAddress: Viale Immaginario 2, 20123 Milan, Italy\nEmail: ${given.toLowerCase()}.brambilla@example.org\n` +
      'Phone: +39 333 000 0000\nBorn in Milan on 13 September 1963\n\nWORK EXPERIENCE\nStudio Legale Esempio (Milan)\nSecretary, 11/2024 - present\n• Excel\n\n' +
      'EDUCATION\nFirst aid certificate, 1984\n\nSKILLS\n• Teamwork\n• Microsoft Office (Word, Excel)\n\nLANGUAGES\nItalian: native\nEnglish: C2\nTagalog: C1\n'
    for (const given of ['Oksana', 'Luca', 'Elena', 'Paolo']) expect(detectLanguage(cv(given))).toBe('en')
  })
})
