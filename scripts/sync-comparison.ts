/**
 * Keeps a curated comparison in step with its source files: copies each source (front matter and
 * body) from `fr.md` and `en.md` into `comparison.json`, and places every quote at its offsets,
 * searching the text for it when the offsets no longer hold it. A curator writes quotes; this
 * script writes the numbers. It refuses a quote that is missing or that stands at more than one
 * place (then the curator lengthens it), and it validates the result before writing.
 *
 *     npm run sync -- sources/miit-vpn
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseComparison, serializeComparison } from '../src/core/comparisonFile/index';
import { readSourceFile } from '../src/core/intake/index';
import type { Comparison, Span } from '../src/core/model/index';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run sync -- sources/<pair>');
  process.exit(2);
}
const file = join(folder, 'comparison.json');
const draft = JSON.parse(readFileSync(file, 'utf8')) as Comparison;
const sources = {
  fr: readSourceFile(readFileSync(join(folder, 'fr.md'), 'utf8'), 'fr.md', 'fr'),
  en: readSourceFile(readFileSync(join(folder, 'en.md'), 'utf8'), 'en.md', 'en'),
};
const problems: string[] = [];

function place(span: Span, text: string, where: string): Span {
  if (text.slice(span.start, span.end) === span.quote) return span;
  const first = text.indexOf(span.quote);
  if (first === -1) {
    problems.push(`${where}: "${span.quote}" is not in the text`);
    return span;
  }
  if (text.indexOf(span.quote, first + 1) !== -1) {
    problems.push(`${where}: "${span.quote}" stands at more than one place; quote more of it`);
  }
  return { start: first, end: first + span.quote.length, quote: span.quote };
}

const synced: Comparison = {
  ...draft,
  sources,
  relations: draft.relations.map((finding) => ({
    ...finding,
    fr: finding.fr.map((span, i) => place(span, sources.fr.text, `finding "${finding.id}" fr[${i}]`)),
    en: finding.en.map((span, i) => place(span, sources.en.text, `finding "${finding.id}" en[${i}]`)),
  })),
};
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(file, serializeComparison(parseComparison(synced)));
console.log(`${file}: ${synced.relations.length} relations placed`);
