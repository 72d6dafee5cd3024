/**
 * The details of a source a reader can check and correct before comparing: title, outlet, date of
 * publication, byline and address. They are detected the way the engine reads a text (front matter,
 * then page chrome: see input.ts), or given by the web page the text came from, and the
 * reader's corrections are applied to the Source before the comparison is made.
 */
import { readInput } from './input';
import type { Lang, Source } from '../model/types';
import { IntakeError } from './intakeError';

export type SourceMetaField = 'title' | 'outlet' | 'published' | 'byline' | 'url';

/** In the order the form shows them. */
export const SOURCE_META_FIELDS = ['title', 'outlet', 'published', 'byline', 'url'] as const satisfies readonly SourceMetaField[];

/**
 * A source's details as text fields: `published` is an ISO day (`2017-07-14`), `byline` the names
 * separated by commas, `url` an http or https address; null where nothing is known.
 */
export type SourceMeta = { readonly [field in SourceMetaField]: string | null };

export const EMPTY_SOURCE_META: SourceMeta = { title: null, outlet: null, published: null, byline: null, url: null };

/** A field whose value cannot be applied, and why. */
export interface SourceMetaIssue {
  readonly field: 'published' | 'url';
  readonly code: 'invalid-date' | 'invalid-url';
}

/** Detection reads the start of a text only: the details a page gives sit above its body. */
const DETECT_LENGTH = 20_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The address in its normal form when it is an absolute http or https address, else null: a
 * `javascript:`, `data:` or relative address never becomes a link anyone could follow.
 */
export function safeHttpUrl(value: string): string | null {
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The details the engine finds in `text` for the side `lang`: front matter first, then the title,
 * dateline and byline that page chrome gives. Best effort: a text whose front matter cannot be read
 * gives no details (the comparison will say what is wrong with it).
 */
export function detectSourceMeta(text: string, lang: Lang): SourceMeta {
  let source: Source;
  try {
    source = readInput(startOf(text), lang, { fileName: `${lang}.md` });
  } catch {
    return EMPTY_SOURCE_META;
  }
  return metaOfSource(source);
}

/** A source's details as the form shows them: a date that is not a real day and an address that is not http(s) are left out. */
export function metaOfSource(source: Source): SourceMeta {
  return {
    title: nonEmpty(source.title),
    outlet: nonEmpty(source.outlet),
    published: source.published !== null && isIsoDay(source.published) ? source.published : null,
    byline: nonEmpty(source.byline.join(', ')),
    url: source.url === null ? null : safeHttpUrl(source.url),
  };
}

/** The start of a text, cut at a paragraph break so that no paragraph is read half. */
function startOf(text: string): string {
  if (text.length <= DETECT_LENGTH) return text;
  const cut = text.lastIndexOf('\n\n', DETECT_LENGTH);
  return text.slice(0, cut > 0 ? cut : DETECT_LENGTH);
}

/** What is wrong with the fields that must have a form (the date, the address); empty when all can be applied. */
export function checkSourceMeta(meta: SourceMeta): readonly SourceMetaIssue[] {
  const issues: SourceMetaIssue[] = [];
  const published = meta.published?.trim() ?? '';
  if (published !== '' && !isIsoDay(published)) issues.push({ field: 'published', code: 'invalid-date' });
  const url = meta.url?.trim() ?? '';
  if (url !== '' && safeHttpUrl(url) === null) issues.push({ field: 'url', code: 'invalid-url' });
  return issues;
}

/**
 * The source with the reader's details in place of those detected: an empty field clears the
 * detail. A date that is not `YYYY-MM-DD` or an address that is not http(s) throws an IntakeError
 * for the source's side; nothing is applied then.
 */
export function applySourceMeta(source: Source, meta: SourceMeta): Source {
  const issue = checkSourceMeta(meta)[0];
  if (issue) {
    throw new IntakeError(issue.code, issue.code === 'invalid-date' ? `"${meta.published}" is not a day written YYYY-MM-DD` : `"${meta.url}" is not an http or https address`, { side: source.lang });
  }
  const published = nonEmpty(meta.published);
  const url = nonEmpty(meta.url);
  return {
    ...source,
    title: meta.title?.trim() ?? '',
    outlet: nonEmpty(meta.outlet),
    published,
    // The time printed on the page belongs to the day it was printed with.
    publishedTime: published === source.published ? source.publishedTime : null,
    byline: splitByline(meta.byline ?? ''),
    url: url === null ? null : safeHttpUrl(url),
  };
}

/** Names separated by commas, semicolons, "and", "et" or "&": `Li Wei et Anne Roy` → two names. */
function splitByline(byline: string): string[] {
  return byline
    .split(/\s*(?:[,;&]|\bet\b|\band\b)\s*/u)
    .map((name) => name.replace(/\s+/gu, ' ').trim())
    .filter((name) => name !== '');
}

function nonEmpty(value: string | null): string | null {
  const trimmed = value?.replace(/\s+/gu, ' ').trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
