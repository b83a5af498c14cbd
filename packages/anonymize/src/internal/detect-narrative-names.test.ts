import { describe, expect, it } from 'vitest'
import { tokenize } from '@incontro/core'
import type { ScrubContext } from './context.js'
import { isNarrativeGiven } from './detect-gazetteer-names.js'
import { detectKinship } from './detect-personal.js'
import { findNarrativeNames } from './detect-narrative-names.js'
import { applyEdits, resolveEdits } from './edits.js'

function contextOf(text: string, language: 'it' | 'en'): ScrubContext {
  return { text, tokens: tokenize(text), language, personal: [] } as unknown as ScrubContext
}
function names(text: string, language: 'it' | 'en' = 'en'): string[] {
  const out: string[] = []
  findNarrativeNames(contextOf(text, language), (start, end) => out.push(text.slice(start, end)), isNarrativeGiven)
  return out
}
function kinship(text: string, language: 'it' | 'en'): string {
  return applyEdits(text, resolveEdits(text, detectKinship(contextOf(text, language))))
}

describe('findNarrativeNames', () => {
  it('finds relatives after kinship nouns and partners after "married to" / "sposata con", names in no list included', () => {
    expect(names('Zorvana lives in Leeds with her husband Quelbrin and their two children.')).toEqual(['Zorvana', 'Quelbrin'])
    expect(names('When not at work, she enjoys hiking with her wife, Tamsquo, and their dog.')).toEqual(['Tamsquo'])
    expect(names('Da anni è sposata con Ruvelio e vive a Monza.', 'it')).toEqual(['Ruvelio'])
    expect(names('Mio marito Kelvaro e io ci siamo trasferiti a Lodi.', 'it')).toEqual(['Kelvaro'])
  })

  it('finds self-introductions, signatures after a closing and labelled signatures', () => {
    expect(names('Dear Sir or Madam,\n\nMy name is Yarvek Ostrolin and I am applying.')).toEqual(['Yarvek Ostrolin'])
    expect(names('Grazie.\n\nCordiali saluti,\nQuirena Dalmasso\n', 'it')).toEqual(['Quirena Dalmasso'])
    expect(names('Ringrazio per l’attenzione.\n\nFirma: Ostelvo Brannu', 'it')).toEqual(['Ostelvo Brannu'])
  })

  it('finds the subject of a verb that only people take, and gazetteer given names inside a sentence', () => {
    expect(names('Before that, Velmira joined Tesco. Velmira enjoys working with numbers.')).toEqual(['Velmira', 'Velmira'])
    expect(names('Originaria di Dakar, Zelinde Mbaro si occupa di contabilità.', 'it')).toEqual(['Zelinde Mbaro'])
    expect(names('The report was reviewed by Giulia last week.')).toEqual(['Giulia'])
  })

  it('leaves places, employers and products shaped like names', () => {
    expect(names('She lives in Florence and works at John Lewis with Alexa skills and Sage.')).toEqual([])
    expect(names('Lavora presso Alfa Romeo e Ospedale San Raffaele a Sesto San Giovanni.', 'it')).toEqual([])
    expect(names('Skills: Excel, Python, Power BI. Clients value her calm.')).toEqual([])
  })

  it('treats female and male names and kinship nouns alike', () => {
    const f = names('Her husband Aldric lives in Bristol. Marwenna joined the team in 2015.')
    const m = names('His wife Aldric lives in Bristol. Marwenna joined the team in 2015.')
    expect(f).toEqual(m)
  })
})

describe('detectKinship', () => {
  it('turns gendered kinship nouns into [FAMILY], with the Italian determiner that agrees with them', () => {
    expect(kinship('She is the daughter of immigrants and lives with her husband.', 'en')).toBe('She is the [FAMILY] of immigrants and lives with her [FAMILY].')
    expect(kinship('He is the son of immigrants and lives with his wife.', 'en')).toBe('He is the [FAMILY] of immigrants and lives with his [FAMILY].')
    expect(kinship('Mio marito lavora a Lodi; aiutavo la madre nel negozio della nonna.', 'it')).toBe('[FAMILY] lavora a Lodi; aiutavo [FAMILY] nel negozio di [FAMILY].')
    expect(kinship('Mia moglie lavora a Lodi; aiutavo il padre nel negozio del nonno.', 'it')).toBe('[FAMILY] lavora a Lodi; aiutavo [FAMILY] nel negozio di [FAMILY].')
  })

  it('turns gendered person nouns into neutral nouns (the default policy for clients and topics)', () => {
    expect(kinship('A woman living in Leeds, helping women with women’s health.', 'en')).toBe(kinship('A man living in Leeds, helping men with men’s health.', 'en'))
    expect(kinship('A woman living in Leeds, helping women.', 'en')).toBe('A person living in Leeds, helping people.')
    expect(kinship('Sono una donna e aiuto le donne; salute femminile.', 'it')).toBe('Sono una persona e aiuto le persone; salute.')
    expect(kinship('Sono un uomo e aiuto gli uomini; salute maschile.', 'it')).toBe('Sono una persona e aiuto le persone; salute.')
    expect(kinship('I was a Girl Guide.', 'en')).toBe(kinship('I was a Boy Scout.', 'en'))
  })

  it('leaves sentences without a gendered person noun unchanged', () => {
    for (const [text, language] of [
      ['Faccio volontariato e parlo inglese; ho una scheda madre nuova.', 'it'],
      ['I repair Brother printers, motherboards and Linux servers for the parent company.', 'en'],
      ['Played in the women’s team.', 'en'],
      ['Ha giocato nella squadra femminile.', 'it'],
      ['Full-stack developer, chartered accountant, perito meccanico.', 'it'],
    ] as const) {
      expect(kinship(text, language)).toBe(text)
    }
  })
})

describe('mother tongue', () => {
  it('writes a mother tongue as C2 and drops the word that hints at origin', () => {
    expect(kinship('Languages: Gujarati (native), English C1; Italian - native speaker.', 'en')).toBe('Languages: Gujarati (C2), English C1; Italian - C2.')
    expect(kinship('Lingue: rumeno madrelingua, italiano come lingua madre.', 'it')).toBe('Lingue: rumeno C2, italiano come C2.')
    expect(kinship('Built React Native apps and native mobile features.', 'en')).toBe('Built React Native apps and native mobile features.')
  })
})
