import { readFileSync } from 'node:fs'
import { anonymize } from '@incontro/anonymize'
import { parseCv } from '@incontro/parse'
import { builtinTaxonomy, createAnnotator } from '@incontro/taxonomy'
import { SyncRedactor } from 'redact-pii'
const dir = 'quality/data/anonymize-cvs/'
const cvs = readFileSync(dir + 'manifest.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((e) => ({ file: e.file, text: readFileSync(dir + e.file, 'utf8') }))
const taxonomy = builtinTaxonomy(); const annotator = createAnnotator(taxonomy)
const parsed = cvs.map((cv) => parseCv(cv.text, { sourceId: cv.file, today: '2025-06' }))
const redactor = new SyncRedactor()
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const mode = process.argv[2] ?? 'both'
for (let round = 0; round < 3; round++) {
  if (mode !== 'peer') { const s = cpu(); let n = 0; while (cpu() - s < 2000) { for (const p of parsed) anonymize(p, { key: 'k', taxonomy, annotator }); n++ }
  console.log('anonymize cpu µs/CV', ((cpu() - s) / n / parsed.length * 1000).toFixed(0)) }
  if (mode !== 'ours') { const s = cpu(); let n = 0; while (cpu() - s < 2000) { for (const cv of cvs) redactor.redact(cv.text); n++ }
  console.log('redact-pii cpu µs/CV', ((cpu() - s) / n / cvs.length * 1000).toFixed(0)) }
}
