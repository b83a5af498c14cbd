/**
 * Per-detector CPU time of the anonymizer on the labelled CV set (`quality/data/anonymize-cvs/`): each
 * detector of the profile scrub run alone on each CV's context, 15 rounds (the first 3 discarded), CPU time
 * (process.cpuUsage, robust on a shared machine). Prints µs per CV, slowest first: where to look for speed.
 *
 * Run: pnpm --filter @incontro/benchmarks bench:anonymize-detectors
 */
import { readFileSync } from 'node:fs'
import { tokenize } from '@incontro/core'
import { parseCv } from '@incontro/parse'
import { builtinTaxonomy, createAnnotator } from '@incontro/taxonomy'
import { profileDetectors } from '../../packages/anonymize/src/internal/scrub-text.js'
import { newContextMemo } from '../../packages/anonymize/src/internal/context.js'
const dir = new URL('../quality/data/anonymize-cvs/', import.meta.url).pathname
const cvs = readFileSync(dir + 'manifest.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((e) => readFileSync(dir + e.file, 'utf8'))
const taxonomy = builtinTaxonomy(); const annotator = createAnnotator(taxonomy)
const parsed = cvs.map((t) => parseCv(t, { sourceId: 'x', today: '2025-06' }))
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const totals = new Map<string, number>()
const rounds = 15
for (let r = 0; r < rounds; r++) for (const p of parsed) {
  const text = p.document.text
  const personal = p.sections.filter((s) => s.kind === 'header' || s.kind === 'personal').map((s) => s.span)
  const context = { text, tokens: tokenize(text), language: p.language, personal, taxonomy, annotator, identity: p.identity, memo: newContextMemo() }
  for (const d of profileDetectors) { const s = cpu(); d(context); if (r > 2) totals.set(d.name, (totals.get(d.name) ?? 0) + cpu() - s) }
}
const n = (rounds - 3) * parsed.length
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1])) console.log(k.padEnd(30), (v / n * 1000).toFixed(0), 'µs/CV')
