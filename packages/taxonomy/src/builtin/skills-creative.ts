import type { SkillEntry } from './entry.js'

const esco = (uuid: string): string => `http://data.europa.eu/esco/skill/${uuid}`

/** Creative and marketing skills: graphic design, design software, photo and video, social media, content. */
export const creativeSkills: readonly SkillEntry[] = [
  {
    id: 'skill.graphic-design',
    it: ['progettazione grafica', 'graphic design', 'impaginazione', 'progettazione pubblicitaria'],
    en: ['graphic design', 'layout design', 'visual design', 'advertising design'],
    related: ['skill.adobe-suite', 'skill.ux-ui'],
    esco: esco('7fb699d9-182a-430e-b7a0-6d8ed05c284b'),
  },
  {
    id: 'skill.adobe-suite',
    it: ['pacchetto Adobe', 'suite Adobe', 'Adobe Creative Cloud'],
    en: ['Adobe Creative Suite', 'Adobe Creative Cloud', 'Adobe software'],
    broader: ['skill.graphic-design'],
  },
  {
    id: 'skill.photoshop',
    it: ['Photoshop', 'Adobe Photoshop', 'fotoritocco'],
    en: ['Photoshop', 'Adobe Photoshop', 'photo retouching', 'photo editing'],
    misspellings: ['Photoshp', 'Fotoshop'],
    broader: ['skill.adobe-suite'],
    related: ['skill.photography'],
    esco: esco('14ced458-5f4b-495f-bd3d-9c240614bda0'),
  },
  {
    id: 'skill.illustrator',
    it: ['Adobe Illustrator', 'grafica vettoriale'],
    en: ['Adobe Illustrator', 'vector graphics'],
    ambiguous: ['Illustrator'],
    broader: ['skill.adobe-suite'],
    esco: esco('27b913f0-3c52-448b-ad27-fc6ef08fb326'),
  },
  {
    id: 'skill.indesign',
    it: ['Adobe InDesign', 'InDesign', 'impaginazione editoriale'],
    en: ['Adobe InDesign', 'InDesign', 'desktop publishing'],
    abbr: ['DTP'],
    broader: ['skill.adobe-suite'],
  },
  {
    id: 'skill.canva',
    it: ['Canva', 'creazione di grafiche con Canva'],
    en: ['Canva', 'Canva design'],
    broader: ['skill.graphic-design'],
  },
  {
    id: 'skill.ux-ui',
    it: ['UX/UI design', 'progettazione di interfacce', 'esperienza utente', 'prototipazione', 'wireframe'],
    en: ['UX/UI design', 'user experience design', 'user interface design', 'prototyping', 'wireframing'],
    abbr: ['UX', 'UI', 'Figma', 'Adobe XD'],
    ambiguous: ['Sketch'],
    related: ['skill.graphic-design', 'skill.frontend-development'],
  },
  {
    id: 'skill.photography',
    it: ['fotografia', 'fotografia di prodotto', 'fotografia still life', 'shooting fotografici'],
    en: ['photography', 'product photography', 'still life photography', 'photo shoots'],
    abbr: ['Lightroom'],
    related: ['skill.photoshop'],
  },
  {
    id: 'skill.video-editing',
    it: ['montaggio video', 'editing video', 'post-produzione video', 'riprese video'],
    en: ['video editing', 'video post-production', 'video shooting', 'videography'],
    abbr: ['Premiere Pro', 'Final Cut', 'DaVinci Resolve', 'After Effects'],
    related: ['skill.social-media'],
  },
  {
    id: 'skill.digital-marketing',
    it: ['marketing digitale', 'digital marketing', 'web marketing', 'campagne pubblicitarie online', 'email marketing'],
    en: ['digital marketing', 'online marketing', 'online advertising campaigns', 'email marketing'],
    abbr: ['Google Ads', 'Meta Ads', 'Google Analytics', 'GA4'],
    related: ['skill.social-media', 'skill.seo', 'skill.e-commerce'],
  },
  {
    id: 'skill.social-media',
    it: ['gestione dei social media', 'social media marketing', 'gestione delle pagine social', 'creazione di contenuti per i social', 'community management'],
    en: ['social media management', 'social media marketing', 'social media content creation', 'community management'],
    abbr: ['SMM'],
    broader: ['skill.digital-marketing'],
    esco: esco('5303169c-75d6-4751-9136-a4b88343388c'),
  },
  {
    id: 'skill.seo',
    it: ['posizionamento sui motori di ricerca', 'ottimizzazione SEO', 'ottimizzazione per i motori di ricerca'],
    en: ['search engine optimisation', 'search engine optimization', 'SEO optimisation'],
    abbr: ['SEO', 'SEM'],
    ambiguous: ['SEA'],
    broader: ['skill.digital-marketing'],
  },
  {
    id: 'skill.copywriting',
    it: ['copywriting', 'scrittura di testi', 'redazione di contenuti', 'content writing', 'scrittura per il web'],
    en: ['copywriting', 'content writing', 'writing for the web', 'content creation'],
    related: ['skill.seo', 'skill.social-media'],
  },
  {
    id: 'skill.translation',
    it: ['traduzione', 'traduzioni', 'interpretariato', 'localizzazione'],
    en: ['translation', 'translating', 'interpreting', 'localisation', 'localization'],
    abbr: ['CAT tools', 'Trados'],
    related: ['skill.copywriting'],
  },
]
