/**
 * Hand-written building blocks of the narrative evaluation (`narrative-dataset.ts`): sentences of English and
 * Italian biographies, cover letters and personal profiles, in the first and the third person, with their
 * gendered words written as `{female|male}` pairs and their slots:
 *
 * - `{G}` the subject's given name, `{S}` the subject's surname, `{GU}`/`{SU}` the same in capitals;
 * - `{R:f}` / `{R:m}` a relative's given name (female / male in the female variant; swapped with the rest);
 * - `{PLACE}`, `{ORG}`, `{PRODUCT}`: distractors that must survive (some of them look like names).
 *
 * All names, people, companies and sentences are invented here; nothing is taken from real CVs.
 */

/** A community's given names (female, male) and surnames, written for this benchmark. */
export interface Community {
  female: readonly string[]
  male: readonly string[]
  surnames: readonly string[]
}
const w = (s: string) => s.split(/\s+/).filter(Boolean)

/** Names of people of the communities a Milan job centre sees (hand-written; rare ones included on purpose). */
export const communities: Record<string, Community> = {
  italian: { female: w('Giulia Chiara Federica Ilaria Benedetta Ludovica Rossana Marinella Ornella Giorgia Debora Loredana Annunziata Cinzia Mirella'), male: w('Marco Davide Tommaso Gianluca Rocco Ettore Ruggero Raffaele Lorenzo Cristiano Massimiliano Ivano Oreste Settimio Gualtiero'), surnames: w('Bianchi Colombo Ferrari Esposito Ricci Marino Greco Bruno Gallo Conti Mancini Lombardi Barbieri Fontana Moretti Caruso Ferraro Santoro Rinaldi Cattaneo') },
  english: { female: w('Hannah Chloe Bethany Kirsty Siobhan Gemma Abigail Philippa Imogen Rosalind Harriet Megan Lydia Jodie Tamsin'), male: w('Oliver Callum Gareth Rhys Nigel Declan Alistair Fraser Hamish Jasper Toby Dominic Stuart Graham Barnaby'), surnames: w('Smith Jones Williams Brown Taylor Davies Evans Wilson Thomas Roberts Johnson Walker Wright Robinson Thompson Hughes Edwards Clarke Lloyd Pritchard') },
  romanian: { female: w('Ioana Andreea Roxana Mădălina Florentina Georgiana Iuliana Denisa Lavinia Teodora'), male: w('Ionuț Bogdan Ciprian Cătălin Dragoș Sorin Ovidiu Marius Liviu Tudor'), surnames: w('Popescu Ionescu Dumitru Stoica Munteanu Constantinescu Moldovan Lungu Dobre Vasilescu') },
  ukrainian: { female: w('Oksana Iryna Svitlana Halyna Liudmyla Khrystyna Yaroslava Solomiia Zoriana Uliana'), male: w('Taras Oleksandr Dmytro Volodymyr Yurii Bohdan Mykola Ostap Vitalii Yevhen'), surnames: w('Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Koval Oliinyk Lysenko') },
  arabic: { female: w('Fatima Khadija Zineb Meryem Soukaina Hajar Nesma Shaimaa Rania Hiba'), male: w('Youssef Hicham Abdelkader Soufiane Othmane Mahmoud Mostafa Hossam Tarek Walid'), surnames: w('El Amrani Benali Haddad Mansour Saidi Boukhari El Idrissi Tahiri Farouk Abdelrahman') },
  chinese: { female: w('Xiaoling Meili Yuying Chunhua Xinyi Shuang Huifang Lijuan Yanping Jiayi'), male: w('Zhiwei Haoran Junjie Jianguo Weiming Zhiqiang Guoqiang Yifan Zixuan Haoyu'), surnames: w('Chen Wang Zhang Liu Huang Zhou Xu Hu Zhu Lin') },
  filipino: { female: w('Maricel Rowena Jocelyn Marites Analyn Jennilyn Rhodora Glaiza Charmaine Aileen'), male: w('Jomar Rodel Arnel Reynaldo Jayson Rommel Danilo Edgardo Efren Nestor'), surnames: w('Santos Reyes Cruz Bautista Ocampo Mendoza Villanueva Dela Cruz Aquino Manalo') },
  bangla: { female: w('Nusrat Farzana Sharmin Taslima Tahmina Sumaiya Moushumi Afroza Rokeya Nazneen'), male: w('Rafiq Jahangir Kamrul Mizanur Nazmul Shahidul Tanvir Rubel Shakil Mamun'), surnames: w('Hossain Rahman Islam Ahmed Chowdhury Akter Sarkar Mia Uddin Talukder') },
  southasian: { female: w('Priyanka Anjali Kavya Deepika Sanduni Nadeesha Tharushi Ayesha Saima Mehwish'), male: w('Rahul Arjun Vikram Sanjay Kasun Tharindu Buddhika Imran Bilal Faisal'), surnames: w('Sharma Patel Singh Gupta Perera Fernando Silva Jayasinghe Qureshi Malik') },
  hispanic: { female: w('Milagros Maritza Lizbeth Rocío Marisol Jessenia Mayra Ximena Nathaly Yesenia'), male: w('Wilmer Edwin Percy Elmer Wilfredo Geovanny Jefferson Holger Marlon Alexis'), surnames: w('Quispe Huamán Flores Rojas Mendoza Vargas Castillo Salazar Zambrano Guzmán') },
  westafrican: { female: w('Aminata Mariama Khady Ndeye Coumba Aissatou Seynabou Chiamaka Ngozi Oluwaseun'), male: w('Mamadou Cheikh Ousmane Abdoulaye Ibrahima Babacar Serigne Chinedu Emeka Oluwafemi'), surnames: w('Diallo Ndiaye Diop Sow Fall Sy Okafor Adeyemi Okonkwo Balogun') },
  albanian: { female: w('Ardita Blerta Fjolla Jonida Klodiana Rudina Teuta Vjosa Rezarta Brikena'), male: w('Arben Besnik Dritan Ermal Fatmir Gentian Ilir Kastriot Petrit Skender'), surnames: w('Hoxha Shehu Berisha Krasniqi Gashi Leka Dervishi Kola Marku Bajrami') },
}

