import { Parser } from 'htmlparser2'
import { limitExceeded, type Deadline } from './limits.js'
import type { StructuredLine } from './structured-text.js'

/** Visible text of an HTML page as structured lines, and the JSON-LD blocks it carries. */
export interface HtmlText {
  lines: StructuredLine[]
  jsonLd: string[]
}

const hidden = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'iframe', 'object', 'canvas', 'select', 'button'])
const blockTags = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'address',
  'table', 'tr', 'ul', 'ol', 'dl', 'dt', 'dd', 'form', 'fieldset', 'figure', 'figcaption', 'body', 'html',
])
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const MAX_JSON_LD = 20

/**
 * Deepest element nesting read in HTML (unless `maxDepth` is higher): the parser's cost per tag grows
 * with the depth of open elements, so an unbounded depth makes reading quadratic. Browsers cap the tree
 * too (Chromium's parser at 512).
 */
export const HTML_MAX_DEPTH = 512

/**
 * Extracts the visible text of HTML in reading order: headings, paragraphs and list items become lines
 * with their role; `<br>` and table cells break lines; scripts, styles and the head are skipped, except
 * `application/ld+json` scripts, which are returned for the JobPosting reader. Elements nested deeper
 * than `max(maxDepth, 512)` are refused with `PARSE_LIMIT_EXCEEDED`, which keeps reading linear.
 */
export function htmlToLines(html: string, deadline?: Deadline, maxDepth = HTML_MAX_DEPTH): HtmlText {
  const depthLimit = Math.max(maxDepth, HTML_MAX_DEPTH)
  let depth = 0
  const lines: StructuredLine[] = []
  const jsonLd: string[] = []
  let current = ''
  let currentKind: StructuredLine['kind']
  let hiddenDepth = 0
  let inJsonLd = false
  let jsonLdText = ''
  let events = 0
  const flush = (): void => {
    if (current.trim().length > 0) lines.push(currentKind === undefined ? { text: current } : { text: current, kind: currentKind })
    current = ''
    currentKind = undefined
  }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if ((++events & 1023) === 0) deadline?.check()
        if (++depth > depthLimit) throw limitExceeded('maxDepth', depthLimit, depth)
        if (hidden.has(name)) {
          if (name === 'script' && (attributes.type ?? '').trim().toLowerCase() === 'application/ld+json' && !inJsonLd) {
            inJsonLd = true
            jsonLdText = ''
          }
          hiddenDepth++
          return
        }
        if (hiddenDepth > 0) return
        if (name === 'br') {
          const kind = currentKind
          flush()
          currentKind = kind
        } else if (headingTags.has(name)) {
          flush()
          currentKind = 'heading'
        } else if (name === 'li') {
          flush()
          currentKind = 'list-item'
        } else if (name === 'p') {
          flush()
          currentKind = 'paragraph'
        } else if (blockTags.has(name) || name === 'td' || name === 'th') {
          if (name === 'td' || name === 'th') current += ' '
          else flush()
        }
      },
      ontext(text) {
        if (inJsonLd) {
          if (jsonLdText.length < 1_000_000) jsonLdText += text
          return
        }
        if (hiddenDepth > 0) return
        current += text.replace(/\s+/g, ' ')
      },
      onclosetag(name) {
        if (depth > 0) depth--
        if (hidden.has(name)) {
          hiddenDepth = Math.max(0, hiddenDepth - 1)
          if (name === 'script' && inJsonLd) {
            inJsonLd = false
            if (jsonLd.length < MAX_JSON_LD) jsonLd.push(jsonLdText)
          }
          return
        }
        if (hiddenDepth > 0) return
        if (headingTags.has(name) || name === 'li' || name === 'p' || blockTags.has(name) || name === 'tr') flush()
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  )
  parser.write(html)
  parser.end()
  flush()
  return { lines, jsonLd }
}
