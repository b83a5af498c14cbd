import type { YearMonth } from '@incontro/core'
import { anonymize, type AnonymizeResult } from '@incontro/anonymize'
import { parseCv } from '@incontro/parse'
import { builtinTaxonomy, createAnnotator, type Annotator, type Taxonomy } from '@incontro/taxonomy'

/** What the page needs to neutralize a CV: the deployer's key, the source id and the reference month. */
export interface OnDeviceOptions {
  key: string
  sourceId: string
  /** The month experience durations are counted to (`YYYY-MM`). */
  today: YearMonth
}

let tables: { taxonomy: Taxonomy; annotator: Annotator } | undefined

/**
 * Parses and anonymizes a CV given as text (plain text, HTML, JSON Resume, Europass XML) with the same
 * steps and options as `createEngine(…).neutralizeCv` in Node, so both give the same neutral profile.
 */
export function neutralizeOnDevice(cv: string, options: OnDeviceOptions): AnonymizeResult {
  tables ??= (() => {
    const taxonomy = builtinTaxonomy()
    return { taxonomy, annotator: createAnnotator(taxonomy) }
  })()
  const parsed = parseCv(cv, { sourceId: options.sourceId, taxonomy: tables.taxonomy, today: options.today })
  return anonymize(parsed, { key: options.key, taxonomy: tables.taxonomy, annotator: tables.annotator })
}
