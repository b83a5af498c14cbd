/** Place names that make a trailing ", Milano" an obvious work place (folded). Lombardy first. */
export const knownPlaces: ReadonlySet<string> = new Set([
  'milano', 'milan', 'monza', 'bergamo', 'brescia', 'como', 'varese', 'pavia', 'lodi', 'lecco', 'cremona', 'mantova',
  'sondrio', 'legnano', 'rho', 'sesto san giovanni', 'cinisello balsamo', 'segrate', 'san donato milanese', 'assago',
  'rozzano', 'cologno monzese', 'busto arsizio', 'gallarate', 'saronno', 'abbiategrasso', 'corsico', 'pioltello',
  'roma', 'rome', 'torino', 'turin', 'napoli', 'naples', 'bologna', 'firenze', 'florence', 'genova', 'genoa',
  'venezia', 'venice', 'verona', 'padova', 'padua', 'trieste', 'bari', 'palermo', 'catania', 'cagliari', 'parma',
  'modena', 'piacenza', 'novara', 'trento', 'bolzano', 'london', 'londra', 'paris', 'parigi', 'berlin', 'berlino',
  'madrid', 'barcelona', 'barcellona', 'lisbon', 'lisbona', 'dublin', 'dublino', 'zurich', 'zurigo', 'lugano',
  'amsterdam', 'bruxelles', 'brussels', 'vienna', 'new york', 'remoto', 'remote', 'smart working', 'da remoto',
  'italia', 'italy',
])