/** One paragraph slot: several alternatives; the generator picks one. */
export type Block = readonly string[]

/** Distractors that must survive, several of them shaped like names. */
export const distractors = {
  en: {
    PLACE: w('London Manchester Leeds Bristol Milan Bergamo Lagos Manila Sheffield Florence Sydney Chelsea Lima Kraków Bucharest'),
    ORG: ['Deloitte', 'the NHS', 'Tesco', 'Barclays', 'John Lewis', 'Morgan Stanley', 'Marks & Spencer', 'Sainsbury’s', 'the Open University', 'St George’s Hospital', 'Crisis UK', 'the Royal College of Nursing', 'Oxfam', 'Grant Thornton', 'Amazon'],
    PRODUCT: ['Excel', 'SAP', 'Salesforce', 'AutoCAD', 'Photoshop', 'Jira', 'Sage', 'Xero', 'QuickBooks', 'Power BI', 'Alexa skills', 'Tableau', 'Figma', 'SolidWorks', 'Python'],
  },
  it: {
    PLACE: ['Milano', 'Bergamo', 'Monza', 'Brescia', 'Sesto San Giovanni', 'Lima', 'Bucarest', 'Tirana', 'Manila', 'San Donato Milanese', 'Santa Margherita Ligure', 'Lodi', 'Cremona', 'Napoli', 'Dakar'],
    ORG: ['Esselunga', 'Coop Lombardia', 'Fondazione Cariplo', 'Politecnico di Milano', 'Università Bocconi', 'Ospedale Niguarda', 'Caritas Ambrosiana', 'Intesa Sanpaolo', 'Negozio Demo', 'Pasticceria Marchesi', 'Alfa Romeo', 'Croce Rossa', 'Ospedale San Raffaele', 'Pirelli', 'Emergency'],
    PRODUCT: ['Excel', 'SAP', 'Zucchetti', 'TeamSystem', 'AutoCAD', 'Photoshop', 'Salesforce', 'Office', 'Canva', 'Python', 'Power BI', 'Jira', 'SolidWorks', 'WordPress', 'Figma'],
  },
} as const

