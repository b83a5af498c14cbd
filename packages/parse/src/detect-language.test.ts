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
})
