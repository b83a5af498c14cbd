import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from './commands/demo.js'
import { createEngine } from './create-engine.js'

/**
 * Hand-written variant pairs that the generator does not produce (words outside its vocabulary, found in
 * review). Each sentence is inserted into an example CV; both variants must give identical neutral profiles.
 * Reviewed fixture: add a pair whenever a gender leak is found.
 */
const italianPairs: [string, string][] = [
  ['Sono pratica di Excel.', 'Sono pratico di Excel.'],
  ['Sono dotata di spirito di iniziativa.', 'Sono dotato di spirito di iniziativa.'],
  ['Sono collaborativa e accurata.', 'Sono collaborativo e accurato.'],
  ['Incaricata della gestione del magazzino.', 'Incaricato della gestione del magazzino.'],
  ['Premiata come dipendente del mese.', 'Premiato come dipendente del mese.'],
  ['Eletta rappresentante sindacale.', 'Eletto rappresentante sindacale.'],
  ['Pensionata, cerco lavoro part-time.', 'Pensionato, cerco lavoro part-time.'],
  ['Contenta di imparare.', 'Contento di imparare.'],
  ['Capitana della squadra di pallavolo.', 'Capitano della squadra di pallavolo.'],
  ['Allenatrice di pallavolo giovanile.', 'Allenatore di pallavolo giovanile.'],
  ["Sono un'assistente di sala.", 'Sono un assistente di sala.'],
  ['Sono una mamma di due bambini.', 'Sono un papà di due bambini.'],
  ['Ho lavorato come hostess.', 'Ho lavorato come steward.'],
  ['Hostess in fiera.', 'Steward in fiera.'],
  ['Sono celiaca.', 'Sono celiaco.'],
  // Words outside the lexicon, caught by predicate agreement after "sono", "è", "mi considero".
  ['Sono riflessiva e paziente.', 'Sono riflessivo e paziente.'],
  ['Sono affidabile e matura.', 'Sono affidabile e maturo.'],
  ['Mi considero tenace, ordinata e molto riservata.', 'Mi considero tenace, ordinato e molto riservato.'],
  ['È molto apprezzata dai clienti.', 'È molto apprezzato dai clienti.'],
  ['Sono formatrice aziendale.', 'Sono formatore aziendale.'],
]

const englishPairs: [string, string][] = [
  ['In her 10 years at the store she led the team.', 'In his 10 years at the store he led the team.'],
  ['Her very first job was in retail.', 'His very first job was in retail.'],
  ['I worked with her and the team.', 'I worked with him and the team.'],
  ['The final decision was hers.', 'The final decision was his.'],
  ['Her well-known attention to detail.', 'His well-known attention to detail.'],
  ['I worked as a stewardess for two years.', 'I worked as a steward for two years.'],
  ['Hostess at trade fairs.', 'Host at trade fairs.'],
  ['Manageress of a small shop.', 'Manager of a small shop.'],
  ['Played in the female football team.', 'Played in the male football team.'],
  ['Sportswoman with a passion for running.', 'Sportsman with a passion for running.'],
]

const engine = createEngine({ key: 'pairs', today: '2026-11', index: 'exact' })
const cvs = join(defaultDataDir(), 'cvs')

function check(base: string, marker: string, pairs: [string, string][]) {
  for (const [female, male] of pairs) {
    const insert = (sentence: string) => base.replace(marker, `${marker}${sentence}\n`)
    const a = engine.neutralizeCv(insert(female), { sourceId: 'pair' }).profile
    const b = engine.neutralizeCv(insert(male), { sourceId: 'pair' }).profile
    expect(a, `${female} | ${male}`).toEqual(b)
  }
}

describe('hand-written gender-variant pairs (reviewed fixture)', () => {
  it('Italian pairs give identical neutral profiles', () => {
    const base = readFileSync(join(cvs, '03-it-care.m.txt'), 'utf8')
    expect(base).toContain('Profilo\n')
    check(base, 'Profilo\n', italianPairs)
  })

  it('English pairs give identical neutral profiles', () => {
    const base = readFileSync(join(cvs, '11-en-retail.f.txt'), 'utf8')
    expect(base).toContain('ABOUT ME\n')
    check(base, 'ABOUT ME\n', englishPairs)
  })
})
