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
    en: ['beauty treatments', 'facial and body treatments', 'hair removal', 'beauty massage'],
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
    it: ['vigilanza', 'sorveglianza', 'controllo accessi', 'servizio di portierato', 'videosorveglianza', 'ronda', 'presidio dei locali', 'servizio di vigilanza'],
    en: ['security surveillance', 'security patrols', 'access control', 'door supervision', 'CCTV monitoring', 'guarding', 'premises security'],
    related: ['skill.fire-safety', 'skill.loss-prevention'],
  },
  {
    id: 'skill.concierge',
    it: ['portineria', 'servizio di reception condominiale', 'gestione della posta e dei pacchi', 'custodia di stabili'],
    en: ['concierge services', 'porter duties', 'mail and parcel handling'],
    related: ['skill.front-office', 'skill.security-surveillance'],
  },
  {
    id: 'skill.fitness-instruction',
    it: ['istruzione fitness', 'personal training', 'conduzione di corsi fitness', 'programmazione di allenamenti'],
    en: ['fitness instruction', 'personal training', 'group exercise instruction', 'workout programming'],
    related: ['know.anatomy'],
  },

  // More personal services
  {
    id: 'skill.barbering',
    it: ['barberia', 'taglio uomo', 'rasatura tradizionale', 'cura della barba', 'sfumature'],
    en: ['barbering', "men's haircuts", 'wet shaving', 'beard grooming', 'fades'],
    broader: ['skill.hairdressing'],
  },
  {
    id: 'skill.make-up',
    it: ['trucco', 'make-up', 'trucco sposa', 'trucco teatrale e cinematografico'],
    en: ['make-up', 'makeup artistry', 'bridal make-up', 'stage and film make-up'],
    broader: ['skill.beauty-treatments'],
  },
  {
    id: 'skill.lifeguarding',
    it: ['assistenza bagnanti', 'salvamento', 'brevetto di bagnino', 'sorveglianza in piscina'],
    en: ['lifeguarding', 'water rescue', 'lifeguard certificate', 'pool supervision'],
    related: ['skill.first-aid', 'skill.swimming-instruction'],
  },
  {
    id: 'skill.swimming-instruction',
    it: ['istruzione di nuoto', 'corsi di nuoto', 'acquaticità neonatale', 'acquagym'],
    en: ['swimming instruction', 'swimming lessons', 'baby swimming', 'aqua aerobics'],
    broader: ['skill.fitness-instruction'],
  },
  {
    id: 'skill.tailoring',
    it: ['sartoria', 'riparazioni sartoriali', 'orli e modifiche', 'confezione su misura'],
    en: ['tailoring', 'clothing alterations', 'hemming and repairs', 'made-to-measure garments'],
    broader: ['skill.textile-sewing'],
    related: ['skill.pattern-making'],
  },
  {
    id: 'skill.event-stewarding',
    it: ['steward per eventi', 'controllo accessi agli eventi', 'gestione dei flussi di pubblico', 'servizio d\'ordine'],
    en: ['event stewarding', 'event access control', 'crowd management', 'crowd safety'],
    broader: ['skill.security-surveillance'],
    related: ['skill.event-hosting'],
  },
  {
    id: 'skill.armed-security',
    it: ['vigilanza armata', 'guardia particolare giurata', 'porto d\'armi per vigilanza', 'trasporto valori', 'ronda notturna'],
    en: ['armed security', 'licensed armed guard duties', 'cash-in-transit', 'night patrols'],
    abbr: ['GPG'],
    broader: ['skill.security-surveillance'],
  },
]
