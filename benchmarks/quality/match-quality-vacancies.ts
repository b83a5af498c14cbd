/**
 * The 40 hand-written vacancies of the synthetic match evaluation set (20 Italian, 20 English), in the
 * styles of real ads: terse public employment centre ads (a CP2011 title in the plural with a free-text
 * suffix, one uppercase line of duties, place and contract), aggregator markdown postings (bold headings,
 * `*` bullets, escaped characters, company boilerplate, "(m/f)" titles), agency ads and plain English
 * postings. Companies, places and figures are invented. `key` lists the key skills the ad asks for (tags of
 * match-quality-occupations.ts); with `occupation` they decide the relevance labels.
 */

/** A vacancy of the evaluation set. */
export interface EvalVacancy {
  id: string
  language: 'it' | 'en'
  occupation: string
  style: 'cpi' | 'aggregator' | 'agency' | 'plain'
  key: readonly string[]
  text: string
}

export const vacancies: readonly EvalVacancy[] = [
  // ---------------------------------------------------------------- Italian: public employment centre
  {
    id: 'it-cpi-waiter',
    language: 'it',
    occupation: 'waiter',
    style: 'cpi',
    key: ['table-service', 'orders'],
    text: `Camerieri di ristorante - CAMERIERE/A DI SALA
SERVIZIO AI TAVOLI, PRESA COMANDE, SBARAZZO E RIASSETTO SALA. TURNI SERALI E FESTIVI
Sede di lavoro: Fiumicino
Contratto: LAVORO A TEMPO DETERMINATO`,
  },
  {
    id: 'it-cpi-cook',
    language: 'it',
    occupation: 'cook',
    style: 'cpi',
    key: ['cooking', 'haccp'],
    text: `Cuochi in alberghi e ristoranti - CUOCO/A CAPOPARTITA
PREPARAZIONE PRIMI E SECONDI PIATTI, GESTIONE DELLA PARTITA, RISPETTO PROCEDURE HACCP
Sede di lavoro: Frascati
Contratto: LAVORO A TEMPO INDETERMINATO`,
  },
  {
    id: 'it-cpi-health-assistant',
    language: 'it',
    occupation: 'health-assistant',
    style: 'cpi',
    key: ['personal-care', 'mobilisation'],
    text: `Professioni qualificate nei servizi sanitari e sociali - OPERATORE SOCIO SANITARIO
ASSISTENZA DIRETTA AGLI OSPITI DELLA STRUTTURA: IGIENE, ALZATE, MOBILIZZAZIONE, AIUTO AI PASTI. RICHIESTO ATTESTATO OSS
Sede di lavoro: Velletri
Contratto: LAVORO A TEMPO DETERMINATO`,
  },
  {
    id: 'it-cpi-warehouse',
    language: 'it',
    occupation: 'warehouse',
    style: 'cpi',
    key: ['forklift', 'picking'],
    text: `Magazzinieri e professioni assimilate - MAGAZZINIERE CON PATENTINO MULETTO
CARICO E SCARICO MERCI CON CARRELLO ELEVATORE, PREPARAZIONE ORDINI, SISTEMAZIONE SCAFFALI
Sede di lavoro: Pomezia
Contratto: LAVORO IN SOMMINISTRAZIONE`,
  },
  {
    id: 'it-cpi-truck-driver',
    language: 'it',
    occupation: 'truck-driver',
    style: 'cpi',
    key: ['licence-c', 'cqc'],
    text: `Conduttori di mezzi pesanti e camion - AUTISTA PATENTE CE + CQC
TRASPORTO MERCI CON AUTOARTICOLATO SU TERRITORIO NAZIONALE. NECESSARIA CARTA TACHIGRAFICA
Sede di lavoro: Civitavecchia
Contratto: LAVORO A TEMPO INDETERMINATO`,
  },
  {
    id: 'it-cpi-electrician',
    language: 'it',
    occupation: 'electrician',
    style: 'cpi',
    key: ['wiring', 'panels'],
    text: `Installatori e riparatori di apparati elettrici ed elettromeccanici - ELETTRICISTA
REALIZZAZIONE IMPIANTI ELETTRICI CIVILI E INDUSTRIALI, CABLAGGIO QUADRI, MANUTENZIONE
Sede di lavoro: Latina
Contratto: APPRENDISTATO PROFESSIONALIZZANTE`,
  },
  {
    id: 'it-cpi-bricklayer',
    language: 'it',
    occupation: 'bricklayer',
    style: 'cpi',
    key: ['masonry', 'plaster'],
    text: `Muratori in pietra e mattoni - MURATORE
OPERE MURARIE, INTONACI, PICCOLE DEMOLIZIONI IN CANTIERI DI RISTRUTTURAZIONE
Sede di lavoro: Guidonia Montecelio
Contratto: LAVORO A TEMPO DETERMINATO`,
  },
  {
    id: 'it-cpi-welder',
    language: 'it',
    occupation: 'welder',
    style: 'cpi',
    key: ['welding', 'fabrication'],
    text: `Saldatori e tagliatori a fiamma - SALDATORE TIG/MIG
SALDATURA DI STRUTTURE IN ACCIAIO E INOX, LETTURA DISEGNO TECNICO, CARPENTERIA
Sede di lavoro: Aprilia
Contratto: LAVORO A TEMPO DETERMINATO`,
  },
  {
    id: 'it-cpi-cashier',
    language: 'it',
    occupation: 'cashier',
    style: 'cpi',
    key: ['checkout', 'cash'],
    text: `Cassieri di esercizi commerciali - ADDETTO/A CASSA
GESTIONE CASSA, INCASSI, RIFORNIMENTO SCAFFALI NEL PUNTO VENDITA
Sede di lavoro: Viterbo
Contratto: LAVORO A TEMPO PARZIALE`,
  },
  {
    id: 'it-cpi-cleaner',
    language: 'it',
    occupation: 'cleaner',
    style: 'cpi',
    key: ['cleaning', 'sanitising'],
    text: `Personale non qualificato addetto alla pulizia nei servizi di alloggio e nelle navi - ADDETTO/A PULIZIE
PULIZIA E SANIFICAZIONE UFFICI E SERVIZI IGIENICI, USO LAVASCIUGA
Sede di lavoro: Roma
Contratto: LAVORO A TEMPO PARZIALE`,
  },
  // ---------------------------------------------------------------- Italian: aggregator markdown
  {
    id: 'it-agg-nurse',
    language: 'it',
    occupation: 'nurse',
    style: 'aggregator',
    key: ['drugs', 'clinical', 'monitoring'],
    text: `Infermiere/a - Reparto di Medicina (m/f)

**Chi siamo**

Casa di Cura Villa Serena è una struttura accreditata con il SSN con oltre 200 posti letto, attiva da più di quarant'anni nella cura e riabilitazione. Crediamo nella formazione continua e nel lavoro di squadra.

**La risorsa si occuperà di:**

* somministrazione della terapia e gestione degli accessi venosi
* rilevazione e monitoraggio dei parametri vitali
* medicazioni e prelievi
* compilazione della documentazione infermieristica
* collaborazione con l'équipe medica e il personale di supporto

**Requisiti**

* Laurea in Infermieristica e iscrizione all'OPI
* Esperienza in reparto di almeno 1 anno (anche neolaureati)
* Certificazione BLSD

**Offriamo**

* Contratto a tempo indeterminato CCNL AIOP
* Turni su 3 fasce orarie
* Mensa interna

Sede: Roma \\- zona Monteverde`,
  },
  {
    id: 'it-agg-regulatory',
    language: 'it',
    occupation: 'regulatory-affairs',
    style: 'aggregator',
    key: ['dossier', 'agency'],
    text: `Specialista Affari Regolatori \\- Regulatory Affairs (m/f)

**Descrizione azienda**

Farmaluce S.p.A. è un'azienda farmaceutica italiana con presenza in 30 paesi e una pipeline di farmaci equivalenti e prodotti OTC. Con sede a Milano, contiamo oltre 800 collaboratori.

**Descrizione del ruolo**

Inserita nel team Regulatory Affairs, la risorsa curerà il ciclo di vita delle autorizzazioni all'immissione in commercio dei prodotti del portafoglio.

**Principali responsabilità**

* Preparazione e revisione di dossier registrativi (moduli 1\\-3 CTD)
* Gestione delle variazioni e dei rinnovi di AIC
* Sottomissioni elettroniche in formato eCTD verso AIFA ed EMA
* Revisione di RCP, foglio illustrativo ed etichette

**Requisiti**

* Laurea in CTF, Farmacia, Chimica o Biotecnologie
* 2\\-3 anni di esperienza in ambito regolatorio
* Conoscenza delle procedure nazionali, MR e DC
* Inglese fluente

**Sede**: Milano (ibrido, 2 giorni da remoto)`,
  },
  {
    id: 'it-agg-medical-rep',
    language: 'it',
    occupation: 'medical-rep',
    style: 'aggregator',
    key: ['detailing', 'territory'],
    text: `Informatore Scientifico del Farmaco \\- Area Lazio (m/f)

**Chi siamo**

Medipharm Italia è una multinazionale attiva nell'area cardiovascolare e metabolica. Il nostro obiettivo è migliorare la vita dei pazienti attraverso terapie innovative.

**Il ruolo**

Riportando all'Area Manager, il/la candidato/a svolgerà attività di informazione scientifica presso medici di medicina generale e specialisti ospedalieri della provincia di Roma.

**Responsabilità**

* Visite regolari ai medici del territorio assegnato
* Presentazione dei dati clinici dei prodotti in linea con le normative
* Pianificazione dell'attività e reportistica su CRM
* Raggiungimento degli obiettivi di area

**Requisiti**

* Laurea in discipline scientifiche (D.Lgs. 219/06)
* Esperienza di almeno 2 anni come ISF
* Residenza nella zona di competenza, patente B

**Offriamo** auto aziendale, RAL commisurata all'esperienza, premi semestrali.`,
  },
  {
    id: 'it-agg-data-analyst',
    language: 'it',
    occupation: 'data-analyst',
    style: 'aggregator',
    key: ['sql', 'dashboards'],
    text: `Data Analyst Junior/Mid (m/f)

**L'azienda**

Retailnova è una catena di 150 negozi di elettronica in Italia che sta investendo nella trasformazione data\\-driven. Il team Data \\& Analytics supporta marketing, vendite e supply chain.

**Cosa farai**

* Estrazione e trasformazione dei dati con SQL su BigQuery
* Sviluppo e manutenzione di dashboard in Power BI
* Analisi ad hoc su vendite, promozioni e comportamento clienti
* Presentazione dei risultati alle funzioni di business

**Cosa cerchiamo**

* Laurea in Statistica, Economia, Ingegneria o affini
* Ottima conoscenza di SQL
* Esperienza con uno strumento di BI (Power BI, Tableau o Looker)
* Conoscenza di Python è un plus

**Sede** Bologna \\- ibrido`,
  },
  {
    id: 'it-agg-software-developer',
    language: 'it',
    occupation: 'software-developer',
    style: 'aggregator',
    key: ['backend', 'sql'],
    text: `Sviluppatore Backend Java (m/f)

**Chi siamo**

Codelab è una software house di 60 persone che sviluppa piattaforme per banche e assicurazioni. Lavoriamo in team agili e crediamo nella qualità del codice.

**Responsabilità**

* Progettazione e sviluppo di microservizi in Java 17 e Spring Boot
* Sviluppo di API REST e integrazione con sistemi terzi
* Modellazione dati su database relazionali (PostgreSQL, Oracle)
* Scrittura di test automatici e partecipazione alle code review

**Requisiti**

* 3\\+ anni di esperienza nello sviluppo backend Java
* Buona conoscenza di SQL
* Familiarità con Git, Docker e pipeline CI/CD

**Nice to have**: Kubernetes, Kafka, esperienza su cloud AWS.

Sede di lavoro: Roma EUR o full remote`,
  },
  // ---------------------------------------------------------------- Italian: agency
  {
    id: 'it-agency-cnc',
    language: 'it',
    occupation: 'cnc-operator',
    style: 'agency',
    key: ['cnc', 'programming', 'measuring'],
    text: `OPERATORE MACCHINE CNC

Lavorando S.p.A. Agenzia per il Lavoro \\- filiale di Pomezia ricerca per azienda cliente del settore metalmeccanico un/a OPERATORE CNC.

La risorsa si occuperà di attrezzaggio e conduzione di torni e centri di lavoro a controllo numerico, programmazione a bordo macchina (controlli Fanuc e Heidenhain) e controllo dimensionale dei pezzi con strumenti di misura.

Requisiti: diploma tecnico (meccanico), esperienza di almeno 2 anni nella mansione, capacità di lettura del disegno meccanico.

Si offre: contratto iniziale in somministrazione di 6 mesi con possibilità di assunzione, CCNL Metalmeccanico industria, orario su due turni.

Luogo di lavoro: Pomezia (RM)

La ricerca è rivolta a candidati ambosessi (L.903/77 e D.Lgs. 198/2006).`,
  },
  {
    id: 'it-agency-shop-assistant',
    language: 'it',
    occupation: 'shop-assistant',
    style: 'agency',
    key: ['selling', 'merchandising'],
    text: `Addetti vendita \\- negozio di abbigliamento

Selecta Lavoro S.p.A. ricerca per prestigioso brand di abbigliamento ADDETTI/E ALLA VENDITA per il punto vendita situato presso il centro commerciale Porta di Roma.

Le risorse si occuperanno di: accoglienza e vendita assistita alla clientela, allestimento e riordino del punto vendita secondo le linee guida di visual merchandising, gestione della cassa, ricevimento merce.

Requisiti: pregressa esperienza nella vendita (preferibilmente nel settore moda), disponibilità a lavorare su turni anche nel fine settimana, buona conoscenza della lingua inglese.

Contratto: tempo determinato 3 mesi, part time 24 ore, CCNL Commercio, 4° livello.

Luogo di lavoro: Roma`,
  },
  {
    id: 'it-agency-accounting',
    language: 'it',
    occupation: 'accounting-clerk',
    style: 'agency',
    key: ['bookkeeping', 'invoicing', 'erp'],
    text: `IMPIEGATO/A CONTABILE

Per azienda cliente operante nel settore della distribuzione alimentare ricerchiamo un/a impiegato/a contabile.

Mansioni:
\\- registrazioni di contabilità generale e prima nota
\\- registrazione fatture fornitori e emissione fatture elettroniche
\\- riconciliazioni bancarie, scadenziario clienti e fornitori
\\- supporto nelle liquidazioni IVA e nella chiusura di bilancio

Requisiti: diploma di ragioneria o laurea in economia, esperienza di almeno 3 anni in analoga mansione, conoscenza del gestionale TeamSystem o SAP, buon utilizzo di Excel.

Orario: full time dal lunedì al venerdì. Sede: Ciampino. Inserimento diretto in azienda a tempo indeterminato.`,
  },
  {
    id: 'it-agency-office-clerk',
    language: 'it',
    occupation: 'office-clerk',
    style: 'agency',
    key: ['admin', 'phone', 'excel'],
    text: `Impiegata/o amministrativa/o \\- segreteria

Primaopera Lavoro, filiale di Roma Prati, cerca per studio professionale un/a impiegato/a addetto/a alla segreteria.

Attività: accoglienza clienti e gestione del centralino, gestione della posta e dell'agenda dei professionisti, archiviazione e protocollo dei documenti, data entry e predisposizione di report in Excel.

Si richiede: diploma, ottima conoscenza del pacchetto Office, precisione e capacità organizzative, esperienza in ruolo analogo.

Si offre contratto in somministrazione di 3 mesi finalizzato all'assunzione, orario 9:00\\-18:00. Zona di lavoro: Roma Prati.`,
  },
  {
    id: 'it-agency-teacher',
    language: 'it',
    occupation: 'primary-teacher',
    style: 'agency',
    key: ['teaching', 'inclusion'],
    text: `Insegnante scuola primaria paritaria

Scuola primaria paritaria di Roma Nord cerca insegnante per l'anno scolastico in corso.

La/il docente si occuperà della programmazione e conduzione delle attività didattiche (area linguistica e matematica) in una classe terza, della valutazione degli alunni e dei rapporti con le famiglie, con attenzione alla didattica inclusiva per alunni con DSA e BES.

Requisiti: laurea in Scienze della Formazione Primaria (abilitante), esperienza di insegnamento, uso della LIM e del registro elettronico.

Contratto: CCNL AGIDAE, tempo determinato fino al 30 giugno.`,
  },
  // ---------------------------------------------------------------- English: aggregator markdown
  {
    id: 'en-agg-regulatory',
    language: 'en',
    occupation: 'regulatory-affairs',
    style: 'aggregator',
    key: ['dossier', 'agency'],
    text: `Regulatory Affairs Associate (m/f/d)

**Company Description**

At Nordavia Pharma we are 4,000\\+ people working across 25 countries to bring specialty medicines to patients. We value curiosity, integrity and collaboration, and we invest in the growth of every team member.

**Job Description**

As Regulatory Affairs Associate you will support the lifecycle management of our European product portfolio.

* Prepare and submit variations, renewals and notifications in eCTD format
* Author and review Module 1 and Module 3 documentation
* Liaise with EMA and national competent authorities (AIFA, BfArM)
* Review labelling, SmPC and patient leaflets for compliance
* Maintain regulatory databases and tracking tools

**Qualifications**

* Master's degree in Pharmacy, Pharmaceutical Chemistry (CTF), Biology or related field
* 2\\+ years of experience in regulatory affairs within the pharmaceutical industry
* Knowledge of EU procedures (centralised, DCP, MRP)
* Fluent English; Italian is a plus

**Additional Information**

Location: Milan, hybrid. We are an equal opportunity employer.`,
  },
  {
    id: 'en-agg-medical-rep',
    language: 'en',
    occupation: 'medical-rep',
    style: 'aggregator',
    key: ['detailing', 'territory', 'sales-targets'],
    text: `Medical Sales Representative \\- Cardiology, Lombardy (m/f)

**About us**

Cardiomed is a fast\\-growing medical company focused on cardiovascular therapies, with a strong presence in hospitals across Europe.

**Your role**

* Promote our portfolio to cardiologists, GPs and hospital pharmacists in your territory
* Present clinical data and product information in line with the code of conduct
* Plan your call cycle and keep CRM records up to date
* Achieve and exceed quarterly sales objectives, including tender support

**Your profile**

* Scientific degree (Biology, Pharmacy, Biotechnology or similar)
* At least 2 years of experience as a medical or pharmaceutical sales representative
* Valid driving licence; based in the Milan area
* Good English

**What we offer**: company car, bonus scheme, continuous training.`,
  },
  {
    id: 'en-agg-data-analyst',
    language: 'en',
    occupation: 'data-analyst',
    style: 'aggregator',
    key: ['sql', 'dashboards', 'python-analysis'],
    text: `Data Analyst (m/f/d) \\- Insurance

**Who we are**

Assicura Digital is the digital arm of a leading Italian insurance group. Our analytics team turns data into decisions for pricing, claims and customer experience.

**Responsibilities**

* Write efficient SQL to extract and combine data from the data warehouse
* Build and maintain dashboards in Tableau and Power BI
* Run analyses in Python (pandas) to answer business questions
* Present findings clearly to non\\-technical stakeholders

**Requirements**

* Degree in Statistics, Mathematics, Economics, Computer Science or similar
* 2\\+ years in a data analysis role
* Strong SQL and experience with a BI tool
* Working knowledge of Python or R

Location: Trieste or remote within Italy`,
  },
  {
    id: 'en-agg-software-developer',
    language: 'en',
    occupation: 'software-developer',
    style: 'aggregator',
    key: ['frontend', 'backend'],
    text: `Full Stack Developer (React / Node.js) (m/f)

**About the company**

Tripwise is a travel\\-tech scale\\-up with offices in Milan and Lisbon. Our booking platform serves two million travellers a month.

**What you'll do**

* Build features end to end across our React front end and Node.js services
* Design REST and GraphQL APIs
* Work with PostgreSQL and Redis
* Write tests, review code and ship to production several times a day

**What we're looking for**

* 3\\+ years of professional experience with TypeScript
* Solid experience with React and Node.js
* Good understanding of SQL databases
* Experience with Docker and cloud deployments (AWS or GCP)

**Benefits**: flexible hours, remote\\-friendly, learning budget.`,
  },
  {
    id: 'en-agg-nurse',
    language: 'en',
    occupation: 'nurse',
    style: 'aggregator',
    key: ['drugs', 'clinical', 'monitoring'],
    text: `Registered Nurse \\- Surgical Ward (m/f)

**About us**

Saint Luke International Hospital in Rome provides private healthcare to the international community, with English as the working language.

**Key responsibilities**

* Deliver high quality nursing care to surgical patients before and after operations
* Administer medications and IV therapy safely
* Monitor vital signs and escalate deteriorating patients
* Wound care, dressings and drain management
* Keep accurate nursing records

**Requirements**

* Nursing degree and registration with OPI (or eligibility)
* At least 1 year of hospital experience
* BLS certification; ALS is a plus
* Fluent English, conversational Italian

Full time, permanent contract.`,
  },
  {
    id: 'en-agg-accounting',
    language: 'en',
    occupation: 'accounting-clerk',
    style: 'aggregator',
    key: ['bookkeeping', 'reconciliation', 'erp'],
    text: `Accounts Assistant (m/f)

**Company Description**

Greenway Logistics Italia is part of an international freight forwarding group with 12 offices in Italy.

**Job Description**

* Process supplier invoices and post journal entries in SAP
* Prepare bank reconciliations and support month\\-end closing
* Manage accounts receivable and chase overdue payments
* Support the VAT team and external auditors

**Qualifications**

* Diploma in accounting or degree in Economics
* 2 years of experience in a similar role
* Good knowledge of SAP FI or a similar ERP and Excel
* Good command of English

Location: Genoa`,
  },
  {
    id: 'en-agg-office-clerk',
    language: 'en',
    occupation: 'office-clerk',
    style: 'aggregator',
    key: ['admin', 'phone', 'scheduling'],
    text: `Office Administrator (m/f)

**About us**

Studio Legale Ferri \\& Partners is an international law firm with offices in Rome and London.

**The role**

* Front desk: welcome clients and answer the switchboard
* Manage partners' diaries, meetings and travel
* Filing, archiving and general administrative support
* Data entry and document formatting in Word and Excel

**Requirements**

* High school diploma; previous office experience
* Excellent MS Office skills
* Fluent English and Italian

Location: Rome, Via Veneto area. Full time.`,
  },
  {
    id: 'en-agg-cnc',
    language: 'en',
    occupation: 'cnc-operator',
    style: 'aggregator',
    key: ['cnc', 'setup', 'drawings'],
    text: `CNC Machinist (m/f/d)

**About us**

Precitek is a precision engineering company supplying machined components to the aerospace and medical sectors.

**Tasks**

* Set up and operate 3 and 5 axis CNC milling machines and lathes
* Edit programs on Heidenhain and Fanuc controls
* Read technical drawings and check parts against tolerances
* Carry out first\\-off and in\\-process inspection with calipers and micrometers

**Profile**

* Technical diploma in mechanics
* At least 3 years of experience as a CNC machinist
* Ability to work on shifts

Location: Varese area. Permanent contract, CCNL Metalmeccanico.`,
  },
  {
    id: 'en-agg-warehouse',
    language: 'en',
    occupation: 'warehouse',
    style: 'aggregator',
    key: ['forklift', 'picking', 'wms'],
    text: `Warehouse Operative \\- Forklift Driver (m/f)

**Company**

FastShip Logistics runs a 40,000 sqm distribution centre serving e\\-commerce clients across Northern Italy.

**Duties**

* Load and unload trucks with counterbalance and reach trucks
* Pick and pack customer orders using RF scanners
* Put away incoming goods and carry out stock counts
* Keep the warehouse tidy and safe

**Requirements**

* Valid forklift licence (patentino carrellista)
* Experience with a WMS
* Availability for shift work, including nights

Location: Piacenza logistics hub`,
  },
  {
    id: 'en-agg-welder',
    language: 'en',
    occupation: 'welder',
    style: 'aggregator',
    key: ['welding', 'drawings'],
    text: `TIG/MIG Welder (m/f)

**About us**

Adriatica Steel builds steel structures and pressure equipment for the energy sector.

**Responsibilities**

* Weld carbon steel and stainless components with TIG and MIG/MAG processes
* Work from technical drawings and welding procedure specifications
* Grind and finish welds; carry out visual checks

**Requirements**

* Welding qualification to EN ISO 9606\\-1 (or willingness to qualify)
* 2\\+ years of experience in steel fabrication
* Basic English

Location: Ravenna. Overtime paid.`,
  },
  {
    id: 'en-agg-electrician',
    language: 'en',
    occupation: 'electrician',
    style: 'aggregator',
    key: ['wiring', 'fault-finding', 'schematics'],
    text: `Maintenance Electrician (m/f/d)

**Company Description**

Voltaria Facility Services maintains offices, hotels and data centres across Lombardy.

**Job Description**

* Install and maintain electrical systems in commercial buildings
* Fault finding on lighting, power and distribution boards
* Read electrical drawings and schematics
* Complete maintenance reports

**Qualifications**

* Electrical technician diploma or equivalent experience
* PES/PAV qualification
* 3 years of experience as an electrician
* Driving licence B

Location: Milan`,
  },
  {
    id: 'en-agg-shop-assistant',
    language: 'en',
    occupation: 'shop-assistant',
    style: 'aggregator',
    key: ['selling', 'customer-care'],
    text: `Sales Assistant \\- Flagship Store Florence (m/f)

**Who we are**

Luna Eyewear is an Italian brand of designer glasses with 80 stores worldwide.

**Your tasks**

* Welcome customers and guide them through our collections
* Reach individual and store sales targets
* Process payments and returns at the till
* Keep displays and the shop floor in perfect order

**Your profile**

* Previous retail experience, ideally in fashion or luxury
* Fluent English; another language is a plus
* Flexible availability including weekends

Part time 30 hours, Florence city centre.`,
  },
  // ---------------------------------------------------------------- English: plain postings
  {
    id: 'en-plain-waiter',
    language: 'en',
    occupation: 'waiter',
    style: 'plain',
    key: ['table-service', 'orders'],
    text: `Waiting staff needed - Trattoria Da Nino, Rome

We are a busy family-run trattoria in Trastevere looking for experienced waiting staff for the summer season.
You will serve tables, take orders, explain the menu to international guests and help set up and clear the dining room.
Previous experience in a restaurant is essential. Good English needed, Italian helpful.
Evening shifts, 5 days a week. Contract from May to October.`,
  },
  {
    id: 'en-plain-cook',
    language: 'en',
    occupation: 'cook',
    style: 'plain',
    key: ['cooking', 'prep'],
    text: `Cook / Chef de Partie

Hotel restaurant on Lake Garda seeks a cook to join a kitchen brigade of eight.
Responsibilities: running your section during service, preparing fresh pasta, sauces and meat and fish dishes, keeping your station clean and following HACCP procedures, helping with orders and stock.
Requirements: at least two years as a cook or chef de partie, food hygiene certificate.
Seasonal contract April-October, accommodation available.`,
  },
  {
    id: 'en-plain-health-assistant',
    language: 'en',
    occupation: 'health-assistant',
    style: 'plain',
    key: ['personal-care', 'mobilisation'],
    text: `Care Assistant - nursing home, Bologna

We are looking for care assistants to support elderly residents with their daily living: personal care and hygiene, moving and positioning, helping at mealtimes and reporting any change to the nurse on duty.
An OSS qualification or equivalent care certificate is required. Day and night shifts on a rota.
Permanent contract after a trial period.`,
  },
  {
    id: 'en-plain-truck-driver',
    language: 'en',
    occupation: 'truck-driver',
    style: 'plain',
    key: ['licence-c', 'cqc', 'tachograph'],
    text: `HGV Driver C+E - national routes

Our haulage company based near Verona needs drivers for full-load national transport with articulated trucks.
You must hold a C+E licence, a valid CPC (CQC) and a digital tachograph card. ADR is an advantage.
Most trips are overnight with return within the week. Competitive pay plus allowances.`,
  },
  {
    id: 'en-plain-bricklayer',
    language: 'en',
    occupation: 'bricklayer',
    style: 'plain',
    key: ['masonry', 'concrete'],
    text: `Bricklayer wanted

Construction company working on residential projects in the Rome area is hiring bricklayers.
Work includes building brick and block walls, formwork and concrete pours, and general site work.
You should have at least 3 years on building sites and a valid construction safety course. Own transport preferred.`,
  },
  {
    id: 'en-plain-cashier',
    language: 'en',
    occupation: 'cashier',
    style: 'plain',
    key: ['checkout', 'cash'],
    text: `Cashier - supermarket, Turin

Our supermarket is looking for cashiers for the checkouts.
Duties: serving customers at the tills, handling cash and card payments, cashing up at the end of the shift and helping to restock shelves when quiet.
Experience on a till is preferred. Part time, weekends included.`,
  },
  {
    id: 'en-plain-cleaner',
    language: 'en',
    occupation: 'cleaner',
    style: 'plain',
    key: ['cleaning', 'machines'],
    text: `Office cleaner - early mornings

A cleaning company in Milan needs cleaners for offices in the business district, 6am to 9am Monday to Friday.
Tasks: vacuuming, mopping, cleaning and sanitising washrooms, emptying bins, using a scrubber dryer in large areas.
Experience in commercial cleaning preferred. Immediate start.`,
  },
  {
    id: 'en-plain-teacher',
    language: 'en',
    occupation: 'primary-teacher',
    style: 'plain',
    key: ['teaching', 'assessment'],
    text: `Primary Class Teacher - International School of Milan

We are looking for a qualified primary teacher for a Year 4 class from September.
The teacher plans and delivers lessons across the curriculum, assesses pupils' progress and reports to parents, and supports children with additional learning needs.
Requirements: teaching qualification (PGCE or equivalent) and at least two years of classroom experience. Native or fluent English.`,
  },
]
