import type { ItemCredit, Language, MatchResult, ScoreComponent } from '@incontro/core'
import type { Taxonomy } from '@incontro/taxonomy'

const componentNames: Record<ScoreComponent['name'], string> = {
  essential: 'essential skills',
  preferred: 'preferred skills',
  occupation: 'occupation',
  experience: 'experience',
  languages: 'languages',
  education: 'education',
  licences: 'licences',
  lexical: 'words of the ad',
}

function name(taxonomy: Taxonomy, id: string, lang: Language, component?: ScoreComponent['name']): string {
  if (component === 'education' && /^\d$/.test(id)) return `EQF ${id}`
  return taxonomy.get(id) ? taxonomy.label(id, lang) : id
}

/** Words of the ad shown per list in text mode. */
const LEXICAL_SHOWN = 8

/** The required item's name, marked when the vacancy's occupation implies it rather than the ad stating it. */
function label(taxonomy: Taxonomy, item: ItemCredit, lang: Language, component: ScoreComponent['name']): string {
  const text = name(taxonomy, item.required, lang, component)
  return item.implied === true ? `${text} (implied by the occupation)` : text
}

/** Renders one match result as indented, human-readable lines with its explanation. */
export function formatExplanation(result: MatchResult, taxonomy: Taxonomy, lang: Language, indent = '     '): string {
  const lines: string[] = []
  for (const component of result.components) {
    const head = `${componentNames[component.name].padEnd(16)} ${component.weight.toFixed(2)} × ${component.value.toFixed(2)} = ${component.contribution.toFixed(3)}`
    const parts: string[] = []
    if (component.name === 'lexical') {
      // Words: the strongest few found and the heaviest few missing; the JSON output has them all.
      const found = [...component.matched, ...component.partial].sort((a, b) => b.credit - a.credit || (a.required < b.required ? -1 : 1))
      if (found.length > 0) parts.push(`found: ${found.slice(0, LEXICAL_SHOWN).map((c) => c.required).join(', ')}${found.length > LEXICAL_SHOWN ? ` … (${found.length})` : ''}`)
      if (component.missing.length > 0) parts.push(`not found: ${component.missing.slice(0, LEXICAL_SHOWN).map((c) => c.required).join(', ')}`)
    } else {
      if (component.matched.length > 0) parts.push(`matched: ${component.matched.map((c) => label(taxonomy, c, lang, component.name)).join(', ')}`)
      if (component.partial.length > 0) {
        parts.push(
          `partial: ${component.partial
            .map((c) => `${label(taxonomy, c, lang, component.name)} (via ${c.via ? name(taxonomy, c.via, lang, component.name) : c.relation}, ${c.credit.toFixed(2)})`)
            .join(', ')}`,
        )
      }
      if (component.missing.length > 0) parts.push(`missing: ${component.missing.map((c) => label(taxonomy, c, lang, component.name)).join(', ')}`)
    }
    lines.push(`${indent}${head}${parts.length > 0 ? `   ${parts.join(' · ')}` : ''}`)
  }
  for (const unmet of result.unmet) lines.push(`${indent}unmet ${unmet.constraint}: ${unmet.required}`)
  return lines.join('\n')
}
