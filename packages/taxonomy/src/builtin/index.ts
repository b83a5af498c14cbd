import { agricultureSkills } from './skills-agriculture.js'
import { careHealthSkills } from './skills-care-health.js'
import { cleaningSkills } from './skills-cleaning.js'
import { constructionSkills } from './skills-construction.js'
import { creativeSkills } from './skills-creative.js'
import { dutySkills } from './skills-duties.js'
import { educationSkills } from './skills-education.js'
import { hospitalitySkills } from './skills-hospitality.js'
import { ictSkills } from './skills-ict.js'
import { logisticsSkills } from './skills-logistics.js'
import { manufacturingSkills } from './skills-manufacturing.js'
import { officeSkills } from './skills-office.js'
import { retailSkills } from './skills-retail.js'
import { servicesSkills } from './skills-services.js'
import { transversalSkills } from './skills-transversal.js'
import { languages, licences, qualifications } from './coded.js'
import { occupations } from './occupations.js'
import { cp2011Units, type Cp2011Unit } from './cp2011.js'
import type { CodedEntry, OccupationEntry, SkillEntry } from './entry.js'

export type { CodedEntry, OccupationEntry, SkillEntry } from './entry.js'
export { languages, licences, qualifications } from './coded.js'
export { occupations } from './occupations.js'
export { cp2011Units, type Cp2011Unit } from './cp2011.js'
export {
  agricultureSkills,
  careHealthSkills,
  cleaningSkills,
  constructionSkills,
  creativeSkills,
  dutySkills,
  educationSkills,
  hospitalitySkills,
  ictSkills,
  logisticsSkills,
  manufacturingSkills,
  officeSkills,
  retailSkills,
  servicesSkills,
  transversalSkills,
}

/** The tail ISTAT adds to many unit titles ("Baristi e professioni assimilate", "Facchini, … ed assimilati"). */
const assimilated = /\s+(?:e|ed)\s+(?:professioni\s+)?assimilat[ei]$/i

/**
 * The occupations with the titles of their CP2011 units (and CP2021 renames) as Italian alt labels, so a
 * job-centre vacancy titled with a unit name codes to its occupation. The official title is kept as
 * ISTAT writes it (plural, lower-cased first letter), plus the title without its "e professioni
 * assimilate" tail, which job centres often cut.
 */
function withUnitTitles(entries: readonly OccupationEntry[], units: readonly Cp2011Unit[]): OccupationEntry[] {
  const titles = new Map<string, string[]>()
  for (const unit of units) {
    const list = titles.get(unit.occupation) ?? []
    for (const title of [unit.title, unit.cp2021?.title, ...(unit.alt ?? [])]) {
      if (!title) continue
      for (const form of [title, title.replace(assimilated, '')]) {
        const label = form.charAt(0).toLowerCase() + form.slice(1)
        if (!list.includes(label)) list.push(label)
      }
    }
    titles.set(unit.occupation, list)
  }
  return entries.map((entry) => {
    const extra = (titles.get(entry.id) ?? []).filter((label) => label !== entry.it.m && label !== entry.it.f && !(entry.it.alt ?? []).includes(label))
    return extra.length === 0 ? entry : { ...entry, it: { ...entry.it, alt: [...(entry.it.alt ?? []), ...extra] } }
  })
}

/** Version of the built-in taxonomy, recorded with every neutral record for audits. */
export const builtinTaxonomyVersion = 'incontro-builtin-0.1.0'

/** The built-in entries grouped by form. */
export interface BuiltinEntries {
  readonly skills: readonly SkillEntry[]
  readonly occupations: readonly OccupationEntry[]
  readonly coded: readonly CodedEntry[]
}

/** Every entry of the built-in Italian/English taxonomy, in the compact form `expandEntries` reads. */
export const builtinEntries: BuiltinEntries = {
  skills: [
    ...transversalSkills,
    ...hospitalitySkills,
    ...retailSkills,
    ...logisticsSkills,
    ...careHealthSkills,
    ...cleaningSkills,
    ...constructionSkills,
    ...manufacturingSkills,
    ...officeSkills,
    ...ictSkills,
    ...educationSkills,
    ...creativeSkills,
    ...servicesSkills,
    ...agricultureSkills,
    ...dutySkills,
  ],
  occupations: withUnitTitles(occupations, cp2011Units),
  coded: [...languages, ...licences, ...qualifications],
}
