// Annotator throughput in MB/s of text on one core, with the built-in taxonomy and with a large label
// set (the imported ESCO IT+EN when `importEsco` exists, otherwise ≥ 100k generated labels), beside
// two baselines from the same run: tokenize-only (the floor of any token-based annotator) and a naive
// per-label `indexOf` scan over a sample. Usage: pnpm bench:annotator [-- --mb 20 --labels 100000 --rounds 3]
import { parseArgs } from 'node:util'
import { tokenize } from '@incontro/core'
import { builtinTaxonomy, createAnnotator, createTaxonomy, type ConceptDefinition, type Taxonomy } from '@incontro/taxonomy'
import { createRandom } from '@incontro/core'
import { syntheticCvText, syntheticVocabulary } from '../internal/cv-text.js'
import { loadEscoTaxonomy } from '../internal/esco-taxonomy.js'
import { benchmarkArgs, environment, writeResult } from '../internal/stats.js'

const { values } = parseArgs({
  args: benchmarkArgs(),
  options: {
    mb: { type: 'string', default: '20' },
    labels: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    'naive-kb': { type: 'string', default: '16' },
    synthetic: { type: 'boolean', default: false },
  },
})
const megabytes = Number(values.mb)
const labelCount = Number(values.labels)
const rounds = Number(values.rounds)
const naiveBytes = Number(values['naive-kb']) * 1024
const out = (line: string) => process.stdout.write(`${line}\n`)

// CV-sized documents (~3 KB each), as the ingest pipeline annotates them.
const text = syntheticCvText(megabytes * 1024 * 1024, 7)
const documents: string[] = []
{
  let current = ''
  for (const paragraph of text.split('\n\n')) {
    current = current ? `${current}\n\n${paragraph}` : paragraph
    if (current.length >= 3000) {
      documents.push(current)
      current = ''
    }
  }
  if (current) documents.push(current)
}
const totalBytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d), 0)
const totalMb = totalBytes / 1024 / 1024
out(`annotator-throughput: ${totalMb.toFixed(1)} MB of synthetic CV text in ${documents.length} documents, best of ${rounds} rounds, one core`)

/** Best MB/s over the rounds of running `fn` on every document. */
function throughput(fn: (document: string) => number): { mbPerSecond: number; seconds: number; mentions: number } {
  let best = Number.POSITIVE_INFINITY
  let mentions = 0
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    let count = 0
    for (const document of documents) count += fn(document)
    const seconds = (performance.now() - start) / 1000
    if (seconds < best) best = seconds
    mentions = count
  }
  return { mbPerSecond: totalMb / best, seconds: best, mentions }
}

function syntheticTaxonomy(labels: number): Taxonomy {
  const vocabulary = syntheticVocabulary(20_000, 3)
  const random = createRandom(5)
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] as string
  const definitions: ConceptDefinition[] = []
  const seen = new Set<string>()
  for (let i = 0; definitions.length * 2 < labels; i++) {
    const words = 1 + Math.floor(random() * 4)
    const it = Array.from({ length: words }, pick).join(' ')
    const en = Array.from({ length: words }, pick).join(' ')
    if (seen.has(it) || seen.has(en)) continue
    seen.add(it)
    seen.add(en)
    definitions.push({
      id: `syn.${i}`,
      kind: 'skill',
      labels: [
        { text: it, lang: 'it', role: 'preferred' },
        { text: en, lang: 'en', role: 'preferred' },
      ],
    })
  }
  return createTaxonomy(definitions, { version: `synthetic-${labels}` })
}

function labelsOf(taxonomy: Taxonomy): string[] {
  return taxonomy.all().flatMap((c) => c.labels.map((l) => l.text.toLowerCase()))
}

function naiveScan(labels: readonly string[]): { mbPerSecond: number; sampleKb: number } {
  // Every label searched in the lowercased sample with indexOf: what one would write without a trie.
  const sample = text.slice(0, naiveBytes).toLowerCase()
  const start = performance.now()
  let hits = 0
  for (const label of labels) {
    let at = sample.indexOf(label)
    while (at !== -1) {
      hits++
      at = sample.indexOf(label, at + 1)
    }
  }
  const seconds = (performance.now() - start) / 1000
  return { mbPerSecond: Buffer.byteLength(sample) / 1024 / 1024 / seconds, sampleKb: Math.round(Buffer.byteLength(sample) / 1024) + (hits < 0 ? 1 : 0) }
}

const tokenizeOnly = throughput((d) => tokenize(d).length)
out(`tokenize only (floor):                 ${tokenizeOnly.mbPerSecond.toFixed(1)} MB/s`)

const runs: Record<string, unknown>[] = []
async function run(name: string, taxonomy: Taxonomy, source: string): Promise<void> {
  const labels = labelsOf(taxonomy)
  let start = performance.now()
  const annotator = createAnnotator(taxonomy)
  const buildSeconds = (performance.now() - start) / 1000
  const result = throughput((d) => annotator.annotate(d).length)
  const naive = naiveScan(labels)
  out(
    `${name.padEnd(38)} ${result.mbPerSecond.toFixed(1).padStart(6)} MB/s  (${labels.length} labels, ${taxonomy.size} concepts, ${source}; build ${buildSeconds.toFixed(2)} s, ${result.mentions} mentions)` +
      `  | naive indexOf ${naive.mbPerSecond.toFixed(3)} MB/s on ${naive.sampleKb} KB → ${(result.mbPerSecond / naive.mbPerSecond).toFixed(0)}×`,
  )
  runs.push({ name, source, labels: labels.length, concepts: taxonomy.size, buildSeconds, ...result, naiveIndexOf: naive })
  start = performance.now()
}

await run('built-in taxonomy', builtinTaxonomy(), 'builtin')
const esco = values.synthetic ? { skipped: '--synthetic given' } : await loadEscoTaxonomy()
if ('taxonomy' in esco) await run('ESCO (IT+EN)', esco.taxonomy, `importEsco in ${esco.seconds.toFixed(1)} s`)
else {
  out(`ESCO run skipped: ${esco.skipped}; using a synthetic taxonomy of ${labelCount} generated labels instead`)
  const start = performance.now()
  const synthetic = syntheticTaxonomy(labelCount)
  await run(`synthetic ${labelCount} labels`, synthetic, `generated in ${((performance.now() - start) / 1000).toFixed(1)} s`)
}
const large = runs[runs.length - 1] as { mbPerSecond: number; labels: number }
const target = 20
out(`target ≥ ${target} MB/s with ≥ 100k labels: ${large.labels >= 100_000 && large.mbPerSecond >= target ? 'met' : 'NOT met'} (${large.mbPerSecond.toFixed(1)} MB/s, ${large.labels} labels)`)
const path = writeResult('annotator-throughput', {
  benchmark: 'annotator-throughput',
  date: new Date().toISOString(),
  environment: environment(),
  textMb: totalMb,
  documents: documents.length,
  rounds,
  tokenizeOnly,
  runs,
  target: { mbPerSecond: target, minLabels: 100_000, met: large.labels >= 100_000 && large.mbPerSecond >= target },
})
out(`wrote ${path}`)
