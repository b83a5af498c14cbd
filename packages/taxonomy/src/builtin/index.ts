import { agricultureSkills } from './skills-agriculture.js'
import { careHealthSkills } from './skills-care-health.js'
import { cleaningSkills } from './skills-cleaning.js'
import { constructionSkills } from './skills-construction.js'
import { creativeSkills } from './skills-creative.js'
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
import type { CodedEntry, OccupationEntry, SkillEntry } from './entry.js'

export type { CodedEntry, OccupationEntry, SkillEntry } from './entry.js'
export { languages, licences, qualifications } from './coded.js'
export { occupations } from './occupations.js'
export {
  agricultureSkills,
  careHealthSkills,
  cleaningSkills,
  constructionSkills,
  creativeSkills,
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
  ],
  occupations,
  coded: [...languages, ...licences, ...qualifications],
}
