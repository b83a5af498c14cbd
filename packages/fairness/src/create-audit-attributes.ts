import { IncontroError } from '@incontro/core'
import { INTERSECTION_SEPARATOR, intersectGroups } from './intersect-groups.js'
import { compareCodeUnits } from './internal/validate.js'

/**
 * The attributes Incontro knows by name. `disability` records membership of the protected categories of
 * Legge 68/1999 (norme per il diritto al lavoro dei disabili: the Italian law on the employment of people
 * with disabilities), as the deployer declares it, e.g. `'L68/99'` / `'none'`.
 */
export const standardAuditAttributes = ['gender', 'ageBand', 'citizenship', 'disability'] as const

/** A standard attribute name; deployers may declare others. */
export type StandardAuditAttribute = (typeof standardAuditAttributes)[number]

/** The declared attribute values of one person: the standard ones and any extra the deployer declares. */
export type AuditAttributeValues = { readonly [K in StandardAuditAttribute]?: string } & { readonly [extra: string]: string | undefined }

/** One input row: a pseudonymous id and the person's attribute values (missing or empty = not declared). */
export interface AuditAttributeRow {
  id: string
  values: Readonly<Record<string, string | undefined>>
}

declare const auditAttributesBrand: unique symbol

/**
 * Self-declared protected attributes keyed by pseudonymous id, kept apart from profiles. It is an opaque
 * store, not a record type: it has no field a matcher reads, and its brand keeps it (and anything built
 * from it by hand) out of every matching input at compile time (see `audit-attributes.test-d.ts` in
 * `incontro`). Only the fairness metrics read it, through {@link AuditAttributes.groups}.
 */
export interface AuditAttributes {
  readonly [auditAttributesBrand]: 'AuditAttributes'
  /** The attribute names present, standard ones first (in {@link standardAuditAttributes} order), then extras by name. */
  readonly attributes: readonly string[]
  /** Number of ids. */
  readonly size: number
  /** The ids, in input order. */
  ids(): string[]
  /** Whether an id has attributes. */
  has(id: string): boolean
  /** The declared value of one attribute for one id, or `undefined` when not declared. */
  value(id: string, attribute: string): string | undefined
  /**
   * Group labels by id for one attribute, or for an intersection of attributes (e.g. `['gender', 'ageBand']`
   * gives labels like `F & 30-49`). Ids missing any of the attributes are left out.
   */
  groups(attribute: string | readonly string[]): Map<string, string>
  /** The distinct values of an attribute, sorted. */
  values(attribute: string): string[]
}

/**
 * Builds the store of audit attributes from rows keyed by pseudonymous id (e.g. a deployer's CSV after
 * mapping each file name to its id with the engine key). Values are trimmed; empty values count as not
 * declared. The store is frozen: nothing downstream can add an attribute to it.
 *
 * @throws IncontroError `FAIRNESS_INVALID_INPUT` when an id repeats or is empty, or an attribute name is
 * empty or contains the intersection separator.
 * @example
 * const attributes = createAuditAttributes([
 *   { id: 'a3f9c2e18b7d4c01', values: { gender: 'F', ageBand: '30-49', disability: 'L68/99' } },
 *   { id: '5b0e7d9a41c6f2e3', values: { gender: 'M', ageBand: '50+' } },
 * ])
 * attributes.groups('gender') // Map { 'a3f9c2e18b7d4c01' => 'F', '5b0e7d9a41c6f2e3' => 'M' }
 */
export function createAuditAttributes(rows: Iterable<AuditAttributeRow>): AuditAttributes {
  const byId = new Map<string, Map<string, string>>()
  const names = new Set<string>()
  let index = 0
  for (const row of rows) {
    if (typeof row.id !== 'string' || row.id.length === 0) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', `Audit attribute row ${index + 1} has no id; pass the pseudonymous id of each person.`, {
        row: index + 1,
      })
    }
    if (byId.has(row.id)) {
      throw new IncontroError('FAIRNESS_INVALID_INPUT', `Audit attribute row ${index + 1} repeats an earlier id; give each person one row.`, {
        row: index + 1,
      })
    }
    const values = new Map<string, string>()
    for (const [name, raw] of Object.entries(row.values)) {
      if (name.length === 0 || name.includes(INTERSECTION_SEPARATOR.trim())) {
        throw new IncontroError('FAIRNESS_INVALID_INPUT', `An attribute name is empty or contains "${INTERSECTION_SEPARATOR.trim()}", which separates intersectional groups.`, {
          row: index + 1,
        })
      }
      const value = raw?.trim()
      if (value === undefined || value.length === 0) continue
      values.set(name, value)
      names.add(name)
    }
    byId.set(row.id, values)
    index += 1
  }
  const standard: string[] = standardAuditAttributes.filter((name) => names.has(name))
  const extras = [...names].filter((name) => !(standardAuditAttributes as readonly string[]).includes(name)).sort(compareCodeUnits)
  const attributes = Object.freeze([...standard, ...extras])
  const store = {
    attributes,
    size: byId.size,
    ids: () => [...byId.keys()],
    has: (id: string) => byId.has(id),
    value: (id: string, attribute: string) => byId.get(id)?.get(attribute),
    groups(attribute: string | readonly string[]): Map<string, string> {
      const wanted = typeof attribute === 'string' ? [attribute] : [...attribute]
      if (wanted.length === 0) {
        throw new IncontroError('FAIRNESS_INVALID_INPUT', 'Name at least one attribute to group by, e.g. "gender".')
      }
      return intersectGroups(
        wanted.map((name) => {
          const single = new Map<string, string>()
          for (const [id, values] of byId) {
            const value = values.get(name)
            if (value !== undefined) single.set(id, value)
          }
          return single
        }),
      )
    },
    values(attribute: string): string[] {
      const distinct = new Set<string>()
      for (const values of byId.values()) {
        const value = values.get(attribute)
        if (value !== undefined) distinct.add(value)
      }
      return [...distinct].sort(compareCodeUnits)
    },
  }
  return Object.freeze(store) as unknown as AuditAttributes
}
