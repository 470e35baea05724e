/**
 * French régions and départements (2016 map), used to normalise and check territories.
 * Names are proper nouns and data, not interface text.
 */
export const regions = [
  { code: 'ARA', name: 'Auvergne-Rhône-Alpes' },
  { code: 'BFC', name: 'Bourgogne-Franche-Comté' },
  { code: 'BRE', name: 'Bretagne' },
  { code: 'CVL', name: 'Centre-Val de Loire' },
  { code: 'COR', name: 'Corse' },
  { code: 'GES', name: 'Grand Est' },
  { code: 'HDF', name: 'Hauts-de-France' },
  { code: 'IDF', name: 'Île-de-France' },
  { code: 'NOR', name: 'Normandie' },
  { code: 'NAQ', name: 'Nouvelle-Aquitaine' },
  { code: 'OCC', name: 'Occitanie' },
  { code: 'PDL', name: 'Pays de la Loire' },
  { code: 'PAC', name: "Provence-Alpes-Côte d'Azur" },
  { code: 'GUA', name: 'Guadeloupe' },
  { code: 'MTQ', name: 'Martinique' },
  { code: 'GUF', name: 'Guyane' },
  { code: 'LRE', name: 'La Réunion' },
  { code: 'MAY', name: 'Mayotte' },
] as const;
export type RegionCode = (typeof regions)[number]['code'];

/** [code, name, région code] */
export const departements: ReadonlyArray<readonly [string, string, RegionCode]> = [
  ['01', 'Ain', 'ARA'], ['02', 'Aisne', 'HDF'], ['03', 'Allier', 'ARA'],
  ['04', 'Alpes-de-Haute-Provence', 'PAC'], ['05', 'Hautes-Alpes', 'PAC'], ['06', 'Alpes-Maritimes', 'PAC'],
  ['07', 'Ardèche', 'ARA'], ['08', 'Ardennes', 'GES'], ['09', 'Ariège', 'OCC'], ['10', 'Aube', 'GES'],
  ['11', 'Aude', 'OCC'], ['12', 'Aveyron', 'OCC'], ['13', 'Bouches-du-Rhône', 'PAC'], ['14', 'Calvados', 'NOR'],
  ['15', 'Cantal', 'ARA'], ['16', 'Charente', 'NAQ'], ['17', 'Charente-Maritime', 'NAQ'], ['18', 'Cher', 'CVL'],
  ['19', 'Corrèze', 'NAQ'], ['2A', 'Corse-du-Sud', 'COR'], ['2B', 'Haute-Corse', 'COR'], ['21', "Côte-d'Or", 'BFC'],
  ['22', "Côtes-d'Armor", 'BRE'], ['23', 'Creuse', 'NAQ'], ['24', 'Dordogne', 'NAQ'], ['25', 'Doubs', 'BFC'],
  ['26', 'Drôme', 'ARA'], ['27', 'Eure', 'NOR'], ['28', 'Eure-et-Loir', 'CVL'], ['29', 'Finistère', 'BRE'],
  ['30', 'Gard', 'OCC'], ['31', 'Haute-Garonne', 'OCC'], ['32', 'Gers', 'OCC'], ['33', 'Gironde', 'NAQ'],
  ['34', 'Hérault', 'OCC'], ['35', 'Ille-et-Vilaine', 'BRE'], ['36', 'Indre', 'CVL'], ['37', 'Indre-et-Loire', 'CVL'],
  ['38', 'Isère', 'ARA'], ['39', 'Jura', 'BFC'], ['40', 'Landes', 'NAQ'], ['41', 'Loir-et-Cher', 'CVL'],
  ['42', 'Loire', 'ARA'], ['43', 'Haute-Loire', 'ARA'], ['44', 'Loire-Atlantique', 'PDL'], ['45', 'Loiret', 'CVL'],
  ['46', 'Lot', 'OCC'], ['47', 'Lot-et-Garonne', 'NAQ'], ['48', 'Lozère', 'OCC'], ['49', 'Maine-et-Loire', 'PDL'],
  ['50', 'Manche', 'NOR'], ['51', 'Marne', 'GES'], ['52', 'Haute-Marne', 'GES'], ['53', 'Mayenne', 'PDL'],
  ['54', 'Meurthe-et-Moselle', 'GES'], ['55', 'Meuse', 'GES'], ['56', 'Morbihan', 'BRE'], ['57', 'Moselle', 'GES'],
  ['58', 'Nièvre', 'BFC'], ['59', 'Nord', 'HDF'], ['60', 'Oise', 'HDF'], ['61', 'Orne', 'NOR'],
  ['62', 'Pas-de-Calais', 'HDF'], ['63', 'Puy-de-Dôme', 'ARA'], ['64', 'Pyrénées-Atlantiques', 'NAQ'],
  ['65', 'Hautes-Pyrénées', 'OCC'], ['66', 'Pyrénées-Orientales', 'OCC'], ['67', 'Bas-Rhin', 'GES'],
  ['68', 'Haut-Rhin', 'GES'], ['69', 'Rhône', 'ARA'], ['70', 'Haute-Saône', 'BFC'], ['71', 'Saône-et-Loire', 'BFC'],
  ['72', 'Sarthe', 'PDL'], ['73', 'Savoie', 'ARA'], ['74', 'Haute-Savoie', 'ARA'], ['75', 'Paris', 'IDF'],
  ['76', 'Seine-Maritime', 'NOR'], ['77', 'Seine-et-Marne', 'IDF'], ['78', 'Yvelines', 'IDF'], ['79', 'Deux-Sèvres', 'NAQ'],
  ['80', 'Somme', 'HDF'], ['81', 'Tarn', 'OCC'], ['82', 'Tarn-et-Garonne', 'OCC'], ['83', 'Var', 'PAC'],
  ['84', 'Vaucluse', 'PAC'], ['85', 'Vendée', 'PDL'], ['86', 'Vienne', 'NAQ'], ['87', 'Haute-Vienne', 'NAQ'],
  ['88', 'Vosges', 'GES'], ['89', 'Yonne', 'BFC'], ['90', 'Territoire de Belfort', 'BFC'], ['91', 'Essonne', 'IDF'],
  ['92', 'Hauts-de-Seine', 'IDF'], ['93', 'Seine-Saint-Denis', 'IDF'], ['94', 'Val-de-Marne', 'IDF'],
  ['95', "Val-d'Oise", 'IDF'], ['971', 'Guadeloupe', 'GUA'], ['972', 'Martinique', 'MTQ'], ['973', 'Guyane', 'GUF'],
  ['974', 'La Réunion', 'LRE'], ['976', 'Mayotte', 'MAY'],
];

