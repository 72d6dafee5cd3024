import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../../src/core/intake/index';
import { SourceFileError } from '../../../src/core/intake/sourceFile';
import { readTranslationFile } from '../../../src/core/translation/index';

const original = readSourceFile(
  `---
lang: fr
title: Le titre
---

# Le titre

Le ministère a démenti. Il l'a dit mercredi.

Un dernier paragraphe.
`,
  'fr.md',
);

const translation = `---
lang: en
translationOf: fr.md
title: The title
translator: A. Translator
method: By hand, sentence for sentence.
---

# The title

The ministry denied it. It said so on Wednesday.

A last paragraph.
`;

describe('readTranslationFile', () => {
  it('reads who translated it and how, and the body paragraph for paragraph, headings without their markers', () => {
    const read = readTranslationFile(translation, 'fr.en.md', original);
    expect(read).toMatchObject({
      lang: 'en',
      source: 'fr',
      title: 'The title',
      translator: 'A. Translator',
      method: 'By hand, sentence for sentence.',
      notes: null,
      headings: [0],
    });
    expect(read.paragraphs.map(([start, end]) => read.text.slice(start, end))).toEqual([
      'The title',
      'The ministry denied it. It said so on Wednesday.',
      'A last paragraph.',
    ]);
  });

  it('takes the other language when the front matter does not name one', () => {
    expect(readTranslationFile(translation.replace('lang: en\n', ''), 'fr.en.md', original).lang).toBe('en');
  });

  it.each([
    ['in the original language', translation.replace('lang: en', 'lang: fr'), 'fr.en.md: front matter: "lang" must be "en", the language the French source is translated into'],
    ['without a translator', translation.replace('translator: A. Translator\n', ''), 'fr.en.md: front matter: "translator" must say who made the translation'],
    ['with a paragraph missing', translation.replace('\nA last paragraph.\n', ''), 'fr.en.md: has 2 paragraphs where the French source has 3; a translation keeps them one for one'],
    ['with a paragraph split in two', translation.replace('denied it. ', 'denied it.\n\n'), 'fr.en.md: has 4 paragraphs where the French source has 3'],
    ['with a heading that is not one in the original', translation.replace('A last', '## A last'), 'fr.en.md: paragraph 3 is a heading here but not in the French source'],
    ['with a heading lost', translation.replace('# The title', 'The title'), 'fr.en.md: paragraph 1 is not a heading here but is one in the French source'],
  ])('refuses a translation %s, naming the file and what is wrong', (_, content, message) => {
    expect(() => readTranslationFile(content, 'fr.en.md', original)).toThrow(SourceFileError);
    expect(() => readTranslationFile(content, 'fr.en.md', original)).toThrow(message);
  });
});
