/**
 * The grammar of professional job titles, Italian and English, for titles no occupation label names
 * ("Senior Manager, Clinical Operations", "Equipment Validation Specialist", "Stage Farmacovigilanza"): a
 * title is a ROLE NOUN (manager, specialist, tecnico, stagista …) and a DOMAIN (quality, regulatory,
 * vendite …); the pair names an occupation of the built-in taxonomy. Written here from the structure of
 * ISCO-08 (managers in major group 1, professionals in 2, technicians in 3, clerks in 4).
 */

/** The kind of role a title's role noun names. */
export type RoleFamily = 'manager' | 'professional' | 'engineer' | 'technician' | 'assistant' | 'worker' | 'trainee'

/** Role nouns (folded words) and the family each names. */
export const roleNouns: ReadonlyMap<string, RoleFamily> = new Map<string, RoleFamily>([
  ...(['manager', 'managers', 'director', 'directors', 'head', 'lead', 'leader', 'supervisor', 'vp', 'president', 'chief', 'responsabile', 'direttore', 'direttrice', 'capo', 'managing'] as const).map((w) => [w, 'manager'] as const),
  ...(['specialist', 'specialists', 'specialista', 'associate', 'analyst', 'analista', 'officer', 'consultant', 'consulente', 'expert', 'esperto', 'esperta', 'scientist', 'advisor', 'adviser', 'coordinator', 'coordinatore', 'coordinatrice', 'liaison', 'planner', 'auditor', 'representative', 'rep', 'professional', 'executive', 'partner', 'owner', 'administrator', 'architect', 'designer', 'programmer', 'developer', 'buyer', 'controller', 'strategist', 'writer', 'trainer', 'referente'] as const).map((w) => [w, 'professional'] as const),
  ...(['addetto', 'addetta', 'addetti', 'addette', 'add', 'operaio', 'operaia', 'operai', 'worker', 'workers', 'helper'] as const).map((w) => [w, 'worker'] as const),
  ...(['engineer', 'engineers', 'ingegnere', 'engineering'] as const).map((w) => [w, 'engineer'] as const),
  ...(['technician', 'technicians', 'tecnico', 'tecnica', 'tech', 'operator', 'operatore', 'operatrice', 'installatore', 'installatrice', 'installer', 'manutentore', 'manutentrice', 'riparatore', 'riparatrice', 'conduttore', 'conduttrice'] as const).map((w) => [w, 'technician'] as const),
  ...(['assistant', 'assistente', 'admin', 'clerk', 'impiegato', 'impiegata', 'segretario', 'segretaria'] as const).map((w) => [w, 'assistant'] as const),
  ...(['intern', 'internship', 'stage', 'stagista', 'stageur', 'tirocinio', 'tirocinante', 'trainee', 'apprentice', 'apprenticeship', 'apprendista', 'graduate', 'neolaureato', 'neolaureata'] as const).map((w) => [w, 'trainee'] as const),
])

/** A domain of work: its words (folded, single or multiword) and the occupation each role family names there. */
export interface TitleDomain {
  name: string
  words: readonly string[]
  roles: Partial<Record<RoleFamily | 'default', string>>
  /** The occupation when the ad's text is about health, pharma or medical devices (sales roles). */
  lifeScience?: Partial<Record<RoleFamily | 'default', string>>
}

/**
 * Domains in order of precedence: the first domain a title names decides ("Quality & Regulatory Engineer"
 * is quality work; "Clinical Sales Specialist" is sales).
 */
