import type { Document } from '@incontro/core'
import { cvHeadings, headingKind, vacancyHeadings } from './internal/headings.js'
import { splitCvLines } from './internal/cv-lines.js'
import { splitLines } from './internal/lines.js'

/** What a document is: a CV, a vacancy, or `und` when its content does not say. */
export type DocumentKind = 'cv' | 'vacancy' | 'und'

const cvOnly = Object.fromEntries(Object.entries(cvHeadings).filter(([key]) => !(key in vacancyHeadings)))
const vacancyOnly = Object.fromEntries(Object.entries(vacancyHeadings).filter(([key]) => !(key in cvHeadings)))

/**
 * Tells a CV from a vacancy: JobPosting is a vacancy; JSON Resume and Europass are CVs; other formats count
 * the section headings found only in CVs (esperienze, istruzione, lingue…) against those found only in
 * vacancies (requisiti, offriamo, titolo preferenziale…), and say `und` on a tie.
 *
 * @example
 * detectDocumentKind(readDocument('Cameriere/a\nRequisiti:\n- Inglese B1')) // 'vacancy'
 */
export function detectDocumentKind(document: Document): DocumentKind {
  if (document.format === 'job-posting') return 'vacancy'
  if (document.format === 'json-resume' || document.format === 'europass-xml') return 'cv'
  let cv = 0
  let vacancy = 0
  const { text } = document
  for (const line of splitLines(text)) {
    if (line.blank || line.end - line.start > 80) continue
    const content = text.slice(line.start, line.end)
    const colon = content.indexOf(':')
    const head = colon > 0 ? content.slice(0, colon) : content
    if (headingKind(head, cvOnly) !== undefined) cv++
    if (headingKind(head, vacancyOnly) !== undefined) vacancy++
  }
  if (cv === 0 && vacancy === 0) {
    // A CV flattened onto few lines: its headings stand inside the lines ("… ISTRUZIONE Diploma …").
    const inline = splitCvLines(text, splitLines(text)).headings
    let found = 0
    for (const kind of inline.values()) if (kind === 'experience' || kind === 'education') found++
    return found > 0 ? 'cv' : 'und'
  }
  return cv > vacancy ? 'cv' : vacancy > cv ? 'vacancy' : 'und'
}
