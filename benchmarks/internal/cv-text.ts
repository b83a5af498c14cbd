/**
 * Synthetic CV and vacancy text for speed benchmarks: paragraphs written in the style of Italian and
 * English CVs (no real person), shuffled and repeated to any size with a seeded generator, so a run
 * is reproducible.
 */
import { createRandom } from '@incontro/core'

const paragraphs: readonly string[] = [
  "Esperienza come cameriera di sala presso un ristorante del centro di Milano: servizio ai tavoli, presa delle comande con palmare, mise en place e gestione della cassa a fine turno. Conoscenza dell'HACCP e degli allergeni alimentari.",
  'Magazziniere con patentino del carrello elevatore, uso del transpallet elettrico e del palmare RF; picking e preparazione degli ordini, carico e scarico merci, inventario mensile con il gestionale di magazzino.',
  "Operatrice socio-sanitaria (OSS) in RSA: igiene della persona, mobilizzazione dei pazienti con sollevatore, rilevazione dei parametri vitali, aiuto nell'alimentazione e compilazione del diario assistenziale.",
  'Sviluppatore software full stack: JavaScript, TypeScript, Node.js e React; API REST, database PostgreSQL e MongoDB, Docker e pipeline CI/CD su GitLab. Metodologia Agile (Scrum), lavoro di squadra.',
  'Impiegata amministrativa: contabilità generale, prima nota, registrazione fatture passive, fatturazione elettronica, riconciliazioni bancarie, liquidazione IVA e modello F24. Ottima conoscenza del pacchetto Office, in particolare Excel (tabelle pivot).',
  'Addetto alle pulizie in uffici e condomini: uso della lavasciuga pavimenti e della monospazzola, sanificazione degli ambienti, raccolta differenziata. Disponibilità a turni serali, patente B.',
  'Muratore con dieci anni di esperienza in cantiere: opere murarie, intonaci, posa di piastrelle, montaggio di ponteggi, lavori in quota con DPI anticaduta. Lettura del progetto e coordinamento di due manovali.',
  "Operatore CNC su centri di lavoro e torni a controllo numerico con controlli Fanuc e Heidenhain; attrezzaggio macchine, controllo qualità con calibro e micrometro, lettura del disegno tecnico, programmazione ISO a bordo macchina.",
  'Commessa in un negozio di abbigliamento: vendita assistita, gestione della cassa e del POS, allestimento vetrine, riassortimento degli scaffali, gestione dei reclami e fidelizzazione dei clienti.',
  "Insegnante di scuola primaria: progettazione didattica, didattica inclusiva per alunni con DSA, gestione della classe, valutazione degli apprendimenti e uso della lavagna interattiva multimediale.",
  'Autista patente C con CQC merci e carta tachigrafica: consegne a domicilio nell’area metropolitana, fissaggio del carico, pianificazione dei percorsi, compilazione dei documenti di trasporto.',
  'Lingue: italiano madrelingua, inglese livello B2, spagnolo livello A2. Competenze digitali: pacchetto Office, posta elettronica, navigazione internet, Google Workspace.',
  'Server at a busy trattoria in Milan: table service, taking orders, wine service and cash handling. HACCP certificate, food allergens awareness, teamwork and working under pressure.',
  'Warehouse operative: forklift licence, pallet truck and reach truck operation, order picking with an RF scanner, goods receiving and stock rotation (FIFO). Manual handling training.',
  'Registered nurse on a surgical ward: medication administration, wound care, blood sampling, vital signs monitoring, infection control and clinical documentation. BLSD certified.',
  'Backend developer: Python (Django, FastAPI), SQL, Docker, Kubernetes and AWS; unit testing, Git and continuous integration. Experience with C++ and C# on legacy projects.',
  'Accounts assistant: bookkeeping, accounts payable and receivable, bank reconciliation, VAT returns and year-end closing; advanced Excel (VLOOKUP, pivot tables), SAP and MS Office.',
  'Cleaner in offices and hospitals: operating a floor scrubber, disinfection and sanitising, waste separation; reliable, punctual and able to work independently.',
  'Bricklayer and general builder: blockwork, plastering, tiling and scaffolding; working at height with fall protection, reading construction drawings.',
  'CNC machinist on Fanuc and Siemens controls: CNC milling and turning, setting up machines, quality inspection with calipers and micrometers, G-code programming.',
  'Sales assistant in a fashion store: in-store sales, till operation, visual merchandising, restocking and complaint handling. Fluent in English and French.',
  'Primary school teacher: lesson planning, inclusive education, classroom management, student assessment and digital teaching tools.',
  'HGV driver with category CE licence and driver CPC: multi-drop delivery across Lombardy, load securing, route planning, tachograph use.',
  'Requisiti: diploma di scuola superiore, patente B, disponibilità immediata, buona conoscenza della lingua inglese e capacità di lavorare in team. Si offre contratto a tempo determinato con CCNL Commercio.',
]


/**
 * Synthetic CV text of at least `bytes` UTF-8 bytes: the paragraphs above plus `extra` ones, shuffled
 * into CV-sized blocks separated by blank lines.
 */
export function syntheticCvText(bytes: number, seed = 1, extra: readonly string[] = []): string {
  const pool = [...paragraphs, ...extra]
  const random = createRandom(seed)
  const parts: string[] = []
  let size = 0
  while (size < bytes) {
    const paragraph = pool[Math.floor(random() * pool.length)] as string
    parts.push(paragraph)
    size += Buffer.byteLength(paragraph) + 2
  }
  return parts.join('\n\n')
}

/** Words used to build synthetic labels: real CV vocabulary mixed with generated pseudo-words. */
export function syntheticVocabulary(size: number, seed = 2): string[] {
  const real = new Set<string>()
  for (const paragraph of paragraphs) for (const word of paragraph.toLowerCase().match(/\p{L}{3,}/gu) ?? []) real.add(word)
  const random = createRandom(seed)
  const syllables = ['ra', 'to', 'mi', 'ne', 'su', 'la', 'ce', 'vo', 'ti', 'pa', 'gre', 'stra', 'bil', 'zio', 'men', 'ter', 'co', 'dor', 'ling', 'pro']
  const words = [...real]
  while (words.length < size) {
    let word = ''
    const n = 2 + Math.floor(random() * 3)
    for (let i = 0; i < n; i++) word += syllables[Math.floor(random() * syllables.length)]
    words.push(word)
  }
  return words
}
