import type { SkillEntry } from './entry.js'

const esco = (uuid: string): string => `http://data.europa.eu/esco/skill/${uuid}`

/** Retail and sales skills: selling, checkout, shelves, visual merchandising, fresh-food counters. */
export const retailSkills: readonly SkillEntry[] = [
  {
    id: 'skill.sales',
    it: ['vendita', 'tecniche di vendita', 'attività commerciale', 'capacità di vendita', 'orientamento alla vendita'],
    en: ['sales', 'selling', 'sales techniques', 'selling skills'],
    related: ['skill.negotiation', 'skill.customer-service'],
  },
  {
    id: 'skill.retail-sales',
    it: ['vendita al dettaglio', 'vendita in negozio', 'vendita assistita', 'assistenza alla vendita', 'vendita al pubblico'],
    en: ['retail sales', 'in-store sales', 'assisted selling', 'retail'],
    broader: ['skill.sales'],
    related: ['skill.customer-service', 'know.merchandise'],
  },
  {
    id: 'skill.upselling',
    it: ['vendita aggiuntiva', 'cross selling', 'upselling', 'vendita incrociata'],
    en: ['upselling', 'cross-selling', 'add-on sales'],
    broader: ['skill.sales'],
  },
  {
    id: 'skill.b2b-sales',
    it: ['vendita B2B', 'vendita alle aziende', 'sviluppo commerciale', 'gestione del portafoglio clienti', 'acquisizione nuovi clienti'],
    en: ['B2B sales', 'business-to-business sales', 'business development', 'account management', 'new business acquisition'],
    broader: ['skill.sales'],
    related: ['skill.negotiation', 'skill.crm'],
  },
  {
    id: 'skill.telesales',
    it: ['vendita telefonica', 'teleselling', 'telemarketing', 'televendita'],
    en: ['telesales', 'telemarketing', 'phone sales'],
    broader: ['skill.sales'],
    related: ['skill.call-centre'],
  },
  {
    id: 'skill.fashion-retail',
    it: ["vendita nell'abbigliamento", 'vendita abbigliamento', 'vendita calzature', 'consulenza di stile', 'retail moda'],
    en: ['fashion retail', 'clothing sales', 'footwear sales', 'styling advice'],
    broader: ['skill.retail-sales'],
    related: ['skill.visual-merchandising'],
  },
  {
    id: 'skill.luxury-retail',
    it: ['vendita nel lusso', 'retail del lusso', 'clienteling', 'vendita di alta gamma'],
    en: ['luxury retail', 'clienteling', 'luxury sales', 'high-end retail'],
    broader: ['skill.retail-sales'],
    related: ['skill.fashion-retail'],
  },
  {
    id: 'skill.cash-handling',
    it: ['gestione della cassa', 'gestione cassa', 'maneggio di denaro', 'chiusura di cassa', 'quadratura di cassa', 'gestione dei pagamenti'],
    en: ['cash handling', 'handling cash', 'till balancing', 'cashing up', 'payment handling'],
    related: ['skill.cash-register'],
    esco: esco('279101c1-e325-4349-bf58-401b6c8ff208'),
  },
  {
    id: 'skill.cash-register',
    it: ['uso del registratore di cassa', 'registratore di cassa', 'cassa elettronica', 'utilizzo del POS', 'casse automatiche'],
    en: ['cash register operation', 'till operation', 'operating a till', 'POS operation', 'self-checkout support'],
    abbr: ['POS'],
    broader: ['skill.cash-handling'],
    esco: esco('0cb013af-6dd9-4fb2-b34e-63dda1a5cf82'),
  },
  {
    id: 'skill.shelf-stocking',
    it: ['rifornimento degli scaffali', 'riassortimento', 'allestimento degli scaffali', 'rifornimento dei reparti', 'esposizione della merce'],
    en: ['shelf stocking', 'restocking', 'shelf replenishment', 'merchandise display', 'filling shelves'],
    related: ['skill.stock-rotation', 'skill.price-labelling'],
  },
  {
    id: 'skill.price-labelling',
    it: ['prezzatura', 'etichettatura dei prezzi', 'cartellinatura', 'gestione dei cartellini prezzo'],
    en: ['price labelling', 'price labeling', 'price tagging', 'ticketing'],
    related: ['skill.shelf-stocking'],
  },
  {
    id: 'skill.visual-merchandising',
    it: ['visual merchandising', 'allestimento del punto vendita', 'layout del negozio', 'esposizione visiva'],
    en: ['visual merchandising', 'store layout', 'product display', 'in-store display'],
    related: ['skill.shelf-stocking', 'skill.fashion-retail'],
  },
  {
    id: 'skill.window-dressing',
    it: ['vetrinistica', 'allestimento vetrine', 'allestimento delle vetrine'],
    en: ['window dressing', 'window display', 'shop window design'],
    broader: ['skill.visual-merchandising'],
  },
  {
    id: 'skill.store-management',
    it: ['gestione del punto vendita', 'gestione del negozio', 'store management', 'gestione di un reparto', 'analisi delle vendite del punto vendita'],
    en: ['store management', 'shop management', 'retail management', 'department management'],
    related: ['skill.leadership', 'skill.visual-merchandising', 'skill.inventory'],
  },
  {
    id: 'skill.loss-prevention',
    it: ['prevenzione delle differenze inventariali', 'antitaccheggio', 'prevenzione dei furti'],
    en: ['loss prevention', 'shrinkage control', 'shoplifting prevention'],
    related: ['skill.store-management', 'skill.security-surveillance'],
  },
  {
    id: 'know.merchandise',
    kind: 'knowledge',
    it: ['merceologia', 'conoscenza del prodotto', 'conoscenza dei prodotti'],
    en: ['product knowledge', 'merchandise knowledge', 'commodity science'],
  },
  {
    id: 'skill.fresh-food-counter',
    it: ['banco gastronomia', 'banco salumeria', 'banco freschi', 'banco pescheria', 'affettatura salumi', 'servizio al banco gastronomia'],
    en: ['deli counter', 'fresh food counter', 'delicatessen service', 'slicing cold cuts', 'fish counter'],
    broader: ['skill.retail-sales'],
    related: ['skill.haccp', 'skill.butchery'],
  },
  {
    id: 'skill.butchery',
    it: ['macelleria', 'lavorazione delle carni', 'disosso', 'sezionamento carni', 'banco macelleria'],
    en: ['butchery', 'meat cutting', 'meat processing', 'boning', 'butcher counter'],
    related: ['skill.fresh-food-counter', 'skill.haccp'],
  },
  {
    id: 'skill.e-commerce',
    it: ['e-commerce', 'commercio elettronico', 'gestione del negozio online', 'vendita online', 'marketplace'],
    en: ['e-commerce', 'online store management', 'online sales', 'ecommerce', 'marketplace management'],
    abbr: ['Shopify', 'Magento', 'WooCommerce'],
    related: ['skill.digital-marketing', 'skill.shipping'],
  },
  {
    id: 'skill.crm',
    it: ['gestione della relazione con i clienti', 'uso del CRM', 'software CRM'],
    en: ['customer relationship management', 'CRM software', 'using a CRM'],
    abbr: ['CRM', 'Salesforce', 'HubSpot'],
    related: ['skill.b2b-sales', 'skill.customer-care'],
  },
]
