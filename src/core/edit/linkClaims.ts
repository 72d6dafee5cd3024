/**
 * Linking two claims across the texts: finding `from` takes the quotes of finding `to` on the
 * side it needs, and keeps its id and its place in the list.
 *
 * - The side taken: the text `from` does not quote when `from` is one-sided; the one text `to`
 *   quotes when `from` already quotes both. `to` must quote that side ('same-side' otherwise;
 *   'already-linked' when both quote both texts).
 * - Quotes are sorted by start and deduplicated, as a finding lists them in reading order.
 * - Kind: 'match' when `from` was one-sided (the reader says these go together; they may then
 *   call it a discrepancy), else `from`'s kind and aspects.
 * - `to` loses the quotes it gave. When it has nothing left it is removed, and its note joins
 *   `from`'s (non-empty notes, a blank line between) so that nothing the reader wrote is lost;
 *   when it keeps quotes on the other side it stays, with its status, as a one-sided claim of
 *   that side (kind only-fr or only-en, no aspects).
 * - Notes: both findings are marked edited, and their notes follow their new kind and claims
 *   (reviseNotes.ts): the engine's "Only the French source reports this." does not survive a link.
 * - Status: 'confirmed' if either finding was automatic (the reader judged the link), else
 *   `from`'s. Origin and confidence stay `from`'s.
 */
import type { Comparison, Lang, Finding, Span } from '../model/types';
import { EditError } from './edit';
import { findingIndexOf } from './findingAt';
import { reviseNotes } from './reviseNotes';

/** The comparison with `to`'s quotes of the needed side moved into `from`; throws EditError when they do not quote opposite sides. */
export function linkClaims(comparison: Comparison, fromId: string, toId: string): Comparison {
  const fromIndex = findingIndexOf(comparison, fromId);
  const toIndex = findingIndexOf(comparison, toId);
  if (fromIndex === toIndex) throw new EditError('same-finding', `finding "${fromId}" cannot be linked to itself`);
  const from = comparison.relations[fromIndex] as Finding;
  const to = comparison.relations[toIndex] as Finding;
  const side = sideToTake(from, to);

  const fromWasOneSided = from.fr.length === 0 || from.en.length === 0;
  const left = to[otherSide(side)].length > 0 ? leftover(to, otherSide(side)) : null;
  const linked: Finding = {
    ...from,
    kind: fromWasOneSided ? 'match' : from.kind,
    [side]: mergeSpans(from[side], to[side]),
  };
  const judged: Finding = from.status === 'automatic' || to.status === 'automatic' ? { ...linked, status: 'confirmed' } : linked;
  const result = reviseNotes(judged, left === null ? [from, to] : [from]);

  const findings: Finding[] = [];
  comparison.relations.forEach((finding, index) => {
    if (index === fromIndex) findings.push(result);
    else if (index !== toIndex) findings.push(finding);
    else if (left !== null) findings.push(left);
  });
  return { ...comparison, relations: findings };
}

/** The side whose quotes `from` takes from `to`. */
function sideToTake(from: Finding, to: Finding): Lang {
  const quotes = (finding: Finding, lang: Lang) => finding[lang].length > 0;
  if (quotes(from, 'fr') && quotes(from, 'en')) {
    if (quotes(to, 'fr') && quotes(to, 'en')) {
      throw new EditError('already-linked', `findings "${from.id}" and "${to.id}" both quote both texts already`);
    }
    return quotes(to, 'fr') ? 'fr' : 'en';
  }
  const needed: Lang = quotes(from, 'fr') ? 'en' : 'fr';
  if (!quotes(to, needed)) {
    throw new EditError('same-side', `finding "${to.id}" quotes no ${needed} text, which finding "${from.id}" would need`);
  }
  return needed;
}

function otherSide(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/** What remains of `to` once its quotes of the other side are gone: a one-sided claim of `kept`. */
function leftover(to: Finding, kept: Lang): Finding {
  return reviseNotes({ ...to, kind: kept === 'fr' ? 'only-fr' : 'only-en', [otherSide(kept)]: [], aspects: [] }, [to]);
}

function mergeSpans(own: readonly Span[], added: readonly Span[]): Span[] {
  const byRange = new Map<string, Span>();
  for (const span of [...own, ...added]) byRange.set(`${span.start}:${span.end}`, byRange.get(`${span.start}:${span.end}`) ?? span);
  return [...byRange.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
