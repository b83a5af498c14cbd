import type { SkillEntry } from './entry.js'

const esco = (uuid: string): string => `http://data.europa.eu/esco/skill/${uuid}`

/** Cleaning and domestic-work skills: professional cleaning, sanitation, cleaning machines, housework. */
export const cleaningSkills: readonly SkillEntry[] = [
  {
    id: 'skill.cleaning',
    it: ['pulizie', 'servizi di pulizia', 'pulizie professionali', 'attività di pulizia'],
    en: ['cleaning', 'cleaning services', 'professional cleaning'],
    related: ['know.cleaning-techniques'],
  },
  {
    id: 'skill.cleaning-sanitation',
    it: ['pulizia e sanificazione', 'sanificazione', 'igienizzazione degli ambienti', 'disinfezione', 'sanificazione degli ambienti'],
    en: ['cleaning and sanitation', 'sanitising', 'sanitizing', 'disinfection', 'deep cleaning'],
    broader: ['skill.cleaning'],
    related: ['skill.infection-control'],
    esco: esco('6ff01827-907d-43d8-b6e4-7162c1cf0aca'),
  },
  {
    id: 'skill.office-cleaning',
    it: ['pulizia di uffici', 'pulizie civili', 'pulizia di condomini', 'pulizia di scale'],
    en: ['office cleaning', 'commercial cleaning', 'communal area cleaning'],
    broader: ['skill.cleaning'],
  },
  {
    id: 'skill.industrial-cleaning',
    it: ['pulizie industriali', 'pulizia di capannoni', 'pulizia di macchinari industriali', 'pulizie post-cantiere'],
    en: ['industrial cleaning', 'factory cleaning', 'post-construction cleaning'],
    broader: ['skill.cleaning'],
  },
  {
    id: 'skill.hospital-cleaning',
    it: ['pulizie in ambito sanitario', 'sanificazione ospedaliera', 'pulizia di ambienti sanitari', 'pulizie in RSA'],
    en: ['hospital cleaning', 'healthcare cleaning', 'clinical cleaning'],
    broader: ['skill.cleaning-sanitation'],
    related: ['skill.infection-control'],
  },
  {
    id: 'skill.domestic-cleaning',
    it: ['pulizie domestiche', 'pulizia della casa', 'faccende domestiche', 'lavori domestici'],
    en: ['domestic cleaning', 'house cleaning', 'housework', 'household chores'],
    broader: ['skill.cleaning'],
    related: ['skill.household-management'],
  },
  {
    id: 'skill.cleaning-machines',
    it: ['uso di macchinari per le pulizie', 'lavasciuga pavimenti', 'monospazzola', 'macchine lavapavimenti', 'aspiraliquidi', 'idropulitrice'],
    en: ['operating cleaning machines', 'floor scrubber', 'floor buffer', 'scrubber dryer', 'pressure washer'],
    broader: ['skill.cleaning'],
    related: ['skill.floor-care'],
  },
  {
    id: 'skill.floor-care',
    it: ['trattamento dei pavimenti', 'lucidatura dei pavimenti', 'ceratura', 'deceratura'],
    en: ['floor care', 'floor polishing', 'floor waxing', 'floor stripping'],
    broader: ['skill.cleaning'],
    related: ['skill.cleaning-machines'],
  },
  {
    id: 'skill.window-cleaning',
    it: ['pulizia dei vetri', 'pulizia delle vetrate', 'lavaggio vetri'],
    en: ['window cleaning', 'glass cleaning'],
    broader: ['skill.cleaning'],
  },
  {
    id: 'know.cleaning-techniques',
    kind: 'knowledge',
    it: ['tecniche di pulizia', 'prodotti per la pulizia', 'diluizione dei detergenti', 'schede di sicurezza dei prodotti', 'metodi di pulizia'],
    en: ['cleaning techniques', 'cleaning products', 'detergent dilution', 'cleaning chemicals', 'cleaning methods'],
    esco: esco('ce2dbe33-9e13-47bb-91bf-00cf799ac34c'),
  },
  {
    id: 'skill.laundry-ironing',
    it: ['lavaggio e stiratura', 'stiro', 'stiratura', 'bucato', 'cura del guardaroba', 'lavanderia'],
    en: ['laundry and ironing', 'ironing', 'laundry', 'wardrobe care'],
    related: ['skill.domestic-cleaning', 'skill.housekeeping'],
  },
  {
    id: 'skill.household-management',
    it: ['gestione della casa', 'governo della casa', 'spesa e commissioni', 'gestione domestica'],
    en: ['household management', 'running a household', 'grocery shopping and errands', 'home management'],
    related: ['skill.domestic-cleaning', 'skill.home-cooking'],
  },
  {
    id: 'skill.home-cooking',
    it: ['cucina casalinga', 'preparazione dei pasti in famiglia', 'cucina per anziani', 'preparazione di pasti semplici'],
    en: ['home cooking', 'family meal preparation', 'simple meal preparation', 'cooking for older people'],
    broader: ['skill.cooking'],
    related: ['skill.household-management'],
  },
  {
    id: 'skill.waste-sorting',
    it: ['raccolta differenziata', 'smaltimento dei rifiuti', 'gestione dei rifiuti'],
    en: ['waste sorting', 'waste separation', 'recycling', 'waste disposal'],
    related: ['skill.cleaning'],
  },
]
