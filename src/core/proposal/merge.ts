/**
 * A curated comparison with the engine's findings added where the analyst judged nothing: the
 * analyst's word stands wherever there is one, and the engine fills the gaps, marked as automatic.
 * A gap is a sentence no curated quote touches: the engine cuts finer than an analyst quotes (a
 * reporting frame, "Zhang Feng said", is a claim of its own), and a sentence the analyst quoted in
 * part is a sentence the analyst read and judged.
 * O(A · (S + C)) comparisons for A automatic quotes, S sentences and C curated quotes: tens each.
 */
import { rangesOverlap } from './overlap';
import { assertSameTexts } from './sameTexts';
import { listSentences } from './sentences';
import type { Comparison, Finding, Lang, Range } from '../model/types';
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
  const sentences = { fr: listSentences(curated.sources.fr), en: listSentences(curated.sources.en) };
  const added: Finding[] = [];
  for (const finding of automatic.relations) {
    if (overlapsCurated(finding, curated.relations, sentences)) continue;
    const id = freeId(`${ADDED_ID_PREFIX}${finding.id}`, taken);
    taken.add(id);
    added.push({ ...finding, id });
  }
  return added.length === 0 ? curated : { ...curated, relations: [...curated.relations, ...added] };
}

/** Whether a curated quote touches a sentence the finding quotes. */
function overlapsCurated(finding: Finding, curated: readonly Finding[], sentences: Readonly<Record<Lang, readonly Range[]>>): boolean {
  return LANGS.some((lang) =>
    finding[lang].some((span) => {
      const touched = sentences[lang].filter(([start, end]) => rangesOverlap(span, { start, end }));
      const reach = touched.length > 0 ? { start: touched[0]?.[0] as number, end: touched[touched.length - 1]?.[1] as number } : span;
      return curated.some((other) => other[lang].some((quote) => rangesOverlap(reach, quote)));
    }),
  );
}

// A curated file may already use `auto-a3`; a numbered suffix then keeps ids unique.
function freeId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  let suffix = 2;
  while (taken.has(`${wanted}-${suffix}`)) suffix += 1;
  return `${wanted}-${suffix}`;
}
