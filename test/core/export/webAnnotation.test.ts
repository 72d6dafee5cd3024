import { describe, expect, it } from 'vitest';
import { LANGS, type Comparison } from '../../../src/core/model/index';
import { ANNOTATION_CONTEXT, CONTEXT_POINTS, annotationUrn, toWebAnnotation } from '../../../src/core/export/webAnnotation';
import { hostileComparison, shippedComparison } from './fixtures';

interface Selector {
  readonly type: string;
  readonly exact?: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly start?: number;
  readonly end?: number;
}
interface Target {
  readonly type: string;
  readonly source: string;
  readonly selector: readonly Selector[];
}
interface Body {
  readonly type: string;
  readonly purpose: string;
  readonly value: string;
  readonly language?: string;
}
interface Annotation {
  readonly id: string;
  readonly type: string;
  readonly body: readonly Body[];
  readonly target: readonly Target[];
}
interface Collection {
  readonly '@context': string;
  readonly id: string;
  readonly type: string;
  readonly total: number;
  readonly 'schema:isBasedOn': readonly { readonly id: string; readonly type: string; readonly language: string; readonly value: string }[];
  readonly first: { readonly type: string; readonly items: readonly Annotation[] };
}

function collect(comparison: Comparison): Collection {
  return JSON.parse(toWebAnnotation(comparison)) as Collection;
}

/**
 * Checks a target as an annotation tool would: the text its source names, counted in code points,
 * holds the exact quote at the position selector's start, with the prefix just before and the suffix just after.
 */
function expectSelectorsFindTheirText(collection: Collection): number {
  const texts = new Map(collection['schema:isBasedOn'].map((source) => [source.id, Array.from(source.value)]));
  let checked = 0;
  for (const annotation of collection.first.items) {
    for (const target of annotation.target) {
      const points = texts.get(target.source);
      expect(points, `the source ${target.source}`).toBeDefined();
      const quote = target.selector.find((selector) => selector.type === 'TextQuoteSelector');
      const position = target.selector.find((selector) => selector.type === 'TextPositionSelector');
      const start = position?.start ?? -1;
      const end = position?.end ?? -1;
      expect(points?.slice(start, end).join(''), annotation.id).toBe(quote?.exact);
      const prefix = Array.from(quote?.prefix ?? '');
      const suffix = Array.from(quote?.suffix ?? '');
      expect(prefix.length).toBeLessThanOrEqual(CONTEXT_POINTS);
      expect(suffix.length).toBeLessThanOrEqual(CONTEXT_POINTS);
      expect(points?.slice(start - prefix.length, start).join('')).toBe(prefix.join(''));
      expect(points?.slice(end, end + suffix.length).join('')).toBe(suffix.join(''));
      // The context is as long as the text allows.
      expect(prefix.length).toBe(Math.min(CONTEXT_POINTS, start));
      expect(suffix.length).toBe(Math.min(CONTEXT_POINTS, (points?.length ?? 0) - end));
      checked += 1;
    }
  }
  return checked;
}

describe('toWebAnnotation on the shipped comparison', () => {
  const comparison = shippedComparison();
  const collection = collect(comparison);

  it('is an AnnotationCollection in the Web Annotation context, one annotation per finding', () => {
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toBe('urn:source-comparison:miit-vpn');
    expect(collection.total).toBe(comparison.relations.length);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items.map((annotation) => annotation.type)).toEqual(comparison.relations.map(() => 'Annotation'));
    expect(new Set(collection.first.items.map((annotation) => annotation.id)).size).toBe(comparison.relations.length);
  });

  it('describes both sources once, with stable ids and their text', () => {
    expect(collection['schema:isBasedOn'].map((source) => [source.id, source.type, source.language])).toEqual([
      ['urn:source-comparison:miit-vpn:fr', 'Text', 'fr'],
      ['urn:source-comparison:miit-vpn:en', 'Text', 'en'],
    ]);
    for (const [index, lang] of LANGS.entries()) expect(collection['schema:isBasedOn'][index]?.value).toBe(comparison.sources[lang].text);
  });

  it('classifies each finding by its kind and comments it in both languages', () => {
    for (const finding of comparison.relations) {
      const annotation = collection.first.items.find((item) => item.id === annotationUrn('miit-vpn', 'relation', finding.id));
      expect(annotation?.body.filter((body) => body.purpose === 'classifying').map((body) => body.value)).toEqual([finding.kind]);
      expect(annotation?.body.filter((body) => body.purpose === 'tagging').map((body) => body.value)).toEqual(finding.aspects);
      const comments = annotation?.body.filter((body) => body.purpose === 'commenting');
      expect(comments?.map((body) => [body.type, body.language, body.value])).toEqual([
        ['TextualBody', 'fr', finding.note.fr],
        ['TextualBody', 'en', finding.note.en],
      ]);
      expect(annotation?.target).toHaveLength(finding.fr.length + finding.en.length);
    }
  });

  it('has selectors that find their text, in code points', () => {
    const targets = comparison.relations.reduce((sum, finding) => sum + finding.fr.length + finding.en.length, 0);
    expect(expectSelectorsFindTheirText(collection)).toBe(targets);
  });
});

describe('toWebAnnotation on hostile content', () => {
  const comparison = hostileComparison();
  const text = toWebAnnotation(comparison);

  it('is valid JSON whatever the texts hold', () => {
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('converts code units to code points after characters outside the Basic Multilingual Plane', () => {
    const collection = collect(comparison);
    expect(expectSelectorsFindTheirText(collection)).toBeGreaterThan(HOSTILE_TARGETS_AT_LEAST);
    const first = collection.first.items[0]?.target[0]?.selector.find((selector) => selector.type === 'TextPositionSelector');
    const span = comparison.relations[0]?.fr[0];
    expect(first?.start).toBeLessThan(span?.start ?? 0); // the emoji of the first paragraph count once, not twice
  });

  it('keeps every id a valid urn', () => {
    const collection = collect(comparison);
    for (const annotation of collection.first.items) expect(annotation.id).toMatch(/^urn:source-comparison:[A-Za-z0-9%._~!*'()-]+:relation:[A-Za-z0-9%._~!*'()-]+$/);
  });
});

const HOSTILE_TARGETS_AT_LEAST = 20;
