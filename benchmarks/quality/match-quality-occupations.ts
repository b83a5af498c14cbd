/**
 * Hand-written building blocks of the synthetic match evaluation set (see docs/benchmarks/match-quality.md):
 * for each occupation, the ways people describe their job title, duties, skills and schooling in a CV,
 * in Italian and English. Each duty or skill carries a tag (a key skill of this evaluation set, not a
 * taxonomy concept); the relevance labels are derived from occupations and tags by the rule in the docs.
 * Written for this project; no text comes from any real CV or vacancy.
 */

/** A key skill of the evaluation set with the phrasings of it. */
export type Phrases = readonly [tag: string, ...variants: string[]]

/** How people write one occupation into a CV, in one language. */
export interface CvBlocks {
  /** Job titles as people write them (the first few are the common ones). */
  titles: readonly string[]
  /** Duties: each a tag and its phrasings. */
  duties: readonly Phrases[]
  /** Short skill-list items: each a tag and its phrasings. */
  skills: readonly Phrases[]
  /** Schooling and courses. */
  education: readonly string[]
  /** Kinds of employer ("ristorante", "a logistics company"). */
  employers: readonly string[]
}

/** An occupation of the evaluation set. */
export interface Occupation {
  id: string
  /** ISCO-08 unit group (4 digits). */
  isco: string
  family: string
  /** Occupations that count as related (relevance 1) besides those in the same ISCO-08 minor group. */
  adjacent: readonly string[]
  it: CvBlocks
  en: CvBlocks
}

