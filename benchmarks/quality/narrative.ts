/**
 * Narrative evaluation of the anonymizer on `data/narrative/texts.jsonl` (160 English and 160 Italian
 * biographies, cover letters and personal profiles, each in three variants; built by `narrative-dataset.ts`
 * and labelled before the rules ran). Prints:
 *
 * - the identical-pair rate: the neutral profiles of the female variant and of its counterpart with pronouns
 *   and gendered nouns swapped (`c`), and with the names swapped too (`m`), deep-equal;
 * - name recall: a marked person name is caught when every character of it lies inside a redaction;
 * - name precision: the share of `name` redactions that touch a marked name (places, organisations and
 *   products are present as distractors), and the share of distractors left intact.
 *
 * Beside it, in the same run, a word-list/regex baseline: redact-pii's `SyncRedactor` (names by its word
 * list and greeting patterns) followed by a pronoun and gendered-noun word list, compared on the text.
 * `--show` prints the first difference of each non-identical pair and each missed name (synthetic data).
 * Writes benchmarks/results/narrative.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { anonymize } from '@incontro/anonymize'
import { parseCv } from '@incontro/parse'
import { builtinTaxonomy, createAnnotator } from '@incontro/taxonomy'
import { SyncRedactor } from 'redact-pii'
import type { NarrativeSpan, NarrativeText } from './narrative-dataset.js'

const here = dirname(fileURLToPath(import.meta.url))
const texts: NarrativeText[] = readFileSync(join(here, 'data', 'narrative', 'texts.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as NarrativeText)
const show = process.argv.includes('--show')
const key = 'benchmark-key'
const taxonomy = builtinTaxonomy()
const annotator = createAnnotator(taxonomy)

interface Redaction {
  category: string
  start: number
  end: number
}
interface Counts {
  pairsC: number
  pairsM: number
  names: number
  caught: number
  nameRedactions: number
  onNames: number
  keeps: number
  keptIntact: number
}
const empty = (): Counts => ({ pairsC: 0, pairsM: 0, names: 0, caught: 0, nameRedactions: 0, onNames: 0, keeps: 0, keptIntact: 0 })

/** Whether every non-space character of `span` lies inside a redaction. */
function covered(text: string, span: NarrativeSpan, redactions: readonly Redaction[]): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (/\s/.test(text[i] as string)) continue
    if (!redactions.some((r) => r.start <= i && i < r.end)) return false
  }
  return true
}
const touches = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end

/** Counts recall and precision of one variant's redactions. */
function score(counts: Counts, variant: { text: string; spans: NarrativeSpan[] }, redactions: readonly Redaction[], id: string, who: string): void {
  for (const span of variant.spans) {
    if (span.kind === 'name') {
      counts.names++
      if (covered(variant.text, span, redactions)) counts.caught++
      else if (show) console.log(`  missed (${who}) ${id}: "${variant.text.slice(span.start, span.end)}" in "…${variant.text.slice(Math.max(0, span.start - 40), span.end + 30).replace(/\n/g, '⏎')}…"`)
    } else if (span.kind === 'keep') {
      counts.keeps++
      if (!redactions.some((r) => touches(r, span))) counts.keptIntact++
      else if (show) console.log(`  distractor hit (${who}) ${id}: "${variant.text.slice(span.start, span.end)}"`)
    }
  }
  for (const r of redactions) {
    if (r.category !== 'name') continue
    counts.nameRedactions++
    if (variant.spans.some((s) => s.kind === 'name' && touches(s, r))) counts.onNames++
    else if (show) console.log(`  false name (${who}) ${id}: "${variant.text.slice(r.start, r.end)}"`)
  }
}

function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return `"…${a.slice(Math.max(0, i - 30), i + 30).replace(/\n/g, '⏎')}…" vs "…${b.slice(Math.max(0, i - 30), i + 30).replace(/\n/g, '⏎')}…"`
}

