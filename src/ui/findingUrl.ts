/**
 * The open finding lives in the address, `?finding=core-denial`, so that a finding can be linked
 * to and Back returns to the previous one. Every other parameter (`lang`) is kept as it is.
 *
 * An id is any string a comparison file holds, lone surrogates included (`"headline\ud800"` is
 * valid JSON), and an address can carry only well-formed Unicode: `encodeURIComponent` throws on a
 * lone surrogate and URLSearchParams turns it into U+FFFD, which names no finding. So the id is
 * written with each lone surrogate as `\ud800` and each backslash doubled, which reads back
 * exactly; an id without either, as almost all are, is written as it is.
 */

export const FINDING_PARAM = 'finding';

/** The finding id named by a query string, or null when it names none. */
export function readFindingParam(search: string): string | null {
  const value = new URLSearchParams(search).get(FINDING_PARAM);
  return value === null || value === '' ? null : decodeFindingId(value);
}

/** The same address with the finding set (or removed, for null); the other parameters are kept. */
export function withFindingParam(href: string, id: string | null): string {
  const url = new URL(href);
  if (id === null) url.searchParams.delete(FINDING_PARAM);
  else url.searchParams.set(FINDING_PARAM, encodeFindingId(id));
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
  return `${hrefBase.prefix}${FINDING_PARAM}=${encodeURIComponent(encodeFindingId(id))}`;
}

// Every claim, mark and entry renders a link: on 6,000 findings, reading the address for each took
// a tenth of a second. The address without its finding is read once per address.
let hrefBase: { readonly search: string | null; readonly prefix: string } = { search: null, prefix: '?' };

/** Whether a click on a finding link is a plain one, to open it here; a modified click opens a tab. */
export function isPlainClick(event: { metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; button: number }): boolean {
  return !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && event.button === 0;
}

/** The id as well-formed text: a backslash doubled, a lone surrogate as `\udxxx`; decodeFindingId reverses it. */
export function encodeFindingId(id: string): string {
  return id.replace(/\\|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (unit) =>
    unit === '\\' ? '\\\\' : `\\u${unit.charCodeAt(0).toString(16)}`,
  );
}

/** The id encodeFindingId wrote; a backslash it did not write (a hand-typed address) is kept as it is. */
export function decodeFindingId(value: string): string {
  return value.replace(/\\(?:\\|ud[89a-f][0-9a-f]{2})/gi, (escape) =>
    escape === '\\\\' ? '\\' : String.fromCharCode(parseInt(escape.slice(2), 16)),
  );

}
