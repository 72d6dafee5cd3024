/**
 * The details a web page gives about itself, read from its markup: the Open Graph and article
 * properties and the author that news sites publish for sharing, its canonical address, its
 * `<title>`, first `<h1>` and first `<time datetime>`. Only http(s) addresses are kept, only real
 * days as dates, and every value is one line of bounded length.
 */
import { attributeOf, tagOf, walkHtml, type HtmlNode } from './htmlNode';
import { inlineText, isDropped, SECTIONS } from './htmlBlocks';
import { isIsoDay, safeHttpUrl, type SourceMeta } from './sourceMeta';

/** Longest value kept for a detail; a page could put a whole book in an attribute. */
const MAX_LENGTH = 500;

/** Where each detail is looked for, best source first: `meta` properties and names, in lower case. */
const TITLE_KEYS = ['og:title', 'twitter:title'];
const OUTLET_KEYS = ['og:site_name', 'application-name'];
const PUBLISHED_KEYS = ['article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publishdate'];
const BYLINE_KEYS = ['author', 'article:author', 'byl', 'dc.creator'];

/** Reads the details of a parsed page; a detail the page does not give is null. */
export function readHtmlMeta(root: HtmlNode): SourceMeta {
  const properties = new Map<string, string>();
  let titleElement: string | null = null;
  let heading: string | null = null;
  let time: string | null = null;
  let canonical: string | null = null;
  let sections = 0;

  walkHtml(
    root,
    (node) => {
      const tag = tagOf(node);
      if (tag === 'meta') {
        // Open Graph uses `property`, others `name` or microdata's `itemprop`.
        const key = (attributeOf(node, 'property') ?? attributeOf(node, 'name') ?? attributeOf(node, 'itemprop'))?.trim().toLowerCase();
        const content = attributeOf(node, 'content');
        if (key && content !== null && !properties.has(key)) properties.set(key, content);
        return false;
      }
      if (tag === 'link') {
        const rel = (attributeOf(node, 'rel') ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('canonical')) canonical ??= attributeOf(node, 'href');
        return false;
      }
      if (tag === 'title') {
        titleElement ??= node.textContent;
        return false;
      }
      // The head is read (its meta, link and title), but nothing inside code, frames, SVG or the page's chrome.
      if (tag !== 'head' && isDropped(node, sections > 0)) return false;
      if (tag === 'h1') {
        heading ??= inlineText(node);
        return false;
      }
      if (tag === 'time') time ??= attributeOf(node, 'datetime');
      if (SECTIONS.has(tag)) sections++;
      return true;
    },
    (node) => {
      if (SECTIONS.has(tagOf(node))) sections--;
    },
  );

  const first = (keys: readonly string[], accept: (value: string) => string | null = oneLine): string | null => {
    for (const key of keys) {
      const value = properties.get(key);
      const accepted = value === undefined ? null : accept(value);
      if (accepted !== null) return accepted;
    }
    return null;
  };
  return {
    title: first(TITLE_KEYS) ?? oneLine(heading ?? '') ?? oneLine(titleElement ?? ''),
    outlet: first(OUTLET_KEYS),
    published: first(PUBLISHED_KEYS, isoDayOf) ?? isoDayOf(time ?? ''),
    // Some sites give the author as the address of a profile page, which is not a name.
    byline: first(BYLINE_KEYS, (value) => (/^[a-z][a-z+.-]*:/i.test(value.trim()) ? null : oneLine(value.replace(/^\s*(?:by|par)\s+/i, '')))),
    url: safeHttpUrl(canonical ?? '') ?? first(['og:url'], safeHttpUrl),
  };
}

function oneLine(value: string): string | null {
  const line = value.replace(/\s+/gu, ' ').trim().slice(0, MAX_LENGTH);
  return line === '' ? null : line;
}

/** The day of an ISO date or date-time, `2017-07-14T11:03:00+08:00` → `2017-07-14`; null otherwise. */
function isoDayOf(value: string): string | null {
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value)?.[1];
  return day !== undefined && isIsoDay(day) ? day : null;
}
