import type { SkillEntry } from './entry.js'

const esco = (uuid: string): string => `http://data.europa.eu/esco/skill/${uuid}`

/** Construction and building-services skills: masonry, finishing, carpentry, electrical and plumbing systems. */
export const constructionSkills: readonly SkillEntry[] = [
  {
    id: 'skill.construction-work',
    it: ['edilizia', 'lavori edili', 'lavoro in cantiere', 'opere edili', 'costruzioni edili'],
    en: ['construction work', 'building work', 'site work', 'building construction'],
    related: ['know.occupational-safety'],
  },
  {
    id: 'skill.masonry',
    it: ['muratura', 'opere murarie', 'posa di mattoni', 'posa di blocchi', 'costruzione di muri'],
    en: ['bricklaying', 'masonry', 'blockwork', 'building walls'],
    broader: ['skill.construction-work'],
    related: ['skill.plastering', 'skill.concrete'],
  },
  {
    id: 'skill.plastering',
    it: ['intonacatura', 'intonaci', 'rasatura', 'stuccatura'],
    en: ['plastering', 'rendering', 'skim coating', 'filling and sanding'],
    broader: ['skill.construction-work'],
    related: ['skill.masonry', 'skill.drywall'],
  },
  {
    id: 'skill.drywall',
    it: ['cartongesso', 'posa del cartongesso', 'controsoffitti', 'pareti in cartongesso'],
    en: ['drywall installation', 'plasterboard', 'false ceilings', 'dry lining'],
    broader: ['skill.construction-work'],
    related: ['skill.plastering'],
  },
  {
    id: 'skill.tiling',
    it: ['posa di piastrelle', 'posa di pavimenti e rivestimenti', 'posa di pavimenti', 'piastrellatura', 'posa di parquet'],
    en: ['tiling', 'tile laying', 'floor and wall tiling', 'floor laying', 'parquet laying'],
    broader: ['skill.construction-work'],
  },
  {
    id: 'skill.painting-decorating',
    it: ['tinteggiatura', 'imbiancatura', 'tinteggiatura di interni', 'verniciatura di pareti', 'decorazione di interni', 'stucchi decorativi'],
    en: ['painting and decorating', 'wall painting', 'interior painting', 'decorative finishes'],
    broader: ['skill.construction-work'],
    related: ['skill.plastering'],
  },
  {
    id: 'skill.carpentry',
    it: ['carpenteria', 'carpenteria in legno', 'falegnameria', 'lavorazione del legno'],
    en: ['carpentry', 'joinery', 'woodwork', 'woodworking'],
    broader: ['skill.construction-work'],
  },
  {
    id: 'skill.formwork',
    it: ['casseforme', 'carpenteria edile', 'armatura del calcestruzzo', 'posa dei ferri di armatura'],
    en: ['formwork', 'shuttering', 'rebar fixing', 'steel fixing'],
    broader: ['skill.carpentry'],
    related: ['skill.concrete'],
  },
  {
    id: 'skill.concrete',
    it: ['getto del calcestruzzo', 'calcestruzzo', 'cemento armato', 'massetti'],
    en: ['concrete work', 'concreting', 'reinforced concrete', 'screeding'],
    broader: ['skill.construction-work'],
    related: ['skill.formwork', 'skill.masonry'],
  },
  {
    id: 'skill.insulation-waterproofing',
    it: ['impermeabilizzazione', 'isolamento termico', 'cappotto termico', 'isolamento acustico'],
    en: ['waterproofing', 'thermal insulation', 'external wall insulation', 'sound insulation'],
    broader: ['skill.construction-work'],
  },
  {
    id: 'skill.renovation',
    it: ['ristrutturazioni', 'ristrutturazione edilizia', 'manutenzione edile', 'piccole riparazioni'],
    en: ['building renovation', 'refurbishment', 'building maintenance', 'handyman work'],
    broader: ['skill.construction-work'],
  },
  {
    id: 'skill.demolition',
    it: ['demolizioni', 'demolizione controllata', 'smantellamento'],
    en: ['demolition', 'strip-out', 'dismantling'],
    broader: ['skill.construction-work'],
  },
  {
    id: 'skill.scaffolding',
    it: ['montaggio di ponteggi', 'ponteggi', 'smontaggio di ponteggi', 'trabattelli'],
    en: ['scaffolding', 'scaffold erection', 'mobile towers'],
    broader: ['skill.construction-work'],
    related: ['skill.work-at-height'],
  },
  {
    id: 'skill.work-at-height',
    it: ['lavori in quota', 'uso dei DPI anticaduta', 'lavori su fune'],
    en: ['working at height', 'fall protection', 'rope access'],
    broader: ['know.occupational-safety'],
    related: ['skill.scaffolding', 'skill.platform-lift'],
  },
  {
    id: 'skill.earthmoving',
    it: ['movimento terra', 'conduzione di escavatore', 'conduzione di macchine movimento terra', 'uso della terna'],
    en: ['earthmoving', 'excavator operation', 'digger operation', 'backhoe loader operation'],
    broader: ['skill.construction-work'],
  },
  {
    id: 'skill.crane-operation',
    it: ['conduzione di gru', 'uso della gru', 'gru a torre', 'autogru'],
    en: ['crane operation', 'tower crane', 'mobile crane', 'slinging and signalling'],
    related: ['skill.material-handling-equipment'],
  },
  {
    id: 'skill.blueprint-reading',
    it: ['lettura del progetto', 'lettura di disegni edili', 'lettura di tavole di progetto', 'lettura di schemi impiantistici'],
    en: ['blueprint reading', 'reading construction drawings', 'reading building plans', 'reading wiring diagrams'],
    related: ['skill.technical-drawing-reading'],
    esco: esco('68b6ef08-d823-489d-a95c-752ae6f6e6a7'),
  },

  // Building services
  {
    id: 'skill.electrical-installation',
    it: ['impianti elettrici', 'installazione di impianti elettrici', 'impiantistica elettrica', 'impianti elettrici civili', 'impianti elettrici industriali'],
    en: ['electrical installation', 'electrical wiring', 'electrical systems', 'domestic electrical installation', 'industrial electrical installation'],
    related: ['know.electrical-safety', 'skill.electrical-maintenance'],
  },
  {
    id: 'skill.electrical-panels',
    it: ['quadri elettrici', 'cablaggio di quadri elettrici', 'cablaggio', 'bordo macchina'],
    en: ['electrical panel wiring', 'switchboard assembly', 'control panel wiring', 'cable harness assembly'],
    broader: ['skill.electrical-installation'],
    related: ['skill.plc'],
  },
  {
    id: 'skill.home-automation',
    it: ['domotica', 'impianti domotici', 'impianti speciali', 'videosorveglianza e antintrusione'],
    en: ['home automation', 'smart home systems', 'building automation', 'security and CCTV systems'],
    abbr: ['KNX', 'CCTV'],
    broader: ['skill.electrical-installation'],
  },
  {
    id: 'skill.solar-pv',
    it: ['impianti fotovoltaici', 'installazione di pannelli solari', 'fotovoltaico'],
    en: ['solar PV installation', 'photovoltaic systems', 'solar panel installation'],
    ambiguous: ['PV'],
    broader: ['skill.electrical-installation'],
  },
  {
    id: 'know.electrical-safety',
    kind: 'knowledge',
    it: ['sicurezza elettrica', 'norme CEI', 'lavori elettrici in sicurezza', 'dichiarazione di conformità degli impianti'],
    en: ['electrical safety', 'electrical safety standards', 'safe electrical work', 'electrical compliance certification'],
    abbr: ['PES', 'PAV', 'CEI 11-27', 'DM 37/08'],
    broader: ['know.occupational-safety'],
  },
  {
    id: 'skill.plumbing',
    it: ['impianti idraulici', 'installazione di sanitari', 'impianti idrosanitari', 'riparazione di perdite'],
    en: ['plumbing', 'plumbing installation', 'pipework', 'sanitary installation', 'leak repair'],
    related: ['skill.hvac'],
  },
  {
    id: 'skill.hvac',
    it: ['impianti termici', 'climatizzazione', 'installazione di caldaie', 'condizionatori', 'impianti termoidraulici', 'impianti di riscaldamento'],
    en: ['HVAC', 'heating and air conditioning', 'boiler installation', 'air conditioning installation', 'heating systems'],
    abbr: ['F-gas', 'FGAS'],
    related: ['skill.plumbing'],
  },
]
