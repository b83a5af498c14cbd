import { describe, expect, it } from 'vitest'
import { builtinTaxonomy } from '@incontro/taxonomy'
import { anonymize } from './anonymize.js'
import { handParsed } from './internal/test-helpers.js'

/**
 * A security tester's classes of leak, each written here as synthetic CV lines in the messy styles real
 * CVs have (flattened onto one line, UPPERCASE, typos, PDF line breaks). Labelled before the rules were run:
 * `leaks` must not survive in the neutral text, `keeps` must.
 */
const taxonomy = builtinTaxonomy()
const key = 'tester-key'

interface Case {
  text: string
  language?: 'it' | 'en'
  givenNames?: string[]
  surnames?: string[]
  leaks: string[]
  keeps?: string[]
}

function neutral(c: Case): string {
  const parsed = handParsed(c.text, { language: c.language ?? 'it', givenNames: c.givenNames ?? [], surnames: c.surnames ?? [] })
  return anonymize(parsed, { key, taxonomy }).profile.text
}

function check(cases: readonly Case[]): void {
  for (const c of cases) {
    it(JSON.stringify(c.text.slice(0, 70)), () => {
      const out = neutral(c)
      for (const leak of c.leaks) expect(out, out).not.toContain(leak)
      for (const keep of c.keeps ?? []) expect(out, out).toContain(keep)
    })
  }
}

describe('IBANs written with hyphens or spaces', () => {
  check([
    { text: 'Coordinate bancarie: IT60-X054-2811-1010-0000-0123-456', leaks: ['X054', '2811', '0123', '456'], keeps: ['[IBAN]'] },
    { text: 'pagamento su iban it60-x054-2811-1010-0000-0123-456 entro fine mese', leaks: ['x054', '2811', '0123'], keeps: ['entro fine mese'] },
    { text: 'IBAN IT60 X054 2811 1010 0000 0123 456 - Banca Esempio', leaks: ['X054', '2811', '0123 456'], keeps: ['Banca Esempio'] },
    { text: 'Bank details: GB82-WEST-1234-5698-7654-32', language: 'en', leaks: ['WEST', '5698', '7654'] },
    // Not an IBAN (check digits wrong): a product code stays.
    { text: 'Codice articolo IT61-X054-2811-1010-0000-0123-456', keeps: ['IT61-X054'], leaks: [] },
  ])
})

describe('dates of birth in words', () => {
  check([
    { text: 'Sono nata il dodici marzo millenovecentottantacinque a Bari.', leaks: ['dodici', 'marzo', 'millenovecent', 'Bari', 'nata'] },
    { text: 'NATO IL TRE MARZO MILLENOVECENTOOTTANTACINQUE', leaks: ['TRE MARZO', 'MILLENOVECENTO', 'NATO'] },
    { text: 'nata il 3 marzo del 1985, residente a Monza', leaks: ['3 marzo', '1985', 'nata'], keeps: ['residente a Monza'] },
    { text: 'nato il primo aprile 1990 a Lecce', leaks: ['primo aprile', '1990', 'Lecce'] },
    { text: 'I was born on the 3rd of March 1985 in Manchester.', language: 'en', leaks: ['3rd', 'March', '1985', 'Manchester'] },
    { text: 'Born on 3rd March 1985 in Manchester, I moved to Milan in 2010.', language: 'en', leaks: ['3rd', 'March 1985', 'Manchester'], keeps: ['moved to Milan in 2010'] },
    { text: 'born on March the third, nineteen eighty-five', language: 'en', leaks: ['third', 'nineteen', 'eighty'] },
  ])
})

describe('ages in words and numbers', () => {
  check([
    { text: 'Una 34enne dinamica con esperienza in logistica', leaks: ['34enne'], keeps: ['esperienza in logistica'] },
    { text: 'TRENTENNE MOTIVATO, DISPONIBILE SUBITO', leaks: ['TRENTENNE'] },
    { text: 'Giovane quarantacinquenne cerca lavoro come magazziniere', leaks: ['quarantacinquenne'], keeps: ['cerca lavoro come'] },
    { text: 'Mario Bianchi, 34 anni, automunito, residente a Pavia', givenNames: ['Mario'], surnames: ['Bianchi'], leaks: ['34 anni'], keeps: ['residente a Pavia'] },
    { text: 'Anni: 34', leaks: ['34'] },
    { text: 'Ho lavorato 12 anni come cuoco e 20 anni di esperienza in cucina', leaks: [], keeps: ['12 anni come cuoco', '20 anni di esperienza'] },
    { text: 'A 34-year-old mother of two, aged 34, seeks work.', language: 'en', leaks: ['34-year-old', 'aged 34'] },
    { text: 'I am thirty-four years old and live in Leeds.', language: 'en', leaks: ['thirty-four years'] },
  ])
})

