/**
 * The comparison as W3C Web Annotation (JSON-LD, https://www.w3.org/TR/annotation-model/): an
 * AnnotationCollection with one Annotation per finding.
 *
 * - Each quoted span is one target: a SpecificResource on its source, with two equivalent
 *   selectors, a TextQuoteSelector (the quote, and up to CONTEXT_POINTS code points either side)
 *   and a TextPositionSelector. Both count Unicode code points, as the model requires (§4.2.1,
 *   §4.2.4); the comparison file counts UTF-16 code units, so offsets are converted.
 * - The bodies: one classifying the finding by its kind (`match`, `discrepancy`, `only-fr`,
 *   `only-en`), one tag per aspect that differs, and one commenting TextualBody per language of
 *   the note.
 * - The sources have stable ids, `urn:source-comparison:<name>:fr`, and are described once, with
 *   their text, under `schema:isBasedOn` on the collection (the `schema` prefix is in the
 *   annotation context), so that every selector can be checked against the text it selects.
 */
import { orderFindings } from '../findings/findings';
import { LANGS, type Comparison, type Lang, type Finding, type Span } from '../model/types';
import { codePointsAfter, codePointsBefore, indexCodePoints, type CodePointIndex } from './codePoints';
import { stripInvalidCharacters } from './escape';

/** The JSON-LD context every Web Annotation document names. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How much text the quote selector carries on each side: enough to tell repeated phrases apart. */
export const CONTEXT_POINTS = 32;

/** The urn that names a comparison, or one of its parts: `urn:source-comparison:miit-vpn:fr`. */
export function annotationUrn(comparisonName: string, ...parts: readonly string[]): string {
  // Percent-encoding keeps any name or id a valid urn; a lone surrogate could not be encoded, so it goes.
  const encode = (part: string) => encodeURIComponent(stripInvalidCharacters(part));
  return ['urn:source-comparison', encode(comparisonName), ...parts.map(encode)].join(':');
}

/** Writes the collection as two-space JSON; everything language-dependent is in both languages already. */
export function toWebAnnotation(comparison: Comparison): string {
  const indexes: Record<Lang, CodePointIndex> = {
    fr: indexCodePoints(comparison.sources.fr.text),
    en: indexCodePoints(comparison.sources.en.text),
  };
  const items = orderFindings(comparison).map((finding) => describeFinding(comparison, finding, indexes));
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    id: annotationUrn(comparison.name),
    type: 'AnnotationCollection',
    label: `${comparison.name}: ${comparison.sources.fr.title} / ${comparison.sources.en.title}`,
    total: items.length,
    'schema:isBasedOn': LANGS.map((lang) => {
      const source = comparison.sources[lang];
      return {
        id: annotationUrn(comparison.name, lang),
        type: 'Text',
        format: 'text/plain',
        language: lang,
        'schema:name': source.title,
        ...(source.url === null ? {} : { 'schema:url': source.url }),
        ...(source.outlet === null ? {} : { 'schema:publisher': source.outlet }),
        ...(source.published === null ? {} : { 'schema:datePublished': source.published }),
        value: source.text,
      };
    }),
    first: {
      id: annotationUrn(comparison.name, 'page', '1'),
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function describeFinding(comparison: Comparison, finding: Finding, indexes: Record<Lang, CodePointIndex>) {
  const bodies: object[] = [{ type: 'TextualBody', purpose: 'classifying', value: finding.kind }];
  for (const aspect of finding.aspects) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: aspect });
  for (const lang of LANGS) {
    const note = finding.note[lang];
    if (note !== '') bodies.push({ type: 'TextualBody', purpose: 'commenting', value: note, language: lang, format: 'text/plain' });
  }
  return {
    id: annotationUrn(comparison.name, 'relation', finding.id),
    type: 'Annotation',
    motivation: 'assessing',
    body: bodies,
    target: LANGS.flatMap((lang) => finding[lang].map((span) => describeTarget(comparison, lang, span, indexes[lang]))),
  };
}

function describeTarget(comparison: Comparison, lang: Lang, span: Span, index: CodePointIndex) {
  const text = comparison.sources[lang].text;
  const prefix = codePointsBefore(text, span.start, CONTEXT_POINTS);
  const suffix = codePointsAfter(text, span.end, CONTEXT_POINTS);
  return {
    type: 'SpecificResource',
    source: annotationUrn(comparison.name, lang),
    selector: [
      { type: 'TextQuoteSelector', exact: span.quote, ...(prefix === '' ? {} : { prefix }), ...(suffix === '' ? {} : { suffix }) },
      { type: 'TextPositionSelector', start: index.toCodePoint(span.start), end: index.toCodePoint(span.end) },
    ],
  };
}
