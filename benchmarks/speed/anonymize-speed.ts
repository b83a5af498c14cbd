/**
 * The anonymizer on one core against redact-pii, on the corpus of `bench:ingest` (synthetic CVs of about
 * 3 KB from `cvPairArbitrary`, seeded, plus the example CVs): CPU time (process.cpuUsage) per CV of
 * `anonymize` (parsed → neutral profile, annotation included), of its parts (tokenize, each detector of the
 * profile scrub, the scrub as a whole, the claims), and of redact-pii's `SyncRedactor.redact` on the same
 * texts in the same run, interleaved round by round so that load hits both alike. Prints a digest of every
 * `anonymize` output over this corpus, the labelled anonymize set and the narrative set, so that a change
 * meant to be faster can be shown to change nothing. Runs about 1–2 minutes on a quiet machine.
 *
 * Run: pnpm --filter @incontro/benchmarks bench:anonymize-speed [-- --cvs 2000 --rounds 5 --detectors --digest-only]
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import fc from 'fast-check'
import { anonymize } from '@incontro/anonymize'
import { tokenize, type ParsedProfile } from '@incontro/core'
import { parseCv } from '@incontro/parse'
import { builtinTaxonomy, createAnnotator } from '@incontro/taxonomy'
import { SyncRedactor } from 'redact-pii'
import { cvPairArbitrary } from '@incontro/fairness/testing'
import { profileDetectors, scrubText } from '../../packages/anonymize/src/internal/scrub-text.js'
import { newContextMemo } from '../../packages/anonymize/src/internal/context.js'
import { buildClaims } from '../../packages/anonymize/src/internal/build-claims.js'
import { benchmarkArgs, environment, writeResult } from '../internal/stats.js'

const { values } = parseArgs({
  args: benchmarkArgs(),
  options: {
    cvs: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '20250601' },
    detectors: { type: 'boolean', default: false },
    'digest-only': { type: 'boolean', default: false },
  },
})
const generated = Number(values.cvs)
const rounds = Number(values.rounds)
const seed = Number(values.seed)
const targetBytes = 3000
const here = dirname(fileURLToPath(import.meta.url))
const out = (line: string) => process.stdout.write(`${line}\n`)
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ')
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/** The corpus of bench:ingest (same seed, same padding to about 3 KB, the example CVs after). */
function corpus(): { sourceId: string; text: string }[] {
  const bodyBlocks = (text: string) => text.trim().split(/\n{2,}/).slice(1)
  const pairs = fc.sample(cvPairArbitrary(), { seed, numRuns: generated })
  const cvs: { sourceId: string; text: string }[] = []
  pairs.forEach((pair, i) => {
    let text = (i % 2 === 0 ? pair.female : pair.male).trimEnd()
    for (let j = 1; j < pairs.length && Buffer.byteLength(text) < targetBytes; j++) {
      const other = pairs[(i + j) % pairs.length] as (typeof pairs)[number]
      if (other.language !== pair.language) continue
      for (const block of bodyBlocks(i % 2 === 0 ? other.female : other.male)) {
        if (Buffer.byteLength(text) >= targetBytes) break
        text += `\n\n${block}`
      }
    }
    cvs.push({ sourceId: `${pair.sourceId}-${i}`, text: `${text}\n` })
  })
  const examples = join(here, '..', '..', 'examples', 'data', 'cvs')
  for (const file of readdirSync(examples).sort()) cvs.push({ sourceId: file, text: readFileSync(join(examples, file), 'utf8') })
  return cvs
}

/** Texts of the quality sets (labelled CVs, narrative texts), for the digest only. */
function qualityTexts(): string[] {
  const texts: string[] = []
  const cvDir = join(here, '..', 'quality', 'data', 'anonymize-cvs')
  for (const line of readFileSync(join(cvDir, 'manifest.jsonl'), 'utf8').trim().split('\n')) texts.push(readFileSync(join(cvDir, (JSON.parse(line) as { file: string }).file), 'utf8'))
  const narrative = join(here, '..', 'quality', 'data', 'narrative')
  try {
    for (const file of readdirSync(narrative).sort()) {
      if (!file.endsWith('.jsonl')) continue
      for (const line of readFileSync(join(narrative, file), 'utf8').trim().split('\n')) {
        // Every text of every variant (both genders, names swapped or not).
        const visit = (value: unknown): void => {
          if (typeof value === 'string') {
            if (value.length > 40) texts.push(value)
          } else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) visit(v)
        }
        visit((JSON.parse(line) as { variants?: unknown }).variants)
      }
    }
  } catch {
    // no narrative set: the digest covers the CVs only
  }
  return texts
}

