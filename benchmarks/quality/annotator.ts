// Annotator quality on a hand-labelled set of synthetic CV and vacancy sentences (Italian and English):
// micro precision/recall/F1 overall and per language, negation accuracy, the worst sentences; and, when
// the ESCO importer exists, recall of the imported ESCO taxonomy on the expected concepts that map to
// ESCO through their `escoUri`. Usage: pnpm bench:annotator-quality [-- --worst 15]
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { builtinTaxonomy, createAnnotator, type Annotator, type Taxonomy } from '@incontro/taxonomy'
import { loadEscoTaxonomy } from '../internal/esco-taxonomy.js'
import { benchmarkArgs, environment, writeResult } from '../internal/stats.js'

const { values } = parseArgs({ args: benchmarkArgs(), options: { worst: { type: 'string', default: '15' } } })
const out = (line: string) => process.stdout.write(`${line}\n`)

/** One labelled sentence: `expected` are asserted concepts, `absent` are concepts the text negates. */
interface Sentence {
  id: string
  lang: 'it' | 'en'
  sector: string
  text: string
  expected: string[]
  absent?: string[]
}

const dataFile = join(dirname(fileURLToPath(import.meta.url)), 'data', 'annotator-sentences.jsonl')
const sentences: Sentence[] = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Sentence)

const builtin = builtinTaxonomy()
const unknown = sentences.flatMap((s) => [...s.expected, ...(s.absent ?? [])].filter((id) => !builtin.get(id)).map((id) => `${s.id}: ${id}`))
if (unknown.length > 0) throw new Error(`The labelled set names concepts the built-in taxonomy lacks: ${unknown.join(', ')}`)

interface Counts {
  tp: number
  fp: number
  fn: number
}
interface Scores extends Counts {
  precision: number
  recall: number
  f1: number
}
function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { ...c, precision: round(precision), recall: round(recall), f1: round(f1) }
}
const round = (x: number) => Math.round(x * 1000) / 1000
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn })

interface SentenceResult extends Counts {
  id: string
  lang: string
  sector: string
  missed: string[]
  spurious: string[]
  /** Negation judgements: absent concepts found and flagged negated, expected ones found and not flagged. */
  negationRight: number
  negationWrong: number
}

/**
 * Scores one sentence. With `hierarchical`, a found concept narrower than an expected one (through
 * `broader`) counts for it: the built-in taxonomy grows finer than the labels were written against
 * ("Scrum" labelled as agile methods, found as skill.scrum).
 */
function evaluate(annotator: Annotator, sentence: Sentence, hierarchical: boolean, taxonomy: Taxonomy): SentenceResult {
  const mentions = annotator.annotate(sentence.text)
  const asserted = new Set(mentions.filter((m) => !m.negated).map((m) => m.concept))
  if (hierarchical) {
    for (const id of [...asserted]) {
      if (sentence.expected.includes(id)) continue
      const ancestor = taxonomy.ancestors(id).find((a) => sentence.expected.includes(a))
      if (ancestor) {
        asserted.delete(id)
        asserted.add(ancestor)
      }
    }
  }
  const negated = new Set(mentions.filter((m) => m.negated).map((m) => m.concept))
  const expected = new Set(sentence.expected)
  const absent = new Set(sentence.absent ?? [])
  const missed = [...expected].filter((id) => !asserted.has(id))
  // A concept the text negates is not a false positive when it is flagged negated.
  const spurious = [...asserted].filter((id) => !expected.has(id))
  let negationRight = 0
  let negationWrong = 0
  for (const id of absent) {
    if (negated.has(id) && !asserted.has(id)) negationRight++
    else if (asserted.has(id)) negationWrong++
  }
  for (const id of expected) {
    if (negated.has(id) && !asserted.has(id)) negationWrong++
    else if (asserted.has(id) && absent.size > 0) negationRight++
  }
  return {
    id: sentence.id,
    lang: sentence.lang,
    sector: sentence.sector,
    tp: expected.size - missed.length,
    fp: spurious.length,
    fn: missed.length,
    missed,
    spurious,
    negationRight,
    negationWrong,
  }
}