/** Lower case, no accents, apostrophes and dashes as spaces: how names are compared. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'\-–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function findRegion(input: string) {
  const folded = foldName(input);
  return regions.find((r) => r.code.toLowerCase() === folded || foldName(r.name) === folded);
}

export function findDepartement(input: string | number) {
  const text = String(input).trim();
  const code = /^\d$/.test(text) ? `0${text}` : text.toUpperCase();
  const folded = foldName(text);
  const row = departements.find(([c, name]) => c === code || foldName(name) === folded);
  return row ? { code: row[0], name: row[1], region: row[2] } : undefined;
}

/** The régions of before 2016, and the région each became part of (none was split). */
export const formerRegions: ReadonlyArray<readonly [string, RegionCode]> = [
  ['Alsace', 'GES'], ['Aquitaine', 'NAQ'], ['Auvergne', 'ARA'], ['Basse-Normandie', 'NOR'], ['Bourgogne', 'BFC'],
  ['Champagne-Ardenne', 'GES'], ['Franche-Comté', 'BFC'], ['Haute-Normandie', 'NOR'], ['Languedoc-Roussillon', 'OCC'],
  ['Limousin', 'NAQ'], ['Lorraine', 'GES'], ['Midi-Pyrénées', 'OCC'], ['Nord-Pas-de-Calais', 'HDF'], ['Picardie', 'HDF'],
  ['Poitou-Charentes', 'NAQ'], ['Rhône-Alpes', 'ARA'], ['Centre', 'CVL'],
];

/** A région of before 2016 by its name, with today's région. */
export function findFormerRegion(input: string) {
  const folded = foldName(input);
  const row = formerRegions.find(([name]) => foldName(name) === folded);
  return row ? { name: row[0], region: regions.find((r) => r.code === row[1])!.name } : undefined;
}

export function regionOfDepartement(code: string): string {
  const dep = findDepartement(code)!;
  return regions.find((r) => r.code === dep.region)!.name;
}
