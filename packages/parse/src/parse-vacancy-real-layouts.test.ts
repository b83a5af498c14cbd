import type { ParsedVacancy } from '@incontro/core'
import { describe, expect, it } from 'vitest'
import { parseVacancy } from './parse-vacancy.js'

// Synthetic vacancies written for these tests, in the layouts real ads use (markdown from aggregators,
// terse UPPERCASE public-centre records, flattened text).
const parse = (text: string): ParsedVacancy => parseVacancy(text, { sourceId: 'layout-test' })
const slice = (vacancy: ParsedVacancy, span: { start: number; end: number }): string => vacancy.document.text.slice(span.start, span.end)
const requirementTexts = (vacancy: ParsedVacancy): [string, string][] => vacancy.requirements.map((r) => [r.text, r.importance])

describe('parseVacancy: markdown layouts', () => {
  const markdown = `Magazziniere (m/w/d)

**Chi siamo**

Logistica Esempio è un'azienda leader nel settore della distribuzione.

**Mansioni**

* Carico e scarico merci
* Gestione dell'inventario

**Requisiti**

* Esperienza di almeno 2 anni nel ruolo
* Patente per il carrello elevatore
* Conoscenza del pacchetto Office \\- livello base

**Titolo preferenziale:** conoscenza del gestionale SAP

**Offriamo**

* Contratto a tempo indeterminato, CCNL Commercio`

  it('reads bold headings as sections of the right kind', () => {
    const vacancy = parse(markdown)
    expect(vacancy.sections.map((s) => s.kind)).toEqual(['header', 'company', 'responsibilities', 'requirements', 'preferred', 'offer'])
  })

  it('reads requirement bullets with their importance, and never duties, company or offer lines', () => {
    const vacancy = parse(markdown)
    expect(requirementTexts(vacancy)).toEqual([
      ['Esperienza di almeno 2 anni nel ruolo', 'essential'],
      ['Patente per il carrello elevatore', 'essential'],
      ['Conoscenza del pacchetto Office - livello base', 'essential'],
      ['conoscenza del gestionale SAP', 'preferred'],
    ])
    for (const requirement of vacancy.requirements) expect(slice(vacancy, requirement.span)).toBe(requirement.text)
    expect(vacancy.ccnl?.text).toBe('CCNL Commercio')
  })

  it('unescapes markdown in the document text and keeps every span valid in it', () => {
    const vacancy = parse('Tecnico di laboratorio\n\n**Requisiti**\n* Laurea in Chimica \\& Biologia\n* Uso di HPLC\\+GC\\.')
    expect(vacancy.document.text).not.toContain('\\')
    expect(vacancy.requirements.map((r) => r.text)).toEqual(['Laurea in Chimica & Biologia', 'Uso di HPLC+GC'])
    for (const requirement of vacancy.requirements) expect(slice(vacancy, requirement.span)).toBe(requirement.text)
  })

  it('splits headings glued to the text before them, and bullets glued to a heading', () => {
    const vacancy = parse(
      'Lab Technician\n\nStandard (Mon-Fri)**Job Description**\n\nWe run a laboratory.\nYour profile* Degree in Biology\n* Experience with cell cultures\n\n**Qualifications**\nTo be successful, you will bring:* 3+ years of lab experience\n* Knowledge of GMP',
    )
    expect(vacancy.sections.map((s) => s.kind)).toContain('description')
    expect(vacancy.requirements.map((r) => r.text)).toEqual(['Degree in Biology', 'Experience with cell cultures', '3+ years of lab experience', 'Knowledge of GMP'])
    expect(vacancy.experienceMonths?.value).toBe(36)
    expect(vacancy.education.map((e) => e.eqfLevel)).toEqual([6])
  })

  it('reads "### **Heading**", UPPERCASE and English headings', () => {
    const vacancy = parse(`Data Analyst

### **About us**
Example Analytics is a leading provider of reports.

### **What you'll do**
- Build dashboards

### **Requirements**
- Proficiency in SQL

NICE TO HAVE
- Knowledge of Python

### **What we offer**
- Hybrid work`)
    expect(vacancy.sections.map((s) => s.kind)).toEqual(['header', 'company', 'responsibilities', 'requirements', 'preferred', 'offer'])
    expect(requirementTexts(vacancy)).toEqual([
      ['Proficiency in SQL', 'essential'],
      ['Knowledge of Python', 'preferred'],
    ])
  })

  it('marks a first paragraph that presents the employer as the company section', () => {
    const vacancy = parse(`Sales Representative

Example Group is a leading manufacturer of medical devices, founded in 1990.

We are looking for a sales representative for the North of Italy.
- Experience in medical sales
- Fluent English`)
    expect(vacancy.sections.map((s) => s.kind)).toEqual(['header', 'company', 'description'])
    expect(vacancy.requirements.map((r) => r.text)).toEqual(['Experience in medical sales', 'Fluent English'])
  })
})

