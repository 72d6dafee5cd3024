/**
 * Builds src/core/engine/data/places.json, the table of which places lie in which: every town of
 * more than 15,000 people in its country, and every region (state, province) in its country. A
 * town's region is left out: it would double the table, which the worker downloads. The judge reads it so that two accounts naming one place at two scales ("à
 * Marseille" / "in France's second-largest city … France"; "Berlin" / "Germany") do not differ in
 * place. Run it again and `git diff` stays empty: every table is sorted.
 *
 *     npx tsx scripts/build-places.ts [WORLD_CITIES]
 *
 * Input (not committed): github.com/datasets/world-cities, commit
 * 49974c6 (`data/world-cities.csv`: name, country, subcountry, geonameid), itself extracted
 * from GeoNames (cities15000). The data package is under the Open Data Commons PDDL; GeoNames data
 * is CC BY 4.0, credited in data/README.md and in the JSON. WORLD_CITIES may be the git directory
 * of that repository (read at HEAD) or the CSV file. Default:
 * /work/.mirror/datasets+world-cities/repo.
 *
 * Selection: a name is folded with foldWord and split into words as the engine's tokenizer splits
 * them; names of more than four words, with digits, or equal to their own country's name are left
 * out (the latter say nothing about containment). "N/A" regions (city states) are left out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldWord, tokenize } from '../src/core/engine/normalize';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'src/core/engine/data/places.json');
const DEFAULT_INPUT = '/work/.mirror/datasets+world-cities/repo';
const MAX_WORDS = 4;

function readInput(path: string): string {
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

function build(csv: string): { regions: string; cities: string } {
  const regionsOf = new Map<string, Set<string>>();
  const citiesOf = new Map<string, Set<string>>();
  const add = (table: Map<string, Set<string>>, country: string, place: string) => {
    let set = table.get(country);
    if (!set) table.set(country, (set = new Set()));
    set.add(place);
  };
  for (const line of csv.split('\n').slice(1)) {
    if (line.trim() === '') continue;
    const [name = '', countryName = '', regionName = ''] = csvFields(line);
    const country = placeKey(countryName);
    if (country === null) continue;
    const region = placeKey(regionName);
    const city = placeKey(name);
    if (region !== null && region !== country) add(regionsOf, country, region);
    if (city !== null && city !== country) add(citiesOf, country, city);
  }
  const table = (map: Map<string, Set<string>>) =>
    [...map.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([country, places]) => [country, ...[...places].sort()].join('\t'))
      .join('\n');
  return { regions: table(regionsOf), cities: table(citiesOf) };
}

function main(): void {
  const input = process.argv[2] ?? DEFAULT_INPUT;
  const { regions, cities } = build(readInput(input));
  const data = {
    about: 'Which places lie in which: towns of more than 15,000 people in their country, and regions (states, provinces) in their country, for the judge (places.ts).',
    licence:
      'Data from GeoNames (https://www.geonames.org), CC BY 4.0, as extracted by the datasets/world-cities data package (Open Data Commons PDDL 1.0). The selection and layout are this project\u2019s (scripts/build-places.ts).',
    sources: ['github.com/datasets/world-cities@49974c6 data/world-cities.csv'],
    format:
      'regions: country<TAB>region<TAB>region…; cities: country<TAB>city<TAB>city…; every name folded as foldWord folds it, words joined by one space, English names as GeoNames gives them.',
    regions,
    cities,
  };
  writeFileSync(OUTPUT, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`wrote ${OUTPUT}: ${regions.split('\n').length} countries with regions, ${cities.split(/[\t\n]/).length} names in the cities table`);
}

main();
