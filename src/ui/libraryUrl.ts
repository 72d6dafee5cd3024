/**
 * A comparison of the reader's library lives in the address, `?c=3f2a…`, so that a reload, a
 * closed and reopened tab or a bookmark comes back to it. Without the parameter the app shows the
 * comparison it ships with. Every other parameter (`lang`, `finding`) is kept as it is.
 */

export const LIBRARY_PARAM = 'c';

/** The library id named by a query string, or null when it names none. */
export function readLibraryParam(search: string): string | null {
  const id = new URLSearchParams(search).get(LIBRARY_PARAM);
  return id === null || id === '' ? null : id;
}

/** The same address showing the library comparison `id` (or the shipped one, for null), with no finding open. */
export function withLibraryParam(href: string, id: string | null): string {
  const url = new URL(href);
  if (id === null) url.searchParams.delete(LIBRARY_PARAM);
  else url.searchParams.set(LIBRARY_PARAM, id);
  // A finding id belongs to the comparison that was on screen.
  url.searchParams.delete('finding');
  return url.href;
}
