import { CourseCatalogueSchema, type Course, type CourseCatalogue, type FundingScheme } from '@incontro/core'

// Fictional providers: every name, place and price here is invented for the example.
const p = {
  lambro: 'Centro Formazione Lambro',
  navigli: 'Accademia del Gusto Navigli',
  bovisa: 'Officina Formativa Bovisa',
  digitale: 'Scuola Digitale Porta Romana',
  cura: 'Cooperativa Cascina del Sole – Formazione',
  sesto: 'Polo Tecnico Sesto Est',
  edile: 'Scuola Cantiere Martesana',
  logistica: 'Logistica Academy Rogoredo',
  lingue: 'Istituto Linguistico Città Studi',
  sicurezza: 'Studio Sicurezza Lavoro Niguarda',
} as const

type Slot = Course['schedule']['slot']

/** One course in a line: `teaches` as `concept:level` pairs separated by spaces. */
function course(
  id: string,
  it: string,
  en: string,
  provider: string,
  teaches: string,
  hours: number,
  cost: number,
  place: string,
  modality: Course['modality'],
  slot: Slot,
  weeks: number,
  funding: FundingScheme[],
  extra: { eqfLevel?: number; certificate?: string } = {},
): Course {
  return {
    id,
    title: { it, en },
    provider,
    teaches: teaches.split(' ').map((pair) => {
      const [concept, level] = pair.split(':')
      return { concept: concept ?? '', level: Number(level) }
    }),
    hours,
    cost,
    place,
    modality,
    schedule: { slot, weeks, starts: ['2027-01', '2027-03'] },
    funding,
    ...extra,
  }
}

