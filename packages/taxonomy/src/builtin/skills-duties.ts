import type { SkillEntry } from './entry.js'

/**
 * Skills named by the duties of job-centre vacancies and terse CVs ("pulizia camere", "riparazione auto",
 * "uso di attrezzi da lavoro"), and the skills that the occupations added for CP2011 units take for granted.
 */
export const dutySkills: readonly SkillEntry[] = [
  {
    id: 'skill.animal-feeding',
    it: ['alimentazione degli animali', 'somministrazione del cibo agli animali', 'nutrizione degli animali', 'accudimento degli animali', 'cura degli animali'],
    en: ['animal feeding', 'feeding animals', 'animal husbandry care', 'animal care'],
    related: ['skill.pet-care', 'skill.livestock'],
  },
  {
    id: 'skill.power-tools',
    it: ['uso di elettroutensili', 'utilizzo di elettroutensili', 'uso di attrezzi da lavoro', 'utilizzo di attrezzature da lavoro', 'uso di utensili manuali ed elettrici', 'uso del trapano', 'uso del flessibile'],
    en: ['power tools', 'use of power tools', 'hand and power tools', 'use of hand tools'],
  },
  {
    id: 'know.real-estate',
    kind: 'knowledge',
    it: ['mercato immobiliare', 'compravendita immobiliare', 'intermediazione immobiliare', 'valutazione immobiliare', 'stima degli immobili'],
    en: ['real estate market', 'property sales', 'real estate brokerage', 'property valuation'],
    related: ['skill.property-management'],
  },
  {
    id: 'skill.risk-assessment',
    it: ['valutazione dei rischi', 'documento di valutazione dei rischi', 'redazione del DVR', 'analisi dei rischi sul lavoro', 'valutazione del rischio'],
    en: ['risk assessment', 'workplace risk assessment', 'hazard assessment'],
    abbr: ['DVR'],
    related: ['know.occupational-safety'],
  },
  {
    id: 'skill.cleanroom',
    it: ['lavoro in camera bianca', 'lavoro in ambiente sterile', 'vestizione sterile', 'lavoro in area asettica', 'produzione asettica'],
    en: ['cleanroom work', 'cleanroom operations', 'aseptic processing', 'aseptic gowning'],
    related: ['know.gmp', 'skill.sterilisation'],
  },
  {
    id: 'skill.stone-working',
    it: ['lavorazione della pietra', 'lavorazione del marmo', 'taglio della pietra', 'levigatura del marmo', 'lucidatura del marmo', 'taglio del marmo'],
    en: ['stone working', 'stone cutting', 'marble working', 'stone polishing'],
  },
  {
    id: 'skill.ceramics',
    it: ['lavorazione della ceramica', 'decorazione della ceramica', 'modellazione della ceramica', 'smaltatura della ceramica', 'foggiatura al tornio', 'cottura della ceramica'],
    en: ['ceramics', 'pottery', 'ceramic decoration', 'glazing of ceramics', 'wheel throwing'],
  },
  {
    id: 'skill.engine-repair',
    it: ['riparazione di motori', 'revisione di motori', 'manutenzione dei motori', 'diagnosi dei guasti al motore', 'motoristica'],
    en: ['engine repair', 'engine overhaul', 'engine maintenance', 'engine diagnostics'],
    related: ['skill.vehicle-repair', 'skill.mechanical-maintenance'],
  },
]