const cvs = corpus()
const taxonomy = builtinTaxonomy()
const annotator = createAnnotator(taxonomy)
const key = 'benchmark-key'
const options = { key, taxonomy, annotator }
const parsed: ParsedProfile[] = cvs.map((cv) => parseCv(cv.text, { sourceId: cv.sourceId, today: '2025-06' }))
const extra = qualityTexts().map((text, i) => parseCv(text, { sourceId: `q${i}`, today: '2025-06' }))
const bytes = cvs.reduce((s, cv) => s + Buffer.byteLength(cv.text), 0)
out(`anonymize-speed: ${cvs.length} CVs (${generated} generated), mean ${(bytes / cvs.length / 1000).toFixed(2)} kB; ${extra.length} texts of the quality sets for the digest; load ${load()}`)

const digest = createHash('sha256')
for (const p of [...parsed, ...extra]) {
  const { profile, identity, report } = anonymize(p, options)
  digest.update(JSON.stringify({ profile, identity, report }))
  digest.update('\u0000')
}
out(`output digest (anonymize over the corpus and the quality sets): ${digest.digest('hex').slice(0, 16)}`)
if (values['digest-only']) process.exit(0)

const redactor = new SyncRedactor()
const contexts = parsed.map((p) => ({ text: p.document.text, language: p.language, personal: p.sections.filter((s) => s.kind === 'header' || s.kind === 'personal').map((s) => s.span), identity: p.identity }))
type Stage = () => void
const stages: Record<string, Stage> = {
  anonymize: () => {
    for (const p of parsed) anonymize(p, options)
  },
  'redact-pii': () => {
    for (const cv of cvs) redactor.redact(cv.text)
  },
  tokenize: () => {
    for (const c of contexts) tokenize(c.text)
  },
  scrubText: () => {
    for (const c of contexts) scrubText(c.text, { language: c.language, taxonomy, annotator, identity: c.identity, personal: c.personal, mode: 'profile' })
  },
}
const scrubbed = contexts.map((c) => scrubText(c.text, { language: c.language, taxonomy, annotator, identity: c.identity, personal: c.personal, mode: 'profile' }))
stages.buildClaims = () => {
  for (const s of scrubbed) buildClaims(s.text, [], annotator, s.tokens)
}
const best = new Map<string, number>()
for (let r = 0; r <= rounds; r++) {
  for (const [name, run] of Object.entries(stages)) {
    const started = cpu()
    run()
    const used = cpu() - started
    if (r > 0) best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, used))
  }
}
const us = (ms: number) => (ms / cvs.length) * 1000
const peer = best.get('redact-pii') as number
out(`best of ${rounds} rounds (after one warm-up), CPU µs per CV; load ${load()}`)
for (const [name, ms] of best) out(`${name.padEnd(28)} ${us(ms).toFixed(0).padStart(7)} µs/CV   ${(peer / ms).toFixed(2).padStart(5)}× redact-pii throughput`)

const detectors: Record<string, number> = {}
if (values.detectors) {
  const totals = new Map<string, number>()
  const tokenized = contexts.map((c) => tokenize(c.text))
  for (let r = 0; r <= rounds; r++) {
    contexts.forEach((c, i) => {
      const context = { ...c, tokens: tokenized[i] as ReturnType<typeof tokenize>, taxonomy, annotator, memo: newContextMemo() }
      for (const d of profileDetectors) {
        const s = cpu()
        d(context)
        if (r > 0) totals.set(d.name, (totals.get(d.name) ?? 0) + cpu() - s)
      }
    })
  }
  out(`per detector (each on a fresh context memo, shared helpers counted where first used), CPU µs per CV, mean of ${rounds} rounds; load ${load()}`)
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
    detectors[name] = us(ms) / rounds
    out(`  ${name.padEnd(30)} ${(us(ms) / rounds).toFixed(1).padStart(7)} µs/CV`)
  }
}
writeResult('anonymize-speed', {
  date: new Date().toISOString(),
  environment: environment(),
  load: loadavg(),
  cvs: cvs.length,
  microsecondsPerCv: Object.fromEntries([...best].map(([k, v]) => [k, us(v)])),
  ratioToRedactPii: peer / (best.get('anonymize') as number),
  detectors,
})
