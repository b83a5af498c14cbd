/**
 * ISTAT CP2011 ("Classificazione delle professioni 2011") occupation units and the built-in occupation
 * each one is coded to. Italian public employment centres (Centri per l'Impiego) title their vacancies
 * with a unit name, in the plural as ISTAT writes it, often followed by a free-text suffix
 * ("Cuochi in alberghi e ristoranti - aiuto cuoco"); every unit title below becomes an Italian label of
 * its occupation, so such a title codes to the right concept.
 *
 * Unit codes and titles are cited from the ISTAT CP2011 classification (public facts); where CP2021
 * gave a unit another code or name, `cp2021` records it. `isco` is the ISCO-08 unit group the CP2011
 * unit corresponds to most closely (ISTAT publishes a CP2011–ISCO-08 correspondence; one CP unit may
 * spread over several ISCO groups, the main one is given). The occupation a unit maps to is the
 * closest built-in concept, which may be broader or narrower than the unit.
 */
export interface Cp2011Unit {
  /** Five-level CP2011 code, `n.n.n.n.n`. */
  code: string
  /** The official unit title, plural, as ISTAT writes it. */
  title: string
  /** The unit's code and title in CP2021, where they differ from CP2011. */
  cp2021?: { code: string; title?: string }
  /** ISCO-08 unit group (four digits) the CP2011 unit corresponds to. */
  isco: string
  /** The built-in occupation (`occ.*`) the unit is coded to. */
  occupation: string
  /**
   * Extra Italian labels for forms of the title that job centres publish and the full title does not
   * match: the title without its "e professioni assimilate" tail, the segment before a comma (a comma
   * ends a clause for the annotator), common singular forms.
   */
  alt?: readonly string[]
}