const courses: Course[] = [
  // Hospitality
  course('hos-haccp', 'HACCP per alimentaristi', 'HACCP for food handlers', p.navigli, 'skill.haccp:2 know.food-safety:2', 12, 90, 'Milano – Navigli', 'blended', 'daytime', 1, ['gol', 'dote-lavoro'], { certificate: 'attestato HACCP' }),
  course('hos-allergens', 'Allergeni e intolleranze in cucina e in sala', 'Allergens in kitchen and dining room', p.navigli, 'skill.allergens:2', 6, 50, 'online', 'online', 'evening', 1, ['none']),
  course('hos-dining', 'Addetto/a ai servizi di sala', 'Dining room service', p.navigli, 'skill.table-service:2 skill.order-taking:2 skill.mise-en-place:2 skill.food-service:2', 80, 700, 'Milano – Navigli', 'in-person', 'daytime', 4, ['gol', 'dote-lavoro']),
  course('hos-barista', 'Caffetteria e banco bar', 'Coffee bar and barista skills', p.navigli, 'skill.coffee-making:2 skill.latte-art:2 skill.bar-service:2', 24, 280, 'Milano – Navigli', 'in-person', 'evening', 3, ['none']),
  course('hos-cocktail', 'Miscelazione e cocktail', 'Mixology and cocktails', p.navigli, 'skill.cocktail-preparation:2 skill.bar-service:2', 30, 380, 'Milano – Navigli', 'in-person', 'evening', 4, ['none']),
  course('hos-wine', 'Servizio del vino, primo livello', 'Wine service, level one', p.navigli, 'skill.wine-service:2', 20, 260, 'Milano – Navigli', 'in-person', 'evening', 5, ['none']),
  course('hos-cook', 'Operatore/trice della ristorazione – cucina', 'Catering operator – kitchen', p.navigli, 'skill.cooking:2 skill.food-prep:2 skill.italian-cuisine:2 skill.haccp:2 skill.kitchen-brigade:1', 240, 0, 'Milano – Navigli', 'in-person', 'daytime', 10, ['gol', 'fse-plus'], { eqfLevel: 3, certificate: 'attestato di competenze' }),
  course('hos-pizza', 'Pizzaiolo/a professionale', 'Professional pizza making', p.navigli, 'skill.pizza-making:2 skill.bread-making:1', 60, 650, 'Milano – Navigli', 'in-person', 'daytime', 3, ['dote-lavoro', 'none']),
  course('hos-pastry', 'Pasticceria di base', 'Basic pastry', p.navigli, 'skill.pastry:2 skill.baked-goods:2 skill.cake-decorating:1', 120, 1100, 'Milano – Navigli', 'in-person', 'daytime', 6, ['dote-lavoro', 'none']),
  course('hos-food-cost', 'Menu, food cost e gestione della cucina', 'Menus, food cost and kitchen management', p.navigli, 'skill.menu-planning:2 skill.food-cost:2 skill.food-storage:2', 32, 420, 'online', 'online', 'evening', 4, ['fondi-interprofessionali', 'none']),
  course('hos-reception', 'Receptionist d’albergo', 'Hotel receptionist', p.lambro, 'skill.front-desk:2 skill.booking-management:2 skill.check-in-out:2 skill.hotel-software:2 skill.guest-relations:1', 90, 0, 'Milano – Centrale', 'blended', 'daytime', 5, ['gol'], { eqfLevel: 3 }),
  course('hos-housekeeping', 'Housekeeping alberghiero', 'Hotel housekeeping', p.lambro, 'skill.housekeeping:2 skill.laundry-ironing:1', 40, 0, 'Milano – Centrale', 'in-person', 'daytime', 2, ['gol']),

  // Logistics
  course('log-forklift', 'Carrello elevatore (accordo Stato-Regioni)', 'Forklift operator certificate', p.logistica, 'skill.forklift:2 lic.forklift:1 skill.material-handling-equipment:2', 12, 180, 'Milano – Rogoredo', 'in-person', 'weekend', 1, ['gol', 'dote-lavoro', 'none'], { certificate: 'abilitazione carrello elevatore' }),
  course('log-warehouse', 'Magazziniere/a: WMS, picking e inventario', 'Warehouse operative: WMS, picking and stock', p.logistica, 'skill.warehouse-management:2 skill.wms:2 skill.rf-scanner:2 skill.picking:2 skill.inventory:2 skill.goods-receiving:2', 80, 0, 'Milano – Rogoredo', 'in-person', 'daytime', 4, ['gol', 'fse-plus'], { eqfLevel: 3 }),
  course('log-picking', 'Picking, imballaggio e spedizione', 'Picking, packing and dispatch', p.logistica, 'skill.picking:2 skill.packing:2 skill.shipping:1 skill.pallet-building:2', 24, 220, 'Milano – Rogoredo', 'in-person', 'evening', 2, ['none']),
  course('log-pallet', 'Transpallet e movimentazione manuale dei carichi', 'Pallet trucks and manual handling', p.sicurezza, 'skill.pallet-truck:2 skill.manual-handling:2', 8, 90, 'Milano – Niguarda', 'in-person', 'daytime', 1, ['none']),
  course('log-cqc', 'CQC merci e cronotachigrafo', 'Driver CPC (goods) and tachograph', p.logistica, 'lic.cqc:1 skill.truck-driving:2 know.transport-regulations:2 skill.tachograph:2', 140, 1400, 'Milano – Rogoredo', 'in-person', 'weekend', 10, ['dote-lavoro', 'none'], { certificate: 'CQC merci' }),
  course('log-last-mile', 'Consegne dell’ultimo miglio', 'Last-mile delivery', p.logistica, 'skill.last-mile-delivery:2 skill.route-planning:2 skill.van-driving:2 skill.gps-navigation:2', 20, 0, 'Milano – Rogoredo', 'blended', 'flexible', 2, ['gol']),
  course('log-shipping', 'Spedizioni internazionali, dogane e Incoterms', 'International shipping, customs and Incoterms', p.lambro, 'skill.shipping:2 skill.customs:2 know.incoterms:2 skill.export-admin:1', 60, 640, 'online', 'online', 'evening', 6, ['fondi-interprofessionali', 'none']),
  course('log-ple', 'Piattaforme di lavoro elevabili (PLE)', 'Mobile elevating work platforms', p.sicurezza, 'skill.platform-lift:2 skill.work-at-height:2', 10, 160, 'Sesto San Giovanni', 'in-person', 'weekend', 1, ['none'], { certificate: 'abilitazione PLE' }),

  // Safety
  course('saf-workers', 'Sicurezza dei lavoratori: formazione generale e specifica', 'Worker safety: general and specific training', p.sicurezza, 'know.occupational-safety:2 skill.ppe:2', 12, 60, 'online', 'online', 'flexible', 1, ['gol', 'fondi-interprofessionali', 'none'], { certificate: 'attestato sicurezza' }),
  course('saf-first-aid', 'Addetto/a al primo soccorso', 'Workplace first aider', p.sicurezza, 'skill.first-aid:2', 12, 120, 'Milano – Niguarda', 'in-person', 'daytime', 1, ['fondi-interprofessionali', 'none']),
  course('saf-blsd', 'BLSD: rianimazione e defibrillatore', 'BLSD: resuscitation and defibrillator', p.sicurezza, 'skill.blsd:2', 5, 70, 'Milano – Niguarda', 'in-person', 'weekend', 1, ['none'], { certificate: 'BLSD' }),
  course('saf-fire', 'Addetto/a antincendio, rischio medio', 'Fire warden, medium risk', p.sicurezza, 'skill.fire-safety:2', 8, 110, 'Milano – Niguarda', 'in-person', 'daytime', 1, ['fondi-interprofessionali', 'none']),

  // Care
  course('car-oss', 'Operatore/trice socio-sanitario (OSS)', 'Social and health care operator (OSS)', p.cura, 'skill.personal-care:3 skill.personal-hygiene-care:3 skill.patient-mobilisation:3 skill.feeding-assistance:2 skill.elderly-care:3 skill.infection-control:2 skill.helping-relationship:2 know.health-social-services:2', 1000, 2600, 'Milano – Corvetto', 'in-person', 'daytime', 40, ['dote-lavoro', 'none'], { eqfLevel: 3, certificate: 'qualifica OSS' }),
  course('car-asa', 'Ausiliario/a socio-assistenziale (ASA)', 'Social care assistant (ASA)', p.cura, 'skill.personal-care:2 skill.elderly-care:2 skill.home-care:2 skill.helping-relationship:2', 800, 1900, 'Milano – Corvetto', 'in-person', 'daytime', 30, ['dote-lavoro', 'none'], { eqfLevel: 3, certificate: 'qualifica ASA' }),
  course('car-family', 'Assistente familiare', 'Home care assistant', p.cura, 'skill.home-care:2 skill.elderly-care:2 skill.household-management:2 skill.home-cooking:1', 64, 0, 'Milano – Corvetto', 'blended', 'daytime', 4, ['gol', 'fse-plus']),
  course('car-dementia', 'Assistere persone con demenza', 'Caring for people with dementia', p.cura, 'skill.dementia-care:2 know.geriatrics:1', 16, 150, 'online', 'online', 'evening', 2, ['none']),
  course('car-childcare', 'Baby-sitter qualificata/o', 'Qualified childminder', p.cura, 'skill.childcare:2 skill.recreational-activities:2 skill.first-aid:1', 40, 0, 'Cinisello Balsamo', 'in-person', 'daytime', 3, ['gol']),
  course('car-mediation', 'Mediazione linguistico-culturale', 'Cultural mediation', p.cura, 'skill.cultural-mediation:2 skill.intercultural:2 skill.active-listening:2', 120, 0, 'Milano – Corvetto', 'blended', 'daytime', 8, ['fse-plus']),

  // Cleaning
  course('cle-professional', 'Pulizie professionali e macchine', 'Professional cleaning and machines', p.lambro, 'skill.cleaning:2 skill.cleaning-machines:2 skill.cleaning-chemicals:2 skill.floor-care:2 know.cleaning-techniques:2', 40, 0, 'Milano – Lambrate', 'in-person', 'daytime', 2, ['gol']),
  course('cle-sanitising', 'Sanificazione di ambienti sanitari', 'Sanitising healthcare settings', p.lambro, 'skill.hospital-cleaning:2 skill.disinfection:2 skill.infection-control:1 skill.cleaning-sanitation:2', 24, 240, 'Milano – Lambrate', 'in-person', 'daytime', 2, ['dote-lavoro', 'none']),

  // Office and administration
  course('off-excel-base', 'Excel di base', 'Excel basics', p.digitale, 'skill.spreadsheets:2 skill.excel:2', 20, 160, 'online', 'online', 'evening', 4, ['gol', 'none']),
  course('off-excel-adv', 'Excel avanzato: tabelle pivot e macro', 'Advanced Excel: pivot tables and macros', p.digitale, 'skill.excel:3 skill.vba:2 skill.reporting:2', 30, 320, 'online', 'online', 'evening', 5, ['fondi-interprofessionali', 'none']),
  course('off-office', 'Office e posta elettronica per il lavoro', 'Office software and email for work', p.digitale, 'skill.office-suite:2 skill.word:2 skill.word-processing:2 skill.email:2 skill.outlook:2', 40, 0, 'Milano – Porta Romana', 'blended', 'daytime', 4, ['gol', 'fse-plus']),
  course('off-accounting', 'Contabilità generale e fatturazione elettronica', 'Bookkeeping and e-invoicing', p.lambro, 'know.accounting:2 skill.bookkeeping:2 skill.invoicing:2 skill.e-invoicing:2 skill.accounts-payable:1', 120, 980, 'Milano – Centrale', 'blended', 'evening', 10, ['dote-lavoro', 'none'], { eqfLevel: 4 }),
  course('off-payroll', 'Paghe e contributi', 'Payroll and social security contributions', p.lambro, 'skill.payroll:2 skill.social-security-compliance:2 know.labour-law:1 know.collective-agreements:1', 100, 1150, 'online', 'online', 'evening', 10, ['fondi-interprofessionali', 'none']),
  course('off-secretary', 'Segreteria e accoglienza', 'Secretarial and front office work', p.lambro, 'skill.secretarial:2 skill.front-office:2 skill.phone-handling:2 skill.filing:2 skill.correspondence:2 skill.diary-management:2', 80, 0, 'Milano – Centrale', 'in-person', 'daytime', 5, ['gol'], { eqfLevel: 3 }),
  course('off-erp', 'Gestionali ERP per l’amministrazione', 'ERP software for administration', p.lambro, 'skill.erp:2 skill.accounting-software:2 skill.order-processing:2', 40, 450, 'online', 'online', 'evening', 4, ['fondo-nuove-competenze', 'none']),
  course('off-data-entry', 'Data entry e archiviazione digitale', 'Data entry and digital filing', p.digitale, 'skill.data-entry:2 skill.document-management:2', 24, 0, 'online', 'online', 'flexible', 3, ['gol']),

  // Digital
  course('dig-basics', 'Competenze digitali di base', 'Basic digital skills', p.digitale, 'skill.digital-skills:2 skill.email:2 skill.internet-search:2 skill.online-safety:2 skill.e-government:2 skill.video-calls:2 skill.smartphone:2', 40, 0, 'Milano – Porta Romana', 'in-person', 'daytime', 4, ['gol', 'fse-plus']),
  course('dig-spid', 'SPID, PEC e servizi pubblici online', 'Digital identity and online public services', p.digitale, 'skill.e-government:2', 8, 0, 'Milano – Porta Romana', 'in-person', 'daytime', 1, ['fse-plus']),
  course('dig-security', 'Sicurezza online e riconoscimento delle truffe', 'Online safety and scam awareness', p.digitale, 'skill.online-safety:2 skill.security-awareness:2', 12, 90, 'online', 'online', 'evening', 2, ['none']),
  course('dig-ai', 'Strumenti di intelligenza artificiale al lavoro', 'AI tools at work', p.digitale, 'skill.ai-tools:2 skill.generative-ai:1', 16, 190, 'online', 'online', 'evening', 2, ['fondo-nuove-competenze', 'none']),
  course('dig-social', 'Social media marketing', 'Social media marketing', p.digitale, 'skill.social-media:2 skill.digital-marketing:2 skill.content-marketing:2 skill.canva:1', 60, 590, 'online', 'online', 'evening', 6, ['dote-lavoro', 'none']),
  course('dig-graphics', 'Grafica per il web con Canva e Photoshop', 'Web graphics with Canva and Photoshop', p.digitale, 'skill.canva:2 skill.photoshop:2 skill.graphic-design:2', 48, 520, 'Milano – Porta Romana', 'blended', 'evening', 6, ['none']),

  // ICT
  course('ict-web', 'Sviluppatore/trice web full stack', 'Full-stack web developer', p.bovisa, 'skill.web-development:3 skill.html-css:3 skill.javascript:3 skill.react:2 skill.nodejs:2 skill.git:2 skill.typescript:2', 600, 0, 'Milano – Bovisa', 'in-person', 'daytime', 24, ['gol', 'fse-plus'], { eqfLevel: 5 }),
  course('ict-python', 'Programmare in Python', 'Programming in Python', p.bovisa, 'skill.python:2 skill.programming:2', 60, 540, 'online', 'online', 'evening', 8, ['fondo-nuove-competenze', 'none']),
  course('ict-sql', 'Database e SQL', 'Databases and SQL', p.bovisa, 'skill.sql:2 skill.databases:2 skill.relational-dbms:2', 40, 380, 'online', 'online', 'evening', 5, ['fondo-nuove-competenze', 'none']),
  course('ict-data', 'Analisi dei dati con Power BI e Python', 'Data analysis with Power BI and Python', p.bovisa, 'skill.data-analysis:2 skill.power-bi:2 skill.python-data-stack:2 skill.bi-tools:2', 120, 1200, 'Milano – Bovisa', 'blended', 'evening', 10, ['fondi-interprofessionali', 'none'], { eqfLevel: 5 }),
  course('ict-support', 'Tecnico/a di supporto informatico', 'IT support technician', p.bovisa, 'skill.it-support:2 skill.pc-hardware:2 skill.networking:2 skill.windows-server:1 skill.active-directory:1', 300, 0, 'Milano – Bovisa', 'in-person', 'daytime', 14, ['gol'], { eqfLevel: 4 }),
  course('ict-security', 'Analista di sicurezza informatica', 'Cyber security analyst', p.bovisa, 'skill.cyber-security:2 skill.network-security:2 skill.security-monitoring:2 skill.incident-response:2 skill.soc-analysis:2', 400, 3500, 'Milano – Bovisa', 'blended', 'daytime', 20, ['dote-lavoro', 'none'], { eqfLevel: 5 }),
  course('ict-cloud', 'Cloud e DevOps: Linux, Docker, AWS', 'Cloud and DevOps: Linux, Docker, AWS', p.bovisa, 'skill.linux:2 skill.docker:2 skill.aws:2 skill.cloud:2 skill.ci-cd:2', 160, 1800, 'online', 'online', 'evening', 16, ['fondo-nuove-competenze', 'none']),

  // Manufacturing
  course('man-tig', 'Saldatura TIG', 'TIG welding', p.sesto, 'skill.tig-welding:2 skill.welding:2', 80, 900, 'Sesto San Giovanni', 'in-person', 'daytime', 4, ['dote-lavoro', 'none'], { certificate: 'patentino di saldatura' }),
  course('man-mig', 'Saldatura a filo MIG/MAG', 'MIG/MAG welding', p.sesto, 'skill.mig-mag-welding:2 skill.welding:2', 64, 780, 'Sesto San Giovanni', 'in-person', 'daytime', 4, ['dote-lavoro', 'none']),
  course('man-cnc-op', 'Operatore/trice macchine CNC', 'CNC machine operator', p.sesto, 'skill.cnc-operation:2 skill.cnc-controls:2 skill.technical-drawing-reading:2 skill.measuring-instruments:2 skill.machining:2', 160, 0, 'Sesto San Giovanni', 'in-person', 'daytime', 8, ['gol', 'fse-plus'], { eqfLevel: 3 }),
  course('man-cnc-prog', 'Programmazione CNC e CAM', 'CNC and CAM programming', p.sesto, 'skill.cnc-programming:2 skill.cam:2', 80, 1100, 'Sesto San Giovanni', 'in-person', 'evening', 8, ['fondo-nuove-competenze', 'none']),
  course('man-cad', 'Disegno tecnico e AutoCAD', 'Technical drawing and AutoCAD', p.sesto, 'know.technical-drawing:2 skill.technical-drawing-reading:2 skill.cad:2 skill.autocad:2', 60, 560, 'online', 'online', 'evening', 6, ['fondi-interprofessionali', 'none']),
  course('man-plc', 'Automazione industriale e PLC', 'Industrial automation and PLCs', p.sesto, 'skill.plc:2 know.industrial-automation:2 skill.hydraulics-pneumatics:1', 100, 1300, 'Sesto San Giovanni', 'in-person', 'evening', 10, ['fondo-nuove-competenze', 'none'], { eqfLevel: 4 }),
  course('man-maintenance', 'Manutentore/trice industriale', 'Industrial maintenance technician', p.sesto, 'skill.maintenance:2 skill.mechanical-maintenance:2 skill.electrical-maintenance:2 skill.preventive-maintenance:2 skill.troubleshooting:2', 200, 0, 'Sesto San Giovanni', 'in-person', 'daytime', 10, ['gol', 'fse-plus'], { eqfLevel: 4 }),
  course('man-quality', 'Controllo qualità e strumenti di misura', 'Quality control and measuring instruments', p.sesto, 'skill.quality-control:2 skill.measuring-instruments:2 skill.spc:1 skill.non-conformity:2', 48, 480, 'Sesto San Giovanni', 'blended', 'evening', 6, ['fondi-interprofessionali', 'none']),
  course('man-lean', 'Lean production e miglioramento continuo', 'Lean production and continuous improvement', p.sesto, 'skill.lean:2 skill.kaizen:2 skill.value-stream-mapping:1', 24, 390, 'online', 'online', 'evening', 3, ['fondo-nuove-competenze', 'none']),
  course('man-line', 'Addetto/a alla produzione e al confezionamento', 'Production and packaging line operative', p.sesto, 'skill.production-line:2 skill.packaging-line:2 skill.machine-operation:2 skill.assembly:2', 60, 0, 'Rho', 'in-person', 'daytime', 3, ['gol']),

  // Construction
  course('con-electrician', 'Installatore/trice elettrico civile', 'Domestic electrician', p.edile, 'skill.electrical-installation:2 skill.electrical-panels:2 know.electrical-safety:2 skill.home-automation:1', 240, 0, 'Cernusco sul Naviglio', 'in-person', 'daytime', 12, ['gol', 'fse-plus'], { eqfLevel: 3 }),
  course('con-plumber', 'Idraulico/a e impianti termici', 'Plumbing and heating systems', p.edile, 'skill.plumbing:2 skill.hvac:2 skill.boiler-servicing:1', 200, 1700, 'Cernusco sul Naviglio', 'in-person', 'daytime', 10, ['dote-lavoro', 'none'], { eqfLevel: 3 }),
  course('con-scaffolding', 'Montaggio ponteggi (PiMUS)', 'Scaffold erection', p.edile, 'skill.scaffolding:2 skill.work-at-height:2', 28, 320, 'Cernusco sul Naviglio', 'in-person', 'weekend', 2, ['none'], { certificate: 'attestato ponteggiatore' }),
  course('con-height', 'Lavori in quota e DPI di terza categoria', 'Work at height and fall protection', p.sicurezza, 'skill.work-at-height:2 skill.ppe:2', 8, 140, 'Sesto San Giovanni', 'in-person', 'weekend', 1, ['none']),
  course('con-solar', 'Impianti fotovoltaici', 'Solar PV installation', p.edile, 'skill.solar-pv:2 skill.electrical-installation:1', 40, 480, 'Cernusco sul Naviglio', 'blended', 'weekend', 4, ['fondo-nuove-competenze', 'none']),
  course('con-mason', 'Muratore/trice: murature e intonaci', 'Bricklaying and plastering', p.edile, 'skill.masonry:2 skill.plastering:2 skill.construction-work:2 skill.construction-safety:2', 160, 0, 'Cernusco sul Naviglio', 'in-person', 'daytime', 8, ['gol'], { eqfLevel: 3 }),
  course('con-finishing', 'Cartongesso, pittura e finiture', 'Drywall, painting and finishes', p.edile, 'skill.drywall:2 skill.painting-decorating:2 skill.decorative-finishes:1', 80, 760, 'Cernusco sul Naviglio', 'in-person', 'daytime', 4, ['dote-lavoro', 'none']),

  // Retail
  course('ret-sales', 'Addetto/a alle vendite', 'Sales assistant', p.lambro, 'skill.retail-sales:2 skill.customer-service:2 skill.cash-register:2 skill.upselling:2 skill.shelf-stocking:2', 60, 0, 'Milano – Lambrate', 'in-person', 'daytime', 3, ['gol']),
  course('ret-cashier', 'Cassa e gestione del contante', 'Till and cash handling', p.lambro, 'skill.cash-register:2 skill.cash-handling:2', 12, 110, 'Milano – Lambrate', 'in-person', 'evening', 1, ['none']),
  course('ret-visual', 'Visual merchandising e vetrine', 'Visual merchandising and window dressing', p.lambro, 'skill.visual-merchandising:2 skill.window-dressing:2 skill.planogram:1', 40, 450, 'Milano – Lambrate', 'in-person', 'evening', 5, ['none']),
  course('ret-ecommerce', 'E-commerce e marketplace', 'E-commerce and marketplaces', p.digitale, 'skill.e-commerce:2 skill.marketplace-management:2 skill.omnichannel:1', 48, 520, 'online', 'online', 'evening', 6, ['fondo-nuove-competenze', 'none']),

  // Transversal
  course('tra-customer', 'Customer care e gestione dei reclami', 'Customer care and complaint handling', p.lambro, 'skill.customer-service:2 skill.customer-care:2 skill.complaint-handling:2 skill.communication:2', 24, 0, 'online', 'online', 'flexible', 3, ['gol']),
  course('tra-team', 'Comunicare e lavorare in squadra', 'Communication and teamwork', p.lambro, 'skill.communication:2 skill.teamwork:2 skill.conflict-management:1 skill.problem-solving:2', 16, 0, 'Milano – Lambrate', 'in-person', 'daytime', 2, ['gol', 'fondo-nuove-competenze']),

  // Languages (level = CEFR rank reached: 2 A2, 3 B1, 4 B2)
  course('lan-it-a2', 'Italiano per stranieri – A2', 'Italian as a second language – A2', p.lingue, 'lang.it:2', 80, 0, 'Milano – Città Studi', 'in-person', 'evening', 10, ['fse-plus'], { certificate: 'certificazione A2' }),
  course('lan-it-b1', 'Italiano per stranieri – B1', 'Italian as a second language – B1', p.lingue, 'lang.it:3', 100, 0, 'Milano – Città Studi', 'in-person', 'evening', 12, ['fse-plus', 'gol'], { certificate: 'certificazione B1' }),
  course('lan-en-b1', 'Inglese per il lavoro – B1', 'English for work – B1', p.lingue, 'lang.en:3', 60, 450, 'online', 'online', 'evening', 12, ['gol', 'none']),
  course('lan-en-b2', 'Inglese per il lavoro – B2', 'English for work – B2', p.lingue, 'lang.en:4', 80, 690, 'Milano – Città Studi', 'blended', 'evening', 16, ['fondi-interprofessionali', 'none']),
  course('lan-en-c1', 'Inglese professionale – C1', 'Professional English – C1', p.lingue, 'lang.en:5', 100, 980, 'Milano – Città Studi', 'blended', 'evening', 20, ['fondi-interprofessionali', 'none'], { certificate: 'certificazione C1' }),
  course('lan-en-tourism', 'Inglese per turismo e ristorazione', 'English for tourism and hospitality', p.lingue, 'lang.en:3 skill.guest-relations:2', 50, 380, 'Milano – Città Studi', 'in-person', 'evening', 10, ['gol', 'none']),
]

/**
 * An example course catalogue for the Milan area: 70+ courses of invented providers (hospitality,
 * logistics, safety, care, cleaning, office, digital, ICT, manufacturing, construction, retail,
 * languages) with hours, list prices, places, schedules and funding schemes. For demos, tests and
 * as a template for a real catalogue; not a real offer.
 *
 * @example
 * const catalogue = milanCourseCatalogue()
 * catalogue.courses.length // ≥ 60
 */
export function milanCourseCatalogue(): CourseCatalogue {
  return CourseCatalogueSchema.parse({ id: 'example-milano', version: '2027.1', area: 'Città metropolitana di Milano', courses })
}
