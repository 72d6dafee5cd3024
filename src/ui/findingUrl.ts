/**
 * The open finding lives in the address, `?finding=core-denial`, so that a finding can be linked
 * to and Back returns to the previous one. Every other parameter (`lang`) is kept as it is.
 */

export const FINDING_PARAM = 'finding';

/** The finding id named by a query string, or null when it names none. */
export function readFindingParam(search: string): string | null {
  const id = new URLSearchParams(search).get(FINDING_PARAM);
  return id === null || id === '' ? null : id;
}

/** The same address with the finding set (or removed, for null); the other parameters are kept. */
export function withFindingParam(href: string, id: string | null): string {
  const url = new URL(href);
  if (id === null) url.searchParams.delete(FINDING_PARAM);
  else url.searchParams.set(FINDING_PARAM, id);
  return url.href;
}

/** A relative link to a finding, `?lang=en&finding=core-denial`, for links that open it. */
export function findingHref(id: string): string {
  const search = window.location.search;
  if (search !== hrefBase.search) {
    const params = new URLSearchParams(search);
    params.delete(FINDING_PARAM);
    const rest = params.toString();
    hrefBase = { search, prefix: rest === '' ? '?' : `?${rest}&` };
  }
  return `${hrefBase.prefix}${FINDING_PARAM}=${encodeURIComponent(id)}`;
}

// Every claim, mark and entry renders a link: on 6,000 findings, reading the address for each took
// a tenth of a second. The address without its finding is read once per address.
let hrefBase: { readonly search: string | null; readonly prefix: string } = { search: null, prefix: '?' };

/** Whether a click on a finding link is a plain one, to open it here; a modified click opens a tab. */
export function isPlainClick(event: { metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; button: number }): boolean {
  return !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && event.button === 0;
}