/** English third-person biographies. */
export const enBio: readonly Block[] = [
  [
    '{G} {S} is a chartered accountant based in {PLACE}.',
    '{G} {S} is a {woman|man} living in {PLACE} who loves numbers and long walks.',
    'Born and raised in {PLACE}, {G} {S} studied economics before joining {ORG}.',
    'Meet {G} {S}: {she|he} has kept the books of small firms in {PLACE} for twelve years.',
    '{G} {S} is an out bisexual {woman|man} and a payroll specialist at {ORG}.',
    '{G} {S} has been working in logistics in {PLACE} since 2011.',
  ],
  [
    '{G} joined the team at {ORG} in 2015, where {she|he} manages payroll for forty clients.',
    '{G} has been employed as a bookkeeper at {ORG} and now leads the month-end close.',
    'Before that, {she|he} spent six years at {ORG} working with {PRODUCT}.',
    'In 2018 {G} moved to {ORG}; {her|his} clients value {her|his} calm and {her|his} attention to detail.',
    '{She|He} is known at {ORG} for turning messy spreadsheets into clean {PRODUCT} dashboards.',
    '{G} trains new staff in {PRODUCT} and was promoted to team leader in 2020.',
  ],
  [
    '{G} lives in {PLACE} with {her|his} {husband|wife} {R:m} and their two children.',
    '{She|He} is the {daughter|son} of immigrants and the first in {her|his} family to go to university.',
    'When not at work, {G} enjoys hiking with {her|his} {husband|wife}, {R:m}, and their dog.',
    '{Her|His} {sister|brother} {R:f} also works in finance, at {ORG}.',
    '{G} is married to {R:m} and is a proud {grandmother|grandfather} of three.',
    'A {full-time mother|full-time father} for five years, {G} returned to work in 2019.',
    '{G} and {her|his} still-{husband|wife} {R:m} share the care of their son.',
    'As a {girl|boy} aged twelve, {G} was already helping in {her|his} {mother|father}’s shop in {PLACE}.',
  ],
  [
    '{She|He} specialises in helping {women|men} gain energy and confidence at work.',
    '{G} enjoys working with {women|men} as they return to work after a career break.',
    '{Her|His} volunteering focuses on {women’s|men’s} health in {PLACE}.',
    '{She|He} mentors young {women|men} who want to become accountants.',
    '{She|He} describes {herself|himself} as a {businesswoman|businessman} with a heart.',
    'Colleagues describe {her|him} as patient, precise and funny.',
  ],
  [
    'In {her|his} free time {G} plays the piano and volunteers with {ORG}.',
    '{G} is a member of {ORG} and speaks three languages.',
    '{She|He} holds a certificate in {PRODUCT} and is studying for an MBA at {ORG}.',
    '{G} can be reached through the {ORG} office in {PLACE}.',
    'Outside work, {she|he} runs half marathons and cooks for friends.',
  ],
]

