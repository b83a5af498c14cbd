/**
 * Builds `data/review-vacancies.jsonl`: 64 synthetic Italian and English vacancies assembled from
 * lines written here, each line with the finding categories it must raise, so every vacancy carries
 * its expected categories and whether it is inclusive. Deterministic (seeded).
 *
 *   tsx --conditions=@incontro/source quality/review-vacancies-dataset.ts
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

type Line = readonly [text: string, categories: readonly string[]]

const it = {
  titles: [
    ['Cercasi cameriera per ristorante in zona Navigli', ['gendered-title']],
    ['Commesso per negozio di abbigliamento in centro', ['gendered-title']],
    ['Magazziniere con patentino del muletto', ['gendered-title']],
    ['Segretaria part-time per studio medico', ['gendered-title']],
    ['Cameriere/a di sala', []],
    ['Addetto/a vendite (m/f)', []],
    ['Receptionist per hotel 4 stelle', []],
    ['Barista per caffetteria', []],
    ['Sviluppatore/trice software', []],
    ['Operatore e operatrice di magazzino', []],
  ] as Line[],
  address: [
    ['Il candidato ideale è automunito e motivato.', ['gendered-address']],
    ['Sei pronto a metterti in gioco? Inviaci il tuo CV.', ['gendered-address']],
    ['Cerchiamo un neolaureato in Economia.', ['gendered-address']],
    ['La persona che cerchiamo ha esperienza nel ruolo.', []],
    ['Cerchiamo una figura con esperienza nella ristorazione.', []],
    ['Il/la candidato/a ideale ha buone doti comunicative.', []],
  ] as Line[],
  clean: [
    ['- Esperienza di almeno 2 anni nel ruolo', []],
    ['- Conoscenza delle norme HACCP', []],
    ['- Patente B', []],
    ['- Italiano livello B2', []],
    ['- Disponibilità a lavorare su turni', []],
    ['- Contratto a tempo determinato per sostituzione maternità', []],
    ['- Uso del pacchetto Office', []],
  ] as Line[],
  bad: [
    ['- Età massima 30 anni', ['age']],
    ['- Età compresa tra 25 e 35 anni', ['age']],
    ['- Bella presenza', ['appearance']],
    ['- Militesente', ['military']],
    ['- Nubile, senza figli', ['marital-family']],
    ['- No donne in gravidanza', ['pregnancy', 'gender-exclusion']],
    ['- Solo uomini', ['gender-exclusion']],
    ['- Cittadinanza italiana', ['nationality']],
    ['- Madrelingua italiana', ['nationality']],
    ['Inviare CV con foto a selezione@example.com', ['photo']],
  ] as Line[],
  coded: [
    ['Offriamo un ambiente competitivo: cerchiamo persone ambiziose e determinate.', ['masculine-coded']],
    ['Il nostro team è accogliente, empatico e collaborativo.', ['feminine-coded']],
  ] as Line[],
  statement: "La ricerca è rivolta a candidati dell'uno e dell'altro sesso (L. 903/77 e D.Lgs. 198/2006).",
}
const en = {
  titles: [
    ['Waitress wanted for a busy trattoria', ['gendered-title']],
    ['Salesman for our Milan showroom', ['gendered-title']],
    ['Barman for a cocktail bar', ['gendered-title']],
    ['Server (all genders)', []],
    ['Sales assistant', []],
    ['Warehouse operative', []],
    ['Software developer', []],
    ['Receptionist', []],
  ] as Line[],
  address: [
    ['He will report to the store manager.', ['gendered-address']],
    ['The ideal candidate knows his way around a till.', ['gendered-address']],
    ['You will report to the store manager.', []],
    ['The ideal candidate has experience in retail.', []],
    ['He or she will join a team of six.', []],
  ] as Line[],
  clean: [
    ['- At least 2 years of experience in the role', []],
    ['- Food hygiene (HACCP) certificate', []],
    ['- Driving licence B', []],
    ['- Italian at B2 level', []],
    ['- Available for shift work', []],
    ['- Fixed-term contract (maternity cover)', []],
  ] as Line[],
  bad: [
    ['- Aged 20-30', ['age']],
    ['- Under 35', ['age']],
    ['- Must be male', ['gender-exclusion']],
    ['- Attractive appearance', ['appearance']],
    ['- Single, no children', ['marital-family']],
    ['- Native English speaker', ['nationality']],
    ['- Italian citizenship', ['nationality']],
    ['Please attach a photo to your application.', ['photo']],
    ['- Not pregnant', ['pregnancy']],
  ] as Line[],
  coded: [
    ['We want a competitive, ambitious and decisive leader.', ['masculine-coded']],
    ['Join a supportive, warm and cooperative team.', ['feminine-coded']],
  ] as Line[],
  statement: 'We are an equal opportunity employer and welcome applicants of all genders.',
}

let seed = 7
const random = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T

const rows: string[] = []
for (let i = 0; i < 64; i++) {
  const language = i % 2 === 0 ? 'it' : 'en'
  const words = language === 'it' ? it : en
  const lines: Line[] = [pick(words.titles)]
  lines.push(pick(words.address))
  lines.push([language === 'it' ? 'Requisiti:' : 'Requirements:', []])
  const clean = 2 + Math.floor(random() * 3)
  for (let k = 0; k < clean; k++) lines.push(pick(words.clean))
  const bad = Math.floor(random() * 3)
  for (let k = 0; k < bad; k++) lines.push(pick(words.bad))
  if (random() < 0.4) lines.push(pick(words.coded))
  const sentence = random() < 0.55
  if (sentence) lines.push([words.statement, []])
  const unique = lines.filter((line, index) => lines.findIndex((other) => other[0] === line[0]) === index)
  // "(m/f)" or "(all genders)" in the title states it too.
  const statement = sentence || /\((?:m\/f|all genders)\)/.test(unique[0]?.[0] ?? '')
  const expected = new Set(unique.flatMap(([, categories]) => categories))
  if (!statement) expected.add('missing-equal-opportunity-statement')
  const inclusive = statement && !expected.has('gendered-title') && !expected.has('gendered-address')
  rows.push(JSON.stringify({ id: `vac-${String(i + 1).padStart(3, '0')}-${language}`, language, text: unique.map(([text]) => text).join('\n'), expected: [...expected].sort(), inclusive }))
}
const file = join(dirname(fileURLToPath(import.meta.url)), 'data', 'review-vacancies.jsonl')
writeFileSync(file, `${rows.join('\n')}\n`)
process.stdout.write(`wrote ${rows.length} vacancies to ${file}\n`)