export const occupations: readonly Occupation[] = [
  {
    id: 'waiter',
    isco: '5131',
    family: 'hospitality',
    adjacent: ['bartender'],
    it: {
      titles: ['Cameriere di sala', 'Cameriera', 'Addetto al servizio in sala', 'Commis di sala', 'cameriere/runner'],
      duties: [
        ['table-service', 'servizio ai tavoli', 'servivo ai tavoli pranzo e cena', 'servizio al tavolo e sbarazzo', 'portare i piatti ai tavoli'],
        ['orders', 'presa delle comande', 'prendevo le ordinazioni anche col palmare', 'raccolta ordini dei clienti', 'comande con tablet'],
        ['mise-en-place', 'mise en place e riassetto sala', 'preparazione della sala e apparecchiatura tavoli', 'allestimento tavoli per banchetti e matrimoni'],
        ['customer-care', 'accoglienza dei clienti', 'gestione dei clienti e consigli sui piatti', 'rapporto con la clientela anche straniera'],
        ['cash', 'chiusura cassa a fine turno', 'incasso e conti al tavolo', 'uso della cassa e pos'],
      ],
      skills: [
        ['orders', 'palmare comande', 'gestione ordinazioni'],
        ['wine', 'conoscenza dei vini', 'abbinamento vini'],
        ['table-service', 'servizio alla carta', 'servizio banchetti'],
        ['haccp', 'attestato HACCP', 'corso haccp'],
        ['cash', 'cassa', 'POS'],
      ],
      education: ['Diploma istituto alberghiero (sala e vendita)', 'Licenza media', 'Qualifica operatore della ristorazione', 'Corso di sommelier primo livello'],
      employers: ['ristorante', 'trattoria', 'hotel 4 stelle', 'pizzeria', 'lido balneare', 'agriturismo'],
    },
    en: {
      titles: ['Waiter', 'Waitress', 'Server', 'Food and beverage server', 'Restaurant staff'],
      duties: [
        ['table-service', 'serving food and drinks at the tables', 'table service for lunch and dinner', 'served guests in a busy dining room'],
        ['orders', 'taking orders with a handheld device', 'took customer orders and passed them to the kitchen', 'order taking'],
        ['mise-en-place', 'setting up tables before service', 'laying tables for weddings and events', 'mise en place and cleaning the dining room'],
        ['customer-care', 'welcoming guests and recommending dishes', 'dealing with guests, also in Italian and Spanish', 'friendly customer service'],
        ['cash', 'handling bills and card payments', 'cashing up at the end of the shift'],
      ],
      skills: [
        ['orders', 'EPOS and order tablets', 'order handling'],
        ['wine', 'wine knowledge', 'wine pairing'],
        ['table-service', 'silver service', 'fine dining service'],
        ['haccp', 'food hygiene certificate', 'HACCP training'],
        ['cash', 'till', 'card payments'],
      ],
      education: ['Hospitality school diploma', 'High school diploma', 'Food hygiene level 2 course'],
      employers: ['restaurant', 'hotel restaurant', 'beach bar and restaurant', 'pub', 'cruise ship'],
    },
  },
  {
    id: 'cook',
    isco: '5120',
    family: 'hospitality',
    adjacent: ['kitchen-helper'],
    it: {
      titles: ['Cuoco', 'Cuoca', 'Chef de partie', 'Aiuto cuoco esperto', 'capo partita', 'Cuoco capopartita primi'],
      duties: [
        ['cooking', 'preparazione di primi e secondi piatti', 'cucinavo primi, secondi e contorni', 'preparazione piatti della tradizione romana', 'cottura carne e pesce alla griglia'],
        ['prep', 'preparazione della linea e dei semilavorati', 'pulizia e taglio verdure, sfilettatura pesce', 'preparazione impasti e pasta fresca'],
        ['menu', 'ideazione del menu del giorno', 'collaborazione con lo chef alla creazione dei menu', 'calcolo food cost'],
        ['haccp', 'rispetto delle norme HACCP', 'compilazione schede haccp e controllo temperature', 'igiene e pulizia della cucina'],
        ['stock', 'ordini ai fornitori e gestione magazzino cucina', 'controllo merce in arrivo e scadenze'],
      ],
      skills: [
        ['haccp', 'HACCP', 'attestato haccp aggiornato'],
        ['cooking', 'cucina mediterranea', 'cucina di pesce', 'pasticceria di base', 'cottura sottovuoto'],
        ['prep', 'pasta fresca', 'preparazione basi e fondi'],
        ['menu', 'food cost', 'creazione menu'],
      ],
      education: ['Diploma alberghiero indirizzo enogastronomia', 'Corso professionale di cucina (regionale)', 'Attestato HACCP', 'Scuola di cucina ALMA (corso breve)'],
      employers: ['ristorante', 'mensa aziendale', 'hotel', 'osteria', 'catering per eventi', 'ristorante di pesce'],
    },
    en: {
      titles: ['Cook', 'Chef de partie', 'Line cook', 'Sous chef', 'Commis chef'],
      duties: [
        ['cooking', 'cooking pasta, meat and fish dishes', 'running the grill section', 'preparing Italian dishes a la carte', 'cooked for up to 200 covers a night'],
        ['prep', 'mise en place and prep of vegetables and sauces', 'making fresh pasta and doughs', 'butchery and fish filleting'],
        ['menu', 'helping the head chef to plan menus', 'seasonal menu design and food costing'],
        ['haccp', 'keeping HACCP records and fridge temperatures', 'food safety and kitchen hygiene'],
        ['stock', 'ordering from suppliers and stock rotation', 'checking deliveries'],
      ],
      skills: [
        ['haccp', 'HACCP level 2', 'food safety'],
        ['cooking', 'Mediterranean cuisine', 'grill', 'pastry basics', 'sous vide'],
        ['menu', 'menu costing', 'menu planning'],
        ['prep', 'fresh pasta', 'knife skills'],
      ],
      education: ['Culinary school diploma', 'Professional cookery course', 'Hotel school (cookery)'],
      employers: ['restaurant', 'hotel kitchen', 'catering company', 'gastropub', 'company canteen'],
    },
  },
  {
    id: 'health-assistant',
    isco: '5321',
    family: 'care',
    adjacent: ['nurse'],
    it: {
      titles: ['Operatore Socio Sanitario (OSS)', 'OSS', 'Operatrice socio-sanitaria', 'Ausiliario socio assistenziale (ASA)', 'oss in RSA'],
      duties: [
        ['personal-care', 'igiene personale degli ospiti', 'aiuto nella cura della persona: igiene, vestizione, bagno', 'igiene a letto di pazienti allettati'],
        ['mobilisation', 'mobilizzazione e posizionamento dei pazienti', 'uso di sollevatori e ausili per lo spostamento', 'prevenzione delle piaghe da decubito'],
        ['meals-assist', 'aiuto nella somministrazione dei pasti', 'imboccare gli ospiti non autosufficienti'],
        ['ward', 'riordino delle stanze e rifacimento letti', 'sanificazione ambienti e presidi'],
        ['observation', 'osservazione e segnalazione all infermiere di cambiamenti', 'rilevazione parametri semplici e compilazione consegne'],
      ],
      skills: [
        ['personal-care', 'igiene della persona', 'cura della persona'],
        ['mobilisation', 'movimentazione pazienti', 'uso del sollevatore'],
        ['observation', 'consegne in cartella', 'parametri vitali di base'],
        ['elderly', 'assistenza anziani', 'assistenza disabili'],
      ],
      education: ['Qualifica OSS (1000 ore) Regione Lazio', 'Attestato di Operatore Socio Sanitario', 'Corso BLSD', 'Corso ASA'],
      employers: ['RSA', 'casa di riposo', 'ospedale', 'cooperativa sociale', 'clinica privata', 'centro diurno disabili'],
    },
    en: {
      titles: ['Healthcare assistant', 'Care assistant', 'Nursing assistant', 'Support worker', 'Health care aide'],
      duties: [
        ['personal-care', 'personal care of residents: washing, dressing, bathing', 'helping patients with personal hygiene', 'bed baths for bedridden patients'],
        ['mobilisation', 'moving and positioning patients with hoists', 'safe patient handling', 'pressure sore prevention'],
        ['meals-assist', 'helping residents at mealtimes', 'feeding assistance'],
        ['ward', 'bed making and keeping rooms clean', 'sanitising equipment'],
        ['observation', 'reporting changes to the nurse', 'taking basic observations and writing handover notes'],
      ],
      skills: [
        ['personal-care', 'personal care', 'dignity and hygiene care'],
        ['mobilisation', 'manual handling', 'hoist use'],
        ['observation', 'vital signs', 'care records'],
        ['elderly', 'dementia care', 'elderly care'],
      ],
      education: ['Care Certificate', 'OSS qualification (Italy)', 'BLS course'],
      employers: ['care home', 'nursing home', 'hospital ward', 'home care agency', 'RSA'],
    },
  },
  {
    id: 'nurse',
    isco: '2221',
    family: 'health',
    adjacent: ['health-assistant'],
    it: {
      titles: ['Infermiere', 'Infermiera', 'Infermiere professionale', 'Infermiera di reparto', 'infermiere di sala operatoria'],
      duties: [
        ['drugs', 'somministrazione della terapia farmacologica', 'preparazione e somministrazione farmaci e flebo', 'gestione terapia endovenosa'],
        ['clinical', 'medicazioni semplici e complesse', 'prelievi venosi e posizionamento cateteri', 'gestione accessi venosi centrali'],
        ['monitoring', 'monitoraggio dei parametri vitali', 'valutazione del paziente e pianificazione assistenziale', 'triage in pronto soccorso'],
        ['records', 'compilazione della cartella infermieristica', 'consegne e documentazione clinica'],
        ['team', 'collaborazione con medici e OSS', 'coordinamento del personale di supporto'],
      ],
      skills: [
        ['clinical', 'prelievi', 'medicazioni avanzate', 'cateterismo'],
        ['emergency', 'BLSD', 'ACLS', 'PBLS'],
        ['drugs', 'gestione terapia', 'pompe infusionali'],
        ['records', 'cartella clinica elettronica'],
      ],
      education: ['Laurea in Infermieristica', 'Iscrizione OPI', 'Master in area critica', 'Laurea triennale in scienze infermieristiche'],
      employers: ['ospedale', 'pronto soccorso', 'clinica privata', 'RSA', 'ASL', 'reparto di medicina interna'],
    },
    en: {
      titles: ['Registered nurse', 'Staff nurse', 'Nurse', 'ICU nurse', 'Ward nurse'],
      duties: [
        ['drugs', 'administering medication and IV therapy', 'drug rounds and IV infusions', 'medication management'],
        ['clinical', 'wound care and dressings', 'venepuncture and cannulation', 'catheter care'],
        ['monitoring', 'monitoring vital signs and assessing patients', 'triage in the emergency department', 'care planning'],
        ['records', 'keeping nursing records up to date', 'handover and clinical documentation'],
        ['team', 'working with doctors and care assistants', 'supervising healthcare assistants'],
      ],
      skills: [
        ['clinical', 'wound care', 'cannulation', 'phlebotomy'],
        ['emergency', 'BLS', 'ALS', 'ACLS'],
        ['drugs', 'IV therapy', 'infusion pumps'],
        ['records', 'electronic patient records'],
      ],
      education: ['BSc Nursing', 'Bachelor in Nursing (Italy), OPI registered', 'NMC registration in progress'],
      employers: ['hospital', 'emergency department', 'private clinic', 'nursing home', 'surgical ward'],
    },
  },
  {
    id: 'warehouse',
    isco: '4321',
    family: 'logistics',
    adjacent: ['truck-driver', 'delivery-driver'],
    it: {
      titles: ['Magazziniere', 'Magazziniera', 'Addetto al magazzino', 'Mulettista', 'Operatore logistico', 'carrellista'],
      duties: [
        ['forklift', 'uso del muletto frontale e retrattile', 'movimentazione merci con carrello elevatore', 'carico e scarico camion col muletto'],
        ['picking', 'preparazione ordini (picking) con lettore barcode', 'picking e packing', 'allestimento delle spedizioni'],
        ['goods-in', 'ricevimento merce e controllo bolle', 'controllo DDT e verifica colli', 'stoccaggio a scaffale'],
        ['inventory', 'inventari periodici', 'gestione giacenze su gestionale', 'inventario di fine anno'],
        ['wms', 'uso del WMS e del terminalino RF', 'registrazione movimenti su SAP'],
      ],
      skills: [
        ['forklift', 'patentino muletto', 'patentino carrelli elevatori', 'carrello retrattile'],
        ['picking', 'picking', 'lettore barcode', 'imballaggio'],
        ['wms', 'WMS', 'SAP (magazzino)', 'radiofrequenza'],
        ['inventory', 'inventario', 'gestione scorte'],
      ],
      education: ['Diploma di perito commerciale', 'Licenza media', 'Corso carrellisti (12 ore)', 'Corso sicurezza rischio medio'],
      employers: ['magazzino GDO', 'azienda di logistica', 'corriere espresso', 'e-commerce', 'deposito farmaceutico', 'cooperativa di facchinaggio'],
    },
    en: {
      titles: ['Warehouse operative', 'Warehouse worker', 'Forklift driver', 'Picker packer', 'Stock handler'],
      duties: [
        ['forklift', 'driving counterbalance and reach trucks', 'loading and unloading lorries with a forklift', 'moving pallets'],
        ['picking', 'picking and packing orders with a scanner', 'order picking', 'preparing outbound shipments'],
        ['goods-in', 'goods in: checking deliveries against delivery notes', 'putting away stock'],
        ['inventory', 'stock counts and cycle counting', 'keeping stock levels accurate'],
        ['wms', 'using the WMS and RF gun', 'booking movements in SAP'],
      ],
      skills: [
        ['forklift', 'forklift licence', 'reach truck', 'counterbalance forklift'],
        ['picking', 'pick and pack', 'barcode scanner'],
        ['wms', 'WMS', 'SAP WM'],
        ['inventory', 'stock control', 'inventory'],
      ],
      education: ['Forklift training certificate', 'High school diploma', 'Health and safety course'],
      employers: ['distribution centre', 'logistics company', 'online retailer warehouse', 'courier depot'],
    },
  },
  {
    id: 'truck-driver',
    isco: '8332',
    family: 'drivers',
    adjacent: ['delivery-driver'],
    it: {
      titles: ['Autista patente C', 'Autista camion', 'Camionista', 'Autista CE con CQC', 'Autotrasportatore'],
      duties: [
        ['long-haul', 'trasporto merci su tratte nazionali', 'viaggi nord-sud con bilico', 'trasporto internazionale (Francia, Germania)'],
        ['loading', 'carico e scarico con sponda idraulica', 'fissaggio del carico e controllo peso', 'carico e scarico presso clienti'],
        ['tachograph', 'uso del cronotachigrafo digitale e rispetto tempi di guida', 'gestione carta tachigrafica'],
        ['documents', 'gestione documenti di trasporto e bolle', 'compilazione CMR'],
        ['vehicle-care', 'controllo e piccola manutenzione del mezzo'],
      ],
      skills: [
        ['licence-c', 'patente C', 'patente CE', 'patente C+E'],
        ['cqc', 'CQC merci', 'carta di qualificazione del conducente'],
        ['tachograph', 'carta tachigrafica', 'cronotachigrafo'],
        ['adr', 'patentino ADR', 'ADR base'],
      ],
      education: ['Licenza media', 'Patente CE e CQC merci', 'Corso ADR'],
      employers: ['ditta di autotrasporti', 'azienda di logistica', 'cava di inerti', 'azienda di traslochi', 'impresa edile'],
    },
    en: {
      titles: ['HGV driver', 'Truck driver', 'Lorry driver Class 1', 'C+E driver', 'Heavy goods driver'],
      duties: [
        ['long-haul', 'national and international haulage', 'long distance trips across Europe', 'trunking between depots'],
        ['loading', 'loading and securing loads', 'tail lift deliveries to customers'],
        ['tachograph', 'digital tachograph and driving hours compliance', 'working time rules'],
        ['documents', 'delivery paperwork and CMR notes'],
        ['vehicle-care', 'daily vehicle checks'],
      ],
      skills: [
        ['licence-c', 'C+E licence', 'Class C licence', 'Italian driving licence C'],
        ['cqc', 'CPC', 'driver CPC (CQC)'],
        ['tachograph', 'digital tachograph card', 'tachograph'],
        ['adr', 'ADR certificate'],
      ],
      education: ['Driver CPC', 'ADR training'],
      employers: ['haulage company', 'logistics firm', 'building materials supplier'],
    },
  },
  {
    id: 'electrician',
    isco: '7411',
    family: 'construction',
    adjacent: ['plumber'],
    it: {
      titles: ['Elettricista', 'Elettricista impiantista', 'Installatore elettrico', 'elettricista civile e industriale', 'Apprendista elettricista'],
      duties: [
        ['wiring', 'realizzazione impianti elettrici civili', 'passaggio cavi, tracce e posa corrugati', 'cablaggio di abitazioni e uffici'],
        ['panels', 'cablaggio quadri elettrici', 'montaggio e collegamento quadri', 'quadristica bordo macchina'],
        ['fault-finding', 'ricerca guasti e manutenzione', 'interventi di riparazione su impianti esistenti', 'verifiche e misure con tester'],
        ['industrial', 'impianti industriali e canaline', 'impianti di forza motrice', 'automazione e PLC di base'],
        ['schematics', 'lettura di schemi elettrici', 'lavoro su disegni e schemi unifilari'],
      ],
      skills: [
        ['wiring', 'impianti civili', 'domotica'],
        ['panels', 'quadri elettrici', 'cablaggio'],
        ['schematics', 'schemi elettrici', 'disegno elettrico'],
        ['pes-pav', 'PES PAV', 'patentino PES/PAV'],
        ['fault-finding', 'ricerca guasti', 'misure con multimetro'],
      ],
      education: ['Diploma di perito elettrotecnico', 'Qualifica operatore elettrico', 'Corso PES PAV PEI', 'ITIS indirizzo elettrotecnica'],
      employers: ['impresa di impianti elettrici', 'ditta di manutenzioni', 'azienda di automazione', 'cantiere edile'],
    },
    en: {
      titles: ['Electrician', 'Electrical installer', 'Maintenance electrician', 'Industrial electrician', 'Apprentice electrician'],
      duties: [
        ['wiring', 'wiring new houses and flats', 'first and second fix installations', 'running cables and conduits'],
        ['panels', 'wiring control panels', 'building and installing distribution boards'],
        ['fault-finding', 'fault finding and repairs', 'testing and inspection with a multimeter', 'planned maintenance'],
        ['industrial', 'industrial installations and cable trays', 'three-phase motors and basic PLC'],
        ['schematics', 'reading electrical drawings and schematics'],
      ],
      skills: [
        ['wiring', 'domestic installations', 'home automation'],
        ['panels', 'panel wiring', 'switchboards'],
        ['schematics', 'electrical schematics'],
        ['pes-pav', 'PES/PAV electrical safety (Italy)', 'electrical safety certificate'],
        ['fault-finding', 'fault finding', 'testing'],
      ],
      education: ['Electrical technician diploma (ITIS)', 'NVQ Level 3 electrical', 'PES/PAV course'],
      employers: ['electrical contractor', 'facility maintenance company', 'automation company', 'construction site'],
    },
  },
  {
    id: 'bricklayer',
    isco: '7112',
    family: 'construction',
    adjacent: ['plumber'],
    it: {
      titles: ['Muratore', 'Muratore qualificato', 'Operaio edile', 'Capo squadra muratori', 'manovale edile'],
      duties: [
        ['masonry', 'costruzione di murature in laterizio e blocchi', 'tirare su muri e tramezzi', 'murature faccia a vista'],
        ['plaster', 'intonaci e rasature', 'intonaco a mano e con macchina', 'stuccature'],
        ['concrete', 'getti di calcestruzzo e casseforme', 'armatura e getto solai', 'preparazione malta e cemento'],
        ['renovation', 'ristrutturazioni di appartamenti', 'demolizioni e rifacimento bagni', 'posa di pavimenti e rivestimenti'],
        ['site-safety', 'montaggio ponteggi', 'lavoro in quota con imbracature'],
      ],
      skills: [
        ['masonry', 'murature', 'laterizi'],
        ['plaster', 'intonaci', 'cartongesso'],
        ['concrete', 'casseri', 'cemento armato'],
        ['site-safety', 'corso ponteggi', 'sicurezza cantiere 16 ore'],
        ['renovation', 'ristrutturazioni', 'piastrelle'],
      ],
      education: ['Licenza media', 'Corso 16 ore sicurezza edilizia (Formedil)', 'Corso montaggio ponteggi PiMUS'],
      employers: ['impresa edile', 'ditta di ristrutturazioni', 'cantiere', 'impresa di costruzioni'],
    },
    en: {
      titles: ['Bricklayer', 'Builder', 'Construction worker', 'Mason', 'General labourer (construction)'],
      duties: [
        ['masonry', 'laying bricks and blocks', 'building walls and partitions', 'face brickwork'],
        ['plaster', 'plastering and rendering', 'skimming walls'],
        ['concrete', 'formwork and pouring concrete', 'mixing mortar and concrete'],
        ['renovation', 'renovating flats and bathrooms', 'demolition and tiling'],
        ['site-safety', 'erecting scaffolding', 'working at height safely'],
      ],
      skills: [
        ['masonry', 'brickwork', 'blockwork'],
        ['plaster', 'plastering', 'drywall'],
        ['concrete', 'formwork', 'reinforced concrete'],
        ['site-safety', 'CSCS card', 'scaffolding course'],
        ['renovation', 'tiling', 'renovation'],
      ],
      education: ['Construction safety course', 'NVQ level 2 bricklaying'],
      employers: ['building contractor', 'renovation company', 'construction company'],
    },
  },
  {
    id: 'cnc-operator',
    isco: '7223',
    family: 'manufacturing',
    adjacent: ['welder'],
    it: {
      titles: ['Operatore CNC', 'Tornitore', 'Fresatore CNC', 'Operatore macchine utensili', 'Attrezzista CNC', 'tornitore/fresatore'],
      duties: [
        ['cnc', 'conduzione di torni e frese a controllo numerico', 'attrezzaggio e conduzione centri di lavoro', 'lavorazioni meccaniche su macchine CNC'],
        ['programming', 'programmazione a bordo macchina Fanuc e Siemens', 'modifica programmi ISO', 'programmazione CAM'],
        ['measuring', 'controllo dimensionale con calibro e micrometro', 'controllo qualita dei pezzi', 'misure con comparatore'],
        ['drawings', 'lettura del disegno meccanico', 'interpretazione delle tolleranze a disegno'],
        ['setup', 'cambio utensili e piazzamento pezzi', 'attrezzaggio macchina'],
      ],
      skills: [
        ['cnc', 'tornio CNC', 'centro di lavoro', 'fresa'],
        ['programming', 'Fanuc', 'Heidenhain', 'Siemens Sinumerik', 'linguaggio ISO'],
        ['measuring', 'calibro', 'micrometro', 'strumenti di misura'],
        ['drawings', 'disegno meccanico', 'disegno tecnico'],
      ],
      education: ['Diploma di perito meccanico', 'Qualifica operatore meccanico', 'Corso programmazione CNC', 'ITIS meccanica'],
      employers: ['officina meccanica', 'azienda metalmeccanica', 'costruzione stampi', 'azienda aerospaziale'],
    },
    en: {
      titles: ['CNC machinist', 'CNC operator', 'Machine tool operator', 'CNC setter', 'Turner/miller'],
      duties: [
        ['cnc', 'running CNC lathes and milling machines', 'operating machining centres', 'precision machining of metal parts'],
        ['programming', 'editing programs on Fanuc and Siemens controls', 'G-code programming', 'CAM programming'],
        ['measuring', 'checking parts with calipers and micrometers', 'first-off inspection'],
        ['drawings', 'reading engineering drawings and tolerances'],
        ['setup', 'setting up tools and fixtures', 'tool changes'],
      ],
      skills: [
        ['cnc', 'CNC lathe', 'CNC milling'],
        ['programming', 'Fanuc', 'Heidenhain', 'G-code'],
        ['measuring', 'calipers', 'micrometers'],
        ['drawings', 'technical drawings', 'GD&T'],
      ],
      education: ['Mechanical technician diploma', 'CNC programming course'],
      employers: ['engineering workshop', 'precision engineering company', 'automotive supplier'],
    },
  },
  {
    id: 'welder',
    isco: '7212',
    family: 'manufacturing',
    adjacent: ['cnc-operator'],
    it: {
      titles: ['Saldatore', 'Saldatore TIG', 'Saldatore a filo', 'Carpentiere saldatore', 'saldocarpentiere'],
      duties: [
        ['welding', 'saldatura TIG e MIG/MAG su acciaio e inox', 'saldature a filo e ad elettrodo', 'saldatura di tubazioni'],
        ['fabrication', 'carpenteria metallica leggera e pesante', 'montaggio di strutture in ferro', 'taglio e piegatura lamiere'],
        ['drawings', 'lettura del disegno tecnico', 'lavoro su disegno'],
        ['finishing', 'molatura e finitura delle saldature', 'controllo visivo dei cordoni'],
      ],
      skills: [
        ['welding', 'TIG', 'MIG', 'MAG', 'elettrodo', 'patentino di saldatura'],
        ['fabrication', 'carpenteria', 'flessibile', 'taglio plasma'],
        ['drawings', 'disegno tecnico'],
      ],
      education: ['Patentino saldatore EN ISO 9606-1', 'Qualifica operatore meccanico', 'Corso di saldatura'],
      employers: ['carpenteria metallica', 'cantiere navale', 'officina', 'azienda di impianti'],
    },
    en: {
      titles: ['Welder', 'TIG welder', 'MIG welder', 'Welder fabricator', 'Steel fabricator'],
      duties: [
        ['welding', 'TIG and MIG welding of steel and stainless', 'stick welding on site', 'pipe welding'],
        ['fabrication', 'steel fabrication', 'assembling steel structures', 'cutting and bending sheet metal'],
        ['drawings', 'working from technical drawings'],
        ['finishing', 'grinding and finishing welds', 'visual weld inspection'],
      ],
      skills: [
        ['welding', 'TIG', 'MIG/MAG', 'coded welder ISO 9606'],
        ['fabrication', 'fabrication', 'plasma cutting'],
        ['drawings', 'blueprint reading'],
      ],
      education: ['Welding qualification ISO 9606-1', 'Welding course'],
      employers: ['steel fabrication shop', 'shipyard', 'engineering company'],
    },
  },
  {
    id: 'shop-assistant',
    isco: '5223',
    family: 'retail',
    adjacent: ['cashier'],
    it: {
      titles: ['Commessa', 'Commesso', 'Addetto alle vendite', 'Sales assistant', 'Addetta vendita abbigliamento', 'commessa/scaffalista'],
      duties: [
        ['selling', 'vendita assistita al cliente', 'consigliare i clienti nella scelta dei prodotti', 'raggiungimento obiettivi di vendita'],
        ['merchandising', 'allestimento vetrine', 'riassortimento e sistemazione scaffali', 'visual merchandising'],
        ['cash', 'gestione della cassa', 'incassi, resi e chiusura cassa'],
        ['stock-shop', 'ricevimento merce in negozio', 'prezzatura e inventari'],
        ['customer-care', 'assistenza post vendita e cambi merce', 'accoglienza clienti'],
      ],
      skills: [
        ['selling', 'tecniche di vendita', 'vendita assistita'],
        ['merchandising', 'visual merchandising', 'allestimento vetrine'],
        ['cash', 'cassa', 'registratore di cassa'],
        ['customer-care', 'customer care', 'orientamento al cliente'],
      ],
      education: ['Diploma di liceo linguistico', 'Diploma tecnico commerciale', 'Corso di visual merchandising'],
      employers: ['negozio di abbigliamento', 'centro commerciale', 'catena di elettronica', 'profumeria', 'negozio di calzature'],
    },
    en: {
      titles: ['Sales assistant', 'Shop assistant', 'Retail assistant', 'Sales advisor', 'Store associate'],
      duties: [
        ['selling', 'helping customers choose products', 'meeting sales targets', 'upselling accessories'],
        ['merchandising', 'dressing windows and displays', 'restocking shelves', 'visual merchandising'],
        ['cash', 'working the till and processing returns', 'cashing up'],
        ['stock-shop', 'receiving deliveries in store', 'price labelling and stock takes'],
        ['customer-care', 'customer service and exchanges', 'greeting customers'],
      ],
      skills: [
        ['selling', 'sales techniques', 'retail sales'],
        ['merchandising', 'visual merchandising'],
        ['cash', 'till operation', 'cash handling'],
        ['customer-care', 'customer service'],
      ],
      education: ['High school diploma', 'Retail skills course'],
      employers: ['fashion store', 'shopping centre', 'electronics retailer', 'department store'],
    },
  },
  {
    id: 'cashier',
    isco: '5230',
    family: 'retail',
    adjacent: ['shop-assistant'],
    it: {
      titles: ['Cassiera', 'Cassiere', 'Addetta cassa', 'Cassiera/scaffalista', 'operatore di cassa supermercato'],
      duties: [
        ['checkout', 'battitura prodotti alla cassa', 'gestione della cassa e dei pagamenti', 'servizio alle casse del supermercato'],
        ['cash', 'chiusura cassa e conteggio fondo', 'incassi in contanti e con carte', 'quadratura di fine giornata'],
        ['shelving', 'rifornimento scaffali e controllo scadenze', 'riordino reparto'],
        ['customer-care', 'assistenza clienti e gestione resi', 'informazioni alla clientela'],
      ],
      skills: [
        ['checkout', 'cassa', 'casse automatiche', 'scanner'],
        ['cash', 'gestione contanti', 'pos'],
        ['shelving', 'scaffalatura', 'rotazione prodotti'],
        ['customer-care', 'cortesia con il cliente'],
      ],
      education: ['Diploma di ragioneria', 'Licenza media', 'Corso HACCP'],
      employers: ['supermercato', 'discount', 'ipermercato', 'stazione di servizio', 'farmacia'],
    },
    en: {
      titles: ['Cashier', 'Checkout operator', 'Till operator', 'Cashier / shelf stacker'],
      duties: [
        ['checkout', 'scanning items at the checkout', 'serving customers on the tills'],
        ['cash', 'counting the float and cashing up', 'cash and card payments'],
        ['shelving', 'stacking shelves and checking dates', 'facing up the aisles'],
        ['customer-care', 'dealing with refunds and queries'],
      ],
      skills: [
        ['checkout', 'checkout', 'self-checkout support'],
        ['cash', 'cash handling'],
        ['shelving', 'shelf stacking', 'stock rotation'],
        ['customer-care', 'customer service'],
      ],
      education: ['High school diploma'],
      employers: ['supermarket', 'discount store', 'petrol station shop'],
    },
  },
  {
    id: 'accounting-clerk',
    isco: '4311',
    family: 'office',
    adjacent: ['office-clerk'],
    it: {
      titles: ['Impiegata contabile', 'Impiegato amministrativo contabile', 'Addetta alla contabilita', 'Contabile', 'Assistente contabile'],
      duties: [
        ['bookkeeping', 'prima nota e registrazioni contabili', 'contabilita generale fino al bilancio', 'registrazione fatture attive e passive'],
        ['invoicing', 'emissione fatture elettroniche', 'fatturazione attiva e passiva', 'gestione sdi e fatture elettroniche'],
        ['reconciliation', 'riconciliazioni bancarie', 'gestione incassi e pagamenti', 'solleciti clienti'],
        ['vat', 'liquidazioni IVA', 'adempimenti fiscali F24', 'supporto al commercialista'],
        ['erp', 'uso del gestionale TeamSystem', 'contabilita su Zucchetti', 'registrazioni su SAP FI'],
      ],
      skills: [
        ['bookkeeping', 'contabilita generale', 'partita doppia', 'prima nota'],
        ['erp', 'TeamSystem', 'Zucchetti', 'SAP', 'gestionale Mexal'],
        ['excel', 'Excel', 'Excel avanzato', 'pacchetto Office'],
        ['vat', 'IVA', 'F24'],
        ['invoicing', 'fatturazione elettronica'],
      ],
      education: ['Diploma di ragioneria', 'Laurea in Economia aziendale', 'Corso di contabilita e paghe'],
      employers: ['studio commercialista', 'azienda manifatturiera', 'societa di servizi', 'concessionaria auto'],
    },
    en: {
      titles: ['Accounts assistant', 'Bookkeeper', 'Accounting clerk', 'Accounts payable clerk', 'Junior accountant'],
      duties: [
        ['bookkeeping', 'bookkeeping and journal entries', 'general ledger up to the trial balance', 'posting purchase and sales invoices'],
        ['invoicing', 'issuing e-invoices', 'accounts payable and receivable'],
        ['reconciliation', 'bank reconciliations', 'credit control and payment runs'],
        ['vat', 'VAT returns', 'supporting the external accountant'],
        ['erp', 'working on SAP FI', 'Sage and Xero', 'TeamSystem (Italian ERP)'],
      ],
      skills: [
        ['bookkeeping', 'bookkeeping', 'double entry', 'general ledger'],
        ['erp', 'SAP', 'Sage', 'Xero', 'TeamSystem'],
        ['excel', 'Excel (pivot tables, VLOOKUP)', 'MS Office'],
        ['vat', 'VAT'],
        ['invoicing', 'e-invoicing'],
      ],
      education: ['Diploma in accounting (ragioneria)', 'BSc Economics', 'AAT Level 3'],
      employers: ['accountancy firm', 'manufacturing company', 'service company'],
    },
  },
  {
    id: 'office-clerk',
    isco: '4110',
    family: 'office',
    adjacent: ['accounting-clerk', 'receptionist'],
    it: {
      titles: ['Impiegata amministrativa', 'Segretaria', 'Impiegato d ufficio', 'Addetta segreteria', 'back office', 'Assistente amministrativa'],
      duties: [
        ['admin', 'gestione pratiche amministrative', 'archiviazione documenti e protocollo', 'data entry e aggiornamento anagrafiche'],
        ['phone', 'centralino e smistamento telefonate', 'gestione posta elettronica e telefonate', 'accoglienza visitatori'],
        ['scheduling', 'gestione agenda e appuntamenti', 'organizzazione riunioni e trasferte'],
        ['orders-office', 'inserimento ordini clienti', 'preparazione DDT e documenti di trasporto', 'rapporti con fornitori'],
        ['excel', 'report in Excel', 'redazione lettere e documenti in Word'],
      ],
      skills: [
        ['excel', 'Excel', 'Word', 'pacchetto Office', 'Google Workspace'],
        ['admin', 'archiviazione', 'data entry', 'protocollo'],
        ['phone', 'centralino', 'front office'],
        ['scheduling', 'gestione agenda'],
      ],
      education: ['Diploma di ragioneria', 'Diploma liceo', 'Corso di segreteria', 'ECDL'],
      employers: ['studio medico', 'azienda di servizi', 'studio legale', 'agenzia immobiliare', 'azienda commerciale'],
    },
    en: {
      titles: ['Office administrator', 'Administrative assistant', 'Secretary', 'Office clerk', 'Back office assistant'],
      duties: [
        ['admin', 'filing and document management', 'data entry and updating client records', 'general admin'],
        ['phone', 'answering the switchboard', 'handling emails and calls', 'greeting visitors'],
        ['scheduling', 'managing diaries and appointments', 'booking meetings and travel'],
        ['orders-office', 'entering customer orders', 'preparing shipping documents', 'liaising with suppliers'],
        ['excel', 'reports in Excel', 'letters in Word'],
      ],
      skills: [
        ['excel', 'MS Office', 'Excel', 'Google Workspace'],
        ['admin', 'data entry', 'filing'],
        ['phone', 'switchboard', 'front desk'],
        ['scheduling', 'diary management'],
      ],
      education: ['High school diploma', 'Secretarial course', 'ECDL'],
      employers: ['law firm', 'service company', 'medical practice', 'estate agency'],
    },
  },
  {
    id: 'software-developer',
    isco: '2512',
    family: 'ict',
    adjacent: ['data-analyst'],
    it: {
      titles: ['Sviluppatore software', 'Programmatore', 'Full stack developer', 'Sviluppatrice backend', 'Programmatore Java', 'web developer'],
      duties: [
        ['backend', 'sviluppo di servizi REST in Java Spring Boot', 'sviluppo backend in Node.js', 'API REST e microservizi'],
        ['frontend', 'sviluppo di interfacce in React', 'frontend Angular e TypeScript', 'siti web responsive'],
        ['sql', 'progettazione database e query SQL', 'modellazione dati su PostgreSQL'],
        ['devops', 'pipeline CI/CD e Docker', 'deploy su AWS', 'containerizzazione con Kubernetes'],
        ['testing', 'test automatici e code review', 'unit test con JUnit'],
      ],
      skills: [
        ['backend', 'Java', 'Spring Boot', 'Node.js', 'C#', '.NET'],
        ['frontend', 'React', 'Angular', 'TypeScript', 'JavaScript', 'HTML/CSS'],
        ['sql', 'SQL', 'PostgreSQL', 'MySQL'],
        ['devops', 'Docker', 'Git', 'AWS', 'Kubernetes'],
        ['testing', 'JUnit', 'TDD'],
      ],
      education: ['Laurea in Informatica', 'Laurea in Ingegneria informatica', 'Diploma ITIS informatica', 'Bootcamp full stack'],
      employers: ['software house', 'societa di consulenza IT', 'startup', 'banca (reparto IT)'],
    },
    en: {
      titles: ['Software developer', 'Software engineer', 'Backend developer', 'Full-stack developer', 'Java developer', 'Frontend engineer'],
      duties: [
        ['backend', 'building REST APIs in Java and Spring Boot', 'backend services in Node.js', 'microservices in Go'],
        ['frontend', 'React single page applications', 'Angular front ends in TypeScript'],
        ['sql', 'database design and SQL queries', 'PostgreSQL schema design'],
        ['devops', 'CI/CD pipelines and Docker', 'deploying to AWS and Kubernetes'],
        ['testing', 'automated tests and code reviews', 'unit and integration testing'],
      ],
      skills: [
        ['backend', 'Java', 'Spring', 'Node.js', 'Python', 'Go'],
        ['frontend', 'React', 'TypeScript', 'Angular', 'JavaScript'],
        ['sql', 'SQL', 'PostgreSQL'],
        ['devops', 'Docker', 'Git', 'AWS', 'Kubernetes'],
        ['testing', 'Jest', 'JUnit'],
      ],
      education: ['BSc Computer Science', 'MSc Software Engineering', 'Laurea in Informatica (Italy)'],
      employers: ['software company', 'fintech startup', 'IT consultancy', 'e-commerce company'],
    },
  },
  {
    id: 'data-analyst',
    isco: '2511',
    family: 'ict',
    adjacent: ['software-developer'],
    it: {
      titles: ['Data analyst', 'Analista dati', 'Business analyst', 'BI analyst', 'Analista di business intelligence'],
      duties: [
        ['sql', 'estrazione dati con query SQL', 'interrogazione database aziendali'],
        ['dashboards', 'dashboard in Power BI', 'reportistica e KPI in Tableau', 'cruscotti direzionali'],
        ['python-analysis', 'analisi dati in Python (pandas)', 'modelli statistici in R', 'pulizia e preparazione dei dataset'],
        ['excel', 'report in Excel con tabelle pivot', 'analisi di vendita su Excel'],
        ['stakeholders', 'raccolta requisiti con il business', 'presentazione dei risultati al management'],
      ],
      skills: [
        ['sql', 'SQL', 'BigQuery'],
        ['dashboards', 'Power BI', 'Tableau', 'Looker'],
        ['python-analysis', 'Python', 'pandas', 'R', 'statistica'],
        ['excel', 'Excel avanzato'],
      ],
      education: ['Laurea in Statistica', 'Laurea in Economia', 'Master in Data Science', 'Laurea in Matematica'],
      employers: ['societa di consulenza', 'azienda retail', 'compagnia assicurativa', 'operatore telefonico'],
    },
    en: {
      titles: ['Data analyst', 'BI analyst', 'Business intelligence analyst', 'Reporting analyst', 'Junior data scientist'],
      duties: [
        ['sql', 'writing SQL queries to extract data', 'querying the data warehouse'],
        ['dashboards', 'building dashboards in Power BI', 'KPI reporting in Tableau'],
        ['python-analysis', 'data analysis in Python and pandas', 'statistical analysis in R', 'cleaning and preparing datasets'],
        ['excel', 'Excel reports with pivot tables'],
        ['stakeholders', 'gathering requirements from business teams', 'presenting insights to management'],
      ],
      skills: [
        ['sql', 'SQL', 'BigQuery', 'Snowflake'],
        ['dashboards', 'Power BI', 'Tableau', 'Looker'],
        ['python-analysis', 'Python', 'pandas', 'R', 'statistics'],
        ['excel', 'advanced Excel'],
      ],
      education: ['BSc Statistics', 'MSc Data Science', 'Laurea in Economia (Italy)'],
      employers: ['consulting firm', 'retail company', 'insurance company', 'telecom operator'],
    },
  },
  {
    id: 'cleaner',
    isco: '9112',
    family: 'cleaning',
    adjacent: ['domestic-cleaner'],
    it: {
      titles: ['Addetta alle pulizie', 'Addetto pulizie', 'Operatrice delle pulizie', 'Pulizie uffici', 'operaio addetto pulizie industriali'],
      duties: [
        ['cleaning', 'pulizia di uffici e scale condominiali', 'pulizie civili e industriali', 'spolvero, lavaggio pavimenti e svuotamento cestini'],
        ['machines', 'uso di lavasciuga e monospazzola', 'lavaggio pavimenti con macchinari'],
        ['sanitising', 'sanificazione bagni e spogliatoi', 'pulizia e sanificazione ambienti sanitari'],
        ['products', 'uso corretto dei prodotti e diluizioni', 'rispetto schede di sicurezza dei prodotti'],
      ],
      skills: [
        ['machines', 'lavasciuga', 'monospazzola'],
        ['cleaning', 'pulizie civili', 'pulizie industriali'],
        ['sanitising', 'sanificazione'],
      ],
      education: ['Licenza media', 'Corso sicurezza lavoratori'],
      employers: ['impresa di pulizie', 'cooperativa di servizi', 'ospedale (appalto pulizie)', 'centro commerciale'],
    },
    en: {
      titles: ['Cleaner', 'Office cleaner', 'Cleaning operative', 'Industrial cleaner'],
      duties: [
        ['cleaning', 'cleaning offices and common areas', 'vacuuming, mopping and emptying bins'],
        ['machines', 'using scrubber dryers and floor polishers'],
        ['sanitising', 'sanitising toilets and changing rooms', 'deep cleaning in hospitals'],
        ['products', 'safe use of cleaning chemicals (COSHH)'],
      ],
      skills: [
        ['machines', 'scrubber dryer', 'floor buffer'],
        ['cleaning', 'commercial cleaning'],
        ['sanitising', 'sanitisation'],
      ],
      education: ['Health and safety course'],
      employers: ['cleaning company', 'facility services company', 'hospital'],
    },
  },
  {
    id: 'primary-teacher',
    isco: '2341',
    family: 'education',
    adjacent: ['childcare-educator'],
    it: {
      titles: ['Insegnante scuola primaria', 'Maestra elementare', 'Docente di scuola primaria', 'Insegnante di sostegno (primaria)', 'maestro'],
      duties: [
        ['teaching', 'insegnamento di italiano, matematica e storia', 'programmazione didattica annuale', 'lezioni in classi di 20 alunni'],
        ['inclusion', 'redazione del PEI e sostegno ad alunni con disabilita', 'didattica inclusiva per BES e DSA'],
        ['assessment', 'valutazione e compilazione del registro elettronico', 'colloqui con le famiglie'],
        ['activities', 'laboratori creativi e progetti di lettura', 'uscite didattiche'],
      ],
      skills: [
        ['teaching', 'didattica', 'programmazione didattica'],
        ['inclusion', 'sostegno', 'DSA', 'BES'],
        ['assessment', 'registro elettronico'],
        ['lim', 'LIM', 'didattica digitale'],
      ],
      education: ['Laurea in Scienze della Formazione Primaria', 'Abilitazione all insegnamento', 'Specializzazione sul sostegno (TFA)'],
      employers: ['scuola primaria statale', 'istituto comprensivo', 'scuola paritaria'],
    },
    en: {
      titles: ['Primary school teacher', 'Primary teacher', 'Class teacher', 'Teacher (primary)'],
      duties: [
        ['teaching', 'planning and teaching literacy and numeracy', 'lesson planning for a year 3 class'],
        ['inclusion', 'supporting pupils with special educational needs', 'differentiated teaching'],
        ['assessment', 'assessment and reports for parents', 'parent meetings'],
        ['activities', 'reading projects and school trips'],
      ],
      skills: [
        ['teaching', 'lesson planning', 'classroom management'],
        ['inclusion', 'SEN support'],
        ['assessment', 'assessment'],
        ['lim', 'interactive whiteboard'],
      ],
      education: ['Laurea in Scienze della Formazione Primaria (Italy)', 'PGCE Primary', 'BA Education'],
      employers: ['primary school', 'international school', 'state school'],
    },
  },
  {
    id: 'regulatory-affairs',
    isco: '2619',
    family: 'pharma',
    adjacent: ['medical-rep'],
    it: {
      titles: ['Regulatory Affairs Specialist', 'Specialista affari regolatori', 'Regulatory affairs officer', 'Addetta affari regolatori farmaceutici', 'Regulatory associate'],
      duties: [
        ['dossier', 'preparazione dei dossier di registrazione in formato CTD', 'redazione moduli 1-3 del CTD', 'gestione variazioni di AIC'],
        ['agency', 'rapporti con AIFA ed EMA', 'sottomissioni tramite CESP e eCTD', 'gestione delle procedure nazionali e decentrate'],
        ['labelling', 'revisione di stampati, foglietti illustrativi e RCP', 'aggiornamento etichette'],
        ['compliance', 'verifica della conformita alle GMP e GDP', 'supporto agli audit di qualita'],
        ['devices', 'documentazione tecnica per dispositivi medici secondo MDR'],
      ],
      skills: [
        ['dossier', 'CTD', 'eCTD', 'variazioni AIC'],
        ['agency', 'AIFA', 'EMA', 'procedure decentrate'],
        ['compliance', 'GMP', 'GDP', 'GxP'],
        ['devices', 'MDR', 'dispositivi medici'],
        ['labelling', 'stampati', 'labeling'],
      ],
      education: ['Laurea magistrale in CTF', 'Laurea in Farmacia', 'Master in Regulatory Affairs', 'Laurea in Biotecnologie'],
      employers: ['azienda farmaceutica', 'CRO', 'societa di consulenza regolatoria', 'produttore di dispositivi medici'],
    },
    en: {
      titles: ['Regulatory Affairs Specialist', 'Regulatory Affairs Associate', 'Regulatory affairs officer', 'RA specialist', 'Regulatory CMC specialist'],
      duties: [
        ['dossier', 'compiling CTD registration dossiers', 'writing module 3 quality sections', 'managing variations and renewals'],
        ['agency', 'interacting with EMA and national agencies', 'eCTD submissions', 'decentralised and mutual recognition procedures'],
        ['labelling', 'reviewing SmPC, PIL and labels', 'artwork review'],
        ['compliance', 'GMP and GDP compliance checks', 'supporting quality audits'],
        ['devices', 'technical files for medical devices under the MDR'],
      ],
      skills: [
        ['dossier', 'CTD', 'eCTD', 'lifecycle management'],
        ['agency', 'EMA', 'AIFA', 'DCP/MRP'],
        ['compliance', 'GMP', 'GxP'],
        ['devices', 'EU MDR', 'medical devices'],
        ['labelling', 'SmPC', 'labelling'],
      ],
      education: ['MSc Pharmaceutical Chemistry and Technology', 'Master in Regulatory Affairs', 'PhD Pharmacology'],
      employers: ['pharmaceutical company', 'CRO', 'regulatory consultancy', 'medical device manufacturer'],
    },
  },
  {
    id: 'medical-rep',
    isco: '2433',
    family: 'pharma',
    adjacent: ['regulatory-affairs'],
    it: {
      titles: ['Informatore scientifico del farmaco', 'ISF', 'Informatrice scientifica', 'Medical sales representative', 'Key account ospedaliero'],
      duties: [
        ['detailing', 'visite ai medici di medicina generale e specialisti', 'informazione scientifica sui farmaci', 'presentazione di studi clinici ai medici'],
        ['territory', 'gestione del territorio assegnato', 'pianificazione delle visite e del giro clienti'],
        ['sales-targets', 'raggiungimento degli obiettivi di vendita', 'gestione gare ospedaliere'],
        ['crm', 'reportistica sul CRM', 'analisi dati di mercato IQVIA'],
      ],
      skills: [
        ['detailing', 'informazione scientifica', 'tecniche di comunicazione'],
        ['territory', 'gestione territorio', 'patente B'],
        ['crm', 'CRM Veeva', 'Salesforce'],
        ['sales-targets', 'vendita', 'negoziazione'],
      ],
      education: ['Laurea in Biologia', 'Laurea in Farmacia', 'Laurea in CTF', 'Abilitazione ISF'],
      employers: ['azienda farmaceutica', 'agenzia di informazione scientifica', 'azienda di dispositivi medici'],
    },
    en: {
      titles: ['Medical sales representative', 'Pharmaceutical sales rep', 'Medical representative', 'Key account manager (hospital)'],
      duties: [
        ['detailing', 'presenting products and clinical data to GPs and specialists', 'scientific detailing'],
        ['territory', 'managing an assigned territory', 'call planning'],
        ['sales-targets', 'achieving sales targets', 'hospital tenders'],
        ['crm', 'CRM reporting', 'market data analysis'],
      ],
      skills: [
        ['detailing', 'scientific communication', 'product presentations'],
        ['territory', 'territory management', 'driving licence B'],
        ['crm', 'Veeva CRM', 'Salesforce'],
        ['sales-targets', 'negotiation', 'sales'],
      ],
      education: ['BSc Biology', 'Master in Pharmacy', 'Degree in Biotechnology'],
      employers: ['pharmaceutical company', 'medical device company', 'contract sales organisation'],
    },
  },
]

