/**
 * A curated comparison with the engine's findings added where the analyst judged nothing: the
 * analyst's word stands wherever there is one, and the engine fills the gaps, marked as automatic.
 * O(A · C) quote comparisons for A automatic and C curated quotes: both are counted in tens.
 */
import { rangesOverlap } from './overlap';
import { assertSameTexts } from './sameTexts';
import type { Comparison, Finding } from '../model/types';
import { LANGS } from '../model/types';

/** Prefix of the ids of added findings: `a3` becomes `auto-a3`. */
const ADDED_ID_PREFIX = 'auto-';

/**
 * Keeps `curated` whole (sources, alignment, findings) and adds each finding of `automatic`
 * whose quotes overlap no curated quote, in either text, under an id no curated finding uses.
 * Returns `curated` itself when nothing is added. Both must compare the same texts; else it throws.
 */
export function mergeAutomatic(curated: Comparison, automatic: Comparison): Comparison {
  assertSameTexts(curated, automatic, 'mergeAutomatic');
  const taken = new Set(curated.relations.map((finding) => finding.id));
  const added: Finding[] = [];
  for (const finding of automatic.relations) {
    if (overlapsCurated(finding, curated.relations)) continue;
    const id = freeId(`${ADDED_ID_PREFIX}${finding.id}`, taken);
    taken.add(id);
    added.push({ ...finding, id });
  }
  return added.length === 0 ? curated : { ...curated, relations: [...curated.relations, ...added] };
}

function overlapsCurated(finding: Finding, curated: readonly Finding[]): boolean {
  return LANGS.some((lang) => finding[lang].some((span) => curated.some((other) => other[lang].some((quote) => rangesOverlap(span, quote)))));
}

// A curated file may already use `auto-a3`; a numbered suffix then keeps ids unique.
function freeId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  let suffix = 2;
  while (taken.has(`${wanted}-${suffix}`)) suffix += 1;
  return `${wanted}-${suffix}`;
}
