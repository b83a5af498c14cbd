import type { SkillEntry } from './entry.js'

const esco = (uuid: string): string => `http://data.europa.eu/esco/skill/${uuid}`

/** Care and health skills: personal care, elderly and disability care, nursing, rehabilitation, pharmacy. */
export const careHealthSkills: readonly SkillEntry[] = [
  {
    id: 'skill.personal-care',
    it: ['assistenza alla persona', 'assistenza di base alla persona', 'cura della persona', 'assistenza a persone non autosufficienti'],
    en: ['personal care', 'care of dependent people', 'personal support', 'care work'],
    related: ['skill.empathy'],
  },
  {
    id: 'skill.personal-hygiene-care',
    it: ['igiene della persona', "igiene personale dell'assistito", 'bagno assistito', "cura dell'igiene intima", 'vestizione'],
    en: ['personal hygiene care', 'bathing assistance', 'help with washing and dressing', 'intimate care'],
    broader: ['skill.personal-care'],
  },
  {
    id: 'skill.patient-mobilisation',
    it: ['mobilizzazione dei pazienti', 'movimentazione dei pazienti', "mobilizzazione dell'assistito", 'uso del sollevatore', 'posizionamento a letto', 'trasferimento letto-carrozzina'],
    en: ['patient mobilisation', 'patient mobilization', 'patient handling', 'moving and handling', 'hoist use', 'bed-to-wheelchair transfer'],
    broader: ['skill.personal-care'],
    related: ['skill.manual-handling'],
  },
  {
    id: 'skill.feeding-assistance',
    it: ["aiuto nell'alimentazione", 'assistenza ai pasti', 'somministrazione dei pasti', 'gestione della disfagia'],
    en: ['feeding assistance', 'help with eating', 'mealtime assistance', 'dysphagia care'],
    broader: ['skill.personal-care'],
  },
  {
    id: 'skill.elderly-care',
    it: ['assistenza agli anziani', 'cura degli anziani', 'assistenza anziani non autosufficienti', 'assistenza geriatrica'],
    en: ['elderly care', 'care of the elderly', 'senior care', 'care for older people', 'geriatric care'],
    broader: ['skill.personal-care'],
  },
  {
    id: 'skill.dementia-care',
    it: ['assistenza a persone con demenza', "assistenza a malati di Alzheimer", 'gestione dei disturbi comportamentali'],
    en: ['dementia care', "Alzheimer's care", 'managing challenging behaviour'],
    broader: ['skill.elderly-care'],
  },
  {
    id: 'skill.disability-care',
    it: ['assistenza a persone con disabilità', 'assistenza ai disabili', "supporto all'autonomia", 'assistenza educativa alla disabilità'],
    en: ['disability support', 'care for people with disabilities', 'support for independent living'],
    broader: ['skill.personal-care'],
  },
  {
    id: 'skill.home-care',
    it: ['assistenza domiciliare', 'assistenza a domicilio', 'assistenza convivente', 'assistenza notturna'],
    en: ['home care', 'domiciliary care', 'live-in care', 'night care'],
    abbr: ['ADI'],
    ambiguous: ['SAD'],
    broader: ['skill.personal-care'],
    related: ['skill.household-management'],
  },
  {
    id: 'skill.childcare',
    it: ['cura dei bambini', 'accudimento dei bambini', 'babysitting', "assistenza all'infanzia"],
    en: ['childcare', 'child care', 'babysitting', 'looking after children'],
    related: ['skill.early-childhood-education'],
  },
  {
    id: 'skill.recreational-activities',
    it: ['animazione per anziani', 'attività ricreative', 'animazione socio-educativa', 'attività di socializzazione'],
    en: ['recreational activities', 'activities for older people', 'activity coordination', 'social activities'],
    related: ['skill.elderly-care', 'skill.educational-activities'],
  },
  {
    id: 'skill.helping-relationship',
    it: ["relazione d'aiuto", 'supporto emotivo', 'accompagnamento della persona', 'assistenza relazionale'],
    en: ['helping relationship', 'emotional support', 'person-centred care', 'person-centered care'],
    related: ['skill.empathy', 'skill.active-listening'],
  },

  // Clinical
  {
    id: 'skill.nursing-care',
    it: ['assistenza infermieristica', 'pratica infermieristica', 'assistenza al paziente', 'cure infermieristiche'],
    en: ['nursing care', 'nursing', 'patient care', 'clinical nursing'],
    related: ['skill.care-planning', 'skill.medication-administration'],
  },
  {
    id: 'skill.medication-administration',
    it: ['somministrazione dei farmaci', 'somministrazione della terapia', 'gestione della terapia farmacologica', 'preparazione della terapia'],
    en: ['medication administration', 'administering medication', 'medicines management', 'drug administration'],
    broader: ['skill.nursing-care'],
    related: ['know.pharmacology'],
    esco: esco('1fd57242-267e-46df-bd8c-849fdd593a50'),
  },
  {
    id: 'skill.vital-signs',
    it: ['rilevazione dei parametri vitali', 'parametri vitali', 'misurazione della pressione', 'misurazione della glicemia', 'monitoraggio del paziente'],
    en: ['vital signs monitoring', 'taking vital signs', 'blood pressure measurement', 'blood glucose monitoring', 'patient observation'],
    broader: ['skill.nursing-care'],
    esco: esco('60f826be-0c1b-413b-aad5-4f7546622e16'),
  },
  {
    id: 'skill.wound-care',
    it: ['medicazioni', 'gestione delle lesioni da pressione', 'cura delle ferite', 'prevenzione delle piaghe da decubito'],
    en: ['wound care', 'wound dressing', 'pressure ulcer care', 'pressure sore prevention'],
    broader: ['skill.nursing-care'],
  },
  {
    id: 'skill.venipuncture',
    it: ['prelievi ematici', 'prelievo venoso', 'prelievi di sangue', 'posizionamento di accessi venosi'],
    en: ['blood sampling', 'venepuncture', 'venipuncture', 'phlebotomy', 'cannulation'],
    broader: ['skill.nursing-care'],
  },
  {
    id: 'skill.care-planning',
    it: ['pianificazione assistenziale', 'piano di assistenza individualizzato', 'progetto assistenziale individuale'],
    en: ['care planning', 'care plan', 'individual care plan'],
    abbr: ['PAI'],
    related: ['skill.nursing-care', 'skill.clinical-documentation'],
  },
  {
    id: 'skill.clinical-documentation',
    it: ['compilazione della cartella clinica', 'cartella infermieristica', 'diario assistenziale', 'passaggio di consegne'],
    en: ['clinical documentation', 'patient records', 'nursing notes', 'handover'],
    related: ['skill.care-planning'],
  },
  {
    id: 'skill.infection-control',
    it: ['prevenzione delle infezioni', 'controllo delle infezioni ospedaliere', 'igiene delle mani', 'sterilizzazione degli strumenti'],
    en: ['infection control', 'infection prevention', 'hand hygiene', 'instrument sterilisation'],
    related: ['skill.cleaning-sanitation', 'skill.nursing-care'],
  },
  {
    id: 'skill.physiotherapy',
    it: ['fisioterapia', 'riabilitazione motoria', 'terapia manuale', 'rieducazione funzionale', 'kinesiterapia'],
    en: ['physiotherapy', 'physical therapy', 'rehabilitation', 'manual therapy', 'exercise therapy'],
    related: ['know.anatomy'],
  },
  {
    id: 'skill.pharmacy-dispensing',
    it: ['dispensazione dei farmaci', 'consiglio al banco in farmacia', 'preparazioni galeniche', 'gestione delle ricette'],
    en: ['medicine dispensing', 'pharmacy counter advice', 'compounding', 'prescription handling'],
    related: ['know.pharmacology', 'skill.retail-sales'],
  },
  {
    id: 'know.pharmacology',
    kind: 'knowledge',
    it: ['farmacologia', 'conoscenza dei farmaci', 'farmacovigilanza'],
    en: ['pharmacology', 'knowledge of medicines', 'pharmacovigilance'],
  },
  {
    id: 'know.anatomy',
    kind: 'knowledge',
    it: ['anatomia e fisiologia', 'anatomia umana', 'fisiologia'],
    en: ['anatomy and physiology', 'human anatomy', 'physiology'],
  },
  {
    id: 'know.health-social-services',
    kind: 'knowledge',
    it: ['servizi socio-sanitari', 'rete dei servizi sociali', 'strutture residenziali per anziani', 'servizi sociali territoriali'],
    en: ['health and social care services', 'social services', 'care homes', 'community care services'],
    abbr: ['RSA', 'RSD', 'CDI'],
  },
  {
    id: 'skill.medical-reception',
    it: ['accettazione sanitaria', 'prenotazione di visite ed esami', 'segreteria medica', 'gestione del CUP'],
    en: ['medical reception', 'booking medical appointments', 'medical secretarial work'],
    ambiguous: ['CUP'],
    related: ['skill.front-office', 'skill.secretarial'],
  },
]
