import { createTaxonomy } from '../create-taxonomy.js'
import { expandEntries } from '../expand-entries.js'
import type { Taxonomy } from '../model.js'

/** A small hand-written taxonomy for tests of this package and its dependents' tests. */
export function fixtureTaxonomy(): Taxonomy {
  return createTaxonomy(
    expandEntries({
      skills: [
        { id: 'know.food-safety', it: ['sicurezza alimentare'], en: ['food safety'] },
        { id: 'skill.haccp', it: ['HACCP', 'normativa HACCP'], en: ['HACCP procedures'], broader: ['know.food-safety'] },
        { id: 'skill.table-service', it: ['servizio ai tavoli', 'servizio in sala'], en: ['table service'] },
        { id: 'skill.coffee', it: ['caffetteria'], en: ['coffee making', 'barista skills'], related: ['skill.table-service'] },
        { id: 'skill.welding', it: ['saldatura'], en: ['welding'] },
        { id: 'skill.tig-welding', it: ['saldatura TIG'], en: ['TIG welding'], broader: ['skill.welding'] },
        { id: 'skill.mig-welding', it: ['saldatura MIG'], en: ['MIG welding'], broader: ['skill.welding'] },
        { id: 'skill.programming', it: ['programmazione'], en: ['programming'] },
        { id: 'skill.javascript', it: ['JavaScript'], en: ['JavaScript'], abbr: ['JS'], broader: ['skill.programming'] },
        { id: 'skill.nodejs', it: ['Node.js'], en: ['Node.js'], broader: ['skill.javascript'] },
        { id: 'skill.cpp', it: ['C++'], en: ['C++'], broader: ['skill.programming'] },
        { id: 'skill.csharp', it: ['C#'], en: ['C#'], broader: ['skill.programming'] },
        { id: 'skill.c', it: ['linguaggio C'], en: ['C language'], ambiguous: ['C'], broader: ['skill.programming'] },
        { id: 'skill.excel', it: ['Excel', 'Microsoft Excel'], en: ['Excel'], misspellings: ['Exel'] },
      ],
      occupations: [
        {
          id: 'occ.waiter',
          it: { m: 'cameriere', f: 'cameriera', alt: ['addetto/a di sala'] },
          en: { preferred: 'server', m: 'waiter', f: 'waitress' },
          isco: '5131',
          essential: ['skill.table-service', 'skill.haccp'],
          optional: ['skill.coffee'],
        },
        {
          id: 'occ.sales-director',
          it: { m: 'direttore commerciale', f: 'direttrice commerciale' },
          en: { preferred: 'sales director' },
          isco: '1221',
          essential: ['skill.excel'],
        },
      ],
      coded: [
        { id: 'lic.b', kind: 'licence', code: 'B', it: ['patente B'], en: ['driving licence B'] },
        { id: 'lang.en', kind: 'language', code: 'en', it: ['inglese'], en: ['English'] },
      ],
    }),
    { version: 'fixture-1' },
  )
}
