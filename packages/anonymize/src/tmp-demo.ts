import { reviewVacancy } from './review-vacancy.js'
for (const t of ['siamo alla ricerca di uno **Customer Sales Support Specialist**\nKey', 'cerchiamo uno Customer Sales Support Specialist']) {
  const r = reviewVacancy(t)
  console.log(r.findings.map(f => `${f.category}:${t.slice(f.start, f.end)}`).join(' | '))
}
