import type { SkillEntry } from './entry.js'

const esco = (uuid: string): string => `http://data.europa.eu/esco/skill/${uuid}`

/** Hospitality skills: dining-room and bar service, kitchen, pastry, hotel front desk and housekeeping. */
export const hospitalitySkills: readonly SkillEntry[] = [
  // Food safety
  {
    id: 'know.food-safety',
    kind: 'knowledge',
    it: ['sicurezza alimentare', 'igiene alimentare', 'igiene degli alimenti', 'normativa igienico-sanitaria alimentare'],
    en: ['food safety', 'food hygiene', 'food safety regulations'],
    esco: esco('3f4e4eab-a8e0-4aed-b8bb-79afe7c890e3'),
  },
  {
    id: 'skill.haccp',
    it: ['procedure HACCP', 'autocontrollo HACCP', 'applicazione del piano HACCP', 'attestato HACCP', 'corso HACCP'],
    en: ['HACCP procedures', 'HACCP compliance', 'HACCP certificate', 'HACCP training'],
    abbr: ['HACCP'],
    misspellings: ['HACPP', 'HCCP', 'Haccp certificato'],
    broader: ['know.food-safety'],
    related: ['skill.allergens'],
    esco: esco('5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350'),
  },
  {
    id: 'skill.allergens',
    it: ['gestione degli allergeni', 'allergeni alimentari', 'informazioni sugli allergeni'],
    en: ['allergen management', 'food allergens', 'allergen awareness'],
    broader: ['know.food-safety'],
    related: ['skill.haccp'],
  },
  {
    id: 'know.gastronomy',
    kind: 'knowledge',
    it: ['enogastronomia', 'conoscenza dei prodotti enogastronomici', 'cultura gastronomica'],
    en: ['food and wine knowledge', 'gastronomy', 'food and beverage knowledge'],
  },

  // Dining room and bar
  {
    id: 'skill.food-service',
    it: ['servizio di sala', 'servizio in sala', 'servizio di ristorazione', 'lavoro in sala'],
    en: ['food and beverage service', 'front of house service', 'restaurant service', 'dining room service'],
    abbr: ['F&B'],
  },
  {
    id: 'skill.table-service',
    it: ['servizio ai tavoli', 'servizio al tavolo', 'servizio al piatto', 'servizio clienti al tavolo'],
    en: ['table service', 'waiting tables', 'waiting on tables', 'serving at tables'],
    broader: ['skill.food-service'],
    related: ['skill.order-taking', 'skill.mise-en-place'],
    esco: esco('42a6eff0-e9d9-423d-877b-e48fe91ff26f'),
  },
  {
    id: 'skill.silver-service',
    it: ["servizio all'inglese", 'servizio alla francese', 'servizio alla russa', 'servizio di sala classico'],
    en: ['silver service', 'formal dining service', 'fine dining service'],
    broader: ['skill.table-service'],
  },
  {
    id: 'skill.mise-en-place',
    it: ['mise en place', 'allestimento della sala', 'preparazione dei tavoli', 'apparecchiatura dei tavoli'],
    en: ['mise en place', 'table setting', 'dining room set-up', 'laying tables'],
    broader: ['skill.food-service'],
    related: ['skill.table-service'],
  },
  {
    id: 'skill.order-taking',
    it: ['presa delle comande', 'presa degli ordini', 'gestione delle comande', 'comande con palmare'],
    en: ['order taking', 'taking orders', 'taking food orders'],
    broader: ['skill.food-service'],
    related: ['skill.table-service'],
  },
  {
    id: 'skill.bar-service',
    it: ['servizio bar', 'servizio al banco', 'lavoro al banco bar', 'banco bar'],
    en: ['bar service', 'bar work', 'serving drinks', 'behind the bar'],
    broader: ['skill.food-service'],
    esco: esco('beeaddc7-fe69-4b97-a286-0bd595432eb9'),
  },
  {
    id: 'skill.coffee-making',
    it: ['caffetteria', 'preparazione del caffè espresso', 'preparazione del caffè', 'uso della macchina espresso', 'preparazione cappuccino', 'caffetteria e bevande calde'],
    en: ['coffee making', 'espresso preparation', 'barista skills', 'coffee preparation', 'hot drinks preparation'],
    broader: ['skill.bar-service'],
    related: ['skill.latte-art'],
    esco: esco('e4fb4f26-1c0c-45e4-9250-5be32cee2a48'),
  },
  {
    id: 'skill.latte-art',
    it: ['latte art', 'decorazione del cappuccino'],
    en: ['latte art', 'milk texturing'],
    broader: ['skill.coffee-making'],
  },
  {
    id: 'skill.cocktail-preparation',
    it: ['preparazione cocktail', 'miscelazione', 'mixology', 'preparazione di drink', 'preparazione aperitivi', 'miscelazione di bevande'],
    en: ['cocktail preparation', 'cocktail making', 'mixology', 'drink mixing', 'mixing drinks'],
    broader: ['skill.bar-service'],
    related: ['skill.wine-service'],
    esco: esco('81d5b408-e805-4788-8dbd-42f22e8fd199'),
  },
  {
    id: 'skill.wine-service',
    it: ['servizio vini', 'servizio del vino', 'conoscenza dei vini', 'abbinamento cibo-vino', 'sommellerie'],
    en: ['wine service', 'wine knowledge', 'food and wine pairing', 'wine pairing'],
    abbr: ['AIS', 'WSET'],
    broader: ['skill.food-service'],
    related: ['skill.cocktail-preparation', 'know.gastronomy'],
  },
  {
    id: 'skill.banqueting',
    it: ['banqueting', 'catering', 'servizio banchetti', 'servizio per eventi', 'servizio a buffet'],
    en: ['banqueting', 'catering', 'event catering', 'buffet service', 'function service'],
    broader: ['skill.food-service'],
    related: ['skill.event-organisation'],
  },

  // Kitchen
  {
    id: 'skill.cooking',
    it: ['cucina', 'preparazione dei piatti', 'cucinare', 'tecniche di cottura', 'arte culinaria'],
    en: ['cooking', 'cookery', 'meal preparation', 'culinary skills', 'cooking techniques'],
    related: ['know.food-safety'],
  },
  {
    id: 'skill.food-prep',
    it: ['preparazioni di base', 'preparazione degli ingredienti', 'mise en place di cucina', 'pulizia e taglio delle verdure', 'sfilettatura'],
    en: ['food preparation', 'prep work', 'ingredient preparation', 'vegetable preparation', 'knife skills'],
    broader: ['skill.cooking'],
  },
  {
    id: 'skill.italian-cuisine',
    it: ['cucina italiana', 'cucina tradizionale italiana', 'cucina regionale', 'cucina mediterranea', 'pasta fresca'],
    en: ['Italian cuisine', 'Italian cooking', 'Mediterranean cuisine', 'fresh pasta making'],
    broader: ['skill.cooking'],
  },
  {
    id: 'skill.international-cuisine',
    it: ['cucina internazionale', 'cucina etnica', 'cucina giapponese', 'sushi'],
    en: ['international cuisine', 'world cuisine', 'Japanese cuisine', 'sushi making'],
    broader: ['skill.cooking'],
  },
  {
    id: 'skill.grill-cooking',
    it: ['cottura alla griglia', 'cucina alla piastra', 'braceria'],
    en: ['grill cooking', 'grilling', 'griddle cooking', 'grill station'],
    broader: ['skill.cooking'],
  },
  {
    id: 'skill.fast-food',
    it: ['ristorazione veloce', 'fast food', 'preparazione panini', 'friggitoria'],
    en: ['fast food preparation', 'quick service restaurant', 'sandwich making', 'deep frying'],
    abbr: ['QSR'],
    broader: ['skill.cooking'],
  },
  {
    id: 'skill.pizza-making',
    it: ['preparazione della pizza', 'stesura della pizza', 'impasti per pizza', 'cottura in forno a legna', 'pizza napoletana', 'pizza in teglia'],
    en: ['pizza making', 'pizza preparation', 'pizza dough', 'wood-fired oven baking'],
    broader: ['skill.cooking'],
    related: ['skill.bread-making'],
  },
  {
    id: 'skill.pastry',
    it: ['pasticceria', 'preparazione di dolci', 'pasticceria fresca', 'pasticceria secca', 'creme e impasti di base', 'cioccolateria'],
    en: ['pastry making', 'pastry', 'dessert preparation', 'patisserie', 'confectionery', 'chocolate work'],
    broader: ['skill.cooking'],
    related: ['skill.bread-making', 'skill.gelato-making'],
  },
  {
    id: 'skill.bread-making',
    it: ['panificazione', 'produzione del pane', 'prodotti da forno', 'lievitati', 'lievito madre'],
    en: ['bread making', 'bread baking', 'baking', 'baked goods', 'sourdough'],
    broader: ['skill.cooking'],
    related: ['skill.pastry', 'skill.pizza-making'],
  },
  {
    id: 'skill.gelato-making',
    it: ['produzione di gelato artigianale', 'gelateria', 'preparazione del gelato'],
    en: ['gelato making', 'ice cream making', 'artisan ice cream'],
    broader: ['skill.pastry'],
  },
  {
    id: 'skill.menu-planning',
    it: ['elaborazione del menu', 'creazione del menu', 'progettazione del menu', 'menu stagionali'],
    en: ['menu planning', 'menu design', 'menu development'],
    broader: ['skill.cooking'],
    related: ['skill.food-cost'],
  },
  {
    id: 'skill.food-cost',
    it: ['food cost', 'controllo del food cost', 'calcolo del food cost', 'gestione degli ordini di cucina'],
    en: ['food cost control', 'food costing', 'kitchen cost control', 'kitchen ordering'],
    related: ['skill.menu-planning', 'skill.inventory'],
  },
  {
    id: 'skill.dishwashing',
    it: ['lavaggio stoviglie', 'uso della lavastoviglie', 'plonge', 'lavaggio pentole', 'pulizia della cucina'],
    en: ['dishwashing', 'washing up', 'pot washing', 'kitchen cleaning'],
    related: ['skill.haccp', 'skill.cleaning-sanitation'],
  },

  // Hotel
  {
    id: 'skill.front-desk',
    it: ['ricevimento alberghiero', 'reception alberghiera', 'gestione check-in e check-out', 'accoglienza ospiti', "portineria d'albergo"],
    en: ['hotel front desk', 'hotel reception', 'check-in and check-out', 'guest services', 'front desk operations'],
    related: ['skill.customer-service', 'skill.booking-management', 'skill.hotel-software'],
  },
  {
    id: 'skill.booking-management',
    it: ['gestione delle prenotazioni', 'prenotazioni alberghiere', 'gestione delle disponibilità', 'channel manager'],
    en: ['reservations management', 'booking management', 'handling reservations', 'channel management'],
    related: ['skill.front-desk'],
  },
  {
    id: 'skill.hotel-software',
    it: ['gestionale alberghiero', 'software di gestione alberghiera', 'software per la ristorazione'],
    en: ['hotel management software', 'property management system', 'restaurant POS software'],
    abbr: ['PMS', 'Opera PMS', 'Protel'],
    related: ['skill.front-desk', 'skill.booking-management'],
  },
  {
    id: 'skill.housekeeping',
    it: ['housekeeping', 'riassetto delle camere', 'rifacimento delle camere', 'pulizia delle camere', 'governo dei piani'],
    en: ['housekeeping', 'room cleaning', 'making beds', 'servicing hotel rooms'],
    broader: ['skill.cleaning'],
    related: ['skill.laundry-ironing'],
    esco: esco('7bb01a18-4637-4535-ba18-258f48f705b8'),
  },
]