describe('year of birth as "classe"', () => {
  check([
    { text: 'Classe 1985, diplomata, automunita.', leaks: ['1985'] },
    { text: "classe '85 - disponibile da subito", leaks: ["'85", '85 -'], keeps: ['disponibile da subito'] },
    { text: 'CLASSE 85 CERCO LAVORO', leaks: ['85'] },
    // "in classe" is a classroom, not a year of birth.
    { text: 'Insegnante di sostegno in classe 3A dal 2015', keeps: ['classe 3A dal 2015'], leaks: [] },
  ])
})

describe('special categories (GDPR art. 9): religion, trade union, politics', () => {
  check([
    { text: 'Volontaria presso la parrocchia San Marco: animazione per ragazzi', leaks: ['parrocchia', 'San Marco'], keeps: ['animazione per'] },
    { text: 'Iscritta alla CGIL, delegata sindacale dal 2018: negoziazione e gestione dei conflitti', leaks: ['CGIL', 'sindacale', 'Iscritta', 'delegata'], keeps: ['negoziazione e gestione dei conflitti'] },
    { text: 'iscritto alla cisl - rsu aziendale', leaks: ['cisl', 'rsu'] },
    { text: 'Militante del Partito Esempio Democratico, organizzazione di eventi e raccolta fondi', leaks: ['Partito', 'Militante'], keeps: ['organizzazione di eventi e raccolta fondi'] },
    { text: 'Catechista in oratorio, catechesi ai bambini', leaks: ['oratorio', 'Catechista', 'catechesi'] },
    { text: 'Union representative (UNISON), negotiation and casework', language: 'en', leaks: ['UNISON', 'Union representative'], keeps: ['negotiation and casework'] },
    { text: 'Volunteer at St Mary church youth group; I am a member of the Labour Party.', language: 'en', leaks: ['church', 'Labour', 'St Mary'], keeps: ['youth group'] },
    { text: 'Riparazione porte USB e schede madri', leaks: [], keeps: ['USB'] },
    { text: 'Sono partito da zero: Party planner per eventi aziendali', language: 'it', leaks: ['[POLITICS]'], keeps: ['da zero', 'Party planner'] },
    { text: 'Restauro facciate, Via della Chiesa 4', leaks: ['[RELIGION]'], keeps: ['Restauro facciate'] },
    // Knowing the law is a competence: "diritto sindacale" and "relazioni sindacali" stay.
    { text: 'Consulente del lavoro: relazioni sindacali, diritto sindacale, contratti', leaks: [], keeps: ['relazioni sindacali', 'diritto sindacale'] },
  ])
})

describe('nicknames and initials', () => {
  check([
    { text: 'Giovanna Ferri (per gli amici Giò)\nTel 333 1234567', givenNames: ['Giovanna'], surnames: ['Ferri'], leaks: ['Giò', 'Ferri'] },
    { text: 'Firma: G. Ferri', givenNames: ['Giovanna'], surnames: ['Ferri'], leaks: ['G.', 'Ferri'] },
    { text: 'Giulia Ferri, detta Giuly, cuoca', givenNames: ['Giulia'], surnames: ['Ferri'], leaks: ['Giuly'] },
    { text: 'Call me Jaz. Jasmine Okafor, nurse', language: 'en', givenNames: ['Jasmine'], surnames: ['Okafor'], leaks: ['Jaz'] },
    { text: 'Esperienze di cucina.\nDistinti saluti\nM.R.', leaks: ['M.R.'] },
    { text: 'Lettera firmata G.F. - Milano', leaks: ['G.F.'] },
    // Abbreviations of the text stay.
    { text: 'Laurea in Ing. Gestionale, S.p.A., D.Lgs. 81/08', leaks: [], keeps: ['S.p.A.', 'D.Lgs. 81/08'] },
  ])
})

describe('words glued by PDF extraction', () => {
  check([
    { text: 'Mario Rossinato a Milano il 3/4/1980', givenNames: ['Mario'], surnames: ['Rossi'], leaks: ['Rossi', 'nato', 'Milano', '1980'] },
    { text: 'nataaRoma nel 1985', leaks: ['Roma', '1985', 'nata'] },
    { text: 'espertoMagazziniere con patente', leaks: ['esperto'] },
    { text: 'Sono natail 12/03/1990', leaks: ['1990', 'nata'] },
  ])
})

describe('agreement across a line break', () => {
  check([
    { text: 'Nel 2015 è\nentrata in azienda come impiegata', leaks: ['entrata'] },
    { text: 'Dal 2019 sono\nstata assunta a tempo indeterminato', leaks: ['stata', 'assunta'], keeps: ['tempo indeterminato'] },
    { text: 'Sono stata\nassunta come cassiera', leaks: ['assunta', 'stata'] },
  ])
})
