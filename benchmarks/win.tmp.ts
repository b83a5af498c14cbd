import { readFileSync } from 'node:fs'
const dir = 'quality/data/anonymize-cvs/'
const cvs = readFileSync(dir + 'manifest.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((e) => readFileSync(dir + e.file, 'utf8'))
const datePattern = /^(?:\d{1,2}[./-]\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|(?:19|20)\d{2} ?[-/] ?(?:19|20)\d{2}|(?:\d{1,2}[./-])?\d{4} ?- ?(?:\d{1,2}[./-])?\d{4})$/
const m = new Map<string, number>(); let total = 0
for (const t of cvs) for (const w of t.matchAll(/\+?[0-9][0-9 ./()\-\u00A0]{4,30}[0-9]/g)) { const d = w[0].replace(/\D/g, '').length; if (d < 6 || datePattern.test(w[0].trim())) continue; total++; const shape = w[0].replace(/\d/g, '9'); m.set(shape, (m.get(shape) ?? 0) + 1) }
console.log(total / cvs.length, [...m].sort((a, b) => b[1] - a[1]).slice(0, 25))
