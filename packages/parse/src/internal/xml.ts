import { IncontroError } from '@incontro/core'
import { XMLParser } from 'fast-xml-parser'
import { limitExceeded, type ReadLimits } from './limits.js'

/**
 * Parses XML into plain objects (namespace prefixes removed, attributes as `@_name`, text as `#text`),
 * safely: entity declarations are refused before parsing (no external entities, no billion laughs), nesting
 * is bounded by `limits.maxDepth`, and every parser failure becomes `PARSE_MALFORMED`.
 */
export function parseXml(xml: string, limits: ReadLimits): Record<string, unknown> {
  if (/<!ENTITY/i.test(xml)) {
    throw new IncontroError('PARSE_MALFORMED', 'The XML declares entities; entity declarations are refused (external entities and entity expansion attacks).', {
      reason: 'xml-entity-declaration',
    })
  }
  const depth = maxElementDepth(xml, limits.maxDepth)
  if (depth > limits.maxDepth) throw limitExceeded('maxDepth', limits.maxDepth, depth)
  const parser = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    processEntities: { enabled: true, maxEntityCount: 0 + 100, maxExpandedLength: 100_000, maxTotalExpansions: 10_000 },
    maxNestedTags: limits.maxDepth + 1,
    trimValues: true,
  })
  try {
    const parsed: unknown = parser.parse(xml, true)
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object')
    return parsed as Record<string, unknown>
  } catch (error) {
    throw new IncontroError('PARSE_MALFORMED', 'The input is not well-formed XML; check that the file is complete.', { reason: 'xml-syntax' }, { cause: error })
  }
}

/** The deepest element nesting, counted in one pass without building a tree; stops counting once above `stop`. */
function maxElementDepth(xml: string, stop: number): number {
  let depth = 0
  let max = 0
  let at = xml.indexOf('<')
  while (at !== -1 && at < xml.length - 1) {
    const next = xml.charCodeAt(at + 1)
    if (next === 47) depth-- // </
    else if (next !== 33 && next !== 63) {
      // not <! or <?: an opening tag unless self-closing
      const close = xml.indexOf('>', at)
      if (close === -1) break
      if (xml.charCodeAt(close - 1) !== 47) {
        depth++
        if (depth > max) max = depth
        if (max > stop) return max
      }
      at = xml.indexOf('<', close)
      continue
    }
    at = xml.indexOf('<', at + 1)
  }
  return max
}
