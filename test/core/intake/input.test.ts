import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readInput } from '../../../src/core/intake/input';
import { readPairFile } from '../shipped';

const paragraphs = (source: { text: string; paragraphs: readonly (readonly [number, number])[] }) => source.paragraphs.map(([s, e]) => source.text.slice(s, e));

describe('readInput', () => {
  it('takes the page chrome out of the French page as received and lists it with its reasons', () => {
    const source = readInput(readPairFile('original/000_9676db81d7249598.txt'), 'fr');
    expect(source.excluded).toEqual([
      { text: 'Dernière mise à jour à 11h05 le 14/07', reason: 'last-updated' },
      { text: "Page d'accueil>>Société", reason: 'navigation' },
      { text: 'le Quotidien du Peuple en ligne | 14.07.2017 11h03', reason: 'dateline' },
      { text: '(Rédacteurs :Guangqi\u00a0CUI, Wei\u00a0SHAN)', reason: 'editors' },
      { text: 'Partez cet article sur :', reason: 'share' },
      { text: '• Votre pseudo', reason: 'comments' },
      { text: '•', reason: 'comments' },
      { text: 'Conseils de la rédaction :', reason: 'recommendations' },
    ]);
    expect(source).toMatchObject({
      title: 'Chine : aucune interdiction pour les services VPN destinés aux particuliers',
      published: '2017-07-14',
      publishedTime: '11h03',
      updated: '11h05 le 14/07',
      outlet: 'le Quotidien du Peuple en ligne',
      editors: ['Guangqi CUI', 'Wei SHAN'],
      headings: [0],
    });
    expect(paragraphs(source)).toHaveLength(8);
    expect(paragraphs(source)[7]).toMatch(/^Selon thepaper\.cn/);
  });

  it('takes the dateline and comment prompts out of the English page', () => {
    const source = readInput(readPairFile('original/001_1f6d578e237e9855.txt'), 'en');
    expect(source.excluded).toEqual([
      { text: 'Tuesday, May 5, 2020', reason: 'dateline' },
      { text: 'No comments:', reason: 'comments' },
      { text: 'Post a Comment', reason: 'comments' },
    ]);
    expect(source).toMatchObject({ title: 'VPN legal operation is not affected', published: '2020-05-05' });
  });

  it.each([
    ['Par Jeanne Martin et Paul Durand', 'byline', ['Jeanne Martin', 'Paul Durand'], 'fr'],
    ['By John Smith', 'byline', ['John Smith'], 'en'],
    ['Home > World > Asia', 'navigation', [], 'en'],
    ['Share this article', 'share', [], 'en'],
    ['Lire aussi : la réforme des retraites', 'recommendations', [], 'fr'],
    ['Last updated 3 hours ago', 'last-updated', [], 'en'],
  ] as const)('recognises %j as page chrome (%s)', (line, reason, byline, lang) => {
    const source = readInput(`${line}\n\nThe body of the article says something long enough to be a sentence.`, lang);
    expect(source.excluded).toEqual([{ text: line, reason }]);
    expect(source.byline).toEqual(byline);
    expect(paragraphs(source)).toEqual(['The body of the article says something long enough to be a sentence.']);
  });

  it('keeps body sentences that merely mention sharing, comments or dates', () => {
    const text = 'Les commentaires du ministre, publiés le 14 juillet 2017, ont été partagés par des milliers de lecteurs.';
    expect(readInput(text, 'fr').excluded).toEqual([]);
  });

  it('leaves the paragraphs alone when page chrome is off', () => {
    expect(readInput('Share this article\n\nBody.', 'en', { pageChrome: false }).paragraphs).toHaveLength(2);
  });

  it('keeps or lists every line of the text, in order, on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom('Partager', '• Votre pseudo', 'Par Jean Dupont', 'Publié le 3 mai 2017', 'Mis à jour le 14/07/2017 à 11h05', 'Accueil > Monde'),
      fc.constantFrom('Le ministre a parlé.', 'x'.repeat(130), '2017', ' ', '\t', '\u00a0', '\u2028', '•', '\n', '\n\n', '\n \n'),
      fc.string({ maxLength: 4 }),
    );
    const linesOf = (source: { text: string; paragraphs: readonly (readonly [number, number])[] }) => paragraphs(source).flatMap((paragraph) => paragraph.split('\n'));
    const isSubsequence = (part: readonly string[], whole: readonly string[]) => {
      let k = 0;
      for (const item of whole) if (item === part[k]) k++;
      return k === part.length;
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom<'fr' | 'en'>('fr', 'en'), (pieces, lang) => {
        const text = pieces.join('');
        const all = linesOf(readInput(text, lang, { pageChrome: false }));
        const read = readInput(text, lang);
        const kept = linesOf(read);
        const listed = read.excluded.map((line) => line.text);
        expect(kept.length + listed.length).toBe(all.length);
        expect(isSubsequence(kept, all)).toBe(true);
        expect(isSubsequence(listed, all.map((line) => line.trim()))).toBe(true);
        expect(listed).not.toContain('');
      }),
      { numRuns: 500 },
    );
  });
});