function report(name: string, taxonomy: Taxonomy, hierarchical: boolean): Record<string, unknown> {
  const annotator = createAnnotator(taxonomy)
  const results = sentences.map((s) => evaluate(annotator, s, hierarchical, taxonomy))
  const zero: Counts = { tp: 0, fp: 0, fn: 0 }
  const overall = scores(results.reduce<Counts>(add, zero))
  const byLang = Object.fromEntries(['it', 'en'].map((lang) => [lang, scores(results.filter((r) => r.lang === lang).reduce<Counts>(add, zero))]))
  const sectors = [...new Set(results.map((r) => r.sector))].sort()
  const bySector = Object.fromEntries(sectors.map((sector) => [sector, scores(results.filter((r) => r.sector === sector).reduce<Counts>(add, zero))]))
  const negationRight = results.reduce((sum, r) => sum + r.negationRight, 0)
  const negationWrong = results.reduce((sum, r) => sum + r.negationWrong, 0)
  const negationAccuracy = round(negationRight / Math.max(1, negationRight + negationWrong))
  const negatedSentences = sentences.filter((s) => (s.absent ?? []).length > 0).length
  const worst = [...results]
    .filter((r) => r.fp + r.fn > 0)
    .sort((a, b) => b.fp + b.fn - (a.fp + a.fn) || a.id.localeCompare(b.id))
    .slice(0, Number(values.worst))
  const line = (label: string, s: Scores) =>
    `  ${label.padEnd(16)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`
  out(`${name}: ${sentences.length} sentences (it ${sentences.filter((s) => s.lang === 'it').length}, en ${sentences.filter((s) => s.lang === 'en').length})`)
  out(line('overall', overall))
  for (const [lang, s] of Object.entries(byLang)) out(line(lang, s))
  for (const [sector, s] of Object.entries(bySector)) out(line(`  ${sector}`, s))
  out(`  negation accuracy ${negationAccuracy.toFixed(3)} (${negationRight}/${negationRight + negationWrong} judgements in ${negatedSentences} sentences with a negation)`)
  out(`  worst sentences:`)
  for (const r of worst) {
    const text = sentences.find((s) => s.id === r.id)?.text ?? ''
    out(`    ${r.id}  missed [${r.missed.join(', ')}]  spurious [${r.spurious.join(', ')}]  «${text}»`)
  }
  return {
    taxonomy: taxonomy.version,
    overall,
    byLang,
    bySector,
    negation: { accuracy: negationAccuracy, right: negationRight, wrong: negationWrong, sentences: negatedSentences },
    worst: worst.map(({ id, missed, spurious }) => ({ id, missed, spurious })),
  }
}

const builtinResult = report('built-in taxonomy, strict (exact ids)', builtin, false)
const builtinHierarchical = report('built-in taxonomy, hierarchical (a narrower concept found counts for the expected one)', builtin, true)

let escoResult: Record<string, unknown> = { skipped: true }
const esco = await loadEscoTaxonomy()
if ('skipped' in esco) out(`ESCO run skipped: ${esco.skipped}`)
else {
  // ESCO ids differ from built-in ids: map each expected built-in concept to ESCO through its escoUri
  // and score recall on that mapped subset. Precision is scored on the mentions of ESCO concepts that some
  // built-in concept maps to (a mention is right when one of those built-in concepts is expected); mentions of
  // ESCO concepts with no built-in counterpart cannot be judged against this set and are only counted.
  const annotator = createAnnotator(esco.taxonomy)
  const byUri = new Map<string, string>()
  for (const concept of esco.taxonomy.all()) byUri.set(concept.escoUri ?? concept.id, concept.id)
  const builtinOfEsco = new Map<string, string[]>()
  for (const concept of builtin.all()) {
    const escoId = concept.escoUri ? byUri.get(concept.escoUri) : undefined
    if (escoId) builtinOfEsco.set(escoId, [...(builtinOfEsco.get(escoId) ?? []), concept.id])
  }
  let mentions = 0
  let withMention = 0
  let mapped = 0
  let found = 0
  let judged = 0
  let right = 0
  for (const sentence of sentences) {
    const concepts = new Set(annotator.annotate(sentence.text).filter((m) => !m.negated).map((m) => m.concept))
    mentions += concepts.size
    if (concepts.size > 0) withMention++
    for (const escoId of concepts) {
      const counterparts = builtinOfEsco.get(escoId)
      if (!counterparts) continue
      judged++
      if (counterparts.some((id) => sentence.expected.includes(id))) right++
    }
    for (const id of sentence.expected) {
      const uri = builtin.get(id)?.escoUri
      const escoId = uri ? byUri.get(uri) : undefined
      if (!escoId) continue
      mapped++
      if (concepts.has(escoId)) found++
    }
  }
  const expectedTotal = sentences.reduce((sum, s) => sum + s.expected.length, 0)
  escoResult = {
    taxonomy: esco.taxonomy.version,
    concepts: esco.taxonomy.size,
    importSeconds: esco.seconds,
    mentions,
    sentencesWithMention: round(withMention / sentences.length),
    mappedExpected: mapped,
    expectedTotal,
    recallOnMapped: round(found / Math.max(1, mapped)),
    judgedMentions: judged,
    precisionOnJudged: round(right / Math.max(1, judged)),
  }
  out(
    `ESCO (${esco.taxonomy.size} concepts): ${mentions} distinct mentions, ${((100 * withMention) / sentences.length).toFixed(1)}% of sentences with ≥ 1; ` +
      `recall on the ${mapped}/${expectedTotal} expected concepts that map to ESCO by escoUri: ${(found / Math.max(1, mapped)).toFixed(3)}; ` +
      `precision on the ${judged} mentions of ESCO concepts with a built-in counterpart: ${(right / Math.max(1, judged)).toFixed(3)}`,
  )
}

const path = writeResult('annotator-quality', {
  benchmark: 'annotator-quality',
  date: new Date().toISOString(),
  environment: environment(),
  sentences: sentences.length,
  builtin: builtinResult,
  builtinHierarchical,
  esco: escoResult,
})
out(`wrote ${path}`)