describe('parseVacancy: requirement lines outside requirement sections', () => {
  it('reads bullets that name experience, knowledge or skills anywhere, and preferred markers', () => {
    const vacancy = parse(`Addetto/a contabilità
Cerchiamo una persona per il nostro ufficio amministrativo.
- Esperienza nella tenuta della prima nota
- Ottima padronanza di Excel
- Capacità di lavorare in team
- Conoscenza dell'inglese gradita
- Experience with SAP is a plus
- Sei in possesso del diploma di ragioneria`)
    expect(requirementTexts(vacancy)).toEqual([
      ['Esperienza nella tenuta della prima nota', 'essential'],
      ['Ottima padronanza di Excel', 'essential'],
      ['Capacità di lavorare in team', 'essential'],
      ["Conoscenza dell'inglese gradita", 'preferred'],
      ['Experience with SAP is a plus', 'preferred'],
      ['Sei in possesso del diploma di ragioneria', 'essential'],
    ])
    expect(vacancy.education.map((e) => e.eqfLevel)).toEqual([4])
  })

  it('reads "Requisiti preferenziali:", "Preferenziale:" and "Titolo preferenziale:" as preferred', () => {
    for (const label of ['Requisiti preferenziali', 'Preferenziale', 'Titolo preferenziale', 'Nice to have']) {
      const vacancy = parse(`Saldatore\nRequisiti: patentino di saldatura\n${label}: conoscenza del disegno tecnico`)
      expect(requirementTexts(vacancy), label).toEqual([
        ['patentino di saldatura', 'essential'],
        ['conoscenza del disegno tecnico', 'preferred'],
      ])
    }
  })

  it('does not read duties that name no qualification as requirements when the ad has sections', () => {
    const vacancy = parse('Receptionist\nResponsibilities\n- Welcome guests\n- Answer the phone\nRequirements\n- Fluent English')
    expect(vacancy.requirements.map((r) => r.text)).toEqual(['Fluent English'])
  })
})

describe('parseVacancy: terse public-centre ads', () => {
  it('reads the duty line under an UPPERCASE title as an essential requirement, and place and contract lines as neither', () => {
    const vacancy = parse('OPERAIO MECCANICO-MECCATRONICO\nRIPARAZIONE E MANUTENZIONE AUTO\nSede di lavoro: Latina\nContratto: LAVORO A TEMPO DETERMINATO')
    expect(requirementTexts(vacancy)).toEqual([['RIPARAZIONE E MANUTENZIONE AUTO', 'essential']])
    expect(vacancy.place?.text).toBe('Latina')
    expect(vacancy.contract).toEqual(['fixed-term'])
    expect(vacancy.occupation).toBeDefined()
  })

  it('reads "Sede: X. Contratto …" as the place X, the contract and the CCNL, with no requirement', () => {
    const vacancy = parse('Cuoco/a\nSede: Napoli. Contratto CCNL Turismo, tempo determinato')
    expect(vacancy.place?.text).toBe('Napoli')
    expect(vacancy.ccnl?.text).toBe('CCNL Turismo')
    expect(vacancy.contract).toEqual(['fixed-term'])
    expect(vacancy.requirements).toEqual([])
  })

  it.each([
    ['Sede di lavoro: Roma, contratto a termine', 'Roma'],
    ['Luogo di lavoro: Fara in Sabina, Poggio Mirteto', 'Fara in Sabina, Poggio Mirteto'],
    ['Comune: Viterbo', 'Viterbo'],
    ['Location: Milan | Hybrid', 'Milan'],
    ['Sede: Roma Contratto CCNL Commercio', 'Roma'],
  ])('stops the place in "%s" at a sentence end or another label', (line, place) => {
    const vacancy = parse(`Commesso\n${line}`)
    expect(vacancy.place?.text).toBe(place)
  })
})