export const titleDomains: readonly TitleDomain[] = [
  { name: 'pharmacovigilance', words: ['pharmacovigilance', 'farmacovigilanza', 'drug safety', 'patient safety', 'vigilance', 'vigilanza'], roles: { default: 'occ.pharmacovigilance-specialist' } },
  {
    // A territory manager is a field sales representative, not a manager of people.
    name: 'territory',
    words: ['territory', 'hospital specialist', 'territorio'],
    roles: { default: 'occ.sales-representative' },
    lifeScience: { default: 'occ.medical-sales-representative' },
  },
  {
    name: 'sales',
    words: ['sales', 'vendite', 'vendita', 'commercial', 'commerciale', 'business development', 'inside sales', 'account', 'accounts', 'tender', 'gare', 'key account', 'business manager', 'hospital', 'channel'],
    roles: { manager: 'occ.sales-manager', assistant: 'occ.sales-administrator', technician: 'occ.sales-representative', default: 'occ.sales-representative' },
    lifeScience: { manager: 'occ.sales-manager', assistant: 'occ.sales-administrator', default: 'occ.medical-sales-representative' },
  },
  { name: 'medical-writing', words: ['medical writer', 'medical writing', 'scientific writer', 'scientific writing', 'publications', 'medical communications'], roles: { default: 'occ.technical-writer' } },
  { name: 'regulatory', words: ['regulatory', 'regolatorio', 'regolatoria', 'regolatori', 'regulation', 'affari regolatori', 'registration', 'labeling', 'labelling'], roles: { default: 'occ.regulatory-affairs-specialist' } },
  {
    name: 'quality-control',
    words: ['qc', 'quality control', 'calibration', 'taratura', 'metrology', 'metrologia', 'controllo qualità', 'controllo qualita'],
    roles: { manager: 'occ.quality-manager', technician: 'occ.qc-analyst', default: 'occ.qc-analyst' },
  },
  {
    name: 'quality',
    words: ['quality', 'qualità', 'qualita', 'qa', 'validation', 'convalida', 'convalide', 'validazione', 'csv', 'gmp', 'gxp', 'qhse', 'iso 9001', 'qualification', 'qualifica', 'deviation', 'deviations', 'capa', 'cqv'],
    roles: { manager: 'occ.quality-manager', technician: 'occ.quality-inspector', default: 'occ.quality-assurance-specialist' },
  },
  { name: 'compliance', words: ['compliance', 'aml', 'antiriciclaggio', 'anti money laundering', 'ethics', 'whistleblowing'], roles: { default: 'occ.compliance-specialist' } },
  {
    name: 'clinical',
    words: ['clinical', 'clinico', 'clinica', 'clinici', 'study', 'studi', 'trial', 'trials', 'sperimentazione', 'sperimentazioni', 'cra', 'ctm', 'start up', 'site activation', 'patient recruitment', 'feasibility', 'etmf', 'tmf', 'site management', 'site specialist'],
    roles: { manager: 'occ.clinical-trial-manager', default: 'occ.clinical-research-associate' },
  },
  { name: 'medical', words: ['medical affairs', 'medical', 'medico', 'medica', 'msl', 'medical science liaison', 'scientific liaison', 'scientific relations', 'field medical', 'affari medici'], roles: { default: 'occ.medical-advisor' } },
  { name: 'statistics', words: ['biostatistics', 'biostatistician', 'statistics', 'statistical', 'statistician', 'statistica', 'statistico', 'biostatistica', 'psychometrician'], roles: { default: 'occ.statistician' } },
  { name: 'hse', words: ['hse', 'ehs', 'she', 'health and safety', 'sicurezza sul lavoro', 'rspp', 'aspp'], roles: { manager: 'occ.hse-technician', default: 'occ.hse-technician' } },
  { name: 'general-management', words: ['general manager', 'country manager', 'managing director', 'amministratore delegato', 'amministratrice delegata', 'direttore generale', 'direttrice generale', 'ceo'], roles: { default: 'occ.general-manager' } },
  { name: 'legal', words: ['legal', 'legale', 'counsel', 'lawyer', 'avvocato', 'avvocata', 'giuridico', 'giuridica', 'contracts', 'contratti', 'diritto', 'litigation', 'contenzioso', 'labour law', 'employment law', 'tax law', 'corporate law'], roles: { default: 'occ.lawyer' } },
  { name: 'audit', words: ['audit', 'internal audit', 'revisione contabile', 'revisione interna'], roles: { default: 'occ.accountant' } },
  { name: 'billing', words: ['billing', 'fatturazione', 'invoicing'], roles: { default: 'occ.bookkeeper' } },
  { name: 'marketing', words: ['marketing', 'brand', 'market access', 'communication', 'communications', 'comunicazione', 'pricing'], roles: { manager: 'occ.marketing-manager', default: 'occ.marketing-assistant' } },
  { name: 'product', words: ['product', 'prodotto', 'portfolio'], roles: { technician: 'occ.field-service-engineer', default: 'occ.product-manager' } },
  {
    name: 'finance',
    words: ['accounts payable', 'accounts receivable', 'credit', 'crediti', 'finance', 'financial', 'finanza', 'finanziario', 'finanziaria', 'treasury', 'tesoreria', 'fp&a', 'fp a', 'controlling', 'budget', 'tax', 'fiscale', 'accounting', 'contabilità', 'contabilita', 'contabile', 'amministrazione finanza'],
    roles: { manager: 'occ.controller', assistant: 'occ.bookkeeper', technician: 'occ.bookkeeper', default: 'occ.financial-analyst' },
  },
  {
    name: 'hr',
    words: ['hr', 'human resources', 'risorse umane', 'talent', 'recruiting', 'recruitment', 'people', 'personale', 'payroll', 'paghe', 'compensation', 'rewards'],
    roles: { manager: 'occ.hr-manager', assistant: 'occ.hr-assistant', default: 'occ.recruiter' },
  },
  { name: 'procurement', words: ['procurement', 'purchasing', 'acquisti', 'sourcing', 'buying'], roles: { default: 'occ.buyer' } },
  { name: 'cleaning', words: ['pulizie', 'pulizia', 'sanificazione', 'cleaning', 'igiene ambientale'], roles: { manager: 'occ.cleaning-supervisor', default: 'occ.cleaner' } },
  { name: 'hvac', words: ['condizionamento', 'climatizzazione', 'condizionatori', 'climatizzatori', 'caldaie', 'hvac', 'refrigerazione'], roles: { default: 'occ.hvac-technician' } },
  {
    name: 'warehouse',
    words: ['carico', 'scarico', 'carico e scarico', 'movimentazione merci', 'magazzino', 'warehouse', 'picking', 'spedizioni'],
    roles: { manager: 'occ.warehouse-manager', professional: 'occ.logistics-clerk', assistant: 'occ.logistics-clerk', default: 'occ.warehouse-worker' },
  },
  { name: 'planning', words: ['supply chain', 'supply', 'demand', 'planning', 'pianificazione', 'logistics', 'logistica', 'distribution'], roles: { manager: 'occ.warehouse-manager', assistant: 'occ.logistics-clerk', technician: 'occ.logistics-clerk', default: 'occ.supply-chain-planner' } },
  { name: 'project', words: ['project', 'projects', 'progetto', 'progetti', 'pmo'], roles: { engineer: 'occ.project-engineer', default: 'occ.project-manager' } },
  { name: 'ai', words: ['ai', 'artificial intelligence', 'machine learning', 'intelligenza artificiale', 'deep learning'], roles: { engineer: 'occ.ml-engineer', default: 'occ.data-scientist' } },
  { name: 'research', words: ['research', 'ricerca', 'r&d', 'r d', 'innovation', 'innovazione', 'postdoc', 'post doc', 'postdoctoral', 'fellowship', 'fellow', 'predoc', 'pre doctoral'], roles: { manager: 'occ.rd-manager', default: 'occ.research-scientist' } },
  { name: 'electronics', words: ['electronic', 'electronics', 'elettronico', 'elettronica', 'hardware', 'mixed signal', 'analog', 'embedded', 'firmware', 'electrical', 'elettrico', 'elettrica'], roles: { technician: 'occ.electrical-technician', default: 'occ.electronics-engineer' } },
  { name: 'mechanics', words: ['mechanical', 'meccanico', 'meccanica', 'mechanics'], roles: { technician: 'occ.mechanical-technician', engineer: 'occ.mechanical-engineer', default: 'occ.mechanical-engineer' } },
  { name: 'automation', words: ['automation', 'automazione', 'robotics', 'robotica', 'plc'], roles: { default: 'occ.automation-technician' } },
  { name: 'data', words: ['data', 'dati', 'analytics', 'business intelligence', 'bi'], roles: { engineer: 'occ.data-engineer', manager: 'occ.data-analyst', default: 'occ.data-analyst' } },
  {
    name: 'ict',
    words: ['software', 'it', 'ict', 'cloud', 'devops', 'sap', 'erp', 'informatico', 'informatica', 'systems', 'sistemi', 'network', 'rete', 'cybersecurity', 'cyber security', 'it security', 'information security', 'sicurezza informatica', 'mes', 'salesforce'],
    roles: { manager: 'occ.it-project-manager', technician: 'occ.it-support-technician', assistant: 'occ.it-support-technician', default: 'occ.software-developer' },
  },
  { name: 'lab', words: ['laboratory', 'laboratorio', 'lab', 'analytical', 'analitico', 'analitica', 'microbiology', 'microbiologia', 'biochem', 'chemistry', 'chimica', 'chimico'], roles: { manager: 'occ.quality-manager', default: 'occ.lab-technician' } },
  { name: 'maintenance', words: ['maintenance', 'manutenzione', 'reliability', 'facility', 'facilities'], roles: { default: 'occ.maintenance-technician' } },
  { name: 'service', words: ['field service', 'service engineer', 'commissioning', 'installation', 'installazione', 'assistenza tecnica', 'technical support'], roles: { manager: 'occ.field-service-engineer', default: 'occ.field-service-engineer' } },
  {
    name: 'production',
    words: ['manufacturing', 'production', 'produzione', 'process', 'processo', 'processi', 'operations', 'plant', 'stabilimento', 'packaging', 'sterile', 'serialization'],
    roles: { manager: 'occ.department-manager', technician: 'occ.production-operator', assistant: 'occ.production-operator', engineer: 'occ.process-engineer', default: 'occ.process-engineer' },
  },
  { name: 'customer', words: ['client services', 'client service', 'customer service', 'customer care', 'customer support', 'assistenza clienti', 'customer success', 'help desk', 'helpdesk'], roles: { manager: 'occ.customer-service-agent', default: 'occ.customer-service-agent' } },
  { name: 'admin', words: ['administrative', 'amministrativo', 'amministrativa', 'office', 'ufficio', 'back office', 'segreteria', 'front office', 'admissions'], roles: { manager: 'occ.admin-clerk', default: 'occ.admin-clerk' } },
  { name: 'training', words: ['training', 'formazione', 'learning', 'education'], roles: { default: 'occ.trainer' } },
]

