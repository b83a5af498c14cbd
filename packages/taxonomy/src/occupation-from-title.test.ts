import { describe, expect, it } from 'vitest'
import { builtinTaxonomy } from './builtin-taxonomy.js'
import { occupationFromTitle } from './occupation-from-title.js'

const taxonomy = builtinTaxonomy()
const code = (title: string, context?: string) => occupationFromTitle(title, taxonomy, context === undefined ? {} : { context })

describe('occupationFromTitle', () => {
  it('codes a role noun and a domain, in English and Italian, whatever the case and punctuation', () => {
    expect(code('Sr. Specialist, Computer System Validation, Quality')).toBe('occ.quality-assurance-specialist')
    expect(code('EQUIPMENT VALIDATION SPECIALIST')).toBe('occ.quality-assurance-specialist')
    expect(code('Associate Director, Clinical Operations')).toBe('occ.clinical-trial-manager')
    expect(code('Study Coordinator')).toBe('occ.clinical-research-associate')
    expect(code('Stage Farmacovigilanza')).toBe('occ.pharmacovigilance-specialist')
    expect(code('Specialista giuridico-regolatorio')).toBe('occ.regulatory-affairs-specialist')
    expect(code('Responsabile Acquisti')).toBe('occ.buyer')
    expect(code('QC Validation Analyst')).toBe('occ.qc-analyst')
    expect(code('Tecnici chimici')).toBe('occ.lab-technician')
  })

  it('reads the role from a leading Italian or "Head of" noun, else from the last one', () => {
    expect(code('Head of Quality')).toBe('occ.quality-manager')
    expect(code('Quality Systems Supervisor')).toBe('occ.quality-manager')
    expect(code('Tecnico qualità')).toBe('occ.quality-inspector')
    expect(code('Senior Treasury Analyst')).toBe('occ.financial-analyst')
  })

  it('makes a sales role medical sales only in an ad about health or medical devices', () => {
    expect(code('Territory Manager - Emilia Romagna', 'Vendita di dispositivi medici agli ospedali.')).toBe('occ.medical-sales-representative')
    expect(code('Regional Sales Director', 'Vendita di dispositivi medici agli ospedali.')).toBe('occ.sales-manager')
    expect(code('Sales Specialist Lombardia', 'Promote surgical devices to hospitals.')).toBe('occ.medical-sales-representative')
    expect(code('Sales Specialist Lombardia', 'Vendita di arredamento per uffici.')).toBe('occ.sales-representative')
  })

  it('lets the longest phrase decide and keeps derivations and role nouns apart from domains', () => {
    expect(code('Accounts Payable Specialist')).toBe('occ.financial-analyst')
    // "production" is no "product"; "officer" is no "office".
    expect(code('Production Manager - Pharmaceutical Plant')).toBe('occ.department-manager')
    expect(code('Animal Health Officer')).toBeUndefined()
  })

  it('codes Italian worker titles, abbreviations and bare clerk titles of public-centre ads', () => {
    expect(code('ADD. ALLE PULIZIE')).toBe('occ.cleaner')
    expect(code('Addetto al controllo del carico e scarico')).toBe('occ.warehouse-worker')
    expect(code('Installatore di condizionatori e caldaie')).toBe('occ.hvac-technician')
    expect(code('Impiegato/a tirocinante')).toBe('occ.admin-clerk')
  })

  it('names no occupation without a domain, or for a long domain phrase without a role', () => {
    expect(code('Senior Manager')).toBeUndefined()
    expect(code('Technician')).toBeUndefined()
    expect(code('Deciphering cancer with artificial intelligence at a research institute in the city')).toBeUndefined()
    expect(code('')).toBeUndefined()
    expect(code('Quality Assurance')).toBe('occ.quality-assurance-specialist')
  })
})
