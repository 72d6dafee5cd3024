import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/core/engine/compare';
import type { Finding } from '../../../src/core/model/types';
import { datedSource } from './fixtures';

/** Two accounts of one invented rule, published three years apart; the French names its January twice, and another January once. */
const account = (lang: 'fr' | 'en', published: string, kind: string, body: string) => datedSource(lang, published, kind, body);
const FRENCH = account(
  'fr',
  '2017-07-14',
  'news-article',
  '# Le règlement sur les réseaux\n\nLe ministère a publié en janvier un règlement sur les réseaux privés des entreprises.\n\nLe porte-parole a répondu aux questions des journalistes de la capitale.\n\nEn janvier, la neige a fermé les routes des montagnes du nord.\n\nLe règlement de janvier oblige les entreprises à tenir un registre trimestriel dans chaque préfecture, sous peine d’amendes fixées par décret.\n',
);
const ENGLISH = account(
  'en',
  '2020-05-05',
  'blog-press-conference',
  '# The network rules\n\nIn January this year, the ministry published a regulation on the private networks of companies.\n\nThe spokesman answered questions from reporters in the capital.\n',
);
const quotesOf = (finding: Finding | undefined) => finding?.fr.map((span) => span.quote);

describe('every mention of an event the two accounts date differently', () => {
  const comparison = compareTexts(FRENCH, ENGLISH, { reading: 'independent' });
  const january = comparison.relations.find((finding) => finding.kind === 'discrepancy' && finding.aspects.includes('date'));

  it('joins the date discrepancy where the account gives the same date to the same event elsewhere, and says so in the note', () => {
    expect(quotesOf(january)).toEqual([
      'Le ministère a publié en janvier un règlement sur les réseaux privés des entreprises.',
      'Le règlement de janvier oblige les entreprises à tenir un registre trimestriel dans chaque préfecture, sous peine d’amendes fixées par décret.',
    ]);
    expect(january?.note.en).toMatch(/so January 2020\. The French source gives that date again elsewhere: "janvier"\.$/);
    expect(january?.note.fr).toMatch(/donc janvier 2020\. La source française redonne cette date ailleurs\u00a0: «\u00a0janvier\u00a0»\.$/u);
  });

  it('leaves out a claim of the same date about something else', () => {
    expect(comparison.relations.filter((finding) => finding.kind === 'discrepancy').flatMap(quotesOf)).not.toContain('En janvier, la neige a fermé les routes des montagnes du nord.');
  });

  it('reads nothing more without publication days: the dates cannot be placed', () => {
    const undated = (text: string) => text.replace(/published: .*\n/, '');
    const discrepancies = compareTexts(undated(FRENCH), undated(ENGLISH), { reading: 'independent' }).relations.filter((finding) => finding.kind === 'discrepancy');
    expect(discrepancies.flatMap(quotesOf)).not.toContain('Le règlement de janvier oblige les entreprises à tenir un registre trimestriel dans chaque préfecture, sous peine d’amendes fixées par décret.');
  });
});
