import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareInDetail, compareTexts } from '../../../src/core/engine/compare';
import { parseComparison } from '../../../src/core/comparisonFile/format';
import type { Comparison, Finding } from '../../../src/core/model/types';
import { readPairFile } from '../shipped';
import { PAIRS, TWO_ACCOUNTS, datedSource } from './fixtures';

const shipped = (): Comparison => compareTexts(readPairFile('fr.md'), readPairFile('en.md'), { name: 'miit-vpn' });
const quotes = (finding: Finding) => [...finding.fr, ...finding.en].map((span) => span.quote).join(' ');

describe('compareTexts on the shipped pair', () => {
  const comparison = shipped();
  const find = (kind: Finding['kind'], pattern: RegExp) => comparison.relations.filter((finding) => finding.kind === kind && pattern.test(quotes(finding)));

  it('gives a comparison file that loads, with every finding automatic and sure to some degree', () => {
    expect(() => parseComparison(JSON.parse(JSON.stringify(comparison)))).not.toThrow();
    for (const finding of comparison.relations) {
      expect(finding.origin).toBe('automatic');
      expect(finding.status).toBe('automatic');
      expect(finding.confidence).toBeGreaterThanOrEqual(0);
      expect(finding.confidence).toBeLessThanOrEqual(1);
    }
    for (const bead of comparison.alignment) {
      expect(bead.score).toBeGreaterThanOrEqual(0);
      expect(bead.score).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['only-fr', /Chuanglian/],
    ['only-en', /Chongqing/],
    ['only-en', /January 23, 1996/],
    ['only-en', /15,000 yuan/],
  ] as const)('finds on its own the claim only one source has: %s %s', (kind, pattern) => {
    expect(find(kind, pattern)).toHaveLength(1);
  });

  it('links the shared core denial across the place each source gives it', () => {
    const denial = comparison.relations.find((finding) => finding.fr.some((span) => span.quote.startsWith("Il n'y a aucune déclaration officielle")));
    expect(denial?.kind).toMatch(/^(match|discrepancy)$/);
    expect(denial?.en.map((span) => span.quote).join(' ')).toMatch(/Subsequently, the Ministry .*the subordinate bureaus have not issued relevant notices/);
  });
  it('leaves a word or two one account adds to a shared claim inside the match: wording, not a claim of its own', () => {
    // The two headlines: "Chine : aucune" is all the French adds to "… interdiction pour les services VPN destinés aux particuliers".
    const headline = comparison.relations.find((finding) => finding.fr.some((span) => span.quote.startsWith('Chine')));
    expect(headline?.kind).toBe('match');
    expect(headline?.fr.map((span) => span.quote)).toEqual(['Chine : aucune interdiction pour les services VPN destinés aux particuliers']);
    expect(comparison.relations.filter((finding) => finding.fr.some((span) => span.quote === 'Chine : aucune'))).toEqual([]);
  });

  it('finds on its own the January rule the analyst found by hand: January 2017 in the French, January 2020 in the English, with each side as written and as understood', () => {
    const january = comparison.relations.filter((finding) => finding.kind === 'discrepancy' && finding.aspects.includes('date') && /janvier/.test(quotes(finding)));
    expect(january).toHaveLength(1);
    expect(january[0]?.en.map((span) => span.quote).join(' ')).toMatch(/in January this year/);
    expect(january[0]?.fr.map((span) => span.quote).join(' ')).toMatch(/janvier/);
    expect(january[0]?.note.en).toMatch(/in an article of 14 July 2017, so January 2017; English: "in January this year", in a post of 5 May 2020, so January 2020\. The French source gives that date again elsewhere: "en janvier"\.$/);
    // "la réglementation sur les VPN publiée en janvier" dates the same rule to the same January: it is part of the discrepancy.
    expect(january[0]?.fr.map((span) => span.quote.slice(0, 40))).toEqual(['Selon le ministère, la réglementation su', 'Selon le règlement de janvier, toutes le']);
    expect(january[0]?.note.fr).toMatch(/janvier 2017/);
    expect(january[0]?.note.fr).toMatch(/janvier 2020/);
  });

  it('finds on its own who said it, where and when, as the analyst did: the ministry, to thepaper.cn, on Wednesday 12 July 2017, against Zhang Feng at a State Council press conference on 5 May 2020', () => {
    const frames = comparison.relations.filter((finding) => finding.kind === 'discrepancy' && finding.aspects.includes('venue'));
    expect(frames).toHaveLength(1);
    expect(frames[0]?.aspects).toEqual(['venue', 'date']);
    expect(frames[0]?.fr.map((span) => span.quote)).toEqual(["a déclaré le ministère mercredi au média d'information national thepaper.cn."]);
    expect(frames[0]?.en.map((span) => span.quote).join(' ')).toMatch(/^At the press conference of the State Council of China today, Zhang Feng/);
    expect(frames[0]?.note.en).toMatch(/^The two accounts give different origins for what they report\. Where it was said differs\. French: "le ministère", "au média d'information national thepaper\.cn" \(a news outlet or interview\), "mercredi"; English: "Zhang Feng, /);
    expect(frames[0]?.note.en).toMatch(/French: "mercredi", in an article of Friday 14 July 2017, so Wednesday 12 July 2017; English: "today", in a post of 5 May 2020, so Tuesday 5 May 2020\.$/);
    expect(frames[0]?.note.fr).toMatch(/^Les deux récits ne donnent pas la même origine à ce qu’ils rapportent\. Le lieu de la déclaration diffère\./);
    expect(frames[0]?.note.fr).toMatch(/donc le mercredi 12 juillet 2017\u00a0; source anglaise\u00a0: «\u00a0today\u00a0», dans un billet du 5 mai 2020, donc le mardi 5 mai 2020\.$/u);
  });

  it('proposes no discrepancy but the January rule and the two accounts\' origins', () => {
    const discrepancies = comparison.relations.filter((finding) => finding.kind === 'discrepancy');
    expect(discrepancies.map((finding) => finding.aspects)).toEqual([['venue', 'date'], ['date']]);
  });
});

describe('compareTexts on two accounts written apart', () => {
  const comparison = compareTexts(TWO_ACCOUNTS.fr, TWO_ACCOUNTS.en);
  const withQuote = (pattern: RegExp) => comparison.relations.filter((finding) => pattern.test(quotes(finding)));

  it('gives a comparison file that loads, every quote at its offsets', () => {
    expect(() => parseComparison(JSON.parse(JSON.stringify(comparison)))).not.toThrow();
  });

  it('matches a claim the other account tells at another place, in other words', () => {
    expect(withQuote(/La mairie de Nantes a annoncé mardi/)).toMatchObject([{ kind: 'match', en: [{ quote: expect.stringMatching(/^Nantes city hall said on Tuesday/) }] }]);
  });

  it('splits a sentence into the claims a reader checks apart, and finds the one the other account lacks', () => {
    expect(withQuote(/Les bus de la ligne 5/)).toMatchObject([{ kind: 'match', en: [{ quote: expect.stringMatching(/^Buses on line 5/) }] }]);
    expect(withQuote(/passerelle provisoire/)).toMatchObject([{ kind: 'only-fr', fr: [{ quote: expect.stringMatching(/^et les cyclistes/) }] }]);
  });

  it('names the figure that differs, and nothing else, when the same claim gives another figure', () => {
    expect(withQuote(/Le coût des travaux/)).toMatchObject([{ kind: 'discrepancy', aspects: ['number'], note: { en: 'The numbers differ: 4,2 millions d’euros / 4.8 million euros.' } }]);
  });

  it('leaves one-sided the facts only one account gives', () => {
    expect(withQuote(/commerçants du quai/).map((finding) => finding.kind)).toEqual(['only-fr']);
    expect(withQuote(/cracks in the bridge deck/).map((finding) => finding.kind)).toEqual(['only-en']);
  });

  it('names in a match’s note the facts both accounts give', () => {
    expect(withQuote(/La mairie de Nantes a annoncé mardi/)[0]?.note).toEqual({
      fr: 'Les deux sources disent la même chose\u00a0: mardi / Tuesday\u00a0; Anne-de-Bretagne\u00a0; 3 mars / March 3.',
      en: 'Both sources say the same: Tuesday / mardi; Anne-de-Bretagne; March 3 / 3 mars.',
    });
  });

  it('quotes in a one-sided claim’s note what the other account says closest to it, when that shares anything', () => {
    expect(withQuote(/passerelle provisoire/)[0]?.note.en).toBe(
      'Only the French source reports this; the closest the English source comes is "Nantes city hall said on Tuesday that the Anne-de-Bretagne…".',
    );
    expect(withQuote(/cracks in the bridge deck/)[0]?.note).toEqual({ fr: 'Seule la source anglaise rapporte ceci.', en: 'Only the English source reports this.' });
  });

  it('holds a claim one account adds no surer than the link it was cut from', () => {
    const fr = 'Le maire a ouvert le pont.';
    const en = 'The mayor opened the bridge that Gustave Eiffel built in Bordeaux in 1889 after ten years of quarrels between the city, the port and the state.';
    const [shared, added] = compareTexts(fr, en, { reading: 'independent' }).relations;
    expect([shared?.kind, added?.kind]).toEqual(['match', 'only-en']);
    expect(added?.confidence).toBeLessThanOrEqual(shared?.confidence ?? 0);
  });

  it('gives what one account adds to a shared claim as a claim of its own, not a discrepancy: the rest is a match', () => {
    const fr = 'Le maire a ouvert mardi le nouveau pont sur la Loire.';
    const en = 'On Tuesday the mayor opened the new bridge over the Loire, built by Eiffel & Co at a cost of 40 million euros.';
    expect(compareTexts(fr, en, { reading: 'independent' }).relations).toMatchObject([
      { kind: 'match', fr: [{ quote: fr }], en: [{ quote: 'On Tuesday the mayor opened the new bridge over the Loire' }], note: { en: 'Both sources say the same: Tuesday / mardi; Loire.' } },
      {
        kind: 'only-en',
        fr: [],
        en: [{ quote: 'built by Eiffel & Co at a cost of 40 million euros' }],
        note: { en: expect.stringMatching(/^Only the English source reports this; the closest the French source comes is "Le maire a ouvert/), fr: expect.stringMatching(/^Seule la source anglaise rapporte ceci/) },
      },
    ]);
  });

});

describe('the sentence links say what the findings say', () => {
  it('links as a match two sentences one of which adds a word or two: wording, not a claim of its own', () => {
    const result = compareInDetail('Le président Emmanuel Macron a visité Lyon.', 'Macron visited Lyon.', { reading: 'independent' });
    expect(result.comparison.relations.map((finding) => finding.kind)).toEqual(['match']);
    expect(result.links).toMatchObject([{ fr: 0, en: 0, label: 'match' }]);
  });

  it('links as differing two sentences one of which adds a claim of its own', () => {
    const result = compareInDetail('Le maire a ouvert le pont.', 'The mayor opened the bridge that Gustave Eiffel built in Bordeaux in 1889 after ten years of quarrels between the city, the port and the state.', { reading: 'independent' });
    expect(result.comparison.relations.map((finding) => finding.kind)).toEqual(['match', 'only-en']);
    expect(result.links).toMatchObject([{ fr: 0, en: 0, label: 'discrepancy' }]);
  });

  it('quotes a figure one account adds as a claim of its own, however short: a reader checks a year', () => {
    const result = compareInDetail(
      'Plus tard, la mairie a aussi rénové la petite gare du village, au bord du canal.',
      'Later, in 1994, the town hall also renovated the small village station by the canal.',
      { reading: 'independent' },
    );
    expect(result.comparison.relations).toMatchObject([{ kind: 'match' }, { kind: 'only-en', en: [{ quote: 'in 1994' }] }]);
    expect(result.links).toMatchObject([{ fr: 0, en: 0, label: 'discrepancy' }]);
  });
});

describe('a discrepancy quotes the claims that hold what differs', () => {
  it.each(['translation', 'independent'] as const)('and the claims of its group that hold nothing that differs are a match of their own (%s)', (reading) => {
    const fr = 'Le conseil municipal a voté mardi un budget de 12 millions d’euros. Ce budget servira à rénover les écoles de la ville.';
    const en = 'On Tuesday the city council voted a budget of 15 million euros to renovate the schools of the city.';
    expect(compareTexts(fr, en, { reading }).relations).toMatchObject([
      { kind: 'discrepancy', aspects: ['number'], fr: [{ quote: 'Le conseil municipal a voté mardi un budget de 12 millions d’euros.' }], en: [{ quote: en }], note: { en: 'The numbers differ: 12 millions d’euros / 15 million euros.' } },
      { kind: 'match', aspects: [], fr: [{ quote: 'Ce budget servira à rénover les écoles de la ville.' }], en: [{ quote: en }] },
    ]);
  });

  it('quotes on the side without a negation every claim, since the difference is what that side lacks', () => {
    const fr = 'Le conseil municipal n’a pas voté le budget. Ce budget devait servir à rénover les écoles de la ville.';
    const en = 'The city council voted the budget, which was to renovate the schools of the city.';
    expect(compareTexts(fr, en, { reading: 'translation' }).relations).toMatchObject([
      { kind: 'discrepancy', aspects: ['negation'], fr: [{ quote: 'Le conseil municipal n’a pas voté le budget.' }], en: [{ quote: en }] },
      { kind: 'match', fr: [{ quote: 'Ce budget devait servir à rénover les écoles de la ville.' }], en: [{ quote: en }] },
    ]);
  });

  it('keeps one finding when every claim of both sides holds what differs', () => {
    const fr = 'Le conseil municipal a voté un budget de 12 millions d’euros. Les travaux dureront 3 ans.';
    const en = 'The city council voted a budget of 15 million euros, and the works will last 4 years.';
    const relations = compareTexts(fr, en, { reading: 'translation' }).relations;
    expect(relations.map((finding) => [finding.kind, finding.fr.length, finding.en.length])).toEqual([['discrepancy', 2, 1]]);
  });
});

describe('compareTexts with publication days', () => {
  /** Two accounts of one invented rule, published three years apart: each places "janvier" in its own year. */
  const frBody = '# Le règlement sur les réseaux\n\nLe ministère a publié en janvier un règlement sur les réseaux privés des entreprises.\n\nLe porte-parole a répondu mercredi aux questions des journalistes de la capitale.\n';
  const enBody = '# The network rules\n\nIn January this year, the ministry published a regulation on the private networks of companies.\n\nThe spokesman answered questions from reporters in the capital today.\n';
  const dated = (frPublished: string | null, enPublished: string | null) =>
    compareTexts(datedSource('fr', frPublished, 'news-article', frBody), datedSource('en', enPublished, 'blog-press-conference', enBody));
  const findingOf = (comparison: Comparison, pattern: RegExp) => comparison.relations.find((finding) => pattern.test(quotes(finding)));

  it('finds the January rule: "en janvier" in an article of 14 July 2017 against "in January this year" in a post of 5 May 2020', () => {
    const january = findingOf(dated('2017-07-14', '2020-05-05'), /publié en janvier/);
    expect(january).toMatchObject({ kind: 'discrepancy', aspects: ['date'], en: [{ quote: expect.stringMatching(/^In January this year/) }] });
    expect(january?.note.en).toBe('The dates differ. French: "en janvier", in an article of 14 July 2017, so January 2017; English: "In January this year", in a post of 5 May 2020, so January 2020.');
    expect(january?.confidence).toBeGreaterThan(0.9);
  });

  it('finds the day a weekday and "today" name different', () => {
    expect(findingOf(dated('2017-07-14', '2020-05-05'), /répondu mercredi/)).toMatchObject({ kind: 'discrepancy', aspects: ['date'], note: { en: expect.stringContaining('so Wednesday 12 July 2017; English: "today", in a post of 5 May 2020, so Tuesday 5 May 2020.') } });
  });

  it('raises no date difference when the sources agree on the days, or when one gives no publication day', () => {
    for (const comparison of [dated('2020-05-07', '2020-05-06'), dated(null, '2020-05-05')]) {
      expect(comparison.relations.filter((finding) => finding.aspects.includes('date'))).toEqual([]);
    }
  });
});

describe('compareTexts', () => {
  it('explains a discrepancy with the forms of each side', () => {
    const comparison = compareTexts('Le budget atteint 12 millions d’euros.', 'The budget reaches 15 million euros.');
    expect(comparison.relations).toMatchObject([{ kind: 'discrepancy', aspects: ['number'], note: { en: 'The numbers differ: 12 millions d’euros / 15 million euros.' } }]);
  });

  it('takes each line as a sentence in "lines" mode, and each paragraph as a block', () => {
    const fr = `${PAIRS[0]?.[0]}\n${PAIRS[1]?.[0]}\n\n${PAIRS[2]?.[0]}`;
    const en = `${PAIRS[0]?.[1]}\n\n${PAIRS[1]?.[1]}\n${PAIRS[2]?.[1]}`;
    const result = compareInDetail(fr, en, { sentenceMode: 'lines', pageChrome: false });
    expect(result.links.map((link) => [link.fr, link.en, link.label])).toEqual([
      [0, 0, 'match'],
      [1, 1, 'match'],
      [2, 2, 'match'],
    ]);
    expect(result.comparison.alignment.map((bead) => [bead.fr, bead.en])).toEqual([[[0, 1], [0, 1]]]);
  });

  it('pairs a passage one source moved, and keeps the paragraph beads in reading order', () => {
    const frParagraphs = [0, 1, 2, 3, 4, 5].map((k) => PAIRS[k]?.[0]);
    const enParagraphs = [0, 1, 2, 3, 4, 5].map((k) => PAIRS[k]?.[1]);
    enParagraphs.push(...enParagraphs.splice(1, 1)); // the English text tells the second paragraph last
    const result = compareInDetail(frParagraphs.join('\n\n'), enParagraphs.join('\n\n'));
    expect(result.links.find((link) => link.fr === 1)).toEqual({ fr: 1, en: 5, label: 'match', moved: true });
    expect(result.comparison.alignment.flatMap((bead) => bead.en)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(() => parseComparison(JSON.parse(JSON.stringify(result.comparison)))).not.toThrow();
  });
});

describe('compareTexts, whatever the texts', () => {
  // Pieces a reader's texts are made of: the tests' own sentences, one-sided ones, figures, marks and stray characters.
  const piece = fc.oneof(
    fc.constantFrom(...PAIRS.flatMap(([fr, en]) => [fr, en]), TWO_ACCOUNTS.fr, TWO_ACCOUNTS.en),
    fc.constantFrom(' ; ', ', et les ', ', and the ', ' : ', '\n\n', '# ', '1 000,5 km/h', '530 mph', '« ', ' »', '\u2029'),
    fc.string({ maxLength: 20 }),
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(' '));

  it.each(['translation', 'independent'] as const)('gives, read as %s, a file that loads, every sentence judged once and every claim quoted at its offsets', (reading) => {
    fc.assert(
      fc.property(text, text, (fr, en) => {
        fc.pre(/\p{L}/u.test(fr) && /\p{L}/u.test(en));
        let result: ReturnType<typeof compareInDetail>;
        try {
          result = compareInDetail(fr, en, { reading, pageChrome: false });
        } catch (error) {
          // A side with no text once read is refused as bad input, never a crash.
          expect(String(error)).toMatch(/no text|empty/i);
          return;
        }
        const comparison = parseComparison(JSON.parse(JSON.stringify(result.comparison)));
        expect(result.reading).toBe(reading);
        for (const lang of ['fr', 'en'] as const) {
          const linked = new Set(result.links.map((link) => link[lang]));
          const only = new Set(lang === 'fr' ? result.onlyFr : result.onlyEn);
          result.sentences[lang].forEach((_, index) => expect(linked.has(index) !== only.has(index)).toBe(true));
          const quoted = comparison.relations.flatMap((finding) => finding[lang]).sort((a, b) => a.start - b.start);
          for (let k = 1; k < quoted.length; k++) expect((quoted[k] as { start: number }).start).toBeGreaterThanOrEqual((quoted[k - 1] as { end: number }).end);
        }
      }),
      { seed: 20261204, numRuns: 40 },
    );
  });
});
