import type { SkillEntry } from './entry.js'

/** Personal-service and security skills: hairdressing, beauty treatments, surveillance, concierge work. */
export const servicesSkills: readonly SkillEntry[] = [
  {
    id: 'skill.hairdressing',
    it: ['acconciatura', 'taglio e piega', 'taglio capelli', 'messa in piega', 'shampoo e trattamenti'],
    en: ['hairdressing', 'haircutting', 'cut and blow-dry', 'hair styling', 'hair treatments'],
    related: ['skill.hair-colouring'],
  },
  {
    id: 'skill.hair-colouring',
    it: ['colorazione dei capelli', 'meches', 'balayage', 'decolorazione'],
    en: ['hair colouring', 'hair coloring', 'highlights', 'balayage', 'bleaching'],
    broader: ['skill.hairdressing'],
  },
  {
    id: 'skill.beauty-treatments',
    it: ['trattamenti estetici', 'trattamenti viso e corpo', 'epilazione', 'massaggio estetico', 'trucco professionale'],
    en: ['beauty treatments', 'facial and body treatments', 'hair removal', 'beauty massage', 'make-up'],
    related: ['skill.nail-care'],
  },
  {
    id: 'skill.nail-care',
    it: ['manicure', 'pedicure', 'ricostruzione unghie', 'nail art', 'semipermanente'],
    en: ['manicure', 'pedicure', 'nail extensions', 'nail art', 'gel polish'],
    broader: ['skill.beauty-treatments'],
  },
  {
    id: 'skill.security-surveillance',
    it: ['vigilanza', 'sorveglianza', 'controllo accessi', 'servizio di portierato', 'videosorveglianza', 'ronda'],
    en: ['security surveillance', 'security patrols', 'access control', 'door supervision', 'CCTV monitoring', 'guarding'],
    related: ['skill.fire-safety', 'skill.loss-prevention'],
  },
  {
    id: 'skill.concierge',
    it: ['portineria', 'servizio di reception condominiale', 'gestione della posta e dei pacchi', 'custodia di stabili'],
    en: ['concierge services', 'porter duties', 'mail and parcel handling', 'building caretaking'],
    related: ['skill.front-office', 'skill.security-surveillance'],
  },
  {
    id: 'skill.fitness-instruction',
    it: ['istruzione fitness', 'personal training', 'conduzione di corsi fitness', 'programmazione di allenamenti'],
    en: ['fitness instruction', 'personal training', 'group exercise instruction', 'workout programming'],
    related: ['know.anatomy'],
  },
]
