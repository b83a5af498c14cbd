import { describe, expect, it } from 'vitest'
import { builtinTaxonomy } from '../builtin-taxonomy.js'
import { createAnnotator } from '../create-annotator.js'
import { cp2011Units } from './cp2011.js'
import { genericSkillIds } from './generic-skills.js'

const taxonomy = builtinTaxonomy()
const annotator = createAnnotator(taxonomy)
/** The occupation a vacancy title codes to: its first occupation mention, as the vacancy parser takes it. */
const occupationOf = (title: string): string | undefined => annotator.annotate(title, { kinds: ['occupation'], includeNegated: false })[0]?.concept

describe('CP2011 unit table', () => {
  it('has well-formed, unique CP2011 codes and ISCO-08 unit groups', () => {
    const codes = cp2011Units.map((unit) => unit.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const unit of cp2011Units) {
      expect(unit.code).toMatch(/^[1-9](\.\d){4}$/)
      expect(unit.isco, unit.code).toMatch(/^\d{4}$/)
      if (unit.cp2021) expect(unit.cp2021.code, unit.code).toMatch(/^[1-9](\.\d){4}$/)
    }
  })

  it('maps every unit to a built-in occupation', () => {
    for (const unit of cp2011Units) expect(taxonomy.get(unit.occupation)?.kind, `${unit.code} ${unit.occupation}`).toBe('occupation')
  })

  it('codes every official plural title to its occupation, as written, in capitals and with a free-text suffix', () => {
    const wrong: string[] = []
    for (const unit of cp2011Units) {
      for (const title of [unit.title, unit.title.toUpperCase(), `${unit.title} - addetto con esperienza`, `${unit.title.toUpperCase()} - RICHIESTA ESPERIENZA`]) {
        const coded = occupationOf(title)
        if (coded !== unit.occupation) wrong.push(`${unit.code} "${title}" → ${coded ?? 'nothing'} (expected ${unit.occupation})`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('codes titles cut before "e professioni assimilate" and singular forms job centres publish', () => {
    expect(occupationOf('ADDETTI ALLA GESTIONE DEI MAGAZZINI')).toBe('occ.warehouse-worker')
    expect(occupationOf('Addetto alla gestione del magazzino e professioni')).toBe('occ.warehouse-worker')
    expect(occupationOf('Baristi')).toBe('occ.barista')
    expect(occupationOf('Muratore in pietra e mattoni')).toBe('occ.bricklayer')
    expect(occupationOf('Pulitrice di locali')).toBe('occ.cleaner')
  })

  it('codes the unit when a suffix names a job title', () => {
    expect(occupationOf('Cuochi in alberghi e ristoranti - CUOCO/AIUTO CUOCO')).toBe('occ.cook')
    expect(occupationOf('CAMERIERI DI RISTORANTE - cameriere/a di sala')).toBe('occ.waiter')
    expect(occupationOf('Commessi delle vendite al minuto - reparto ortofrutta')).toBe('occ.sales-assistant')
  })

  it('does not code "Custodi e allevatori di animali domestici" as a building caretaker', () => {
    expect(occupationOf('Custodi e allevatori di animali domestici')).toBe('occ.animal-care-worker')
    expect(occupationOf('CUSTODI E ALLEVATORI DI ANIMALI DOMESTICI E DA ESPOSIZIONE - addetto al canile')).toBe('occ.animal-care-worker')
    expect(occupationOf('Custode di stabile')).toBe('occ.building-caretaker')
  })

  it('keeps units whose titles share a word with another job apart', () => {
    expect(occupationOf('Tecnici meccanici')).toBe('occ.mechanical-technician')
    expect(occupationOf('Ingegneri meccanici')).toBe('occ.mechanical-engineer')
    expect(occupationOf('Meccanici e motoristi navali')).toBe('occ.marine-mechanic')
    expect(occupationOf('Carpentieri e montatori di carpenteria metallica')).toBe('occ.welder')
    expect(occupationOf('Carpentieri e falegnami edili')).toBe('occ.carpenter')
    expect(occupationOf('Camerieri di albergo')).toBe('occ.room-attendant')
    expect(occupationOf('Addetto al ricevimento delle merci nei magazzini')).toBe('occ.warehouse-worker')
    expect(occupationOf('Conducente di escavatrice meccanica')).toBe('occ.earthmoving-operator')
  })
})

describe('duties in plain words', () => {
  const skillsOf = (text: string): string[] => annotator.annotate(text, { kinds: ['skill', 'knowledge'] }).map((mention) => mention.concept)

  it('names the duties terse ads and CVs state, as nouns and as verbs', () => {
    expect(skillsOf('Riparazione e manutenzione auto')).toContain('skill.vehicle-repair')
    expect(skillsOf('car repair and maintenance')).toContain('skill.vehicle-repair')
    expect(skillsOf('RIFARE I LETTI E PULIRE LE CAMERE')).toEqual(['skill.housekeeping', 'skill.housekeeping'])
    expect(skillsOf('scarico merci e consegna della merce ai clienti')).toEqual(['skill.loading-unloading', 'skill.last-mile-delivery'])
    expect(skillsOf('servizio ai tavoli, prendere le ordinazioni')).toEqual(['skill.table-service', 'skill.order-taking'])
    expect(skillsOf('saldatura a filo/TIG')).toEqual(['skill.mig-mag-welding', 'skill.tig-welding'])
    expect(skillsOf('Pulizia di uffici e locali')).toContain('skill.office-cleaning')
    expect(skillsOf('cura e igiene del paziente')).toContain('skill.personal-hygiene-care')
    expect(skillsOf('preparazione pasti')).toContain('skill.cooking')
  })

  it('does not read common words as software or tool names', () => {
    expect(skillsOf('prima esperienza, materie prime, primo impiego, pulizie')).not.toContain('skill.quantity-surveying')
    expect(skillsOf('entrerai nel nostro team, Excel e pulizie')).not.toContain('skill.video-calls')
    expect(skillsOf('computo metrico con PriMus ACCA')).toContain('skill.quantity-surveying')
  })
})

describe('generic skills', () => {
  it('lists only built-in skills', () => {
    for (const id of genericSkillIds) expect(taxonomy.get(id)?.kind, id).toBe('skill')
  })

  it('leaves every occupation at least three essential skills that are not generic', () => {
    const thin = taxonomy.byKind('occupation').filter((occupation) => (occupation.essential ?? []).filter((id) => !genericSkillIds.has(id)).length < 3)
    expect(thin.map((occupation) => occupation.id)).toEqual([])
  })
})