/** CP2011 units seen in Italian job-centre vacancies, with the built-in occupation each is coded to. */
export const cp2011Units: readonly Cp2011Unit[] = [
  // 2 — Professioni intellettuali, scientifiche e di elevata specializzazione
  { code: '2.1.1.4.1', title: 'Analisti e progettisti di software', cp2021: { code: '2.7.1.1.1' }, isco: '2512', occupation: 'occ.software-developer', alt: ['analista e progettista di software'] },
  { code: '2.1.1.4.2', title: 'Analisti di sistema', cp2021: { code: '2.7.1.1.2' }, isco: '2511', occupation: 'occ.business-analyst' },
  { code: '2.1.1.4.3', title: 'Analisti e progettisti di applicazioni web', cp2021: { code: '2.7.1.1.3' }, isco: '2513', occupation: 'occ.web-developer' },
  { code: '2.1.1.5.1', title: 'Specialisti in reti e comunicazioni informatiche', cp2021: { code: '2.7.2.1.1' }, isco: '2523', occupation: 'occ.network-administrator' },
  { code: '2.1.1.5.2', title: 'Analisti e progettisti di basi dati', cp2021: { code: '2.7.2.1.2' }, isco: '2521', occupation: 'occ.database-administrator' },
  { code: '2.1.1.5.3', title: 'Amministratori di sistemi', cp2021: { code: '2.7.2.1.3' }, isco: '2522', occupation: 'occ.system-administrator' },
  { code: '2.1.1.5.4', title: 'Specialisti in sicurezza informatica', cp2021: { code: '2.7.2.1.4' }, isco: '2529', occupation: 'occ.cyber-security-specialist', alt: ['specialista in sicurezza informatica'] },
  { code: '2.2.1.1.1', title: 'Ingegneri meccanici', isco: '2144', occupation: 'occ.mechanical-engineer' },
  { code: '2.2.1.4.1', title: 'Ingegneri elettronici', isco: '2152', occupation: 'occ.electronics-engineer' },
  { code: '2.2.1.6.1', title: 'Ingegneri edili e ambientali', isco: '2142', occupation: 'occ.civil-engineer' },
  { code: '2.2.2.1.1', title: 'Architetti', isco: '2161', occupation: 'occ.architect' },
  { code: '2.3.1.5.0', title: 'Farmacisti', isco: '2262', occupation: 'occ.pharmacist' },
  { code: '2.4.1.1.0', title: 'Medici generici', isco: '2211', occupation: 'occ.doctor' },
  { code: '2.5.1.2.0', title: 'Specialisti della gestione e del controllo nelle imprese private', isco: '2421', occupation: 'occ.controller' },
  { code: '2.5.1.3.1', title: 'Specialisti in risorse umane', isco: '2423', occupation: 'occ.hr-assistant' },
  { code: '2.5.1.4.1', title: 'Specialisti in contabilità', isco: '2411', occupation: 'occ.accountant' },
  { code: '2.5.3.3.1', title: 'Psicologi clinici e psicoterapeuti', isco: '2634', occupation: 'occ.psychologist' },
  { code: '2.6.4.1.0', title: 'Docenti di scuola primaria', isco: '2341', occupation: 'occ.primary-teacher' },
  { code: '2.6.4.2.0', title: 'Docenti di scuola pre-primaria', isco: '2342', occupation: 'occ.early-years-teacher' },
  { code: '2.6.5.3.1', title: "Docenti della formazione e dell'aggiornamento professionale", isco: '2424', occupation: 'occ.trainer' },
  { code: '2.6.5.5.5', title: 'Insegnanti di lingue', isco: '2353', occupation: 'occ.language-teacher' },

  // 3 — Professioni tecniche
  { code: '3.1.2.1.0', title: 'Tecnici programmatori', isco: '3512', occupation: 'occ.software-developer' },
  { code: '3.1.2.2.0', title: 'Tecnici esperti in applicazioni', isco: '3512', occupation: 'occ.it-support-technician' },
  { code: '3.1.2.3.0', title: 'Tecnici web', isco: '3514', occupation: 'occ.web-developer' },
  { code: '3.1.2.4.0', title: 'Tecnici gestori di basi di dati', isco: '3514', occupation: 'occ.database-administrator' },
  { code: '3.1.2.5.0', title: 'Tecnici gestori di reti e di sistemi telematici', isco: '3513', occupation: 'occ.network-administrator' },
  { code: '3.1.3.1.0', title: 'Tecnici meccanici', isco: '3115', occupation: 'occ.mechanical-technician' },
  { code: '3.1.3.3.0', title: 'Elettrotecnici', isco: '3113', occupation: 'occ.electrical-technician' },
  { code: '3.1.3.5.0', title: 'Tecnici delle costruzioni civili e professioni assimilate', isco: '3112', occupation: 'occ.surveyor', alt: ['tecnici delle costruzioni civili'] },
  { code: '3.1.3.7.1', title: 'Disegnatori tecnici', isco: '3118', occupation: 'occ.cad-technician' },
  { code: '3.1.5.2.0', title: 'Tecnici della gestione di cantieri edili', isco: '3123', occupation: 'occ.site-manager' },
  { code: '3.1.5.4.1', title: 'Tecnici della preparazione alimentare', isco: '3434', occupation: 'occ.chef' },
  { code: '3.1.8.2.0', title: 'Tecnici della sicurezza sul lavoro', isco: '3257', occupation: 'occ.hse-technician' },
  { code: '3.2.1.1.1', title: 'Professioni sanitarie infermieristiche', isco: '2221', occupation: 'occ.nurse' },
  { code: '3.2.1.1.2', title: 'Professioni sanitarie ostetriche', isco: '2222', occupation: 'occ.midwife' },
  { code: '3.2.1.2.2', title: 'Fisioterapisti', isco: '2264', occupation: 'occ.physiotherapist' },
  { code: '3.2.1.2.3', title: 'Logopedisti', isco: '2266', occupation: 'occ.speech-therapist' },
  { code: '3.2.1.2.7', title: 'Educatori professionali', isco: '2635', occupation: 'occ.social-educator' },
  { code: '3.2.1.2.8', title: 'Terapisti occupazionali', isco: '2269', occupation: 'occ.occupational-therapist' },
  { code: '3.2.1.3.2', title: 'Tecnici sanitari di laboratorio biomedico', isco: '3212', occupation: 'occ.lab-technician' },
  { code: '3.2.1.3.3', title: 'Tecnici sanitari di radiologia medica', isco: '3211', occupation: 'occ.radiographer' },
  { code: '3.2.1.4.5', title: 'Dietisti', isco: '2265', occupation: 'occ.dietitian' },
  { code: '3.2.1.6.1', title: 'Ottici e ottici optometristi', isco: '3254', occupation: 'occ.optician' },
  { code: '3.3.1.1.1', title: 'Segretari amministrativi e tecnici degli affari generali', isco: '3343', occupation: 'occ.admin-clerk', alt: ['segretario amministrativo e tecnico degli affari generali', 'segretaria amministrativa e tecnica degli affari generali'] },
  { code: '3.3.1.2.1', title: 'Contabili', isco: '3313', occupation: 'occ.bookkeeper' },
  { code: '3.3.2.3.0', title: 'Agenti assicurativi', isco: '3321', occupation: 'occ.insurance-agent' },
  { code: '3.3.3.1.0', title: 'Approvvigionatori e responsabili acquisti', isco: '3323', occupation: 'occ.buyer' },
  { code: '3.3.3.2.0', title: 'Responsabili di magazzino e della distribuzione interna', isco: '4321', occupation: 'occ.warehouse-manager' },
  { code: '3.3.3.4.0', title: 'Tecnici della vendita e della distribuzione', isco: '3322', occupation: 'occ.sales-representative' },
  { code: '3.3.3.5.0', title: 'Tecnici del marketing', isco: '2431', occupation: 'occ.marketing-assistant' },
  { code: '3.3.4.1.0', title: "Spedizionieri e tecnici dell'organizzazione commerciale", isco: '3331', occupation: 'occ.freight-forwarder' },
  { code: '3.3.4.2.0', title: 'Agenti di commercio', isco: '3322', occupation: 'occ.sales-representative' },
  { code: '3.3.4.5.0', title: 'Agenti e periti immobiliari', isco: '3334', occupation: 'occ.real-estate-agent' },
  { code: '3.3.4.6.0', title: 'Rappresentanti di commercio', isco: '3322', occupation: 'occ.sales-representative' },
  { code: '3.4.1.3.0', title: 'Animatori turistici e professioni assimilate', isco: '3435', occupation: 'occ.holiday-entertainer', alt: ['animatori turistici'] },
  { code: '3.4.1.4.0', title: 'Agenti di viaggio', isco: '4221', occupation: 'occ.travel-agent' },
  { code: '3.4.1.5.2', title: 'Guide turistiche', isco: '5113', occupation: 'occ.tour-guide' },
  { code: '3.4.2.2.1', title: 'Insegnanti nella formazione professionale', isco: '2320', occupation: 'occ.trainer' },
  { code: '3.4.2.4.0', title: 'Istruttori di discipline sportive non agonistiche', isco: '3423', occupation: 'occ.fitness-instructor' },
  { code: '3.4.4.1.1', title: 'Grafici', isco: '2166', occupation: 'occ.graphic-designer' },
  { code: '3.4.5.1.0', title: 'Assistenti sociali', isco: '2635', occupation: 'occ.social-worker' },

  // 4 — Professioni esecutive nel lavoro d'ufficio
  { code: '4.1.1.1.0', title: 'Addetti a funzioni di segreteria', isco: '4120', occupation: 'occ.secretary' },
  { code: '4.1.1.2.0', title: 'Addetti agli affari generali', isco: '4110', occupation: 'occ.admin-clerk' },
  { code: '4.1.1.4.0', title: 'Addetti alla gestione del personale', isco: '4416', occupation: 'occ.hr-assistant' },
  { code: '4.1.2.2.0', title: "Addetti all'immissione dati", isco: '4132', occupation: 'occ.data-entry-clerk' },
  { code: '4.2.1.1.0', title: 'Addetti agli sportelli assicurativi, bancari e di altri intermediari finanziari', isco: '4211', occupation: 'occ.bank-clerk', alt: ['addetti agli sportelli bancari', 'addetti agli sportelli assicurativi'] },
  { code: '4.2.1.6.0', title: 'Addetti agli sportelli delle agenzie di viaggio', isco: '4221', occupation: 'occ.travel-agent' },
  { code: '4.2.2.1.0', title: "Addetti all'accoglienza e all'informazione nelle imprese e negli enti pubblici", isco: '4226', occupation: 'occ.receptionist', alt: ["addetti all'accoglienza e all'informazione"] },
  { code: '4.2.2.2.0', title: "Addetti all'accoglienza nei servizi di alloggio e ristorazione", isco: '4224', occupation: 'occ.hotel-receptionist' },
  { code: '4.2.2.3.0', title: 'Centralinisti', isco: '4223', occupation: 'occ.receptionist' },
  { code: '4.2.2.4.0', title: "Addetti all'informazione nei call center (senza funzioni di vendita)", isco: '4222', occupation: 'occ.contact-centre-clerk', alt: ["addetti all'informazione nei call center"] },
  { code: '4.3.1.1.0', title: 'Addetti alla gestione degli acquisti', isco: '4323', occupation: 'occ.buyer', alt: ['addetti alla gestione degli acquisti di beni e servizi'] },
  { code: '4.3.1.2.0', title: 'Addetti alla gestione dei magazzini e professioni assimilate', isco: '4321', occupation: 'occ.warehouse-worker', alt: ['addetti alla gestione dei magazzini'] },
  { code: '4.3.1.3.0', title: 'Addetti alla gestione amministrativa dei trasporti merci', isco: '4323', occupation: 'occ.logistics-clerk' },
  { code: '4.3.2.1.0', title: 'Addetti alla contabilità', isco: '4311', occupation: 'occ.bookkeeper' },
  { code: '4.3.2.2.0', title: 'Addetti alle buste paga', isco: '4313', occupation: 'occ.payroll-clerk' },
  { code: '4.4.1.1.0', title: 'Personale addetto a compiti di controllo, verifica e professioni assimilate', isco: '4110', occupation: 'occ.admin-clerk', alt: ['personale addetto a compiti di controllo'] },
  { code: '4.4.1.3.0', title: 'Addetti allo smistamento e al recapito della posta', isco: '4412', occupation: 'occ.parcel-sorter' },

  // 5 — Professioni qualificate nelle attività commerciali e nei servizi
  { code: '5.1.1.2.1', title: 'Esercenti delle vendite al minuto in negozi', isco: '5221', occupation: 'occ.shopkeeper' },
  { code: '5.1.2.2.0', title: 'Commessi delle vendite al minuto', isco: '5223', occupation: 'occ.sales-assistant' },
  { code: '5.1.2.3.0', title: 'Addetti ad attività organizzative delle vendite', isco: '5249', occupation: 'occ.sales-administrator' },
  { code: '5.1.2.4.0', title: 'Cassieri di esercizi commerciali', isco: '5230', occupation: 'occ.cashier' },
  { code: '5.1.2.5.2', title: 'Venditori a distanza', isco: '5244', occupation: 'occ.call-centre-agent' },
  { code: '5.1.2.6.0', title: 'Addetti ai distributori di carburanti ed assimilati', isco: '5245', occupation: 'occ.fuel-attendant', alt: ['addetti ai distributori di carburanti'] },
  { code: '5.1.3.3.0', title: 'Vetrinisti e professioni assimilate', isco: '3432', occupation: 'occ.visual-merchandiser', alt: ['vetrinisti'] },
  { code: '5.1.3.4.0', title: "Addetti all'informazione e all'assistenza dei clienti", isco: '4225', occupation: 'occ.customer-service-agent' },
  { code: '5.2.2.1.0', title: 'Cuochi in alberghi e ristoranti', isco: '5120', occupation: 'occ.cook', alt: ['cuochi di alberghi e ristoranti', 'cuochi'] },
  { code: '5.2.2.2.1', title: 'Addetti alla preparazione e alla cottura di cibi in imprese per la ristorazione collettiva', isco: '9411', occupation: 'occ.canteen-assistant' },
  {
    code: '5.2.2.2.2',
    title: 'Addetti alla preparazione, alla cottura e alla vendita di cibi in fast food, tavole calde, rosticcerie ed esercizi assimilati',
    isco: '5246',
    occupation: 'occ.fast-food-crew',
    // The commas end clauses: the segment "alla cottura e alla vendita di cibi in fast food" carries the unit.
    alt: ['cottura e vendita di cibi in fast food'],
  },
  { code: '5.2.2.2.3', title: 'Addetti al banco nei servizi di ristorazione', isco: '5246', occupation: 'occ.fast-food-crew', alt: ['addetto al banco nella ristorazione'] },
  { code: '5.2.2.3.1', title: 'Camerieri di albergo', isco: '9112', occupation: 'occ.room-attendant' },
  { code: '5.2.2.3.2', title: 'Camerieri di ristorante', isco: '5131', occupation: 'occ.waiter' },
  { code: '5.2.2.4.0', title: 'Baristi e professioni assimilate', isco: '5132', occupation: 'occ.barista', alt: ['baristi'] },
  { code: '5.2.3.1.3', title: 'Assistenti congressuali e fieristici', isco: '5249', occupation: 'occ.event-host' },
  { code: '5.2.3.2.0', title: 'Accompagnatori turistici', isco: '5113', occupation: 'occ.tour-guide' },
  { code: '5.3.1.1.0', title: 'Professioni qualificate nei servizi sanitari e sociali', isco: '5321', occupation: 'occ.oss' },
  { code: '5.5.1.1.0', title: 'Acconciatori', isco: '5141', occupation: 'occ.hairdresser' },
  { code: '5.5.1.2.0', title: 'Estetisti e truccatori', isco: '5142', occupation: 'occ.beautician' },
  { code: '5.5.1.3.0', title: 'Massaggiatori ed operatori termali', isco: '3255', occupation: 'occ.massage-therapist' },
  { code: '5.5.2.2.0', title: 'Addetti alla sorveglianza di bambini e professioni assimilate', isco: '5311', occupation: 'occ.babysitter', alt: ['addetti alla sorveglianza di bambini'] },
  { code: '5.5.2.3.0', title: "Addetti all'assistenza personale", isco: '5322', occupation: 'occ.home-carer' },
  { code: '5.5.3.2.0', title: 'Custodi e allevatori di animali domestici e da esposizione', isco: '5164', occupation: 'occ.animal-care-worker', alt: ['custodi e allevatori di animali domestici'] },
  { code: '5.6.1.6.0', title: 'Guardie private di sicurezza', isco: '5414', occupation: 'occ.security-guard' },
  { code: '5.6.1.7.0', title: 'Bagnini e professioni assimilate', isco: '5419', occupation: 'occ.lifeguard', alt: ['bagnini'] },

  // 6 — Artigiani, operai specializzati e agricoltori
  { code: '6.1.1.2.0', title: 'Tagliatori e levigatori di pietre, scalpellini e marmisti', isco: '7113', occupation: 'occ.stonemason', alt: ['tagliatori e levigatori di pietre'] },
  { code: '6.1.2.1.0', title: 'Muratori in pietra e mattoni', isco: '7112', occupation: 'occ.bricklayer', alt: ['muratore in pietra e mattoni', 'muratore in mattoni'] },
  { code: '6.1.2.2.2', title: 'Muratori e formatori in calcestruzzo', isco: '7114', occupation: 'occ.bricklayer' },
  { code: '6.1.2.3.0', title: 'Carpentieri e falegnami edili', isco: '7115', occupation: 'occ.carpenter' },
  { code: '6.1.2.4.0', title: 'Ponteggiatori', isco: '7119', occupation: 'occ.scaffolder' },
  { code: '6.1.2.7.0', title: 'Montatori di manufatti prefabbricati e di preformati', isco: '7119', occupation: 'occ.construction-labourer' },
  { code: '6.1.3.1.0', title: 'Copritetti e impermeabilizzatori di solai', isco: '7121', occupation: 'occ.roofer' },
  { code: '6.1.3.2.1', title: 'Posatori di pavimenti', isco: '7122', occupation: 'occ.floor-layer' },
  { code: '6.1.3.2.3', title: 'Piastrellisti e rivestimentisti in pietra', isco: '7122', occupation: 'occ.tiler' },
  { code: '6.1.3.3.0', title: 'Intonacatori', isco: '7123', occupation: 'occ.plasterer' },
  { code: '6.1.3.6.1', title: 'Idraulici nelle costruzioni civili', isco: '7126', occupation: 'occ.plumber' },
  { code: '6.1.3.6.2', title: 'Installatori di impianti termici nelle costruzioni civili', isco: '7126', occupation: 'occ.plumber', alt: ['installatore di impianti termici', 'installatrice di impianti termici'] },
  { code: '6.1.3.7.0', title: 'Elettricisti ed installatori di impianti elettrici nelle costruzioni civili', isco: '7411', occupation: 'occ.electrician' },
  { code: '6.1.3.8.0', title: 'Installatori di infissi e serramenti', isco: '7115', occupation: 'occ.window-installer' },
  { code: '6.1.4.1.1', title: 'Pittori edili', isco: '7131', occupation: 'occ.painter-decorator' },
  { code: '6.1.4.1.2', title: 'Decoratori e stuccatori edili', isco: '7131', occupation: 'occ.painter-decorator' },
  { code: '6.1.5.1.0', title: 'Operai addetti ai servizi di igiene e pulizia', isco: '7133', occupation: 'occ.cleaner' },
  { code: '6.2.1.2.0', title: 'Saldatori e tagliatori a fiamma', isco: '7212', occupation: 'occ.welder' },
  { code: '6.2.1.4.0', title: 'Carpentieri e montatori di carpenteria metallica', isco: '7214', occupation: 'occ.welder' },
  { code: '6.2.1.7.0', title: 'Saldatori elettrici e a norme ASME', isco: '7212', occupation: 'occ.welder' },
  { code: '6.2.1.8.1', title: 'Carrozzieri', isco: '7213', occupation: 'occ.car-body-repairer' },
  { code: '6.2.2.1.1', title: 'Fabbri', isco: '7221', occupation: 'occ.blacksmith' },
  { code: '6.2.2.1.2', title: 'Fucinatori e forgiatori', isco: '7221', occupation: 'occ.blacksmith' },
  { code: '6.2.2.2.0', title: 'Costruttori di utensili, modellatori e tracciatori meccanici', isco: '7222', occupation: 'occ.machine-setter', alt: ['costruttori di utensili'] },
  { code: '6.2.2.3.1', title: 'Attrezzisti di macchine utensili', isco: '7223', occupation: 'occ.machine-setter' },
  { code: '6.2.3.1.1', title: 'Meccanici motoristi e riparatori di veicoli a motore', isco: '7231', occupation: 'occ.car-mechanic' },
  { code: '6.2.3.1.2', title: 'Gommisti', isco: '7231', occupation: 'occ.tyre-fitter' },
  { code: '6.2.3.3.1', title: 'Riparatori e manutentori di macchinari e impianti industriali', isco: '7233', occupation: 'occ.maintenance-technician' },
  { code: '6.2.3.4.1', title: 'Frigoristi industriali', isco: '7127', occupation: 'occ.hvac-technician' },
  { code: '6.2.3.5.1', title: 'Riparatori e manutentori di apparecchi e impianti termoidraulici industriali', isco: '7126', occupation: 'occ.plumber' },
  { code: '6.2.3.5.2', title: 'Installatori e montatori di apparecchi e impianti termoidraulici industriali', isco: '7126', occupation: 'occ.plumber' },
  { code: '6.2.3.7.0', title: 'Verniciatori artigianali ed industriali', isco: '7132', occupation: 'occ.car-body-repairer' },
  { code: '6.2.3.8.2', title: 'Meccanici e motoristi navali', isco: '7233', occupation: 'occ.marine-mechanic' },
  { code: '6.2.4.1.1', title: 'Installatori e riparatori di impianti elettrici industriali', isco: '7412', occupation: 'occ.industrial-electrician', alt: ['installatori riparatori di impianti elettrici industriali'] },
  { code: '6.2.4.1.3', title: 'Elettromeccanici', isco: '7412', occupation: 'occ.industrial-electrician' },
  { code: '6.2.4.1.4', title: "Installatori e riparatori di apparati di produzione e conservazione dell'energia elettrica", isco: '7412', occupation: 'occ.industrial-electrician' },
  { code: '6.2.4.1.5', title: 'Elettrauto', isco: '7412', occupation: 'occ.car-mechanic' },
  { code: '6.2.4.2.0', title: 'Manutentori e riparatori di apparati elettronici industriali', isco: '7421', occupation: 'occ.maintenance-technician' },
  { code: '6.2.4.6.0', title: 'Installatori, manutentori e riparatori di linee elettriche, cavisti', isco: '7413', occupation: 'occ.electrician', alt: ['manutentori e riparatori di linee elettriche'] },
  { code: '6.3.2.1.2', title: 'Ceramisti', isco: '7314', occupation: 'occ.ceramicist' },
  { code: '6.4.1.1.0', title: 'Agricoltori e operai agricoli specializzati di colture in pieno campo', isco: '6111', occupation: 'occ.farm-worker', alt: ['operai agricoli specializzati di colture in pieno campo'] },
  { code: '6.4.1.2.0', title: 'Agricoltori e operai agricoli specializzati di coltivazioni legnose agrarie', isco: '6112', occupation: 'occ.farm-worker' },
  { code: '6.4.1.3.1', title: 'Agricoltori e operai agricoli specializzati di giardini e vivai, di coltivazioni di fiori e piante ornamentali', isco: '6113', occupation: 'occ.gardener', alt: ['agricoltori e operai agricoli specializzati di giardini e vivai'] },
  { code: '6.5.1.1.1', title: 'Macellai e abbattitori di animali', isco: '7511', occupation: 'occ.butcher', alt: ['macellai'] },
  { code: '6.5.1.1.4', title: 'Addetti alla conservazione di carni e pesci', isco: '7511', occupation: 'occ.food-production-worker' },
  { code: '6.5.1.2.1', title: 'Panettieri', isco: '7512', occupation: 'occ.baker' },
  { code: '6.5.1.2.2', title: 'Pastai', isco: '7512', occupation: 'occ.food-production-worker' },
  { code: '6.5.1.3.1', title: 'Pasticcieri e cioccolatai', isco: '7512', occupation: 'occ.pastry-chef' },
  { code: '6.5.1.3.2', title: 'Gelatai', isco: '7512', occupation: 'occ.gelato-maker' },
  { code: '6.5.2.2.2', title: 'Falegnami', isco: '7522', occupation: 'occ.carpenter' },
  { code: '6.5.3.3.3', title: 'Confezionatori di capi di abbigliamento', isco: '7533', occupation: 'occ.sewing-machinist' },
  { code: '6.5.3.3.4', title: 'Sarti', isco: '7531', occupation: 'occ.tailor' },
  { code: '6.5.3.7.0', title: 'Artigiani e addetti alle tintolavanderie', isco: '8157', occupation: 'occ.laundry-worker' },

  // 7 — Conduttori di impianti, operai di macchinari fissi e mobili e conducenti di veicoli
  { code: '7.1.3.2.2', title: 'Conduttori di impianti per la lavorazione del vetro', isco: '8181', occupation: 'occ.production-operator' },
  { code: '7.1.5.3.1', title: 'Operatori di macchinari per la produzione di farmaci', isco: '8131', occupation: 'occ.pharma-production-operator' },
  { code: '7.2.1.1.0', title: 'Conduttori di macchine utensili automatiche e semiautomatiche industriali', isco: '7223', occupation: 'occ.cnc-operator' },
  { code: '7.2.5.2.0', title: 'Conduttori di macchinari per la fabbricazione di prodotti in carta e cartone', isco: '8143', occupation: 'occ.production-operator' },
  { code: '7.2.7.1.0', title: 'Assemblatori in serie di parti di macchine', isco: '8211', occupation: 'occ.assembler' },
  { code: '7.2.7.2.0', title: 'Assemblatori e cablatori di apparecchiature elettriche', isco: '8212', occupation: 'occ.assembler' },
  { code: '7.2.8.1.0', title: 'Addetti a macchine confezionatrici e al confezionamento di prodotti industriali', isco: '8183', occupation: 'occ.packer' },
  { code: '7.4.2.1.0', title: 'Autisti di taxi, conduttori di automobili, furgoni e altri veicoli', isco: '8322', occupation: 'occ.delivery-driver' },
  { code: '7.4.2.2.0', title: 'Conduttori di autobus, di tram e di filobus', isco: '8331', occupation: 'occ.bus-driver', alt: ['conduttori di autobus'] },
  { code: '7.4.2.3.0', title: 'Conduttori di mezzi pesanti e camion', isco: '8332', occupation: 'occ.truck-driver', alt: ['conduttori di mezzi pesanti'] },
  { code: '7.4.3.1.0', title: 'Conduttori di trattori agricoli', isco: '8341', occupation: 'occ.tractor-driver' },
  { code: '7.4.4.1.0', title: 'Conduttori di macchinari per il movimento terra', isco: '8342', occupation: 'occ.earthmoving-operator' },
  { code: '7.4.4.3.0', title: 'Conduttori di gru e di apparecchi di sollevamento', isco: '8343', occupation: 'occ.crane-operator', alt: ['conduttori di gru'] },
  { code: '7.4.4.4.0', title: 'Conduttori di carrelli elevatori', isco: '8344', occupation: 'occ.forklift-operator' },

  // 8 — Professioni non qualificate
  { code: '8.1.3.1.0', title: 'Facchini, addetti allo spostamento merci ed assimilati', isco: '9333', occupation: 'occ.removal-worker', alt: ['addetti allo spostamento merci', 'addetto allo spostamento di merci nei magazzini'] },
  { code: '8.1.3.2.0', title: "Personale non qualificato addetto all'imballaggio e al magazzino", isco: '9321', occupation: 'occ.packer' },
  { code: '8.1.3.3.0', title: 'Addetti alle consegne di merci', isco: '9621', occupation: 'occ.courier', alt: ['addetti alle consegne'] },
  { code: '8.1.4.1.0', title: 'Personale non qualificato addetto alla pulizia nei servizi di alloggio e nelle navi', isco: '9112', occupation: 'occ.room-attendant' },
  {
    code: '8.1.4.2.0',
    title: 'Personale non qualificato addetto ai servizi di pulizia di uffici ed esercizi commerciali',
    // The CP2021 wording drops "addetto ai"; checked against the start of the CP2021 title only.
    cp2021: { code: '8.1.4.2.0', title: 'Personale non qualificato nei servizi di pulizia di uffici ed esercizi commerciali' },
    isco: '9112',
    occupation: 'occ.cleaner',
    alt: ['addetto ai servizi di pulizia di uffici ed esercizi commerciali', 'addetta ai servizi di pulizia di uffici ed esercizi commerciali'],
  },
  { code: '8.1.4.4.0', title: 'Addetti al lavaggio veicoli', isco: '9122', occupation: 'occ.cleaner' },
  { code: '8.1.4.5.0', title: 'Operatori ecologici e altri raccoglitori e separatori di rifiuti', isco: '9612', occupation: 'occ.street-cleaner', alt: ['operatori ecologici'] },
  { code: '8.1.5.1.0', title: 'Bidelli e professioni assimilate', isco: '9112', occupation: 'occ.school-assistant', alt: ['bidelli'] },
  { code: '8.1.6.1.1', title: 'Personale non qualificato addetto ai servizi di custodia di edifici', isco: '9629', occupation: 'occ.building-caretaker' },
  { code: '8.2.1.1.0', title: 'Personale non qualificato nei servizi di ristorazione', isco: '9412', occupation: 'occ.kitchen-assistant' },
  { code: '8.2.2.1.0', title: 'Collaboratori domestici e professioni assimilate', isco: '9111', occupation: 'occ.domestic-worker', alt: ['collaboratori domestici'] },
  { code: '8.3.1.1.0', title: 'Braccianti agricoli', isco: '9211', occupation: 'occ.farm-worker' },
  { code: '8.3.1.2.0', title: 'Personale non qualificato addetto alla manutenzione del verde', isco: '9214', occupation: 'occ.gardener' },
  { code: '8.4.2.1.0', title: "Manovali e personale non qualificato dell'edilizia civile e professioni assimilate", isco: '9313', occupation: 'occ.construction-labourer', alt: ["manovali e personale non qualificato dell'edilizia civile"] },
  { code: '8.4.3.1.0', title: 'Personale non qualificato delle attività industriali e professioni assimilate', isco: '9329', occupation: 'occ.production-operator', alt: ['personale non qualificato delle attività industriali', 'personale non qualificato nella manifattura'] },
]