/** Occupations that only appear in CVs: neighbours of the vacancies' occupations and unrelated ones. */
export const cvOnlyOccupations: readonly Occupation[] = [
  {
    id: 'bartender', isco: '5132', family: 'hospitality', adjacent: ['waiter'],
    it: {
      titles: ['Barista', 'Barman', 'Barista/caffetteria', 'Bartender'],
      duties: [
        ['coffee', 'preparazione caffe, cappuccini e colazioni', 'caffetteria e banco bar'],
        ['cocktails', 'preparazione di cocktail e aperitivi', 'miscelazione e gestione del bancone serale'],
        ['cash', 'cassa e scontrini', 'chiusura cassa'],
        ['table-service', 'servizio ai tavoli all aperto', 'servizio tavoli in dehors'],
      ],
      skills: [['coffee', 'caffetteria', 'latte art'], ['cocktails', 'cocktail', 'mixology'], ['haccp', 'HACCP']],
      education: ['Corso barman AIBES', 'Diploma alberghiero'],
      employers: ['bar', 'caffetteria', 'cocktail bar', 'stabilimento balneare'],
    },
    en: {
      titles: ['Bartender', 'Barista', 'Bar staff'],
      duties: [
        ['coffee', 'making espresso and coffees', 'running the coffee machine'],
        ['cocktails', 'mixing cocktails', 'running the bar on busy nights'],
        ['cash', 'till and cash handling'],
        ['table-service', 'serving tables on the terrace'],
      ],
      skills: [['coffee', 'barista skills', 'latte art'], ['cocktails', 'mixology'], ['haccp', 'food hygiene']],
      education: ['Barista course', 'Bartending course'],
      employers: ['cocktail bar', 'coffee shop', 'hotel bar'],
    },
  },
  {
    id: 'kitchen-helper', isco: '9412', family: 'hospitality', adjacent: ['cook'],
    it: {
      titles: ['Lavapiatti', 'Aiuto cucina', 'Addetto cucina', 'Commis di cucina'],
      duties: [
        ['dishwashing', 'lavaggio stoviglie e pentole', 'pulizia della cucina a fine servizio'],
        ['prep', 'pulizia verdure e preparazioni semplici', 'aiuto nelle preparazioni fredde'],
        ['haccp', 'rispetto delle regole HACCP'],
      ],
      skills: [['dishwashing', 'lavastoviglie a nastro'], ['haccp', 'HACCP']],
      education: ['Licenza media', 'Attestato HACCP'],
      employers: ['ristorante', 'mensa', 'hotel'],
    },
    en: {
      titles: ['Kitchen porter', 'Dishwasher', 'Kitchen assistant'],
      duties: [
        ['dishwashing', 'washing dishes and pots', 'keeping the kitchen clean'],
        ['prep', 'peeling vegetables and basic prep'],
        ['haccp', 'following food hygiene rules'],
      ],
      skills: [['dishwashing', 'dishwasher'], ['haccp', 'food hygiene level 1']],
      education: ['Food hygiene course'],
      employers: ['restaurant', 'hotel kitchen', 'canteen'],
    },
  },
  {
    id: 'delivery-driver', isco: '8322', family: 'drivers', adjacent: ['truck-driver', 'warehouse'],
    it: {
      titles: ['Autista furgone', 'Corriere', 'Driver consegne', 'Autista patente B', 'fattorino'],
      duties: [
        ['deliveries', 'consegne porta a porta con furgone', 'consegna pacchi per corriere espresso', 'giro consegne giornaliero di 120 stop'],
        ['loading', 'carico del furgone in deposito', 'carico e scarico colli'],
        ['documents', 'gestione bolle e firme con palmare', 'incasso contrassegni'],
      ],
      skills: [['licence-b', 'patente B', 'automunito'], ['deliveries', 'consegne', 'navigatore'], ['documents', 'palmare']],
      education: ['Licenza media', 'Diploma'],
      employers: ['corriere espresso', 'azienda di consegne', 'ditta di distribuzione bevande'],
    },
    en: {
      titles: ['Delivery driver', 'Van driver', 'Courier', 'Multi-drop driver'],
      duties: [
        ['deliveries', 'multi-drop parcel deliveries with a van', 'delivering 120 parcels a day'],
        ['loading', 'loading the van at the depot'],
        ['documents', 'proof of delivery on a handheld device', 'cash on delivery'],
      ],
      skills: [['licence-b', 'full B licence', 'clean driving licence'], ['deliveries', 'route planning'], ['documents', 'handheld scanner']],
      education: ['High school diploma'],
      employers: ['courier company', 'parcel delivery firm', 'supermarket home delivery'],
    },
  },
  {
    id: 'plumber', isco: '7126', family: 'construction', adjacent: ['electrician', 'bricklayer'],
    it: {
      titles: ['Idraulico', 'Termoidraulico', 'Installatore impianti idraulici'],
      duties: [
        ['plumbing', 'installazione impianti idraulici e sanitari', 'posa tubazioni in multistrato e rame', 'montaggio sanitari e rubinetterie'],
        ['heating', 'installazione caldaie e impianti di riscaldamento', 'manutenzione caldaie'],
        ['leak-repair', 'ricerca perdite e riparazioni'],
      ],
      skills: [['plumbing', 'saldobrasatura', 'tubazioni'], ['heating', 'caldaie', 'climatizzatori'], ['fgas', 'patentino F-gas']],
      education: ['Qualifica termoidraulico', 'Diploma professionale'],
      employers: ['ditta termoidraulica', 'impresa edile'],
    },
    en: {
      titles: ['Plumber', 'Plumbing and heating engineer'],
      duties: [
        ['plumbing', 'installing pipework, bathrooms and sanitaryware', 'copper and multilayer piping'],
        ['heating', 'boiler installation and servicing'],
        ['leak-repair', 'finding leaks and repairs'],
      ],
      skills: [['plumbing', 'pipe fitting', 'soldering'], ['heating', 'boilers'], ['fgas', 'F-gas certificate']],
      education: ['Plumbing NVQ', 'Vocational diploma'],
      employers: ['plumbing company', 'building contractor'],
    },
  },
  {
    id: 'receptionist', isco: '4226', family: 'office', adjacent: ['office-clerk'],
    it: {
      titles: ['Receptionist', 'Addetta al ricevimento', 'Receptionist d albergo', 'Front desk'],
      duties: [
        ['check-in', 'check-in e check-out degli ospiti', 'gestione prenotazioni su gestionale alberghiero'],
        ['phone', 'risposta al telefono e alle email', 'accoglienza dei visitatori'],
        ['cash', 'gestione dei pagamenti e fatture agli ospiti'],
      ],
      skills: [['check-in', 'Opera', 'Booking.com extranet'], ['phone', 'centralino'], ['languages', 'inglese fluente', 'tedesco']],
      education: ['Diploma istituto turistico', 'Laurea in lingue'],
      employers: ['hotel', 'resort', 'centro congressi', 'poliambulatorio'],
    },
    en: {
      titles: ['Receptionist', 'Front desk agent', 'Hotel receptionist'],
      duties: [
        ['check-in', 'guest check-in and check-out', 'managing bookings in the property system'],
        ['phone', 'answering phones and emails', 'welcoming visitors'],
        ['cash', 'taking payments from guests'],
      ],
      skills: [['check-in', 'Opera PMS'], ['phone', 'switchboard'], ['languages', 'fluent Italian and English']],
      education: ['Tourism diploma'],
      employers: ['hotel', 'resort', 'clinic'],
    },
  },
  {
    id: 'domestic-cleaner', isco: '9111', family: 'cleaning', adjacent: ['cleaner'],
    it: {
      titles: ['Colf', 'Collaboratrice domestica', 'Domestica', 'Governante di casa'],
      duties: [
        ['housework', 'pulizia e riordino della casa', 'lavare e stirare', 'cambio biancheria'],
        ['cooking-home', 'preparazione pasti semplici per la famiglia', 'spesa settimanale'],
      ],
      skills: [['housework', 'stiro', 'pulizie domestiche'], ['cooking-home', 'cucina casalinga']],
      education: ['Licenza media'],
      employers: ['famiglia privata', 'famiglie a Roma nord'],
    },
    en: {
      titles: ['Housekeeper', 'Domestic cleaner', 'Home help'],
      duties: [
        ['housework', 'cleaning and tidying private homes', 'laundry and ironing'],
        ['cooking-home', 'cooking simple meals', 'grocery shopping'],
      ],
      skills: [['housework', 'ironing', 'housekeeping'], ['cooking-home', 'home cooking']],
      education: ['Secondary school'],
      employers: ['private family', 'private households'],
    },
  },
  {
    id: 'childcare-educator', isco: '5311', family: 'education', adjacent: ['primary-teacher'],
    it: {
      titles: ['Educatrice asilo nido', 'Educatore prima infanzia', 'Baby sitter', 'Educatrice nido'],
      duties: [
        ['childcare', 'cura dei bambini 0-3 anni: pappa, cambio, nanna', 'accudimento bambini'],
        ['activities', 'attivita educative e laboratori di gioco', 'progetti educativi e di lettura'],
        ['families', 'colloqui con i genitori e inserimenti'],
      ],
      skills: [['childcare', 'cura dell infanzia', 'primo soccorso pediatrico'], ['activities', 'laboratori creativi']],
      education: ['Laurea in Scienze dell educazione (L-19)', 'Diploma liceo socio-psico-pedagogico'],
      employers: ['asilo nido', 'scuola dell infanzia', 'ludoteca', 'famiglia'],
    },
    en: {
      titles: ['Nursery practitioner', 'Early years educator', 'Nanny', 'Childcare worker'],
      duties: [
        ['childcare', 'caring for children aged 0-3: feeding, changing, naps', 'looking after toddlers'],
        ['activities', 'play-based learning activities', 'story time and crafts'],
        ['families', 'settling in new children and talking with parents'],
      ],
      skills: [['childcare', 'paediatric first aid', 'early years care'], ['activities', 'arts and crafts']],
      education: ['Early years diploma', 'Degree in Education Sciences (Italy)'],
      employers: ['nursery', 'kindergarten', 'private family'],
    },
  },
  {
    id: 'hairdresser', isco: '5141', family: 'personal-services', adjacent: [],
    it: {
      titles: ['Parrucchiera', 'Parrucchiere', 'Acconciatore', 'Lavorante parrucchiera'],
      duties: [
        ['hair', 'taglio e piega', 'colore, meches e trattamenti', 'shampoo e asciugatura'],
        ['customer-care', 'accoglienza clienti e appuntamenti', 'consigli di stile alle clienti'],
      ],
      skills: [['hair', 'taglio', 'colorazione', 'piega'], ['customer-care', 'relazione con il cliente']],
      education: ['Qualifica di acconciatore', 'Corso di colorimetria'],
      employers: ['salone di parrucchiere', 'salone di bellezza'],
    },
    en: {
      titles: ['Hairdresser', 'Hair stylist', 'Junior stylist'],
      duties: [
        ['hair', 'cutting and blow drying', 'colouring and highlights'],
        ['customer-care', 'booking appointments and advising clients'],
      ],
      skills: [['hair', 'cutting', 'colouring'], ['customer-care', 'client care']],
      education: ['Hairdressing NVQ'],
      employers: ['hair salon', 'beauty salon'],
    },
  },
  {
    id: 'security-guard', isco: '5414', family: 'security', adjacent: [],
    it: {
      titles: ['Guardia giurata', 'Addetto alla sicurezza', 'Steward', 'Portiere / vigilanza', 'Addetto antitaccheggio'],
      duties: [
        ['security', 'vigilanza e controllo accessi', 'ronde notturne', 'videosorveglianza e gestione allarmi'],
        ['events', 'servizi di sicurezza a concerti ed eventi', 'steward allo stadio'],
      ],
      skills: [['security', 'controllo accessi', 'videosorveglianza'], ['first-aid', 'primo soccorso', 'antincendio rischio alto']],
      education: ['Decreto prefettizio GPG', 'Corso antincendio'],
      employers: ['istituto di vigilanza', 'centro commerciale', 'societa di servizi'],
    },
    en: {
      titles: ['Security guard', 'Security officer', 'Door supervisor', 'Steward'],
      duties: [
        ['security', 'access control and patrols', 'CCTV monitoring'],
        ['events', 'event security at concerts'],
      ],
      skills: [['security', 'CCTV', 'access control'], ['first-aid', 'first aid', 'fire marshal']],
      education: ['SIA licence', 'Fire safety course'],
      employers: ['security company', 'shopping centre'],
    },
  },
  {
    id: 'gardener', isco: '6113', family: 'agriculture', adjacent: [],
    it: {
      titles: ['Giardiniere', 'Manutentore del verde', 'Operaio agricolo', 'Vivaista'],
      duties: [
        ['gardening', 'potatura di siepi e alberi', 'taglio erba e manutenzione giardini', 'messa a dimora di piante'],
        ['irrigation', 'installazione impianti di irrigazione'],
        ['machines-garden', 'uso di decespugliatore, motosega e tosaerba'],
      ],
      skills: [['gardening', 'potatura', 'giardinaggio'], ['machines-garden', 'motosega', 'decespugliatore'], ['irrigation', 'irrigazione']],
      education: ['Diploma di perito agrario', 'Patentino fitosanitari'],
      employers: ['impresa del verde', 'vivaio', 'azienda agricola'],
    },
    en: {
      titles: ['Gardener', 'Landscape gardener', 'Grounds maintenance operative'],
      duties: [
        ['gardening', 'pruning hedges and trees', 'mowing and garden maintenance'],
        ['irrigation', 'installing irrigation systems'],
        ['machines-garden', 'using strimmers and chainsaws'],
      ],
      skills: [['gardening', 'pruning', 'planting'], ['machines-garden', 'chainsaw'], ['irrigation', 'irrigation']],
      education: ['Horticulture diploma'],
      employers: ['landscaping company', 'garden centre'],
    },
  },
  {
    id: 'call-centre', isco: '4222', family: 'office', adjacent: ['receptionist'],
    it: {
      titles: ['Operatore call center', 'Operatrice customer care', 'Addetta assistenza clienti telefonica', 'Teleseller'],
      duties: [
        ['calls', 'gestione chiamate inbound di assistenza clienti', 'risoluzione reclami telefonici', 'chiamate outbound per appuntamenti'],
        ['crm', 'registrazione dei contatti sul CRM', 'apertura ticket'],
        ['sales-targets', 'vendita telefonica di contratti luce e gas'],
      ],
      skills: [['calls', 'customer care telefonico', 'gestione reclami'], ['crm', 'CRM', 'Salesforce'], ['excel', 'pacchetto Office']],
      education: ['Diploma', 'Corso di comunicazione'],
      employers: ['call center', 'operatore telefonico', 'societa energetica'],
    },
    en: {
      titles: ['Call centre agent', 'Customer service advisor', 'Customer support representative'],
      duties: [
        ['calls', 'handling inbound customer calls', 'resolving complaints over the phone'],
        ['crm', 'logging calls in the CRM', 'ticket handling in Zendesk'],
        ['sales-targets', 'outbound telesales'],
      ],
      skills: [['calls', 'customer service', 'complaint handling'], ['crm', 'Zendesk', 'Salesforce'], ['excel', 'MS Office']],
      education: ['High school diploma'],
      employers: ['contact centre', 'telecom company', 'energy supplier'],
    },
  },
  {
    id: 'graphic-designer', isco: '2166', family: 'creative', adjacent: [],
    it: {
      titles: ['Grafico', 'Graphic designer', 'Grafica pubblicitaria', 'Visual designer'],
      duties: [
        ['design', 'progettazione di loghi e immagine coordinata', 'impaginazione di cataloghi e brochure', 'grafica per i social'],
        ['print', 'preparazione file per la stampa', 'rapporti con la tipografia'],
        ['web-design', 'mockup di siti web in Figma'],
      ],
      skills: [['design', 'Photoshop', 'Illustrator', 'InDesign'], ['web-design', 'Figma'], ['print', 'prestampa']],
      education: ['Diploma di Accademia di Belle Arti', 'Corso di grafica IED'],
      employers: ['agenzia di comunicazione', 'tipografia', 'studio grafico'],
    },
    en: {
      titles: ['Graphic designer', 'Visual designer', 'Junior graphic designer'],
      duties: [
        ['design', 'brand identities and logos', 'layouts for brochures and catalogues', 'social media graphics'],
        ['print', 'print-ready artwork'],
        ['web-design', 'website mockups in Figma'],
      ],
      skills: [['design', 'Photoshop', 'Illustrator', 'InDesign'], ['web-design', 'Figma'], ['print', 'prepress']],
      education: ['BA Graphic Design', 'Fine Arts Academy diploma'],
      employers: ['advertising agency', 'print shop', 'design studio'],
    },
  },
]