// Ours: the neutral profile of each variant (same source id, so the same pseudonymous id).
const ours = { en: empty(), it: empty() }
const started = performance.now()
for (const t of texts) {
  const counts = ours[t.language]
  const results = (['f', 'c', 'm'] as const).map((v) => {
    const variant = t.variants[v]
    const result = anonymize(parseCv(variant.text, { sourceId: t.id, today: '2025-06' }), { key, taxonomy, annotator })
    score(counts, variant, result.report.redactions, t.id, `ours ${v}`)
    return JSON.stringify(result.profile)
  })
  if (results[0] === results[1]) counts.pairsC++
  else if (show) console.log(`  pair c differs ${t.id}: ${firstDifference(JSON.parse(results[0] as string).text, JSON.parse(results[1] as string).text)}`)
  if (results[0] === results[2]) counts.pairsM++
  else if (show) console.log(`  pair m differs ${t.id}: ${firstDifference(JSON.parse(results[0] as string).text, JSON.parse(results[2] as string).text)}`)
}
const oursSeconds = (performance.now() - started) / 1000

// Baseline: redact-pii, then a word list of pronouns and gendered person nouns.
const redactor = new SyncRedactor()
const wordList: Record<'en' | 'it', [RegExp, string][]> = {
  en: [
    [/\b(?:she|he)\b/gi, 'they'],
    [/\b(?:her|his|him)\b/gi, 'their'],
    [/\b(?:herself|himself)\b/gi, 'themselves'],
    [/\b(?:wife|husband|mother|father|mum|dad|daughter|son|sister|brother|grandmother|grandfather|woman|man|women|men|girl|boy|ladies|gentlemen|businesswoman|businessman)\b/gi, '[PERSON]'],
  ],
  it: [
    [/\b(?:lei|lui)\b/gi, 'ləi'],
    [/\b(?:moglie|marito|madre|padre|mamma|papà|figlia|figlio|sorella|fratello|nonna|nonno|donna|uomo|donne|uomini|ragazza|ragazzo|bambina|bambino)\b/gi, '[PERSON]'],
  ],
}
const baselineText = (text: string, language: 'en' | 'it') => {
  let out = redactor.redact(text)
  for (const [re, to] of wordList[language]) out = out.replace(re, to)
  return out
}
/** Redactions of the baseline, found by aligning its output with the input (the names it replaced). */
function baselineRedactions(text: string): Redaction[] {
  const out = redactor.redact(text)
  const redactions: Redaction[] = []
  // redact-pii replaces a match by an upper-case placeholder such as PERSON_NAME; walk both strings.
  let i = 0
  let j = 0
  while (i < text.length && j < out.length) {
    if (text[i] === out[j]) {
      i++
      j++
      continue
    }
    const placeholder = /^[A-Z_]+/.exec(out.slice(j))?.[0] ?? ''
    const next = out[j + placeholder.length] ?? ''
    let end = i
    while (end < text.length && text[end] !== next) end++
    redactions.push({ category: placeholder === 'PERSON_NAME' ? 'name' : 'other', start: i, end })
    i = end
    j += placeholder.length
  }
  return redactions
}
const baseline = { en: empty(), it: empty() }
const baselineStarted = performance.now()
for (const t of texts) {
  const counts = baseline[t.language]
  const outs = (['f', 'c', 'm'] as const).map((v) => {
    const variant = t.variants[v]
    score(counts, variant, baselineRedactions(variant.text), t.id, `baseline ${v}`)
    return baselineText(variant.text, t.language)
  })
  if (outs[0] === outs[1]) counts.pairsC++
  if (outs[0] === outs[2]) counts.pairsM++
}
const baselineSeconds = (performance.now() - baselineStarted) / 1000

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`)
const rows: Record<string, unknown>[] = []
for (const [who, table] of [['incontro', ours], ['baseline (redact-pii + word list)', baseline]] as const) {
  for (const language of ['en', 'it'] as const) {
    const c = table[language]
    const n = texts.filter((t) => t.language === language).length
    const row = {
      system: who,
      language,
      texts: n,
      identicalPairsCuesSwapped: pct(c.pairsC, n),
      identicalPairsNamesSwapped: pct(c.pairsM, n),
      nameRecall: pct(c.caught, c.names),
      namePrecision: pct(c.onNames, c.nameRedactions),
      distractorsIntact: pct(c.keptIntact, c.keeps),
    }
    rows.push(row)
  }
}
console.table(rows)
console.log(`time: incontro ${oursSeconds.toFixed(1)} s for ${texts.length * 3} texts (parse + anonymize), baseline ${baselineSeconds.toFixed(1)} s`)
const resultsDir = join(here, '..', 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(join(resultsDir, 'narrative.json'), JSON.stringify({ rows, oursSeconds, baselineSeconds }, null, 2) + '\n')
