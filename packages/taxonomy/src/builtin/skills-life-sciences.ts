import type { SkillEntry } from './entry.js'

/** Life-sciences skills: clinical research, regulatory affairs, pharmacovigilance, GxP quality and laboratory work. */
export const lifeSciencesSkills: readonly SkillEntry[] = [
  {
    id: 'know.good-clinical-practice',
    kind: 'knowledge',
    it: ['buona pratica clinica', 'norme di buona pratica clinica', 'linee guida ICH GCP'],
    en: ['Good Clinical Practice', 'ICH GCP', 'ICH GCP guidelines'],
    related: ['skill.clinical-trials'],
  },
  {
    id: 'skill.clinical-trials',
    it: ['sperimentazioni cliniche', 'studi clinici', 'gestione degli studi clinici', 'monitoraggio degli studi clinici', 'ricerca clinica', 'monitoraggio dei centri sperimentali'],
    en: ['clinical trials', 'clinical research', 'clinical trial management', 'clinical study monitoring', 'site monitoring', 'clinical operations'],
    related: ['know.good-clinical-practice'],
  },
  {
    id: 'skill.regulatory-affairs',
    it: ['affari regolatori', 'registrazione dei farmaci', 'dossier registrativi', 'pratiche regolatorie', 'autorizzazione all\'immissione in commercio'],
    en: ['regulatory affairs', 'regulatory submissions', 'marketing authorisation', 'marketing authorization', 'CTD dossier'],
    related: ['skill.compliance'],
  },
  {
    id: 'skill.pharmacovigilance',
    it: ['farmacovigilanza', 'attività di farmacovigilanza', 'segnalazione delle reazioni avverse', 'gestione delle reazioni avverse'],
    en: ['pharmacovigilance', 'drug safety', 'adverse event reporting', 'individual case safety reports'],
    related: ['know.pharmacology'],
  },
  {
    id: 'skill.medical-devices',
    it: ['dispositivi medici', 'regolamento sui dispositivi medici', 'marcatura CE dei dispositivi medici', 'dispositivi medico-diagnostici'],
    en: ['medical devices', 'medical device regulation', 'medical device compliance', 'in vitro diagnostic devices'],
  },
  {
    id: 'skill.validation',
    it: ['convalida dei sistemi computerizzati', 'qualifica delle apparecchiature', 'convalida delle pulizie', 'attività di convalida'],
    en: ['computer system validation', 'equipment qualification', 'cleaning validation', 'validation activities'],
    related: ['know.gmp'],
  },
  {
    id: 'skill.capa-deviations',
    it: ['gestione delle deviazioni', 'gestione delle CAPA', 'gestione dei change control'],
    en: ['deviation management', 'CAPA management', 'change control'],
    related: ['skill.non-conformity', 'know.gmp'],
  },
  {
    id: 'skill.technical-writing',
    it: ['redazione di documentazione tecnica', 'scrittura tecnica', 'redazione di manuali', 'stesura di procedure operative'],
    en: ['technical writing', 'writing technical documentation', 'technical documentation', 'writing standard operating procedures'],
  },
  {
    id: 'skill.laboratory-analysis',
    it: ['analisi di laboratorio', 'analisi chimico-fisiche', 'analisi microbiologiche', 'campionamento per analisi', 'analisi chimiche'],
    en: ['laboratory analysis', 'laboratory testing', 'QC testing', 'microbiological testing', 'analytical testing'],
    abbr: ['HPLC'],
  },
]
