import { describe, expect, it } from 'vitest'
import { createTaxonomy, expandEntries } from '@incontro/taxonomy'
import { anonymize } from './anonymize.js'
import { isValidPartitaIva } from './internal/detect-documents.js'
import { femaleGivenNamesByCommunity, maleGivenNamesByCommunity } from './internal/gazetteer-given-names.js'
import { handParsed } from './internal/test-helpers.js'

const taxonomy = createTaxonomy(
  expandEntries({
    skills: [{ id: 'skill.excel', it: ['Excel'], en: ['Excel'] }],
    occupations: [{ id: 'occ.waiter', it: { m: 'cameriere', f: 'cameriera' }, en: { preferred: 'server', m: 'waiter', f: 'waitress' }, isco: '5131', essential: ['skill.excel'] }],
    coded: [],
  }),
  { version: 'test-cues' },
)
const key = 'test-key'
type G = (f: string, m: string) => string
const neutral = (text: string, options: Parameters<typeof handParsed>[1] = {}) => anonymize(handParsed(text, options), { key, taxonomy })
const pair = (build: (g: G) => string, options: Parameters<typeof handParsed>[1] = {}) => {
  const run = (female: boolean) => neutral(build((f, m) => (female ? f : m)), options).profile
  return { female: run(true), male: run(false) }
}

describe('gazetteer names (no name known from the parser)', () => {
  it('finds a referee "Nome Cognome" in running text, then every other occurrence, the same for both genders', () => {
    const { female, male } = pair((g) => `Referenze: ${g('Paola', 'Paolo')} Verdi, responsabile di sala.\nContattare ${g('Paola', 'Paolo')} dopo le 18; verdi@example.com.`)
    expect(female).toEqual(male)
    expect(female.text).toBe('Referenze: [NAME], responsabile di sala.\nContattare [NAME] dopo le 18; [EMAIL].')
  })

  it('treats the female and male names of every community alike (pairs of the two lists)', () => {
    for (const community of Object.keys(femaleGivenNamesByCommunity)) {
      const women = femaleGivenNamesByCommunity[community] as readonly string[]
      const men = maleGivenNamesByCommunity[community] as readonly string[]
      for (let k = 0; k < Math.min(women.length, men.length); k++) {
        const { female, male } = pair((g) => `Ho lavorato con ${g(women[k] as string, men[k] as string)} Rossi al bar.\nSkills: Excel`)
        expect(female.text, community).toBe(male.text)
        expect(female.text).toBe('Ho lavorato con [NAME] al bar.\nSkills: Excel')
      }
    }
  })

  it('keeps places of work, employers and words that are also names', () => {
    const text = 'Cameriere/a presso Ospedale Luigi Sacco, Via Paolo Sarpi, Milano.\nCameriere/a di sala presso Trattoria Da Gino Srl.\nUso di Excel.'
    expect(neutral(text).profile.text).toBe(text)
  })

  it('reads the signature line and a name inside an email or profile URL', () => {
    const { female, male } = pair((g) => `Profilo: esperienza in sala.\nlinkedin.com/in/${g('giulia', 'marco')}-bianchi\n${g('Giulia', 'Marco')} Bianchi`)
    expect(female).toEqual(male)
    expect(female.text).toBe('Profilo: esperienza in sala.\n[URL]\n[NAME]')
  })

  it('catches letter-spaced and line-split names (the same evasion in both variants)', () => {
    const { female, male } = pair((g) => `CV di ${g('G i u l i a', 'M a r c o')}   R o s s i\nfirma: ${g('Giu-\nlia', 'Mar-\nco')} Rossi`, { givenNames: [], surnames: ['Rossi'] })
    expect(female).toEqual(male)
    expect(female.text).not.toMatch(/G i u|M a r|lia|co Rossi/)
  })
})

describe('identifiers', () => {
  it('partita IVA (check digit), document numbers in context, handles, addresses and CAP in the header', () => {
    expect(isValidPartitaIva('12345678903')).toBe(true)
    expect(isValidPartitaIva('12345678901')).toBe(false)
    const text = [
      'Anna Rossi',
      'Via Esempio 12, 20121 Milano',
      'P.IVA 12345678903',
      "Carta d'identità n. CA12345AB, patente B n. MI1234567X",
      'Instagram: @anna_rossi90',
      'ESPERIENZE',
      'Cameriera presso Bar Centrale, Via Roma 3, 20100 Milano',
      'Codice articolo 12345678901, patente B',
    ].join('\n')
    const { profile, report } = neutral(text, { givenNames: ['Anna'], surnames: ['Rossi'] })
    expect(profile.text.split('\n').slice(1, 5)).toEqual(['[ADDRESS] Milano', 'P.IVA [ID]', "Carta d'identità n. [ID], patente B n. [ID]", 'Instagram: [URL]'])
    expect(profile.text).toContain('Via Roma 3, 20100 Milano')
    expect(profile.text).toContain('Codice articolo 12345678901, patente B')
    expect(report.counts['id-number']).toBe(3)
  })
})

describe('protected attributes', () => {
  it('pregnancy and maternity or paternity leave: "congedo" with the period kept', () => {
    const { female, male } = pair((g) => `2019 – 2020: ${g('congedo di maternità', 'congedo di paternità')}.\n${g('In maternità', 'In paternità')} da marzo a settembre 2021.\nAttualmente ${g('incinta', 'in attesa di un figlio')}.`.replace('in attesa di un figlio', 'in dolce attesa'))
    expect(female).toEqual(male)
    expect(female.text).toBe('2019 – 2020: congedo.\nIn congedo da marzo a settembre 2021.\nAttualmente [FAMILY].')
    const en = pair((g) => `Jan 2020 – Sep 2020: ${g('maternity', 'paternity')} leave.`, { language: 'en' })
    expect(en.female.text).toBe('Jan 2020 – Sep 2020: leave.')
    expect(en.female).toEqual(en.male)
  })

  it('keeps only the protected-category flag when stated for that listing; other health details go', () => {
    const { female, male } = pair((g) => `${g('Iscritta', 'Iscritto')} alle categorie protette (L. 68/99), invalidità civile 67%.\nSono ${g('non vedente', 'non vedente')} dalla nascita.`)
    expect(female).toEqual(male)
    expect(female.text).toBe('Appartenente alle categorie protette (L. 68/99), [HEALTH].\nSono [HEALTH] dalla nascita.')
    const care = 'Assistenza a persone con disabilità e anziani.'
    expect(neutral(care).profile.text).toBe(care)
  })

  it('religion where it describes the person, not "Università Cattolica"', () => {
    const { female, male } = pair((g) => `Sono ${g('cattolica', 'cattolico')} praticante.\nLaurea presso l'Università Cattolica del Sacro Cuore.`)
    expect(female).toEqual(male)
    expect(female.text).toBe("Sono [RELIGION].\nLaurea presso l'Università Cattolica del Sacro Cuore.")
  })

  it('anonymizing twice changes nothing', () => {
    const first = neutral('Iscritta alle categorie protette (L. 68/99). Congedo di maternità 2020. P.IVA 12345678903. Sono musulmana.').profile.text
    const again = neutral(first)
    expect(again.profile.text).toBe(first)
    expect(again.report.redactions).toEqual([])
  })
})