describe('parseVacancy: title and occupation', () => {
  it.each(['Cameriere (m/w/d)', 'Cameriere (M/F)', 'Cameriere m/f/d', 'Cameriere/a', 'Cameriere* di sala', 'Cameriere (h/f)', 'CAMERIERE DI SALA'])(
    'codes "%s" despite gender markers and case, keeping the title as written',
    (title) => {
      const vacancy = parse(`${title}\nRequisiti: esperienza nel ruolo`)
      expect(vacancy.title.text).toBe(title)
      expect(vacancy.occupation?.concept).toBe('occ.waiter')
      expect(slice(vacancy, vacancy.occupation!.span).toLowerCase()).toMatch(/^cameriere/)
    },
  )

  it('codes a title written feminine first with a masculine slash ending ("Impiegata/o amministrativa/o")', () => {
    expect(parse('Impiegata/o amministrativa/o - segreteria\nRequisiti: diploma').occupation?.concept).toBe('occ.admin-clerk')
    expect(parse('CAMERIERA/O DI SALA\nRequisiti: esperienza').occupation?.concept).toBe('occ.waiter')
  })

  it('reads no occupation in body lines that only mention one (clients, mission, departments)', () => {
    expect(parse('Rif. 2231\nLavorerai a stretto contatto con medici e farmacisti ospedalieri della regione.').occupation).toBeUndefined()
    expect(parse('Posizione aperta\nOur mission is a healthier, cleaner and safer world for the communities we serve.').occupation).toBeUndefined()
  })

  it('falls back to the first body lines, then to the requirement lines, when the title names no occupation', () => {
    expect(parse('Rif. 2231\nCerchiamo un cameriere per il nostro ristorante').occupation?.concept).toBe('occ.waiter')
    expect(parse('Posizione aperta\n\nRequisiti\n- Esperienza come cameriere di almeno un anno').occupation?.concept).toBe('occ.waiter')
  })

  it('does not take the occupation from the company paragraph', () => {
    const vacancy = parse('Opportunità di lavoro\n\nExample Srl è un\'azienda leader nel settore, fondata da un cameriere.\n\nRequisiti\n- Buona volontà')
    expect(vacancy.occupation).toBeUndefined()
  })
})

describe('parseVacancy: education levels', () => {
  it.each([
    ['Diploma di scuola media superiore – perito meccanico', 4],
    ['Diploma di maturità', 4],
    ['Diploma tecnico', 4],
    ["Assolvimento della scuola dell'obbligo", 2],
    ['Qualifica professionale IeFP', 3],
    ['Laurea triennale in economia', 6],
    ['BA (Hons) in Marketing', 6],
    ['BEng in Mechanical Engineering', 6],
    ['MSc in Chemistry', 7],
    ["Master's in Data Science", 7],
    ['PhD in Biology', 8],
    ['Diploma ITS', 5],
  ])('reads "%s" as EQF %i', (line, level) => {
    expect(parse(`Impiegato\nRequisiti:\n- ${line}`).education.map((e) => e.eqfLevel)).toEqual([level])
  })

  it('does not read the Italian "MA" of an all-caps ad as a master\'s degree', () => {
    expect(parse('MAGAZZINIERE\nRequisiti:\n- ESPERIENZA NON NECESSARIA MA IN POSSESSO DI PATENTE B').education).toEqual([])
  })

  it('never reads a languages line or a reference line as education', () => {
    const vacancy = parse('Impiegato\nRequisiti:\n- Lingue: inglese livello scuola superiore\n- Riferimento: Master 2024\n- Diploma di maturità')
    expect(vacancy.education.map((e) => e.eqfLevel)).toEqual([4])
  })
})

describe('parseVacancy: headings followed by text on the same line', () => {
  it('reads "REQUISITI - …" and "**Requisiti:** …" as headings with their text', () => {
    const vacancy = parse('ELETTRICISTA\nREQUISITI - ESPERIENZA IN IMPIANTI CIVILI\n**Gradito:** patentino PES/PAV\nOFFRIAMO – CONTRATTO A TEMPO DETERMINATO')
    expect(vacancy.sections.map((s) => s.kind)).toEqual(['header', 'requirements', 'preferred', 'offer'])
    expect(requirementTexts(vacancy)).toEqual([
      ['ESPERIENZA IN IMPIANTI CIVILI', 'essential'],
      ['patentino PES/PAV', 'preferred'],
    ])
    expect(vacancy.contract).toEqual(['fixed-term'])
  })
})

describe('parseVacancy: labelled lines and unknown headings', () => {
  it('never reads place, contract or pay lines as requirements, even inside a requirements section', () => {
    const vacancy = parse('Impiegato\n\nRequisiti richiesti:\n- Esperienza in contabilità\n**Sede di lavoro:** Di persona\nContratto di lavoro: tempo determinato\nRetribuzione: 1.400 € al mese')
    expect(vacancy.requirements.map((r) => r.text)).toEqual(['Esperienza in contabilità'])
    expect(vacancy.place).toBeUndefined()
    expect(vacancy.contract).toEqual(['fixed-term'])
  })

  it('tells an unknown heading by its words: offer, duties, requirements', () => {
    const vacancy = parse('Operatore\n\n**Le tue attività principali saranno:**\n- Controllo qualità\n**Il profilo che cerchiamo:**\n- Diploma tecnico\n**Offerta e benefit:**\n- Buoni pasto')
    expect(vacancy.sections.map((s) => s.kind)).toEqual(['header', 'responsibilities', 'requirements', 'offer'])
    expect(vacancy.requirements.map((r) => r.text)).toEqual(['Diploma tecnico'])
  })

  it('takes "Town (XX)" as the place only for an Italian province code', () => {
    expect(parse('Chimico\nArea Gastrointestinal (GI) e oncologia').place).toBeUndefined()
    expect(parse('Chimico\nLaboratorio a Badia Polesine (RO)').place?.text).toBe('Badia Polesine (RO)')
  })
})