/** English first-person cover letters and personal statements. */
export const enLetter: readonly Block[] = [
  [
    'Dear Hiring Manager,\n\nMy name is {G} {S} and I am applying for the role of Accounts Assistant at {ORG}.',
    'Dear Sir or Madam,\n\nI am writing to apply for the Warehouse Operative position advertised on your website.',
    'Personal statement\n\nI am a hard-working {woman|man} with eight years of experience in retail.',
    'To whom it may concern,\n\nI, {G} {S}, would like to apply for the care assistant vacancy in {PLACE}.',
    'Dear recruitment team,\n\nI am an organised {mother|father} of two looking for part-time work in {PLACE}.',
  ],
  [
    'I currently work at {ORG}, where I handle invoices and supplier queries using {PRODUCT}.',
    'For the last five years I have worked as a sales assistant at {ORG} in {PLACE}.',
    'I have strong skills in {PRODUCT} and I enjoy solving problems with customers.',
    'I trained as a bookkeeper at {ORG} and I have used {PRODUCT} every day since.',
    'At {ORG} I supervised a team of six and cut stock errors by a third.',
  ],
  [
    'I am a {wife|husband} and {mother|father} of two, so I have learnt to organise my time well.',
    'My {husband|wife} {R:m} and I moved to {PLACE} in 2019.',
    '{Mum|Dad} to a toddler, I am looking for hours that fit the nursery.',
    'Proud {wife|husband} and {grandmother|grandfather}, I still love learning new things.',
    'I was a {Girl Guide|Boy Scout} for six years and I still volunteer with {ORG}.',
    'As a {single mother|single father} I know how to stay calm under pressure.',
    'I care for my {mother-in-law|father-in-law}, so I am looking for a role near {PLACE}.',
  ],
  [
    'I enjoy working with {women|men} in my community and I run a small support group.',
    'I would bring the same care to your customers that I bring to the {ladies|gentlemen} of our choir.',
    'I am fluent in English and Spanish and I learn new software quickly.',
    'I am available immediately and I hold a full driving licence.',
  ],
  [
    'Kind regards,\n{G} {S}',
    'Yours sincerely,\n\n{GU} {SU}',
    'Best wishes,\n{G}',
    'Thank you for your time.\n\nYours faithfully,\n{G} {S}',
    'I look forward to hearing from you.\n\n{G} {S}\n{PLACE}',
  ],
]

/** Italian third-person biographies. */
export const itBio: readonly Block[] = [
  [
    '{G} {S} è {una contabile|un contabile} con dodici anni di esperienza a {PLACE}.',
    '{G} {S} vive a {PLACE} e lavora nella logistica dal 2011.',
    '{G} {S} è {nata|nato} a {PLACE} e si è {laureata|laureato} in Economia.',
    '{G} {S} è {una donna|un uomo} che ama i numeri e le lunghe camminate.',
    'Originaria di {PLACE}, {G} {S} si occupa di contabilità per piccole imprese.|Originario di {PLACE}, {G} {S} si occupa di contabilità per piccole imprese.',
  ],
  [
    'Nel 2015 {G} è {entrata|entrato} nel team di {ORG}, dove gestisce le paghe di quaranta clienti.',
    '{G} lavora presso {ORG} come magazziniere e coordina quattro colleghi.',
    'Prima di allora ha lavorato sei anni presso {ORG} usando {PRODUCT} ogni giorno.',
    '{G} è {stata assunta|stato assunto} da {ORG} nel 2018 come impiegat{a|o} amministrativ{a|o}.',
    'In {ORG} {G} è {conosciuta|conosciuto} per la precisione e per i report in {PRODUCT}.',
  ],
  [
    '{G} vive a {PLACE} con {il marito|la moglie} {R:m} e due figli.',
    'È {figlia|figlio} di immigrati ed è {la prima|il primo} della famiglia ad aver studiato all’università.',
    '{Sua sorella|Suo fratello} {R:f} lavora anche lei in amministrazione, presso {ORG}.|{Sua sorella|Suo fratello} {R:f} lavora anche lui in amministrazione, presso {ORG}.',
    '{G} è {mamma|papà} di due bambini e fa volontariato con {ORG}.',
    '{G} è {sposata|sposato} con {R:m} ed è {nonna|nonno} di tre nipoti.',
    'Da {bambina|bambino} {G} aiutava {la madre|il padre} nel negozio di famiglia a {PLACE}.',
  ],
  [
    '{Lei|Lui} aiuta {le donne|gli uomini} a rientrare nel mondo del lavoro dopo una pausa.',
    'Nel tempo libero segue un progetto sulla salute {femminile|maschile} con {ORG}.',
    'I colleghi {la|lo} descrivono come {una persona precisa|una persona precisa} e paziente.',
    '{G} si definisce {una donna|un uomo} curios{a|o} e pratic{a|o}.',
  ],
  [
    '{G} è socia di {ORG} e parla tre lingue.|{G} è socio di {ORG} e parla tre lingue.',
    'Nel tempo libero {G} suona il pianoforte e fa volontariato.',
    '{G} ha una certificazione {PRODUCT} e sta frequentando un master presso {ORG}.',
    'Si può contattare {G} presso la sede di {ORG} a {PLACE}.',
  ],
]

