/**
 * Which places lie in which (data/places.json, built by scripts/build-places.ts from GeoNames):
 * towns of 50,000 people or more in their country, regions (states, provinces) in their country,
 * and France's departments in their region and its large communes in their department. Two
 * accounts often name one place at two scales — "à Marseille" and "in France's second-largest
 * city", "Paris et Berlin" and "France and Germany", "dans le Finistère" and "in Brittany" — and a
 * place is no discrepancy with a place that contains it.
 *
 * Names are folded as foldWord folds them, words joined by one space: a town under its GeoNames
 * names and the French and English forms the dictionary knows (genève, geneva); a country under its
 * English name, which a French name reaches through its English forms (Allemagne → germany).
 * Built on the first question only: most comparisons never ask, since most linked groups give the
 * same places or none. A town found in several countries (Athens, Greece; Athens, Georgia) lies in
 * each: the table only ever removes a difference, so a loose reading costs a missed discrepancy
 * between a town and a country, never a false one.
 */
import placesData from './data/places.json';

interface PlacesData {
  readonly regions: string;
  readonly cities: string;
  readonly within: string;
}

let containersOf: Map<string, string[]> | null = null;
const allContainersOf = new Map<string, readonly string[]>();

/**
 * The places that contain a folded place name, at every level (Brest: Finistère, Bretagne,
 * Brittany, France), none when unknown.
 */
export function placesContaining(place: string): readonly string[] {
  const known = allContainersOf.get(place);
  if (known !== undefined) return known;
  containersOf ??= buildContainers(placesData as PlacesData);
  const all: string[] = [];
  const visit = (name: string) => {
    for (const container of containersOf?.get(name) ?? []) {
      if (all.includes(container)) continue;
      all.push(container);
      visit(container);
    }
  };
  visit(place);
  allContainersOf.set(place, all);
  return all;
}

/** True when one of the two folded place names lies in the other. */
export function oneContainsTheOther(a: string, b: string): boolean {
  return placesContaining(a).includes(b) || placesContaining(b).includes(a);
}

function buildContainers(data: PlacesData): Map<string, string[]> {
  const containers = new Map<string, string[]>();
  const add = (place: string, container: string) => {
    const list = containers.get(place);
    if (list === undefined) containers.set(place, [container]);
    else if (!list.includes(container)) list.push(container);
  };
  for (const table of [data.regions, data.cities, data.within]) {
    for (const line of table.split('\n')) {
      const [country, ...places] = line.split('\t');
      if (country === undefined) continue;
      for (const place of places) add(place, country);
    }
  }
  return containers;
}
