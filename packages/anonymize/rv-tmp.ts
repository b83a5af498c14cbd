import { reviewVacancy } from './src/review-vacancy.js'
const samples = [
  'Cercasi cameriera bella presenza, max 30 anni, militesente.\nInviare CV con foto a jobs@example.com',
  "Il candidato ideale è laureato, automunito e motivato. Sei pronto a metterti in gioco?\nRequisiti:\n- Diplomato\n- Madrelingua italiana\n- No donne\nLa ricerca è rivolta ad entrambi i sessi (L. 903/77).",
  'We are looking for a competitive and ambitious salesman. He will lead the team. Must be male, aged 25-35. Supportive and collaborative environment.',
  'Cameriere/a di sala (m/f)\nOffriamo contratto a tempo determinato per sostituzione maternità.',
]
for (const s of samples) { const r = reviewVacancy(s, { neutralize: true }); console.log(JSON.stringify({ lang: r.language, inclusive: r.inclusive, coding: r.coding, f: r.findings.map(f => `${f.category}/${f.severity}:${s.slice(f.start, f.end)}`) }, null, 0)); console.log(r.rewritten); console.log('---') }
