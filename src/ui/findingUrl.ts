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
  const params = new URLSearchParams(window.location.search);
  params.set(FINDING_PARAM, id);
  return `?${params.toString()}`;
}

/** Whether a click on a finding link is a plain one, to open it here; a modified click opens a tab. */
export function isPlainClick(event: { metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; button: number }): boolean {
  return !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && event.button === 0;
}
