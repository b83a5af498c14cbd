import type { SkillEntry } from './entry.js'

const esco = (uuid: string): string => `http://data.europa.eu/esco/skill/${uuid}`

/** Agriculture and green-space skills: gardening, pruning, nurseries and floristry, tractors, organic farming. */
export const agricultureSkills: readonly SkillEntry[] = [
  {
    id: 'know.agronomy',
    kind: 'knowledge',
    it: ['agronomia', 'tecniche agronomiche', 'scienze agrarie', 'conoscenza delle colture'],
    en: ['agronomy', 'agronomic practices', 'agricultural science', 'crop knowledge'],
  },
  {
    id: 'skill.gardening',
    it: ['giardinaggio', 'manutenzione del verde', 'cura di giardini e terrazzi', 'manutenzione di aree verdi', 'verde pubblico', 'cura del verde', 'manutenzione di giardini', 'manutenzione del giardino'],
    en: ['gardening', 'grounds maintenance', 'garden care', 'green space maintenance', 'public parks maintenance', 'garden maintenance'],
    broader: ['know.agronomy'],
    related: ['skill.pruning', 'skill.lawn-care'],
  },
  {
    id: 'skill.lawn-care',
    it: ['cura del prato', 'taglio dell\'erba', 'uso del tosaerba', 'uso del decespugliatore', 'semina e rigenerazione del prato', 'uso del tagliasiepi', "tagliare l'erba", "sfalcio dell'erba"],
    en: ['lawn care', 'grass cutting', 'lawn mower operation', 'strimmer use', 'lawn seeding', 'mowing lawns'],
    misspellings: ['decispugliatore', 'tosa erba'],
    broader: ['skill.gardening'],
    esco: esco('c7d8f44f-d0ad-4039-8407-4b8576603856'),
  },
  {
    id: 'skill.pruning',
    it: ['potatura', 'potatura di alberi e siepi', 'potatura degli alberi da frutto', 'taglio delle siepi', 'potatura ornamentale'],
    en: ['pruning', 'tree and hedge pruning', 'fruit tree pruning', 'hedge trimming', 'ornamental pruning'],
    broader: ['skill.gardening'],
    related: ['skill.tree-climbing'],
  },
  {
    id: 'skill.tree-climbing',
    it: ['arboricoltura', 'tree climbing', 'potatura in quota con tecniche di arrampicata', 'abbattimento controllato di alberi', 'uso della motosega'],
    en: ['arboriculture', 'tree climbing', 'rope-access tree work', 'tree felling', 'chainsaw operation'],
    broader: ['skill.pruning'],
    related: ['skill.work-at-height'],
  },
  {
    id: 'skill.irrigation',
    it: ['impianti di irrigazione', 'irrigazione a goccia', 'installazione di impianti di irrigazione', 'programmazione centraline di irrigazione'],
    en: ['irrigation systems', 'drip irrigation', 'irrigation installation', 'irrigation controller programming'],
    broader: ['skill.gardening'],
    related: ['skill.plumbing'],
  },
  {
    id: 'skill.landscape-design',
    it: ['progettazione del verde', 'progettazione di giardini', 'paesaggistica', 'architettura del paesaggio'],
    en: ['landscape design', 'garden design', 'landscaping', 'landscape architecture'],
    broader: ['skill.gardening'],
  },
  {
    id: 'skill.nursery-growing',
    it: ['florovivaismo', 'vivaismo', 'coltivazione in serra', 'propagazione delle piante', 'rinvaso e talee'],
    en: ['nursery growing', 'plant nursery work', 'greenhouse growing', 'plant propagation', 'potting and cuttings'],
    broader: ['know.agronomy'],
    related: ['skill.floristry'],
  },
  {
    id: 'skill.floristry',
    it: ['composizioni floreali', 'fioristeria', 'allestimenti floreali per eventi', 'bouquet da sposa', 'arte floreale'],
    en: ['floristry', 'flower arranging', 'floral design for events', 'bridal bouquets'],
    related: ['skill.nursery-growing', 'skill.retail-sales'],
  },
  {
    id: 'skill.tractor-driving',
    it: ['guida del trattore', 'conduzione di trattori agricoli', 'patentino trattore', 'uso di macchine agricole', 'attrezzature trainate'],
    en: ['tractor driving', 'agricultural tractor operation', 'tractor licence', 'farm machinery operation'],
    misspellings: ['trattorista patentino'],
    broader: ['skill.driving'],
    related: ['know.agronomy'],
  },
  {
    id: 'skill.crop-cultivation',
    it: ['coltivazione di ortaggi', 'orticoltura', 'semina e trapianto', 'lavorazione del terreno', 'concimazione'],
    en: ['vegetable growing', 'horticulture', 'sowing and transplanting', 'soil preparation', 'fertilising'],
    broader: ['know.agronomy'],
  },
  {
    id: 'skill.harvesting',
    it: ['raccolta di frutta e verdura', 'vendemmia', 'raccolta manuale', 'cernita e confezionamento dei prodotti agricoli'],
    en: ['harvesting', 'fruit picking', 'grape harvest', 'produce grading and packing'],
    broader: ['skill.crop-cultivation'],
    esco: esco('307f11d5-1356-42e7-88f2-07ff41ec18b4'),
  },
  {
    id: 'skill.organic-farming',
    it: ['agricoltura biologica', 'coltivazione biologica', 'certificazione biologica', 'agricoltura sostenibile', 'lotta integrata'],
    en: ['organic farming', 'organic growing', 'organic certification', 'sustainable agriculture', 'integrated pest management'],
    broader: ['know.agronomy'],
    related: ['know.sustainability'],
  },
  {
    id: 'skill.plant-protection',
    it: ['difesa fitosanitaria', 'uso dei prodotti fitosanitari', 'patentino fitosanitario', 'trattamenti antiparassitari'],
    en: ['plant protection', 'pesticide application', 'plant protection products certificate', 'crop spraying'],
    broader: ['know.agronomy'],
    related: ['skill.pest-control'],
    esco: esco('2e77d381-df21-4f84-b3dd-6062be7ef4e1'),
  },
  {
    id: 'skill.livestock',
    it: ['allevamento', 'cura del bestiame', 'mungitura', 'alimentazione degli animali da allevamento'],
    en: ['livestock farming', 'animal husbandry', 'milking', 'livestock feeding'],
    broader: ['know.agronomy'],
    related: ['skill.pet-care'],
  },
  {
    id: 'skill.viticulture',
    it: ['viticoltura', 'lavori in vigna', 'potatura della vite', 'cantina e vinificazione'],
    en: ['viticulture', 'vineyard work', 'vine pruning', 'winemaking'],
    broader: ['skill.crop-cultivation'],
    related: ['skill.wine-service'],
  },
]
