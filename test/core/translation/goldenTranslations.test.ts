/**
 * The golden test of the shipped translations: each keeps its original paragraph for paragraph,
 * heading for heading and sentence for sentence, so that every claim lights in translation at the
 * sentence it stands in, never at a whole paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../../src/core/comparisonFile/index';
import { LANGS, type Lang } from '../../../src/core/model/index';
import { segmentSentences } from '../../../src/core/text/segment';
import { readTranslationFile } from '../../../src/core/translation/index';
import { readPairFile } from '../shipped';

const comparison = parseComparison(readPairFile('comparison.json'));
const files: Record<Lang, string> = { fr: 'fr.en.md', en: 'en.fr.md' };

describe.each(LANGS)('the translation of the %s source', (lang) => {
  const original = comparison.sources[lang];
  const translation = readTranslationFile(readPairFile(files[lang]), files[lang], original);

  it('is in the other language, says who made it and how', () => {
    expect(translation.lang).toBe(lang === 'fr' ? 'en' : 'fr');
    expect(translation.source).toBe(lang);
    expect(translation.translator).not.toBe('');
    expect(translation.method).not.toBeNull();
    expect(translation.title).toBe(translation.text.slice(...(translation.paragraphs[0] ?? [0, 0])));
  });

  it("has the original's paragraphs and headings", () => {
    expect(translation.paragraphs).toHaveLength(original.paragraphs.length);
    expect(translation.headings).toEqual(original.headings);
  });

  it("has as many sentences as the original in every paragraph", () => {
    const counts = (text: string, language: Lang, paragraphs: typeof original.paragraphs) =>
      paragraphs.map((paragraph) => segmentSentences(text, language, paragraph).length);
    expect(counts(translation.text, translation.lang, translation.paragraphs)).toEqual(counts(original.text, original.lang, original.paragraphs));
  });
});
