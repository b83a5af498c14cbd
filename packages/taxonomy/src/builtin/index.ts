import { agricultureSkills } from './skills-agriculture.js'
import { careHealthSkills } from './skills-care-health.js'
import { cleaningSkills } from './skills-cleaning.js'
import { constructionSkills } from './skills-construction.js'
import { creativeSkills } from './skills-creative.js'
import { dutySkills } from './skills-duties.js'
import { educationSkills } from './skills-education.js'
import { hospitalitySkills } from './skills-hospitality.js'
import { ictSkills } from './skills-ict.js'
import { lifeSciencesSkills } from './skills-life-sciences.js'
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
import { skipped } from '../internal/keys.js'

export type { CodedEntry, OccupationEntry, SkillEntry } from './entry.js'
export { languages, licences, qualifications } from './coded.js'
export { occupations } from './occupations.js'
export { cp2011Units, type Cp2011Unit } from './cp2011.js'
export { genericSkillIds } from './generic-skills.js'
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
  lifeSciencesSkills,
  logisticsSkills,
  manufacturingSkills,
  officeSkills,
  retailSkills,
  servicesSkills,
  transversalSkills,
}

/** The tail ISTAT adds to many unit titles ("Baristi e professioni assimilate", "Facchini, … ed assimilati"). */
const assimilated = /\s+(?:e|ed)\s+(?:professioni\s+)?assimilat[ei]$/i
/** Function words the annotator lets a document skip in one attempt at a label (`maxSoftSkips`), minus one for slack. */
const functionWordBudget = 3

/**
 * The longest leading part of a title that the annotator can still match when the document writes it
 * in capitals (where "E" and "A" count as skipped function words too): official titles such as
 * "Personale non qualificato addetto alla pulizia nei servizi di alloggio e nelle navi" have more
 * function words than one attempt at a label may skip. Undefined when the whole title fits or the
 * part would have fewer than three content words.
 */
function withinBudget(title: string): string | undefined {
  let functionWords = 0
  let contentWords = 0
  let end = 0
  for (const word of title.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (skipped.has(word[0].toLowerCase())) {
      if (++functionWords > functionWordBudget) return contentWords >= 3 ? title.slice(0, end) : undefined
    } else {
      contentWords++
      end = (word.index ?? 0) + word[0].length
    }
  }
  return undefined
}

/**
 * The occupations with the titles of their CP2011 units (and CP2021 renames) as Italian alt labels, so a
 * job-centre vacancy titled with a unit name codes to its occupation. The official title is kept as
 * ISTAT writes it (plural, lower-cased first letter), plus the title without its "e professioni
 * assimilate" tail, which job centres often cut, and, for long titles, the leading part the annotator
 * can match (see `withinBudget`) unless another unit's title leads the same way.
 */
function withUnitTitles(entries: readonly OccupationEntry[], units: readonly Cp2011Unit[]): OccupationEntry[] {
  const titles = new Map<string, string[]>()
  const leads = new Map<string, Set<string>>()
  const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)
  for (const unit of units) {
    const list = titles.get(unit.occupation) ?? []
    for (const title of [unit.title, unit.cp2021?.title, ...(unit.alt ?? [])]) {
      if (!title) continue
      const short = title.replace(assimilated, '')
      for (const form of [title, short]) if (!list.includes(lower(form))) list.push(lower(form))
      // A comma ends a clause for the annotator: only titles without one get a leading part.
      const lead = title.includes(',') ? undefined : withinBudget(short)
      if (lead) leads.set(lower(lead), (leads.get(lower(lead)) ?? new Set()).add(unit.occupation))
    }
    titles.set(unit.occupation, list)
  }
  for (const [lead, occupations] of leads) {
    if (occupations.size !== 1) continue
    const list = titles.get([...occupations][0] as string) as string[]
    if (!list.includes(lead)) list.push(lead)
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
    ...lifeSciencesSkills,
  ],
  occupations: withUnitTitles(occupations, cp2011Units),
  coded: [...languages, ...licences, ...qualifications],
}
