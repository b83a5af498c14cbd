/**
 * Given names and surnames for synthetic CVs, written for this project: common Italian names plus
 * names common in Milan's Romanian, Filipino, Chinese, Egyptian, Peruvian, Ukrainian and Senegalese
 * communities. Generated people are random combinations, not real persons.
 *
 * No name appears in both given-name lists, and no surname contains a given name, so a test can tell
 * which variant a name belongs to.
 */
export const femaleGivenNames = [
  // Italian
  'Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Alessia', 'Valentina', 'Federica', 'Elisa', 'Silvia',
  'Laura', 'Elena', 'Paola', 'Roberta', 'Beatrice', 'Anna', 'Lucia', 'Caterina', 'Giorgia', 'Ilaria',
  // Romanian
  'Ioana', 'Andreea', 'Mihaela', 'Ștefania',
  // Filipino
  'Maricel', 'Rowena', 'Jocelyn',
  // Chinese (pinyin)
  'Xiaoling', 'Mei', 'Jing',
  // Egyptian
  'Fatma', 'Nour', 'Yasmin',
  // Peruvian
  'Rosa', 'Milagros', 'Lucía',
  // Ukrainian
  'Oksana', 'Olena',
  // Senegalese
  'Awa', 'Fatou', 'Aminata',
] as const

/** Male given names, see {@link femaleGivenNames}. */
export const maleGivenNames = [
  // Italian
  'Marco', 'Luca', 'Alessandro', 'Matteo', 'Lorenzo', 'Davide', 'Simone', 'Federico', 'Stefano', 'Paolo',
  'Giorgio', 'Roberto', 'Francesco', 'Giovanni', 'Riccardo', 'Tommaso', 'Gianfranco', 'Emanuele', 'Nicolò', 'Pietro',
  // Romanian
  'Ionuț', 'Mihai', 'Bogdan', 'Cristian',
  // Filipino
  'Jomar', 'Rodel', 'Arnel',
  // Chinese (pinyin)
  'Wei', 'Jun', 'Hao',
  // Egyptian
  'Ahmed', 'Mahmoud', 'Karim',
  // Peruvian
  'Jorge', 'Wilmer', 'José',
  // Ukrainian
  'Taras', 'Oleksandr',
  // Senegalese
  'Mamadou', 'Cheikh', 'Ousmane',
] as const

/** Surnames, shared by both variants of a generated CV. */
export const surnames = [
  // Italian
  'Rossi', 'Bianchi', 'Colombo', 'Ferrari', 'Brambilla', 'Galli', 'Fumagalli', 'Villa', 'Conti', 'Esposito',
  'Ricci', 'Marino', 'De Santis', "D'Angelo", 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Sala', 'Cattaneo',
  // Romanian
  'Popescu', 'Ionescu', 'Dumitrescu', 'Constantinescu',
  // Filipino
  'Dela Cruz', 'Santos', 'Reyes', 'Bautista',
  // Chinese
  'Chen', 'Hu', 'Zhou',
  // Egyptian
  'Abdelrahman', 'Hassan', 'Mostafa',
  // Peruvian
  'Quispe', 'Huamán', 'Flores',
  // Ukrainian
  'Kovalenko', 'Shevchenko',
  // Senegalese
  'Diop', 'Ndiaye', 'Sow',
] as const
