/**
 * Which kinds of finding the reader shows (the legend is the filter), kept in the address so that
 * a link or a reload opens the page filtered as it was: `?hide=match,only-en` names the kinds
 * turned off. Every kind shown, the default, leaves the address bare.
 */
import { FINDING_KINDS, type FindingKind } from '../core/model/index';

export const HIDE_PARAM = 'hide';

/** The kinds the address leaves shown: every kind but those it hides; unknown names are ignored. */
export function readShownKinds(search: string): Set<FindingKind> {
  const hidden = new Set((new URLSearchParams(search).get(HIDE_PARAM) ?? '').split(','));
  return new Set(FINDING_KINDS.filter((kind) => !hidden.has(kind)));
}

/** The same address with the kinds not shown in it (or no `hide` when all are); the other parameters are kept. */
export function withShownKinds(href: string, shown: ReadonlySet<FindingKind>): string {
  const url = new URL(href);
  const hidden = FINDING_KINDS.filter((kind) => !shown.has(kind));
  if (hidden.length === 0) url.searchParams.delete(HIDE_PARAM);
  else url.searchParams.set(HIDE_PARAM, hidden.join(','));
  return url.href;
}