/** Italian first-person cover letters and "profilo personale". */
export const itLetter: readonly Block[] = [
  [
    'Gentile responsabile,\n\nmi chiamo {G} {S} e mi candido per la posizione di addetto alla contabilità presso {ORG}.',
    'Spett.le {ORG},\n\ncon la presente invio la mia candidatura per il ruolo di magazziniere.',
    'Profilo personale\n\nSono {una donna|un uomo} dinamic{a|o} con otto anni di esperienza nella vendita.',
    'Alla cortese attenzione dell’ufficio personale,\n\nio sottoscritt{a|o} {G} {S} desidero candidarmi per il posto di operatore socio-sanitario a {PLACE}.',
    'Buongiorno,\n\nsono {una mamma|un papà} di due bambini e cerco un lavoro part-time a {PLACE}.',
  ],
  [
    'Attualmente lavoro presso {ORG}, dove gestisco fatture e fornitori con {PRODUCT}.',
    'Negli ultimi cinque anni ho lavorato come commess{a|o} presso {ORG} a {PLACE}.',
    'Conosco bene {PRODUCT} e mi piace risolvere i problemi dei clienti.',
    'Mi sono {formata|formato} come contabile presso {ORG} e uso {PRODUCT} ogni giorno.',
    'In {ORG} ho coordinato una squadra di sei persone e ridotto gli errori di magazzino.',
  ],
  [
    'Sono {moglie|marito} e {mamma|papà} di due figli, quindi so organizzare bene il mio tempo.',
    '{Mio marito|Mia moglie} {R:m} e io ci siamo trasferiti a {PLACE} nel 2019.',
    'Sono {rientrata|rientrato} al lavoro dopo la nascita di mia figlia.',
    'Sono {una nonna|un nonno} orgoglios{a|o} e continuo a imparare cose nuove.',
    'Da {ragazza|ragazzo} sono {stata|stato} negli scout e faccio ancora volontariato con {ORG}.',
    'Sono {una madre single|un padre single} e so mantenere la calma sotto pressione.',
    'Assisto {mia suocera|mio suocero}, per questo cerco un lavoro vicino a {PLACE}.',
  ],
  [
    'Mi piace lavorare con {le donne|gli uomini} del mio quartiere e seguo un piccolo gruppo di sostegno.',
    'Faccio volontariato con {ORG} il sabato mattina.',
    'Parlo inglese e spagnolo e imparo in fretta i nuovi programmi.',
    'Sono {disponibile|disponibile} da subito e ho la patente B.',
  ],
  [
    'Cordiali saluti,\n{G} {S}',
    'In fede\n\n{GU} {SU}',
    'Distinti saluti\n{G}',
    'Ringrazio per l’attenzione.\n\nFirma: {G} {S}',
    'Resto a disposizione per un colloquio.\n\n{G} {S}\n{PLACE}',
  ],
]