/** Words that mark an ad about health, pharma or medical devices (for sales roles). */
export const lifeScienceWords: ReadonlySet<string> = new Set([
  'pharma', 'pharmaceutical', 'pharmaceuticals', 'medical', 'medicale', 'medicali', 'medico', 'medici', 'hospital', 'hospitals', 'ospedale', 'ospedali', 'ospedaliero', 'ospedaliera',
  'clinical', 'clinics', 'surgical', 'surgery', 'chirurgia', 'chirurgico', 'device', 'devices', 'dispositivi', 'diagnostic', 'diagnostics', 'diagnostica', 'healthcare', 'sanitario', 'sanitaria', 'sanità',
  'farmaceutica', 'farmaceutico', 'farmaco', 'farmaci', 'biotech', 'cardiology', 'cardiologia', 'oncology', 'oncologia', 'physicians', 'hcp', 'hcps',
])

/** Role nouns that name an occupation alone, in a short title with no domain ("Impiegata", "Impiegato tirocinante"). */
export const bareRoleOccupations: ReadonlyMap<string, string> = new Map([
  ['impiegato', 'occ.admin-clerk'],
  ['impiegata', 'occ.admin-clerk'],
  ['impiegati', 'occ.admin-clerk'],
  ['impiegate', 'occ.admin-clerk'],
])
